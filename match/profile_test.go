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
