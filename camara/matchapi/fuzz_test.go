package matchapi_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kycmatch/kycmatch/attr"
	"github.com/kycmatch/kycmatch/camara"
	"github.com/kycmatch/kycmatch/camara/matchapi"
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
	`{"bankAccountNumber":"IBAN:NL59ABNA0123456789","middleNames":"Maria"}`,
}

// FuzzDecode checks that any body decodes, in every version, to a Request
// or to a 400 INVALID_ARGUMENT *camara.Error, without panicking, and that a
// decoded Request holds only valid UTF-8, no empty property, and only the
// version's properties.
func FuzzDecode(f *testing.F) {
	for _, b := range fuzzBodies {
		f.Add([]byte(b), uint8(0))
	}
	s := service(f, matchapi.Config{})
	f.Fuzz(func(t *testing.T, body []byte, version uint8) {
		v := matchapi.Version(version % uint8(matchapi.NumVersions))
		req, err := s.Decode(v, body)
		if err != nil {
			me, ok := errors.AsType[*camara.Error](err)
			if !ok || me.Code != camara.CodeInvalidArgument || me.Status != 400 {
				t.Fatalf("error %v is not a 400 INVALID_ARGUMENT", err)
			}
			return
		}
		for a, val := range req.Values.All() {
			if !utf8.ValidString(val) || !v.Properties().Has(a) {
				t.Fatalf("%s: %s decoded, invalid or not a property", v, a)
			}
		}
		_ = s.Validate(v, &req)
	})
}

// FuzzAnswer answers arbitrary requests against arbitrary records and
// checks the contract of every answer: no panic; an error is a
// *camara.Error (but for the embedder's token); only requested attributes
// are answered; a score only beside false, only for scored attributes,
// within 0..99; a request value that is byte-identical to the record's is
// true; an error message never quotes a value.
func FuzzAnswer(f *testing.F) {
	rec := `{"givenName":"Federica","familyName":"Sánchez Arjona","streetNumber":"4","birthdate":"19780822","country":"ESP"}`
	for _, b := range fuzzBodies {
		f.Add([]byte(b), []byte(rec), "")
	}
	f.Add([]byte(`{"givenName":"Clara","familyName":"Arjona Sanchez","streetNumber":"5"}`), []byte(rec), "+34629255833")
	f.Add([]byte(`{"phoneNumber":"+34629255833","name":"Federica Sanchez Arjona"}`), []byte(`{"givenName":"Federica","middleNames":"Maria","familyName":"Sanchez"}`), "")
	s := service(f, matchapi.Config{})
	f.Fuzz(func(t *testing.T, body, recJSON []byte, token string) {
		sub, err := camara.DecodeSubscriber(recJSON)
		if err != nil {
			return
		}
		req, err := s.Decode(matchapi.V04, body)
		var resp match.Response
		if err == nil {
			resp, err = s.Answer(context.Background(), matchapi.V04, req, token,
				camara.StoreFunc(func(context.Context, string) (camara.Subscriber, error) { return sub, nil }))
		}
		if err != nil {
			me, ok := errors.AsType[*camara.Error](err)
			if !ok {
				if token == "" {
					t.Fatalf("error %v is not a *camara.Error", err)
				}
				return
			}
			for a := range attr.All() {
				if v := strings.TrimSpace(sub.Identity[a]); len(v) >= 6 && strings.Contains(me.Message, v) {
					t.Fatalf("message %q quotes the record's %s", me.Message, a)
				}
			}
			return
		}
		golden.CheckResponse(t, &req, &resp)
		for a := range attr.All() {
			if v := req.Values[a]; v != "" && v == sub.Identity[a] {
				if f, _ := resp.Get(a); f.Result != match.True {
					t.Fatalf("%s: identical values answered %s", a, f.Result)
				}
			}
		}
	})
}
