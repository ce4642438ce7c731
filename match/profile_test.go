package match_test

import (
	"context"
	"strings"
	"testing"

	"github.com/kycmatch/kycmatch/attr"
	"github.com/kycmatch/kycmatch/locale"
	"github.com/kycmatch/kycmatch/match"
	"github.com/kycmatch/kycmatch/normalize"
)

// testProfile is a country profile that answers every attribute "true",
// whatever the values: a request answered through it shows which profile
// the engine chose.
type testProfile struct {
	locale.GenericProfile
	country string
}

func (p testProfile) Country() string { return p.country }

func (p testProfile) Comparer(a attr.Attribute) locale.Comparer {
	if !a.Valid() {
		return nil
	}
	return alwaysEqual{}
}

// alwaysEqual calls every pair of values equal.
type alwaysEqual struct{}

func (alwaysEqual) Canon(s string, _ *normalize.Folder) locale.Value {
	var v locale.Value
	v.Add(s, locale.Exact)
	return v
}
func (alwaysEqual) Equal(req, rec *locale.Value) (locale.Reason, bool) { return locale.Alias, true }
func (alwaysEqual) Score(req, rec *locale.Value) (float64, locale.Reason) {
	return 0, locale.Different
}

// TestProfileChoice checks each branch of the profile choice (DESIGN.md
// section 3): the record's country, else the phone number's, else
// defaultCountry, else the generic profile.
func TestProfileChoice(t *testing.T) {
	t.Parallel()
	profiles := []locale.Profile{
		testProfile{country: "ES"}, testProfile{country: "CA"}, testProfile{country: "NL"},
	}
	withDefault := match.MustNew(match.Config{DefaultCountry: "nl"}, profiles...)
	noDefault := match.MustNew(match.Config{}, profiles...)
	tests := []struct {
		name          string
		e             *match.Engine
		phone         string
		recordCountry string
		want          string // "" for the generic profile
	}{
		{"record country", noDefault, "+31612345678", "ES", "ES"},
		{"record country lower case", noDefault, "+31612345678", "es", "ES"},
		{"record country alpha-3", noDefault, "+31612345678", "ESP", "ES"},
		{"record country with space", noDefault, "+31612345678", " ES ", "ES"},
		// The record's country has no profile: the phone number's.
		{"record country without profile", noDefault, "+34629255833", "FR", "ES"},
		{"record country unreadable", noDefault, "+34629255833", "Spain", "ES"},
		{"phone country", noDefault, "+34629255833", "", "ES"},
		// +1 is shared by the United States, Canada and others: the
		// number's area code (416, Toronto) says Canada.
		{"shared calling code, Canada", noDefault, "+14165550123", "", "CA"},
		// 212 is New York: the United States, which has no profile here.
		{"shared calling code, no profile", noDefault, "+12125550123", "", ""},
		{"shared calling code, default", withDefault, "+12125550123", "", "NL"},
		// +44 is shared by the United Kingdom and the Crown dependencies.
		{"phone country without profile, default", withDefault, "+447700900123", "", "NL"},
		{"phone country without profile, generic", noDefault, "+447700900123", "", ""},
		// An international service number has no country.
		{"no phone country, default", withDefault, "+80012345678", "", "NL"},
		{"record country first, over default", withDefault, "+447700900123", "CA", "CA"},
		{"record country first, over phone", withDefault, "+34629255833", "CAN", "CA"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			req := match.Request{PhoneNumber: tc.phone, Values: attr.Values{attr.GivenName: "Federica"}}
			rec := match.Record{attr.GivenName: "Someone else", attr.Country: tc.recordCountry}
			resp, err := tc.e.Match(context.Background(), req, rec, match.Subject{})
			if err != nil {
				t.Fatal(err)
			}
			f, _ := resp.Get(attr.GivenName)
			if resp.Country != tc.want {
				t.Errorf("profile %q, want %q", resp.Country, tc.want)
			}
			// The test profile calls anything equal; the generic one does
			// not call these two names equal.
			if wantTrue := tc.want != ""; (f.Result == match.True) != wantTrue {
				t.Errorf("givenName %s (%s), profile %q", f.Result, f.Reason, resp.Country)
			}
		})
	}
	t.Run("no profiles", func(t *testing.T) {
		t.Parallel()
		e := match.MustNew(match.Config{})
		resp, err := e.Match(context.Background(),
			match.Request{PhoneNumber: "+34629255833", Values: attr.Values{attr.GivenName: "Federica"}},
			match.Record{attr.GivenName: "Federica", attr.Country: "ES"}, match.Subject{})
		if err != nil || resp.Country != "" {
			t.Errorf("got %q, %v; want the generic profile", resp.Country, err)
		}
	})
}

// TestNewProfiles checks what New refuses among the profiles it is given.
func TestNewProfiles(t *testing.T) {
	t.Parallel()
	es := testProfile{country: "ES"}
	tests := []struct {
		name     string
		cfg      match.Config
		profiles []locale.Profile
		msg      string // "" when New must accept
	}{
		{"default with its profile", match.Config{DefaultCountry: "ES"}, []locale.Profile{es}, ""},
		{"default in any case", match.Config{DefaultCountry: "es"}, []locale.Profile{es}, ""},
		{"default without profiles", match.Config{DefaultCountry: "ES"}, nil, `defaultCountry "ES" has no profile`},
		{"default of another country", match.Config{DefaultCountry: "NL"}, []locale.Profile{es}, `defaultCountry "NL" has no profile`},
		{"two profiles for a country", match.Config{}, []locale.Profile{es, testProfile{country: "ES"}}, "two profiles for ES"},
		{"generic given as a country", match.Config{}, []locale.Profile{locale.Generic()}, `country "" is not`},
		{"lower-case country", match.Config{}, []locale.Profile{testProfile{country: "es"}}, `country "es" is not`},
		{"not a country", match.Config{}, []locale.Profile{testProfile{country: "ZZ"}}, `country "ZZ" is not`},
		{"nil profile", match.Config{}, []locale.Profile{nil}, "profile 0 is nil"},
		{"missing comparer", match.Config{}, []locale.Profile{noComparer{testProfile{country: "ES"}}}, "has no comparer for email"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			_, err := match.New(tc.cfg, tc.profiles...)
			switch {
			case tc.msg == "" && err != nil:
				t.Errorf("refused: %v", err)
			case tc.msg != "" && (err == nil || !strings.Contains(err.Error(), tc.msg)):
				t.Errorf("got %v, want an error saying %q", err, tc.msg)
			}
		})
	}
}

// noComparer is a profile without a comparer for email.
type noComparer struct{ testProfile }

func (p noComparer) Comparer(a attr.Attribute) locale.Comparer {
	if a == attr.Email {
		return nil
	}
	return p.testProfile.Comparer(a)
}

// confirmingProfile is the generic profile, but for givenName, which it
// derives, when the record holds none, from its name as a value that only
// confirms ([locale.Source].Confirms); its comparer tells a request value
// starting with "?" from the value alone as one that none confirms
// ([locale.Confirmer]).
type confirmingProfile struct{ locale.GenericProfile }

func (confirmingProfile) Country() string { return "FR" }

func (p confirmingProfile) Comparer(a attr.Attribute) locale.Comparer {
	if a == attr.GivenName {
		return confirmingComparer{}
	}
	return p.GenericProfile.Comparer(a)
}

func (p confirmingProfile) Sources(a attr.Attribute, rec *attr.Values, dst []locale.Source) []locale.Source {
	if a == attr.GivenName && rec[attr.GivenName] == "" && rec[attr.Name] != "" {
		return append(dst, locale.Source{Value: rec[attr.Name], Why: locale.Derived, Confirms: true})
	}
	return p.GenericProfile.Sources(a, rec, dst)
}

type confirmingComparer struct{ locale.TextComparer }

func (confirmingComparer) Confirmable(req string) bool { return !strings.HasPrefix(req, "?") }

// TestConfirmingSources checks the engine's answer through a value that
// only confirms, with Match and MatchPrepared alike: "true" when it is the
// same value; otherwise "not_available" (NOT_HELD, DERIVED) and no score, as
// for a record that holds none, also when the comparer tells so from the
// request alone; and a value the record holds itself still answered "false"
// with its score.
func TestConfirmingSources(t *testing.T) {
	t.Parallel()
	e := match.MustNew(match.Config{}, confirmingProfile{})
	tests := []struct {
		name, req string
		rec       match.Record
		want      match.Field
	}{
		{"confirmed", "Ana", match.Record{attr.Name: "ana", attr.Country: "FR"},
			match.Field{Result: match.True, Reason: locale.Normalized | locale.Derived}},
		{"not confirmed", "Eva", match.Record{attr.Name: "Ana", attr.Country: "FR"},
			match.Field{Result: match.NotAvailable, Reason: locale.NotHeld | locale.Derived}},
		{"unconfirmable", "?Ana", match.Record{attr.Name: "Ana", attr.Country: "FR"},
			match.Field{Result: match.NotAvailable, Reason: locale.NotHeld | locale.Derived}},
		{"blank", " ", match.Record{attr.Name: "Ana", attr.Country: "FR"},
			match.Field{Result: match.NotAvailable, Reason: locale.NotHeld | locale.Derived}},
		{"held", "Eva", match.Record{attr.GivenName: "Ana", attr.Name: "Eva", attr.Country: "FR"},
			match.Field{Result: match.False, Score: 0, HasScore: true, Reason: locale.Different}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			req := match.Request{PhoneNumber: "+34629255833", Values: attr.Values{attr.GivenName: tt.req}}
			resp, err := e.Match(context.Background(), req, tt.rec, match.Subject{})
			if err != nil {
				t.Fatal(err)
			}
			pr := e.Prepare(tt.rec, req.PhoneNumber)
			presp, err := e.MatchPrepared(context.Background(), req, pr)
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range []match.Response{resp, presp} {
				got, _ := r.Get(attr.GivenName)
				if got.Result != tt.want.Result || got.Reason != tt.want.Reason || got.HasScore != tt.want.HasScore || tt.want.Result == match.True && got.HasScore {
					t.Errorf("givenName %q against %+v: %+v, want %+v", tt.req, tt.rec, got, tt.want)
				}
			}
		})
	}
}
