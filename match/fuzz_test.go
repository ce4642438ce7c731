package match_test

import (
	"context"
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/kycmatch/kycmatch/attr"
	"github.com/kycmatch/kycmatch/internal/golden"
	"github.com/kycmatch/kycmatch/locale/es"
	"github.com/kycmatch/kycmatch/locale/nl"
	"github.com/kycmatch/kycmatch/match"
)

// decodeRecord reads a JSON object of attribute names and strings.
func decodeRecord(data []byte) (match.Record, error) {
	var m map[string]*string
	if err := json.Unmarshal(data, &m); err != nil {
		return match.Record{}, err
	}
	var rec match.Record
	for k, v := range m {
		a, ok := attr.Parse(k)
		if !ok {
			return match.Record{}, errors.New("not an attribute")
		}
		if v != nil {
			rec[a] = *v
		}
	}
	return rec, nil
}

// FuzzRecord answers the persona's request against hostile records (any
// JSON the record decoder accepts, or values of any bytes and length) and
// checks the contract of every answer: no panic, no error, every attribute
// answered, a score only beside false, and a value byte-identical to the
// request's answered true.
func FuzzRecord(f *testing.F) {
	f.Add([]byte(`{"givenName":"FEDERICA","familyName":"Sánchez Arjona","birthdate":"19780822","country":"ESP"}`), "", 0)
	f.Add([]byte(`{"address":"`+strings.Repeat("1", 600)+`"}`), "9", 300)
	f.Add([]byte(`{"name":null,"givenName":"\ud800","familyName":"ﾀﾞ"}`), "\xff\xfe", 3)
	f.Add([]byte(`{}`), "Federica", 1)
	e := match.MustNew(match.Config{})
	f.Fuzz(func(t *testing.T, recJSON []byte, fill string, repeat int) {
		rec, err := decodeRecord(recJSON)
		if err != nil {
			// Build one from the bytes instead: every attribute holds them.
			repeat = min(max(repeat, 0), 2000)
			v := strings.Repeat(fill, repeat)
			for a := range attr.All() {
				rec[a] = v
			}
		}
		resp, err := e.Match(context.Background(), persona, rec, match.Subject{})
		if err != nil {
			t.Fatalf("error %v for a valid request", err)
		}
		golden.CheckResponse(t, &persona, &resp)
		if got, err := e.MatchPrepared(context.Background(), persona, e.Prepare(rec, persona.PhoneNumber)); err != nil || got != resp {
			t.Fatalf("through a prepared record: %+v, %v\nwant %+v", got, err, resp)
		}
		for a, v := range persona.Values.All() {
			if f, _ := resp.Get(a); rec[a] == v && f.Result != match.True {
				t.Fatalf("%s: identical values answered %s", a, f.Result)
			}
		}
	})
}

// FuzzRequest answers any request value for any attribute, unvalidated as
// the engine takes it, against the persona's record and one holding the
// value, through the generic, Spanish and Dutch profiles (locale/jp's
// FuzzEngineRequest does the Japanese one), and checks the contract of
// every answer, the same answer through a prepared record, and a value
// identical to the record's, within a request's length, answered true.
func FuzzRequest(f *testing.F) {
	for _, s := range []string{" ", "・", ",,,", "Federica", "SÁNCHEZ, Federica", "Calle Mayor 1", "1234 AB", "\xff"} {
		for _, a := range []attr.Attribute{attr.Name, attr.GivenName, attr.Address, attr.PostalCode} {
			f.Add(s, uint8(a), uint8(0))
		}
	}
	engines := []*match.Engine{match.MustNew(match.Config{}), match.MustNew(match.Config{}, es.New()), match.MustNew(match.Config{}, nl.New())}
	countries := []string{"", "ES", "NL"}
	f.Fuzz(func(t *testing.T, v string, which, profile uint8) {
		if v == "" || len(v) > 300 {
			return // "" requests nothing
		}
		as := slices.Collect(attr.All())
		i := int(profile) % len(engines)
		rec := personaRecord
		rec[attr.Country] = countries[i]
		golden.CheckRequestValue(t, engines[i], persona.PhoneNumber, as[int(which)%len(as)], v, rec)
	})
}
