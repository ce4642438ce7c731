package match_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/kycmatch/kycmatch/attr"
	"github.com/kycmatch/kycmatch/locale"
	"github.com/kycmatch/kycmatch/locale/es"
	"github.com/kycmatch/kycmatch/locale/nl"
	"github.com/kycmatch/kycmatch/match"
)

// TestRecordCap checks the bound on record values (DESIGN.md section 5): a
// value longer than twice the attribute's maximum length (and than 64
// characters) is not read: not_available, UNREADABLE.
func TestRecordCap(t *testing.T) {
	t.Parallel()
	e := match.MustNew(match.Config{})
	ctx := context.Background()
	name256 := strings.Repeat("é", 256) // 256 characters, 512 bytes
	tests := []struct {
		name   string
		req    attr.Values
		rec    match.Record
		a      attr.Attribute
		result match.Result
		why    locale.Reason
	}{
		// Issue 6's repro: 4 million digits against 256.
		{"address of 4 million digits", attr.Values{attr.Address: strings.Repeat("9", 256)},
			match.Record{attr.Address: strings.Repeat("1", 4_000_000)}, attr.Address, match.NotAvailable, locale.Unreadable},
		{"name at twice the limit is read", attr.Values{attr.Name: name256},
			match.Record{attr.Name: name256 + strings.Repeat("é", 256)}, attr.Name, match.False, locale.Different},
		{"name one character over", attr.Values{attr.Name: name256},
			match.Record{attr.Name: name256 + strings.Repeat("é", 257)}, attr.Name, match.NotAvailable, locale.Unreadable},
		// 4-byte characters: counted as characters, not bytes.
		{"name of 512 four-byte characters", attr.Values{attr.Name: "x"},
			match.Record{attr.Name: strings.Repeat("𠀋", 512)}, attr.Name, match.False, locale.Different},
		{"birthdate as a long date-time", attr.Values{attr.Birthdate: "1978-08-22"},
			match.Record{attr.Birthdate: "1978-08-22T10:30:00.123456789+02:00"}, attr.Birthdate, match.True, locale.Format},
		{"country with spaces", attr.Values{attr.Country: "ES"},
			match.Record{attr.Country: "   ESP   "}, attr.Country, match.True, locale.Alias},
		{"country of 65 characters", attr.Values{attr.Country: "ES"},
			match.Record{attr.Country: "ES" + strings.Repeat(" ", 63)}, attr.Country, match.NotAvailable, locale.Unreadable},
		// A name composed of parts at their own limits is read.
		{"composed name of parts at their limits", attr.Values{attr.Name: "x"},
			match.Record{attr.GivenName: strings.Repeat("g", 100), attr.MiddleNames: strings.Repeat("m", 100), attr.FamilyName: strings.Repeat("f", 150)},
			attr.Name, match.False, locale.Different | locale.Composed},
		// A huge part makes no readable composed value.
		{"composed name of a huge part", attr.Values{attr.Name: "Federica Sanchez"},
			match.Record{attr.GivenName: "Federica", attr.FamilyName: strings.Repeat("s", 1_000_000)},
			attr.Name, match.NotAvailable, locale.Unreadable | locale.Composed},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			resp, err := e.Match(ctx, match.Request{PhoneNumber: "+34629255833", Values: tc.req}, tc.rec, match.Subject{})
			if err != nil {
				t.Fatal(err)
			}
			f, _ := resp.Get(tc.a)
			if f.Result != tc.result || f.Reason != tc.why {
				t.Errorf("%s %s (%d), want %s %s", f.Result, f.Reason, f.Score, tc.result, tc.why)
			}
		})
	}
}

// countdown is a context that is done after its Err has been asked n times.
type countdown struct {
	context.Context
	n int
}

func (c *countdown) Err() error {
	if c.n <= 0 {
		return context.DeadlineExceeded
	}
	c.n--
	return nil
}

// TestContextBetweenAttributes checks that a context that expires while the
// engine matches stops it: its error, never a partial answer.
func TestContextBetweenAttributes(t *testing.T) {
	t.Parallel()
	e := match.MustNew(match.Config{})
	answered, stopped := 0, 0
	for n := 0; n < 40; n++ {
		ctx := &countdown{Context: context.Background(), n: n}
		resp, err := e.Match(ctx, persona, personaRecord, match.Subject{})
		switch {
		case err == nil:
			answered++
			if resp.Len() != persona.Values.Len() {
				t.Fatalf("after %d checks: a partial answer of %d attributes", n, resp.Len())
			}
		case !errors.Is(err, context.DeadlineExceeded) || resp.Len() != 0:
			t.Fatalf("after %d checks: %v with %d answers", n, err, resp.Len())
		default:
			stopped++
		}
		if err != nil && n > persona.Values.Len()+2 {
			t.Fatalf("still stopping after %d checks: the context is asked more than once an attribute", n)
		}
	}
	if answered == 0 {
		t.Fatal("never answered")
	}
	// Once before matching, then once an attribute: a context that expires
	// at any point of the matching stops it.
	if stopped < 1+persona.Values.Len() {
		t.Errorf("the context stopped the engine at %d points, want at least %d", stopped, 1+persona.Values.Len())
	}
}

// TestPrepared checks what MatchPrepared refuses and what it keeps: a record
// prepared by another engine, disabled attributes, the profile Prepare
// chose, and that a prepared record does not change.
func TestPrepared(t *testing.T) {
	t.Parallel()
	e := match.MustNew(match.Config{DisabledAttributes: []attr.Attribute{attr.Gender}})
	other := match.MustNew(match.Config{})
	pr := e.Prepare(personaRecord, "+34 629 25 58 33")
	if _, err := other.MatchPrepared(context.Background(), persona, pr); err == nil {
		t.Error("another engine's prepared record accepted")
	}
	if _, err := e.MatchPrepared(context.Background(), persona, nil); err == nil {
		t.Error("a nil prepared record accepted")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := e.MatchPrepared(ctx, persona, pr); !errors.Is(err, context.Canceled) {
		t.Errorf("done context: %v", err)
	}
	want, err := e.Match(context.Background(), persona, personaRecord, match.Subject{})
	if err != nil {
		t.Fatal(err)
	}
	for range 3 {
		got, err := e.MatchPrepared(context.Background(), persona, pr)
		if err != nil || got != want {
			t.Fatalf("MatchPrepared = %+v, %v; Match %+v", got, err, want)
		}
	}
	if f, _ := want.Get(attr.Gender); f.Reason != locale.NotOffered {
		t.Errorf("gender %s %s, want not offered", f.Result, f.Reason)
	}
}

// TestNothingToCompare answers request values that hold nothing to compare
// (blank, a middle dot, punctuation), which the CAMARA codecs refuse but the
// engine takes, with every profile: "false" with a score of 0 against a
// record value, "not_available" without one, never "true" and no panic.
func TestNothingToCompare(t *testing.T) {
	t.Parallel()
	engines := map[string]*match.Engine{
		"generic": match.MustNew(match.Config{}),
		"ES":      match.MustNew(match.Config{}, es.New()),
		"NL":      match.MustNew(match.Config{}, nl.New()),
	}
	for country, e := range engines {
		for a := range attr.All() {
			for _, v := range []string{" ", "　", "・", ",,,", "-"} {
				t.Run(country+"/"+a.String()+"/"+v, func(t *testing.T) {
					var rec match.Record
					rec[a] = "MARIA 1"
					if country != "generic" {
						rec[attr.Country] = country
					}
					var vals attr.Values
					vals[a] = v
					req := match.Request{PhoneNumber: "+34629255833", Values: vals}
					resp, err := e.Match(context.Background(), req, rec, match.Subject{})
					if err != nil {
						t.Fatal(err)
					}
					f, _ := resp.Get(a)
					if f.Result == match.True || f.Result == match.False && f.HasScore && f.Score != 0 {
						t.Errorf("%s %q against %q: %+v, want false with 0 or not_available", a, v, rec[a], f)
					}
				})
			}
		}
	}
}
