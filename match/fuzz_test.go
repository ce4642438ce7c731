package match_test

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kycmatch/kycmatch/attr"
	"github.com/kycmatch/kycmatch/internal/golden"
	"github.com/kycmatch/kycmatch/match"
)

var fuzzBodies = []string{
	``, `{}`, `[]`, `null`, `"x"`, `{"phoneNumber":"+34629255833"}`,
	`{"phoneNumber":"+34629255833","givenName":"Federica"}`,
	`{"phoneNumber":"+34629255833","givenName":""}`,
	`{"phoneNumber":4,"givenName":"Federica"}`,
	`{"givenName":"Fede\ud800rica","birthdate":"1978-02-30"}`,
	`{"address":"Tokyo-to Chiyoda-ku Iidabashi 3-10-10","nameKanaHankaku":"ﾔﾏﾀﾞ ﾀﾛｳ"}`,
	`{"country":"jp","countryOfBirth":"UK","nationality":"ZZ"}`,
	`{"a":{"b":{"c":[1,2,3]}},"email":"abc@example.com"}`,
}

// FuzzDecodeRequest checks that any body decodes to a Request or to a 400
// INVALID_ARGUMENT *Error, without panicking, and that a decoded Request
// holds only valid UTF-8 and no empty property.
func FuzzDecodeRequest(f *testing.F) {
	for _, b := range fuzzBodies {
		f.Add([]byte(b))
	}
	e := match.MustNew(match.Config{RejectUnknownProperties: true})
	f.Fuzz(func(t *testing.T, body []byte) {
		req, err := e.DecodeRequest(body)
		if err != nil {
			var me *match.Error
			if !errors.As(err, &me) || me.Code != match.CodeInvalidArgument || me.Status != 400 {
				t.Fatalf("error %v is not a 400 INVALID_ARGUMENT", err)
			}
			return
		}
		for a := range attr.Attribute(attr.Count) {
			if v := req.Values[a]; !utf8.ValidString(v) {
				t.Fatalf("%s: invalid UTF-8 decoded", a)
			}
		}
		_ = e.Validate(&req)
	})
}

// FuzzMatch answers arbitrary requests against arbitrary records and checks
// the contract of every answer: no panic; an error is a *Error (but for the
// embedder's token); only requested attributes are answered; a score only
// beside false, only for scored attributes, within 0..99; a request value
// that is byte-identical to the record's is true; an error message never
// quotes a value.
func FuzzMatch(f *testing.F) {
	rec := `{"givenName":"Federica","familyName":"Sánchez Arjona","streetNumber":"4","birthdate":"19780822","country":"ESP"}`
	for _, b := range fuzzBodies {
		f.Add([]byte(b), []byte(rec), "")
	}
	f.Add([]byte(`{"givenName":"Clara","familyName":"Arjona Sanchez","streetNumber":"5"}`), []byte(rec), "+34629255833")
	f.Add([]byte(`{"phoneNumber":"+34629255833","name":"Federica Sanchez Arjona"}`), []byte(`{"givenName":"Federica","middleNames":"Maria","familyName":"Sanchez"}`), "")
	e := match.MustNew(match.Config{})
	f.Fuzz(func(t *testing.T, body, recJSON []byte, token string) {
		var rec match.Record
		if json.Unmarshal(recJSON, &rec) != nil {
			return
		}
		req, err := e.DecodeRequest(body)
		var resp match.Response
		if err == nil {
			resp, err = e.Match(context.Background(), req, rec, match.Subject{PhoneNumber: token})
		}
		if err != nil {
			var me *match.Error
			if !errors.As(err, &me) {
				if token == "" {
					t.Fatalf("error %v is not a *match.Error", err)
				}
				return
			}
			for a := range attr.Attribute(attr.Count) {
				if v := strings.TrimSpace(rec[a]); len(v) >= 6 && strings.Contains(me.Message, v) {
					t.Fatalf("message %q quotes the record's %s", me.Message, a)
				}
			}
			return
		}
		golden.CheckResponse(t, &req, &resp)
		for a := range attr.Attribute(attr.Count) {
			if v := req.Values[a]; v != "" && v == rec[a] {
				if f, _ := resp.Get(a); f.Result != match.True {
					t.Fatalf("%s: identical values answered %s", a, f.Result)
				}
			}
		}
		if _, err := json.Marshal(resp); err != nil {
			t.Fatal(err)
		}
	})
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
		rec, err := match.DecodeRecord(recJSON)
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
