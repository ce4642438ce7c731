package server_test

import (
	"encoding/json"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/kycmatch/kycmatch/attr"
	"github.com/kycmatch/kycmatch/camara"
)

// The scenarios of the KYC Match v0.4.0 test plan
// (kyc-match_v0.4.0_KnowYourCustomerMatch-r1.2.feature), one subtest per
// tag, against httptest. The background: the resource
// /kyc-match/v0.4/match, Content-Type application/json, a valid access
// token, an x-correlator of the schema, a request body of the schema.

const matchPath = "/kyc-match/v0.4/match"

// example is the specification's request example, the persona as a client
// types her (testdata/examples/request.json).
func example(t *testing.T) map[string]string {
	t.Helper()
	data, err := os.ReadFile("../testdata/examples/request.json")
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]string
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	return m
}

// jsonBody marshals a request body.
func jsonBody(t *testing.T, m map[string]any) *string {
	t.Helper()
	b, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	return body(string(b))
}

// v04 are the 24 properties of v0.4.0 besides phoneNumber, in the
// specification's order.
func v04() []attr.Attribute {
	var as []attr.Attribute
	for a := range attr.All() {
		if a != attr.BankAccountNumber {
			as = append(as, a)
		}
	}
	return as
}

// held is the persona's record value of each attribute, in the form a
// client would type it (a perfect match), for @KYC_Match_4.
var held = map[attr.Attribute]string{
	attr.IDDocument: "66666666-Q", attr.IDDocumentType: "passport", attr.IDDocumentExpiryDate: "2027-07-12",
	attr.Name: "FEDERICA SÁNCHEZ ARJONA", attr.GivenName: "FEDERICA", attr.FamilyName: "SÁNCHEZ ARJONA",
	attr.NameKanaHankaku: "ﾌｪﾃﾞﾘｶ", attr.NameKanaZenkaku: "フェデリカ", attr.MiddleNames: "SÁNCHEZ",
	attr.FamilyNameAtBirth: "YYYY", attr.Address: "TOKYO-TO CHIYODA-KU IIDABASHI 3-10-10",
	attr.StreetName: "NICOLÁS SALMERÓN", attr.StreetNumber: "4", attr.PostalCode: "102-8460", attr.Region: "TOKYO",
	attr.Locality: "ZZZZ", attr.Country: "JP", attr.HouseNumberExtension: "VVVV", attr.Birthdate: "1978-08-22",
	attr.Email: "ABC@EXAMPLE.COM", attr.Gender: "OTHER", attr.CityOfBirth: "MADRID", attr.CountryOfBirth: "ES",
	attr.Nationality: "ES",
}

// other is a valid value of each attribute that is not the persona's, for
// @KYC_Match_3 and @KYC_Match_5.
var other = map[attr.Attribute]string{
	attr.IDDocument: "12345678Z", attr.IDDocumentType: "driver_licence", attr.IDDocumentExpiryDate: "2030-01-31",
	attr.Name: "Federico Sanchez Arjona", attr.GivenName: "Federico", attr.FamilyName: "Sanchez Arjola",
	attr.NameKanaHankaku: "ﾌｪﾃﾞﾘｺ", attr.NameKanaZenkaku: "フェデリコ", attr.MiddleNames: "Sancho",
	attr.FamilyNameAtBirth: "YYYX", attr.Address: "Tokyo-to Chiyoda-ku Iidabashi 3-10-11",
	attr.StreetName: "Nicolas Salmeroon", attr.StreetNumber: "5", attr.PostalCode: "1028461", attr.Region: "Tokio",
	attr.Locality: "ZZZY", attr.Country: "ES", attr.HouseNumberExtension: "VVVW", attr.Birthdate: "1978-08-23",
	attr.Email: "abd@example.com", attr.Gender: "FEMALE", attr.CityOfBirth: "Madrit", attr.CountryOfBirth: "PT",
	attr.Nationality: "PT",
}

func TestKYCMatchFeature(t *testing.T) {
	t.Parallel()
	f := newFixture(t, "", nil)
	gate := newFixture(t, `{"requireIdDocument": true}`, nil)
	noScores := newFixture(t, `{"scores": "none"}`, nil)
	ex := example(t)
	post := func(t *testing.T, f *fixture, token string, m map[string]any) resp {
		t.Helper()
		return f.do(t, req{path: matchPath, token: token, body: jsonBody(t, m)})
	}

	t.Run("KYC_Match_1_success_request_response", func(t *testing.T) {
		t.Parallel()
		for _, token := range []string{twoLegged, threeLegged} {
			m := map[string]any{"givenName": ex["givenName"], "familyName": ex["familyName"], "birthdate": ex["birthdate"]}
			if token == twoLegged {
				m["phoneNumber"] = persona
			}
			r := post(t, f, token, m)
			r.isOK(t)
			r.matchSchema(t, 99)
		}
	})
	t.Run("KYC_Match_2_success_specific_property", func(t *testing.T) {
		t.Parallel()
		for _, a := range v04() {
			r := post(t, f, twoLegged, map[string]any{"phoneNumber": persona, a.String(): ex[a.String()]})
			r.isOK(t)
			r.matchSchema(t, 99)
			if _, ok := r.body[a.String()+"Match"]; !ok || len(r.body) > 2 {
				t.Errorf("%s: %s", a, r.raw)
			}
		}
	})
	t.Run("KYC_Match_3_success_specific_property_score", func(t *testing.T) {
		t.Parallel()
		n := 0
		for _, a := range v04() {
			if !a.Scored() {
				continue
			}
			n++
			r := post(t, f, twoLegged, map[string]any{"phoneNumber": persona, a.String(): other[a]})
			r.isOK(t)
			r.matchSchema(t, 99)
			score, ok := r.body[a.String()+"MatchScore"].(float64)
			if r.body[a.String()+"Match"] != "false" || !ok || score < 0 || score > 99 {
				t.Errorf("%s: %s", a, r.raw)
			}
		}
		if n != 14 {
			t.Errorf("%d scored attributes, the plan has 14", n)
		}
	})
	t.Run("KYC_Match_4_perfect_match_no_scores_returned", func(t *testing.T) {
		t.Parallel()
		for _, a := range v04() {
			r := post(t, f, twoLegged, map[string]any{"phoneNumber": persona, a.String(): held[a]})
			r.isOK(t)
			r.matchSchema(t, 99)
			if r.body[a.String()+"Match"] != "true" || len(r.body) != 1 {
				t.Errorf("%s: %s", a, r.raw)
			}
		}
	})
	t.Run("KYC_Match_5_success_specific_property_false", func(t *testing.T) {
		t.Parallel()
		// The r1.2 text says the value "does perfectly match" and expects
		// "false", a slip the plan on main fixes ("does not match"): the
		// value does not match. An operator that returns no score (scores
		// "none") answers "false" alone.
		for _, a := range v04() {
			for _, srv := range []*fixture{f, noScores} {
				r := post(t, srv, twoLegged, map[string]any{"phoneNumber": persona, a.String(): other[a]})
				r.isOK(t)
				r.matchSchema(t, 99)
				if r.body[a.String()+"Match"] != "false" {
					t.Errorf("%s: %s", a, r.raw)
				}
				if srv == noScores && len(r.body) != 1 {
					t.Errorf("%s without scores: %s", a, r.raw)
				}
			}
		}
	})
	t.Run("KYC_Match_6_success_multiple_optional_parameter_combinations", func(t *testing.T) {
		t.Parallel()
		rng := rand.New(rand.NewPCG(6, 6))
		all := v04()
		for range 40 {
			m := map[string]any{"phoneNumber": persona}
			var sent []attr.Attribute
			for _, a := range all {
				if rng.IntN(3) == 0 {
					m[a.String()] = ex[a.String()]
					sent = append(sent, a)
				}
			}
			if len(sent) == 0 {
				m["idDocument"], sent = ex["idDocument"], []attr.Attribute{attr.IDDocument}
			}
			r := post(t, f, twoLegged, m)
			r.isOK(t)
			r.matchSchema(t, 99)
			for k := range r.body {
				name, _ := strings.CutSuffix(strings.TrimSuffix(k, "Score"), "Match")
				if a, _ := attr.Parse(name); !slices.Contains(sent, a) {
					t.Errorf("%s answered, not requested", k)
				}
			}
			for _, a := range sent {
				if _, ok := r.body[a.String()+"Match"]; !ok {
					t.Errorf("%s requested, not answered", a)
				}
			}
		}
	})
	t.Run("KYC_Match_7_success_id_document_required", func(t *testing.T) {
		t.Parallel()
		r := post(t, gate, twoLegged, map[string]any{"phoneNumber": persona, "idDocument": ex["idDocument"], "givenName": ex["givenName"]})
		r.isOK(t)
		r.matchSchema(t, 99)
		if r.body["idDocumentMatch"] != "true" || r.body["givenNameMatch"] != "true" {
			t.Errorf("%s", r.raw)
		}
	})
	valid := map[string]any{"phoneNumber": persona, "givenName": "Federica"}
	t.Run("KYC_Match_401.1_expired_access_token", func(t *testing.T) {
		t.Parallel()
		post(t, f, expired, valid).isError(t, 401, camara.CodeUnauthenticated)
	})
	t.Run("KYC_Match_401.2_invalid_access_token", func(t *testing.T) {
		t.Parallel()
		post(t, f, "not-a-token", valid).isError(t, 401, camara.CodeUnauthenticated)
		f.do(t, req{path: matchPath, body: jsonBody(t, valid), header: map[string]string{"Authorization": "Basic dXNlcjpwYXNz"}}).isError(t, 401, camara.CodeUnauthenticated)
	})
	t.Run("KYC_Match_401.3_no_header_authorization", func(t *testing.T) {
		t.Parallel()
		post(t, f, "", valid).isError(t, 401, camara.CodeUnauthenticated)
	})
	t.Run("KYC_Match_400.1_no_request_body", func(t *testing.T) {
		t.Parallel()
		f.do(t, req{path: matchPath, token: twoLegged}).isError(t, 400, camara.CodeInvalidArgument)
		// Without Content-Type or Content-Length, or with another content
		// type: still the API's 400, never a 411 or 415.
		f.do(t, req{path: matchPath, token: twoLegged, header: map[string]string{"Content-Type": "text/plain"}}).isError(t, 400, camara.CodeInvalidArgument)
	})
	t.Run("KYC_Match_400.2_empty_request_body", func(t *testing.T) {
		t.Parallel()
		f.do(t, req{path: matchPath, token: twoLegged, body: body("{}")}).isError(t, 400, camara.CodeInvalidArgument)
	})
	t.Run("KYC_Match_400.3_invalid_argument", func(t *testing.T) {
		t.Parallel()
		for _, b := range []string{
			`not json`, `[]`, `"x"`, `{"phoneNumber":"+34629255833","givenName":4}`,
			`{"phoneNumber":"+34629255833","birthdate":"22-08-1978"}`, `{"phoneNumber":"+34629255833","gender":"male"}`,
			`{"phoneNumber":"+34629255833","email":"invalid_value"}`, `{"phoneNumber":"+34629255833","country":"USA"}`,
			`{"phoneNumber":"+34629255833","idDocumentType":"passport2"}`, `{"phoneNumber":"+34629255833","givenName":""}`,
			`{"phoneNumber":"+34629255833","givenName":"Federica","givenName":"Clara"}`,
		} {
			f.do(t, req{path: matchPath, token: twoLegged, body: body(b)}).isError(t, 400, camara.CodeInvalidArgument)
		}
	})
	t.Run("KYC_Match_10_invalid_param_combination", func(t *testing.T) {
		t.Parallel()
		post(t, f, twoLegged, map[string]any{"phoneNumber": persona}).isError(t, 400, camara.CodeInvalidParamCombination)
	})
	t.Run("KYC_Match_11_phone_number_provided_does_not_match_the_token", func(t *testing.T) {
		t.Parallel()
		post(t, f, otherLine, valid).isError(t, 403, camara.CodeInvalidTokenContext)
	})
	t.Run("KYC_Match_12_idDocument_required", func(t *testing.T) {
		t.Parallel()
		post(t, gate, twoLegged, valid).isError(t, 403, camara.CodeIDDocumentRequired)
	})
	t.Run("KYC_Match_13_idDocument_mismatch_when_idDocument_is_required", func(t *testing.T) {
		t.Parallel()
		post(t, gate, twoLegged, map[string]any{"phoneNumber": persona, "idDocument": "12345678Z", "givenName": "Federica"}).
			isError(t, 403, camara.CodeIDDocumentMismatch)
	})
	t.Run("KYC_Match_C02.01_phone_number_not_schema_compliant", func(t *testing.T) {
		t.Parallel()
		for _, p := range []string{"", "1233aaa4456", "34629255833", "+0629255833", "+" + strings.Repeat("3", 42)} {
			post(t, f, twoLegged, map[string]any{"phoneNumber": p, "givenName": "Federica"}).isError(t, 400, camara.CodeInvalidArgument)
		}
	})
	t.Run("KYC_Match_C02.02_phone_number_not_found", func(t *testing.T) {
		t.Parallel()
		post(t, f, twoLegged, map[string]any{"phoneNumber": unknown, "givenName": "Federica"}).isError(t, 404, camara.CodeIdentifierNotFound)
	})
	t.Run("KYC_Match_C02.04_missing_phone_number", func(t *testing.T) {
		t.Parallel()
		post(t, f, twoLegged, map[string]any{"givenName": "Federica"}).isError(t, 422, camara.CodeMissingIdentifier)
	})
	t.Run("KYC_Match_C02.05_phone_number_not_supported", func(t *testing.T) {
		t.Parallel()
		post(t, f, twoLegged, map[string]any{"phoneNumber": iot, "givenName": "Federica"}).isError(t, 422, camara.CodeServiceNotApplicable)
		post(t, f, threeLeggedNA, map[string]any{"givenName": "Federica"}).isError(t, 422, camara.CodeServiceNotApplicable)
	})
}
