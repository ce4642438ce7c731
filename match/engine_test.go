package match_test

import (
	"context"
	"errors"
	"sync"
	"testing"

	"github.com/kycmatch/kycmatch/attr"
	"github.com/kycmatch/kycmatch/locale"
	"github.com/kycmatch/kycmatch/match"
)

// persona is the specification's request example (KYC Match v0.4.0, the
// two-legged example).
var persona = match.Request{
	PhoneNumber: "+34629255833", Values: attr.Values{attr.IDDocument: "66666666q", attr.IDDocumentType: "passport",
		attr.IDDocumentExpiryDate: "2027-07-12", attr.Name: "Federica Sanchez Arjona", attr.GivenName: "Federica",
		attr.FamilyName: "Sanchez Arjona", attr.NameKanaHankaku: "federica", attr.NameKanaZenkaku: "Ｆｅｄｅｒｉｃａ",
		attr.MiddleNames: "Sanchez", attr.FamilyNameAtBirth: "YYYY", attr.Address: "Tokyo-to Chiyoda-ku Iidabashi 3-10-10",
		attr.StreetName: "Nicolas Salmeron", attr.StreetNumber: "4", attr.PostalCode: "1028460", attr.Region: "Tokyo",
		attr.Locality: "ZZZZ", attr.Country: "JP", attr.HouseNumberExtension: "VVVV", attr.Birthdate: "1978-08-22",
		attr.Email: "abc@example.com", attr.Gender: "OTHER", attr.CityOfBirth: "Madrid", attr.CountryOfBirth: "ES",
		attr.Nationality: "ES"}}

// personaRecord is the persona as an operator might hold her: other case,
// accents, formatting, a name only in parts, some attributes not held and
// two values that differ.
var personaRecord = match.Record{
	attr.IDDocument: "66666666-Q", attr.IDDocumentType: "PASSPORT", attr.IDDocumentExpiryDate: "20270712",
	attr.GivenName: "FEDERICA", attr.MiddleNames: "Sánchez", attr.FamilyName: "SÁNCHEZ ARJONA",
	attr.NameKanaHankaku: "FEDERICA", attr.FamilyNameAtBirth: "YYYY",
	attr.StreetName: "Nicolás Salmerón", attr.StreetNumber: "4", attr.PostalCode: "102-8460", attr.Region: "TOKYO",
	attr.Country: "jp", attr.Birthdate: "1978-08-22", attr.Email: "ABC@EXAMPLE.COM", attr.Gender: "o",
	attr.CityOfBirth: "Madrd", attr.CountryOfBirth: "ESP", attr.Nationality: "es"}

func TestMatchPersona(t *testing.T) {
	t.Parallel()
	e := match.MustNew(match.Config{})
	resp, err := e.Match(context.Background(), persona, personaRecord, match.Subject{})
	if err != nil {
		t.Fatal(err)
	}
	// Each expectation follows DESIGN.md section 2.
	want := map[attr.Attribute]struct {
		result match.Result
		score  int // -1: no score
		why    locale.Reason
	}{
		attr.IDDocument:           {match.True, -1, locale.Format},
		attr.IDDocumentType:       {match.True, -1, locale.Normalized},
		attr.IDDocumentExpiryDate: {match.True, -1, locale.Format},
		attr.Name:                 {match.True, -1, locale.Normalized | locale.DiacriticFold | locale.Composed},
		attr.GivenName:            {match.True, -1, locale.Normalized},
		attr.FamilyName:           {match.True, -1, locale.Normalized | locale.DiacriticFold},
		attr.NameKanaHankaku:      {match.True, -1, locale.Normalized},
		attr.NameKanaZenkaku:      {match.True, -1, locale.Normalized | locale.Derived},
		attr.MiddleNames:          {match.True, -1, locale.Normalized | locale.DiacriticFold},
		attr.FamilyNameAtBirth:    {match.True, -1, locale.Exact},
		// The record composes "Nicolás Salmerón 4" and "Nicolás Salmerón 4
		// 102-8460": no key in common with the Tokyo address, so false. By
		// score.Address (DESIGN.md 2.2) no street word of one pairs with a
		// word of the other (S 0 for the street), and the house numbers
		// differ (3-10-10 against 4): 0.
		attr.Address:              {match.False, 0, locale.Different | locale.NumberMismatch | locale.Composed},
		attr.StreetName:           {match.True, -1, locale.Normalized | locale.DiacriticFold},
		attr.StreetNumber:         {match.True, -1, locale.Exact},
		attr.PostalCode:           {match.True, -1, locale.Format},
		attr.Region:               {match.True, -1, locale.Normalized},
		attr.Locality:             {match.NotAvailable, -1, locale.NotHeld},
		attr.Country:              {match.True, -1, locale.Normalized},
		attr.HouseNumberExtension: {match.NotAvailable, -1, locale.NotHeld},
		attr.Birthdate:            {match.True, -1, locale.Exact},
		attr.Email:                {match.True, -1, locale.Normalized},
		attr.Gender:               {match.True, -1, locale.Normalized},
		// madrid/madrd: Jaro (5/6 + 1 + 1)/3 = 0.9444, prefix "madr" (4):
		// 0.9444 + 0.4*0.0556 = 0.9667 → 97.
		attr.CityOfBirth:    {match.False, 97, locale.Different},
		attr.CountryOfBirth: {match.True, -1, locale.Alias},
		attr.Nationality:    {match.True, -1, locale.Normalized},
	}
	if len(want) != persona.Values.Len() {
		t.Fatalf("%d expectations for %d attributes", len(want), persona.Values.Len())
	}
	for a := range persona.Values.All() {
		w := want[a]
		f, ok := resp.Get(a)
		if !ok {
			t.Errorf("%s: not answered", a)
			continue
		}
		if f.Result != w.result || f.HasScore != (w.score >= 0) || (w.score >= 0 && f.Score != w.score) || f.Reason != w.why {
			t.Errorf("%s: got %s score %d (%v) reason %s; want %s score %d reason %s", a, f.Result, f.Score, f.HasScore, f.Reason, w.result, w.score, w.why)
		}
	}
}

func TestContextDone(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := match.MustNew(match.Config{}).Match(ctx, persona, personaRecord, match.Subject{})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("got %v, want context.Canceled", err)
	}
}

func TestConfig(t *testing.T) {
	t.Parallel()
	good := []string{
		`{}`,
		`{"defaultCountry":"es","disabledAttributes":["gender"],"scores":"bands","maxLength":{"name":300}}`,
	}
	for _, s := range good {
		if _, err := match.ParseConfig([]byte(s)); err != nil {
			t.Errorf("%s: %v", s, err)
		}
	}
	bad := map[string]string{
		"UnknownKey":    `{"defaultCountri":"ES"}`,
		"WireKey":       `{"requireIdDocument":true}`,
		"Country":       `{"defaultCountry":"Spain"}`,
		"NotACountry":   `{"defaultCountry":"ZZ"}`,
		"Attribute":     `{"disabledAttributes":["phone"]}`,
		"Scores":        `{"scores":"fuzzy"}`,
		"MaxLengthName": `{"maxLength":{"nombre":3}}`,
		"MaxLengthZero": `{"maxLength":{"name":0}}`,
		"Trailing":      `{} {}`,
		"NotJSON":       `defaultCountry`,
		// Issue 6: the last key won, and keys matched in any case.
		"DuplicateKey":          `{"scores":"none","scores":"exact"}`,
		"DuplicateMaxLength":    `{"maxLength":{"name":3,"name":300}}`,
		"KeyCase":               `{"DefaultCountry":"ES"}`,
		"KeyCaseLower":          `{"defaultcountry":"ES"}`,
		"EscapedDuplicate":      `{"scores":"none","scor\u0065s":"exact"}`,
		"DuplicateDisabledList": `{"disabledAttributes":["gender"],"disabledAttributes":[]}`,
	}
	for name, s := range bad {
		if _, err := match.ParseConfig([]byte(s)); err == nil {
			t.Errorf("%s: %s accepted", name, s)
		}
	}
	if _, err := match.New(match.Config{Scores: "fuzzy"}); err == nil {
		t.Error("New accepted an unknown score policy")
	}
}

// TestConfigCopied checks that an Engine keeps its own copy of the Config.
func TestConfigCopied(t *testing.T) {
	t.Parallel()
	cfg := match.Config{DisabledAttributes: []attr.Attribute{attr.Gender}, MaxLength: map[attr.Attribute]int{attr.GivenName: 3}}
	e := match.MustNew(cfg)
	cfg.DisabledAttributes[0] = attr.Email
	cfg.MaxLength[attr.GivenName] = 100
	if n := e.MaxLength(attr.GivenName); n != 3 {
		t.Fatalf("maxLength changed after New: %d", n)
	}
	if n := e.MaxLength(attr.FamilyName); n != attr.FamilyName.MaxLength() {
		t.Errorf("familyName's default maxLength %d", n)
	}
	req := match.Request{PhoneNumber: "+34629255833", Values: attr.Values{attr.GivenName: "Fed", attr.Gender: "OTHER", attr.Email: "abc@example.com"}}
	resp, err := e.Match(context.Background(), req, match.Record{attr.Gender: "OTHER", attr.Email: "abc@example.com"}, match.Subject{})
	if err != nil {
		t.Fatal(err)
	}
	if f, _ := resp.Get(attr.Gender); f.Result != match.NotAvailable {
		t.Errorf("gender %s, want not_available (disabled)", f.Result)
	}
	if f, _ := resp.Get(attr.Email); f.Result != match.True {
		t.Errorf("email %s, want true", f.Result)
	}
	if got := e.Config(); got.DisabledAttributes[0] != attr.Gender {
		t.Errorf("Config() = %+v", got)
	}
	// Nor can the caller change it through what Config returns.
	got := e.Config()
	got.DisabledAttributes[0] = attr.Email
	got.MaxLength[attr.GivenName] = 100
	if again := e.Config(); again.DisabledAttributes[0] != attr.Gender || again.MaxLength[attr.GivenName] != 3 {
		t.Errorf("Config() shares its slices: %+v", again)
	}
}

// TestMatchSubjectPhone checks that the subject's number, else the
// request's, chooses the profile when the record has no country, and that
// the engine, which validates nothing, answers any values.
func TestMatchSubjectPhone(t *testing.T) {
	t.Parallel()
	e := match.MustNew(match.Config{}, testProfile{country: "ES"})
	req := match.Request{PhoneNumber: "+31612345678", Values: attr.Values{attr.GivenName: "x", attr.Birthdate: "not a date"}}
	for _, tc := range []struct {
		subject, want string
	}{{"", ""}, {"+34 629 25 58 33", "ES"}, {"629255833", ""}} {
		resp, err := e.Match(context.Background(), req, match.Record{attr.GivenName: "y"}, match.Subject{PhoneNumber: tc.subject})
		if err != nil {
			t.Fatal(err)
		}
		if resp.Country != tc.want {
			t.Errorf("subject %q: profile %q, want %q", tc.subject, resp.Country, tc.want)
		}
		if f, _ := resp.Get(attr.Birthdate); f.Result != match.NotAvailable {
			t.Errorf("birthdate %s", f.Result)
		}
	}
}

// TestConcurrent runs one Engine from many goroutines; with -race it checks
// that matching shares no mutable state.
func TestConcurrent(t *testing.T) {
	t.Parallel()
	e := match.MustNew(match.Config{})
	want, err := e.Match(context.Background(), persona, personaRecord, match.Subject{})
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for range 64 {
		wg.Go(func() {
			for range 20 {
				got, err := e.Match(context.Background(), persona, personaRecord, match.Subject{})
				if err != nil || got != want {
					t.Errorf("concurrent answer differs: %v", err)
					return
				}
			}
		})
	}
	wg.Wait()
}
