package matchapi_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/kycmatch/kycmatch/attr"
	"github.com/kycmatch/kycmatch/camara"
	"github.com/kycmatch/kycmatch/camara/matchapi"
	"github.com/kycmatch/kycmatch/match"
)

// service returns a Service over the generic profile.
func service(t testing.TB, cfg matchapi.Config) *matchapi.Service {
	t.Helper()
	s, err := matchapi.NewConfig(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// holding returns a store that holds rec for +34629255833 only.
func holding(rec match.Record) camara.Store {
	return camara.StoreFunc(func(_ context.Context, phone string) (camara.Subscriber, error) {
		if phone != "+34629255833" {
			return camara.Subscriber{}, camara.CodeIdentifierNotFound
		}
		return camara.Subscriber{Identity: rec}, nil
	})
}

// TestLookupErrors checks that Answer returns the store's errors: the
// CAMARA ones as new errors of their code, a store failure unchanged, so
// that an outage never reads as an unknown number.
func TestLookupErrors(t *testing.T) {
	t.Parallel()
	s := service(t, matchapi.Config{})
	req := match.Request{PhoneNumber: "+34629255833", Values: attr.Values{attr.GivenName: "Federica"}}
	for _, code := range []camara.Code{camara.CodeIdentifierNotFound, camara.CodeServiceNotApplicable} {
		_, err := s.Answer(context.Background(), matchapi.V04, req, "", camara.StoreFunc(func(context.Context, string) (camara.Subscriber, error) {
			return camara.Subscriber{}, code
		}))
		me, ok := errors.AsType[*camara.Error](err)
		if !ok || me.Code != code || me.Status != code.Status() || me.Message == "" || !errors.Is(err, code) {
			t.Errorf("store returned %s: got %#v", code, err)
		}
	}
	outage := errors.New("store unavailable")
	_, err := s.Answer(context.Background(), matchapi.V04, req, "", camara.StoreFunc(func(context.Context, string) (camara.Subscriber, error) {
		return camara.Subscriber{}, outage
	}))
	if err != outage {
		t.Errorf("got %v, want the outage unchanged", err)
	}
	if me := matchapi.V04.Error(err); me.Status != 500 || me.Code != camara.CodeInternal {
		t.Errorf("outage answered %+v", me)
	}
}

// TestOrder checks that each step's error comes before the next step runs.
func TestOrder(t *testing.T) {
	t.Parallel()
	s := service(t, matchapi.Config{Options: matchapi.Options{RequireIDDocument: true}})
	called := false
	store := camara.StoreFunc(func(context.Context, string) (camara.Subscriber, error) {
		called = true
		return camara.Subscriber{}, camara.CodeIdentifierNotFound
	})
	tests := []struct {
		name  string
		req   match.Request
		token string
		want  error
		// lookup says whether the record lookup may run.
		lookup bool
	}{
		{"InvalidBeforeSubject", match.Request{Values: attr.Values{attr.Birthdate: "22-08-1978"}}, "", camara.CodeInvalidArgument, false},
		{"CombinationBeforeSubject", match.Request{PhoneNumber: "+34629255833"}, "+34600000000", camara.CodeInvalidParamCombination, false},
		{"TokenBeforeLookup", match.Request{PhoneNumber: "+34629255833", Values: attr.Values{attr.GivenName: "Federica"}}, "+34600000000", camara.CodeInvalidTokenContext, false},
		{"MissingBeforeLookup", match.Request{Values: attr.Values{attr.GivenName: "Federica"}}, "", camara.CodeMissingIdentifier, false},
		{"LookupBeforeGate", match.Request{PhoneNumber: "+34629255833", Values: attr.Values{attr.GivenName: "Federica"}}, "", camara.CodeIdentifierNotFound, true},
	}
	for _, tt := range tests {
		called = false
		_, err := s.Answer(context.Background(), matchapi.V04, tt.req, tt.token, store)
		if !errors.Is(err, tt.want) {
			t.Errorf("%s: got %v, want %v", tt.name, err, tt.want)
		}
		if called != tt.lookup {
			t.Errorf("%s: lookup called %v", tt.name, called)
		}
	}
}

// TestGate checks the idDocument gate in each version: on in v0.2 to v0.4
// (v0.2 matching an idDocument sent alone, its "corner case"), absent from
// the v0.5.0 draft.
func TestGate(t *testing.T) {
	t.Parallel()
	s := service(t, matchapi.Config{Options: matchapi.Options{RequireIDDocument: true}})
	store := holding(match.Record{attr.IDDocument: "66666666Q", attr.GivenName: "FEDERICA"})
	ask := func(v matchapi.Version, vals attr.Values) (string, error) {
		resp, err := s.Answer(context.Background(), v, match.Request{PhoneNumber: "+34629255833", Values: vals}, "", store)
		return string(v.AppendResponse(nil, &resp)), err
	}
	for _, v := range []matchapi.Version{matchapi.V02, matchapi.V03, matchapi.V04} {
		if _, err := ask(v, attr.Values{attr.GivenName: "Federica"}); !errors.Is(err, camara.CodeIDDocumentRequired) {
			t.Errorf("%s without idDocument: %v", v, err)
		}
		if _, err := ask(v, attr.Values{attr.IDDocument: "1", attr.GivenName: "Federica"}); !errors.Is(err, camara.CodeIDDocumentMismatch) {
			t.Errorf("%s another idDocument: %v", v, err)
		}
		if got, err := ask(v, attr.Values{attr.IDDocument: "66666666-q", attr.GivenName: "Federica"}); err != nil || got != `{"idDocumentMatch":"true","givenNameMatch":"true"}` {
			t.Errorf("%s the idDocument: %s %v", v, got, err)
		}
	}
	// The idDocument alone, wrong: v0.2 matches it, the others gate it.
	if got, err := ask(matchapi.V02, attr.Values{attr.IDDocument: "1"}); err != nil || got != `{"idDocumentMatch":"false"}` {
		t.Errorf("v0.2 idDocument alone: %s %v", got, err)
	}
	if _, err := ask(matchapi.V04, attr.Values{attr.IDDocument: "1"}); !errors.Is(err, camara.CodeIDDocumentMismatch) {
		t.Errorf("v0.4 idDocument alone: %v", err)
	}
	if got, err := ask(matchapi.VWIP, attr.Values{attr.GivenName: "Federica"}); err != nil || got != `{"givenNameMatch":"true"}` {
		t.Errorf("vwip has no gate: %s %v", got, err)
	}
}

// TestVersions checks what differs between the versions, as the table of
// versions.go says, through the codecs.
func TestVersions(t *testing.T) {
	t.Parallel()
	s := service(t, matchapi.Config{})
	rec := match.Record{attr.GivenName: "Carla", attr.MiddleNames: "Mario", attr.CityOfBirth: "Madrid", attr.BankAccountNumber: "IBAN:NL59ABNA0123456789"}
	body := `{"phoneNumber":"+34629255833","givenName":"Clara","middleNames":"Maria","cityOfBirth":"Madrid","bankAccountNumber":"IBAN:NL59ABNA0123456780"}`
	want := map[matchapi.Version]string{
		// v0.2/v0.3 do not define cityOfBirth nor bankAccountNumber:
		// ignored, not answered. v0.2 spells middleNamesScore.
		matchapi.V02: `{"givenNameMatch":"false","givenNameMatchScore":88,"middleNamesMatch":"false","middleNamesScore":92}`,
		matchapi.V03: `{"givenNameMatch":"false","givenNameMatchScore":88,"middleNamesMatch":"false","middleNamesMatchScore":92}`,
		matchapi.V04: `{"givenNameMatch":"false","givenNameMatchScore":88,"middleNamesMatch":"false","middleNamesMatchScore":92,"cityOfBirthMatch":"true"}`,
		// The draft matches bankAccountNumber, without a score.
		matchapi.VWIP: `{"bankAccountNumberMatch":"false","givenNameMatch":"false","givenNameMatchScore":88,"middleNamesMatch":"false","middleNamesMatchScore":92,"cityOfBirthMatch":"true"}`,
	}
	for v, w := range want {
		reply, _ := s.Reply(context.Background(), v, []byte(body), "", holding(rec))
		if reply.Status != 200 || string(reply.Body) != w {
			t.Errorf("%s: %d %s\nwant %s", v, reply.Status, reply.Body, w)
		}
	}
	// Errors each version spells its own way.
	for _, tc := range []struct {
		v          matchapi.Version
		body, code string
		status     int
	}{
		{matchapi.V02, `{"givenName":"Federica"}`, "INVALID_TOKEN_CONTEXT", 403},
		{matchapi.V03, `{"givenName":"Federica"}`, "MISSING_IDENTIFIER", 422},
		{matchapi.V02, `{"phoneNumber":"+34600000000","givenName":"Federica"}`, "NOT_FOUND", 404},
		{matchapi.V04, `{"phoneNumber":"+34600000000","givenName":"Federica"}`, "IDENTIFIER_NOT_FOUND", 404},
		{matchapi.V04, `{"phoneNumber":"+34629255833","givenName":"Federica","x":"1"}`, "", 200},
		{matchapi.VWIP, `{"phoneNumber":"+34629255833","givenName":"Federica","x":"1"}`, "INVALID_ARGUMENT", 400},
		{matchapi.V02, `{"phoneNumber":"+34629255833","cityOfBirth":"Madrid"}`, "KNOW_YOUR_CUSTOMER.INVALID_PARAM_COMBINATION", 400},
	} {
		reply, _ := s.Reply(context.Background(), tc.v, []byte(tc.body), "", holding(rec))
		if reply.Status != tc.status || string(reply.Code) != tc.code {
			t.Errorf("%s %s: %d %s, want %d %s", tc.v, tc.body, reply.Status, reply.Body, tc.status, tc.code)
		}
	}
	notEligible := camara.StoreFunc(func(context.Context, string) (camara.Subscriber, error) {
		return camara.Subscriber{NotApplicable: camara.AllAPIs}, nil
	})
	for v, code := range map[matchapi.Version]camara.Code{matchapi.V02: camara.CodePermissionDenied, matchapi.V04: camara.CodeServiceNotApplicable} {
		if reply, _ := s.Reply(context.Background(), v, []byte(body), "", notEligible); reply.Code != code {
			t.Errorf("%s not eligible: %s", v, reply.Body)
		}
	}
	for v := range matchapi.Version(matchapi.NumVersions) {
		if p, ok := matchapi.ParseVersion(v.String()); !ok || p != v {
			t.Errorf("ParseVersion(%q) = %v", v, p)
		}
		for a := range attr.All() {
			name := v.ScoreName(a)
			if (name != "") != (a.Scored() && v.Properties().Has(a)) {
				t.Errorf("%s: %s score %q", v, a, name)
			}
		}
	}
	if matchapi.V02.Path() != "/kyc-match/v0.2/match" || matchapi.Version(0) != matchapi.V04 {
		t.Error("the zero version is not v0.4, or paths are wrong")
	}
}

// TestValidate checks validation of a Request built in Go, which never
// went through Decode.
func TestValidate(t *testing.T) {
	t.Parallel()
	s := service(t, matchapi.Config{})
	base := match.Request{PhoneNumber: "+34629255833"}
	tests := []struct {
		name  string
		v     matchapi.Version
		set   func(*match.Request)
		field string // "" when valid, "-" when the error names no field
	}{
		{"InvalidUTF8", matchapi.V04, func(r *match.Request) { r.Values[attr.GivenName] = "Fede\xffrica" }, "givenName"},
		{"Blank", matchapi.V04, func(r *match.Request) { r.Values[attr.FamilyName] = "   " }, "familyName"},
		{"Punctuation", matchapi.V04, func(r *match.Request) { r.Values[attr.StreetNumber] = "-/-" }, "streetNumber"},
		{"HundredKanji", matchapi.V04, func(r *match.Request) { r.Values[attr.GivenName] = strings.Repeat("漢", 100) }, ""},
		{"HundredOneKanji", matchapi.V04, func(r *match.Request) { r.Values[attr.GivenName] = strings.Repeat("漢", 101) }, "givenName"},
		{"CountryLower", matchapi.V04, func(r *match.Request) { r.Values[attr.Country] = "jp" }, ""},
		{"CountryAlpha3", matchapi.V04, func(r *match.Request) { r.Values[attr.Country] = "JPN" }, "country"},
		{"DocumentTypeCase", matchapi.V04, func(r *match.Request) { r.Values[attr.IDDocumentType] = "Passport" }, "idDocumentType"},
		{"GenderCase", matchapi.V04, func(r *match.Request) { r.Values[attr.Gender] = "Male" }, "gender"},
		{"LeapDay", matchapi.V04, func(r *match.Request) { r.Values[attr.Birthdate] = "2000-02-29" }, ""},
		{"NoLeapDay", matchapi.V04, func(r *match.Request) { r.Values[attr.Birthdate] = "1900-02-29" }, "birthdate"},
		{"ExpiryDate", matchapi.V04, func(r *match.Request) { r.Values[attr.IDDocumentExpiryDate] = "2027-13-01" }, "idDocumentExpiryDate"},
		{"Email", matchapi.V04, func(r *match.Request) { r.Values[attr.Email] = "abc example.com" }, "email"},
		{"PhoneLeadingZero", matchapi.V04, func(r *match.Request) { r.PhoneNumber = "+034629255833"; r.Values[attr.GivenName] = "F" }, "phoneNumber"},
		{"FirstErrorInSchemaOrder", matchapi.V04, func(r *match.Request) { r.Values[attr.Nationality] = "XX"; r.Values[attr.Name] = "---" }, "name"},
		{"BankAccountInDraft", matchapi.VWIP, func(r *match.Request) { r.Values[attr.BankAccountNumber] = "IBAN:NL59ABNA0123456789" }, ""},
		{"BankAccountPattern", matchapi.VWIP, func(r *match.Request) { r.Values[attr.BankAccountNumber] = "NL59ABNA0123456789" }, "bankAccountNumber"},
		{"BankAccountNotInV04", matchapi.V04, func(r *match.Request) { r.Values[attr.BankAccountNumber] = "IBAN:NL59ABNA0123456789" }, "-"},
		{"NationalityNotInV03", matchapi.V03, func(r *match.Request) { r.Values[attr.Nationality] = "ES" }, "-"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			r := base
			r.Values[attr.GivenName] = "Federica"
			tt.set(&r)
			err := s.Validate(tt.v, &r)
			switch {
			case tt.field == "" && err != nil:
				t.Errorf("valid request refused: %v", err)
			case tt.field == "-" && !errors.Is(err, &camara.Error{Code: camara.CodeInvalidArgument}):
				t.Errorf("got %v, want INVALID_ARGUMENT", err)
			case tt.field != "" && tt.field != "-" && !errors.Is(err, &camara.Error{Code: camara.CodeInvalidArgument, Field: tt.field}):
				t.Errorf("got %v, want INVALID_ARGUMENT on %s", err, tt.field)
			}
		})
	}
}

func TestDecode(t *testing.T) {
	t.Parallel()
	s := service(t, matchapi.Config{})
	small := service(t, matchapi.Config{Options: matchapi.Options{MaxBodyBytes: 100}})
	tests := []struct {
		name  string
		s     *matchapi.Service
		v     matchapi.Version
		body  string
		field string // "-" when valid; "" when the error names no field
		check func(*testing.T, match.Request)
	}{
		{"InvalidUTF8", s, matchapi.V04, "{\"givenName\":\"Fede\xffrica\"}", "givenName", nil},
		{"EscapedSurrogate", s, matchapi.V04, `{"givenName":"Fede\ud800rica"}`, "-", nil},
		{"KeysCaseSensitive", s, matchapi.V04, `{"GivenName":"x","givenName":"Federica"}`, "-", func(t *testing.T, r match.Request) {
			if r.Values[attr.GivenName] != "Federica" {
				t.Errorf("givenName %q", r.Values[attr.GivenName])
			}
		}},
		// Issue 6: the last one won.
		{"DuplicateKey", s, matchapi.V04, `{"givenName":"Federica","givenName":"Federica"}`, "givenName", nil},
		{"DuplicatePhone", s, matchapi.V04, `{"phoneNumber":"+34629255833","givenName":"Federica","phoneNumber":"+34600000000"}`, "phoneNumber", nil},
		{"DuplicateUnknown", s, matchapi.V04, `{"givenName":"Federica","x":"1","x":"2"}`, "", nil},
		{"DuplicateEscapedKey", s, matchapi.V04, `{"givenName":"Federica","given\u004eame":"Clara"}`, "givenName", nil},
		{"BankAccountIsUnknownInV04", s, matchapi.V04, `{"givenName":"F","bankAccountNumber":"IBAN:NL59ABNA0123456789"}`, "-", func(t *testing.T, r match.Request) {
			if r.Values[attr.BankAccountNumber] != "" {
				t.Error("v0.4 read bankAccountNumber")
			}
		}},
		{"BankAccountInDraft", s, matchapi.VWIP, `{"givenName":"F","bankAccountNumber":"IBAN:NL59ABNA0123456789"}`, "-", func(t *testing.T, r match.Request) {
			if r.Values[attr.BankAccountNumber] == "" {
				t.Error("vwip did not read bankAccountNumber")
			}
		}},
		// The unknown property is never named, even in Field.
		{"UnknownRejected", s, matchapi.VWIP, `{"givenName":"Federica","foo":"bar"}`, "", nil},
		{"UnknownOddNameNotQuoted", s, matchapi.VWIP, `{"givenName":"Federica","Federica Sanchez":"x"}`, "", nil},
		{"TooLarge", small, matchapi.V04, `{"givenName":"` + strings.Repeat("a", 100) + `"}`, "", nil},
		{"Nested", s, matchapi.V04, `{"givenName":{"value":"Federica"}}`, "givenName", nil},
		{"Bool", s, matchapi.V04, `{"phoneNumber":true}`, "phoneNumber", nil},
		{"Array", s, matchapi.V04, `[{"givenName":"Federica"}]`, "", nil},
		{"Null", s, matchapi.V04, `null`, "", nil},
		{"Trailing", s, matchapi.V04, `{"givenName":"Federica"} x`, "", nil},
		{"Empty", s, matchapi.V04, "  \n", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			r, err := tt.s.Decode(tt.v, []byte(tt.body))
			if tt.field == "-" {
				if err != nil {
					t.Fatalf("refused: %v", err)
				}
				if tt.check != nil {
					tt.check(t, r)
				}
				return
			}
			me, ok := errors.AsType[*camara.Error](err)
			if !ok || me.Code != camara.CodeInvalidArgument || me.Field != tt.field {
				t.Fatalf("got %v (%+v), want INVALID_ARGUMENT on %q", err, me, tt.field)
			}
			if strings.Contains(me.Message, "Federica") || strings.Contains(me.Message, "foo") || strings.Contains(me.Field, "foo") {
				t.Errorf("message %q quotes a value", me.Message)
			}
		})
	}
}

// TestErrorsAreFresh checks that the errors a Service hands out are new
// values: a caller that changes one changes nothing for the next request.
func TestErrorsAreFresh(t *testing.T) {
	t.Parallel()
	s := service(t, matchapi.Config{Options: matchapi.Options{RequireIDDocument: true}})
	requests := map[string]match.Request{
		"missing identifier":       {Values: attr.Values{attr.GivenName: "Federica"}},
		"param combination":        {PhoneNumber: "+34629255833"},
		"invalid argument":         {PhoneNumber: "+34629255833", Values: attr.Values{attr.Birthdate: "1978-02-30"}},
		"identifier not found":     {PhoneNumber: "+34600000001", Values: attr.Values{attr.IDDocument: "66666666Q"}},
		"id document required":     {PhoneNumber: "+34629255833", Values: attr.Values{attr.GivenName: "Federica"}},
		"invalid token context":    {PhoneNumber: "+34600000000", Values: attr.Values{attr.GivenName: "Federica"}},
		"id document not the same": {PhoneNumber: "+34629255833", Values: attr.Values{attr.IDDocument: "X"}},
	}
	store := holding(match.Record{attr.IDDocument: "66666666Q"})
	for name, req := range requests {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			token := ""
			if name == "invalid token context" {
				token = "+34629255833"
			}
			_, err := s.Answer(context.Background(), matchapi.V04, req, token, store)
			first := matchapi.V04.Error(err)
			if first == nil {
				t.Fatal("no error")
			}
			want := *first
			// The caller changes everything it was given.
			first.Message, first.Status, first.Code, first.Field = "changed", 299, "CHANGED", "changed"
			_, err = s.Answer(context.Background(), matchapi.V04, req, token, store)
			if got := matchapi.V04.Error(err); *got != want {
				t.Errorf("after changing the first error, the next is %+v, want %+v", *got, want)
			}
		})
	}
}

func TestConfig(t *testing.T) {
	t.Parallel()
	c, err := matchapi.ParseConfig([]byte(`{"requireIdDocument":true,"defaultCountry":"ES","scores":"bands","maxLength":{"name":300},"maxBodyBytes":1024}`))
	if err != nil || !c.RequireIDDocument || c.Scores != match.ScoresBands || c.MaxBodyBytes != 1024 || c.MaxLength[attr.Name] != 300 {
		t.Fatalf("got %+v, %v", c, err)
	}
	for name, s := range map[string]string{
		"UnknownKey":      `{"requireIdDoc":true}`,
		"Removed":         `{"rejectUnknownProperties":true}`,
		"MaxBodyNegative": `{"maxBodyBytes":-1}`,
		"GateWithoutDoc":  `{"requireIdDocument":true,"disabledAttributes":["idDocument"]}`,
		"DuplicateKey":    `{"requireIdDocument":true,"requireIdDocument":false}`,
		"KeyCase":         `{"RequireIdDocument":true}`,
		"MatcherValue":    `{"scores":"fuzzy"}`,
	} {
		if _, err := matchapi.ParseConfig([]byte(s)); err == nil {
			t.Errorf("%s: %s accepted", name, s)
		}
	}
	e := match.MustNew(match.Config{DisabledAttributes: []attr.Attribute{attr.IDDocument}})
	if _, err := matchapi.New(e, matchapi.Options{RequireIDDocument: true}); err == nil {
		t.Error("New accepted a gate on a disabled idDocument")
	}
}

func ExampleService_Reply() {
	s, err := matchapi.NewConfig(matchapi.Config{Options: matchapi.Options{RequireIDDocument: true}})
	if err != nil {
		fmt.Println(err)
		return
	}
	// The operator's store: its subscribers by E.164 number.
	records := map[string]camara.Subscriber{
		"+34629255833": {Identity: match.Record{attr.IDDocument: "66666666-Q", attr.GivenName: "Federica"}},
	}
	store := camara.StoreFunc(func(_ context.Context, phone string) (camara.Subscriber, error) {
		sub, ok := records[phone]
		if !ok {
			return camara.Subscriber{}, camara.CodeIdentifierNotFound
		}
		return sub, nil
	})
	body := []byte(`{"idDocument":"66666666q","givenName":"Federica"}`)
	// A three-legged token identified the line.
	reply, resp := s.Reply(context.Background(), matchapi.V04, body, "+34629255833", store)
	fmt.Println(reply.Status, string(reply.Body))
	f, _ := resp.Get(attr.IDDocument)
	fmt.Println(f.Reason)

	// Another line, unknown to the operator.
	reply, _ = s.Reply(context.Background(), matchapi.V04, body, "+34600000000", store)
	fmt.Println(reply.Status, string(reply.Body))
	// Output:
	// 200 {"idDocumentMatch":"true","givenNameMatch":"true"}
	// FORMAT
	// 404 {"status":404,"code":"IDENTIFIER_NOT_FOUND","message":"The phone number provided is not associated with a customer account"}
}

func ExampleService_Decode() {
	s, _ := matchapi.NewConfig(matchapi.Config{})
	_, err := s.Decode(matchapi.V04, []byte(`{"phoneNumber":"+34629255833","streetNumber":4}`))
	fmt.Println(string(matchapi.V04.Error(err).AppendJSON(nil)))
	// Output:
	// {"status":400,"code":"INVALID_ARGUMENT","message":"streetNumber must be a string."}
}
