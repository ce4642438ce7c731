package server_test

import (
	"fmt"
	"testing"

	"github.com/kycmatch/kycmatch/camara"
)

const (
	agePath    = "/kyc-age-verification/v0.2/verify"
	tenurePath = "/kyc-tenure/v0.2/check-tenure"
)

// ageOptional are the Examples of @verifyAge_1 to _3: each optional
// identity property, with a value of its schema.
var ageOptional = []struct{ prop, value string }{
	{"idDocument", "66666666q"}, {"name", "Federica Sanchez Arjona"}, {"givenName", "Federica"},
	{"familyName", "Sanchez Arjona"}, {"middleNames", "Sanchez"}, {"familyNameAtBirth", "YYYY"},
	{"birthdate", "1978-08-22"}, {"email", "abc@example.com"},
}

// ageSchema checks "the response body complies with the OAS schema at
// /components/schemas/VerifyResponseBody": ageCheck required, one of the
// three strings; verifiedStatus a boolean; identityMatchScore an integer
// 0..100; contentLock and parentalControl strings of the enum; nothing
// else.
func (r resp) ageSchema(t *testing.T) {
	t.Helper()
	for k, v := range r.body {
		switch k {
		case "ageCheck", "contentLock", "parentalControl":
			if s, _ := v.(string); s != "true" && s != "false" && s != "not_available" {
				t.Errorf("%s: %v", k, v)
			}
		case "verifiedStatus":
			if _, ok := v.(bool); !ok {
				t.Errorf("%s: %v", k, v)
			}
		case "identityMatchScore":
			if n, ok := v.(float64); !ok || n != float64(int(n)) || n < 0 || n > 100 {
				t.Errorf("%s: %v", k, v)
			}
		default:
			t.Errorf("%s is not a property of VerifyResponseBody", k)
		}
	}
	if _, ok := r.body["ageCheck"]; !ok {
		t.Error("no ageCheck")
	}
}

func TestAgeVerificationFeature(t *testing.T) {
	t.Parallel()
	f := newFixture(t, "", nil)
	post := func(t *testing.T, token, b string) resp {
		t.Helper()
		return f.do(t, req{path: agePath, token: token, body: body(b)})
	}
	outline := func(t *testing.T, line, want string) {
		for _, ex := range ageOptional {
			for _, token := range []string{twoLegged, threeLegged} {
				phone := fmt.Sprintf(`"phoneNumber":%q,`, line)
				if token == threeLegged {
					if line != persona {
						continue
					}
					phone = ""
				}
				r := post(t, token, fmt.Sprintf(`{%s"ageThreshold":18,%q:%q}`, phone, ex.prop, ex.value))
				r.isOK(t)
				r.ageSchema(t)
				if r.body["ageCheck"] != want {
					t.Errorf("%s: %s", ex.prop, r.raw)
				}
			}
		}
	}
	t.Run("verifyAge_1_verify_age_true", func(t *testing.T) {
		t.Parallel()
		outline(t, persona, "true")
	})
	t.Run("verifyAge_2_verify_age_false", func(t *testing.T) {
		t.Parallel()
		outline(t, minor, "false")
	})
	t.Run("verifyAge_3_verify_age_not_available", func(t *testing.T) {
		t.Parallel()
		outline(t, noBirthdate, "not_available")
	})
	t.Run("verifyAge_4_verify_age_contentLock", func(t *testing.T) {
		t.Parallel()
		for line, want := range map[string]string{persona: "false", minor: "true"} {
			r := post(t, twoLegged, fmt.Sprintf(`{"phoneNumber":%q,"ageThreshold":16,"includeContentLock":true}`, line))
			r.isOK(t)
			r.ageSchema(t)
			if r.body["contentLock"] != want || r.body["parentalControl"] != nil {
				t.Errorf("%s", r.raw)
			}
		}
	})
	t.Run("verifyAge_5_verify_age_parentalControl", func(t *testing.T) {
		t.Parallel()
		for line, want := range map[string]string{persona: "false", minor: "true"} {
			r := post(t, twoLegged, fmt.Sprintf(`{"phoneNumber":%q,"ageThreshold":16,"includeParentalControl":true}`, line))
			r.isOK(t)
			r.ageSchema(t)
			if r.body["parentalControl"] != want || r.body["contentLock"] != nil {
				t.Errorf("%s", r.raw)
			}
		}
	})
	t.Run("verifyAge_400.1_no_request_body", func(t *testing.T) {
		t.Parallel()
		f.do(t, req{path: agePath, token: twoLegged}).isError(t, 400, camara.CodeInvalidArgument)
	})
	t.Run("verifyAge_400.2_empty_request_body", func(t *testing.T) {
		t.Parallel()
		post(t, twoLegged, `{}`).isError(t, 400, camara.CodeInvalidArgument)
	})
	t.Run("verifyAge_400.3_out_of_range", func(t *testing.T) {
		t.Parallel()
		for _, n := range []string{"-1", "121", "1000", "1e400"} {
			post(t, twoLegged, `{"phoneNumber":"+34629255833","ageThreshold":`+n+`}`).isError(t, 400, camara.CodeOutOfRange)
		}
	})
	t.Run("verifyAge_400.4_invalid_argument", func(t *testing.T) {
		t.Parallel()
		for _, b := range []string{
			`[]`, `{"phoneNumber":"+34629255833","ageThreshold":"18"}`, `{"phoneNumber":"+34629255833","ageThreshold":18.5}`,
			`{"phoneNumber":"+34629255833"}`, `{"phoneNumber":"+34629255833","ageThreshold":18,"birthdate":"22-08-1978"}`,
			`{"phoneNumber":"+34629255833","ageThreshold":18,"includeContentLock":"yes"}`,
			`{"phoneNumber":"+34629255833","ageThreshold":18,"ageThreshold":21}`,
		} {
			post(t, twoLegged, b).isError(t, 400, camara.CodeInvalidArgument)
		}
	})
	valid := `{"phoneNumber":"+34629255833","ageThreshold":18}`
	t.Run("verifyAge_401.1_expired_access_token", func(t *testing.T) {
		t.Parallel()
		post(t, expired, valid).isError(t, 401, camara.CodeUnauthenticated)
	})
	t.Run("verifyAge_401.2_invalid_access_token", func(t *testing.T) {
		t.Parallel()
		post(t, "not-a-token", valid).isError(t, 401, camara.CodeUnauthenticated)
	})
	t.Run("verifyAge_401.3_no_header_authorization", func(t *testing.T) {
		t.Parallel()
		post(t, "", valid).isError(t, 401, camara.CodeUnauthenticated)
	})
	t.Run("verifyAge_C02.01_phone_number_not_schema_compliant", func(t *testing.T) {
		t.Parallel()
		post(t, twoLegged, `{"phoneNumber":"34629255833","ageThreshold":18}`).isError(t, 400, camara.CodeInvalidArgument)
	})
	t.Run("verifyAge_C02.02_phone_number_not_found", func(t *testing.T) {
		t.Parallel()
		post(t, twoLegged, `{"phoneNumber":"+34699999999","ageThreshold":18}`).isError(t, 404, camara.CodeIdentifierNotFound)
	})
	t.Run("verifyAge_C02.03_unnecessary_phone_number", func(t *testing.T) {
		t.Parallel()
		// Even the token's own number.
		post(t, threeLegged, valid).isError(t, 422, camara.CodeUnnecessaryIdentifier)
	})
	t.Run("verifyAge_C02.04_missing_phone_number", func(t *testing.T) {
		t.Parallel()
		post(t, twoLegged, `{"ageThreshold":18}`).isError(t, 422, camara.CodeMissingIdentifier)
	})
	t.Run("verifyAge_C02.05_phone_number_not_supported", func(t *testing.T) {
		t.Parallel()
		post(t, twoLegged, `{"phoneNumber":"+34600000002","ageThreshold":18}`).isError(t, 422, camara.CodeServiceNotApplicable)
		// Not eligible for this API only.
		post(t, twoLegged, `{"phoneNumber":"+31612345678","ageThreshold":18}`).isError(t, 422, camara.CodeServiceNotApplicable)
	})
}

func TestTenureFeature(t *testing.T) {
	t.Parallel()
	f := newFixture(t, "", nil)
	post := func(t *testing.T, token, b string) resp {
		t.Helper()
		return f.do(t, req{path: tenurePath, token: token, body: body(b)})
	}
	schema := func(t *testing.T, r resp) {
		t.Helper()
		if _, ok := r.body["tenureDateCheck"].(bool); !ok {
			t.Errorf("tenureDateCheck: %s", r.raw)
		}
		for k, v := range r.body {
			switch k {
			case "tenureDateCheck":
			case "contractType":
				if v != "PAYG" && v != "PAYM" && v != "Business" {
					t.Errorf("contractType %v", v)
				}
			default:
				t.Errorf("%s is not a property of TenureInfo", k)
			}
		}
	}
	t.Run("checkTenure_1_tenure_check_true", func(t *testing.T) {
		t.Parallel()
		for _, tc := range []struct{ token, body, contract string }{
			{twoLegged, `{"phoneNumber":"+34629255833","tenureDate":"2015-03-01"}`, "PAYM"}, // the first day counts
			{threeLegged, `{"tenureDate":"2020-01-31"}`, "PAYM"},
			{twoLegged, `{"phoneNumber":"+31612345678","tenureDate":"2026-06-15"}`, "Business"}, // today is not the future
		} {
			r := post(t, tc.token, tc.body)
			r.isOK(t)
			schema(t, r)
			if r.body["tenureDateCheck"] != true || r.body["contractType"] != tc.contract {
				t.Errorf("%s: %s", tc.body, r.raw)
			}
		}
	})
	t.Run("checkTenure_2_tenure_check_false", func(t *testing.T) {
		t.Parallel()
		for _, tc := range []struct{ body, contract string }{
			{`{"phoneNumber":"+34629255833","tenureDate":"2015-02-28"}`, "PAYM"},
			{`{"phoneNumber":"+34600000001","tenureDate":"2020-01-01"}`, "PAYG"},
			// No tenure start held: cannot be confirmed, and no contract type.
			{`{"phoneNumber":"+34600000003","tenureDate":"2000-01-01"}`, ""},
		} {
			r := post(t, twoLegged, tc.body)
			r.isOK(t)
			schema(t, r)
			if c, _ := r.body["contractType"].(string); r.body["tenureDateCheck"] != false || c != tc.contract {
				t.Errorf("%s: %s", tc.body, r.raw)
			}
		}
	})
	t.Run("checkTenure_400.1_no_request_body", func(t *testing.T) {
		t.Parallel()
		f.do(t, req{path: tenurePath, token: twoLegged}).isError(t, 400, camara.CodeInvalidArgument)
	})
	t.Run("checkTenure_400.2_empty_request_body", func(t *testing.T) {
		t.Parallel()
		post(t, twoLegged, `{}`).isError(t, 400, camara.CodeInvalidArgument)
	})
	t.Run("checkTenure_400.3_out_of_range", func(t *testing.T) {
		t.Parallel()
		for _, d := range []string{"2026-06-16", "2099-01-01"} {
			post(t, twoLegged, `{"phoneNumber":"+34629255833","tenureDate":"`+d+`"}`).isError(t, 400, camara.CodeOutOfRange)
		}
	})
	t.Run("checkTenure_400.4_invalid_argument", func(t *testing.T) {
		t.Parallel()
		for _, b := range []string{
			`{"phoneNumber":"+34629255833","tenureDate":"2015/03/01"}`, `{"phoneNumber":"+34629255833","tenureDate":"2015-02-30"}`,
			`{"phoneNumber":"+34629255833","tenureDate":20150301}`, `{"phoneNumber":"+34629255833"}`, `{"tenureDate":""}`, `7`,
		} {
			post(t, twoLegged, b).isError(t, 400, camara.CodeInvalidArgument)
		}
	})
	valid := `{"phoneNumber":"+34629255833","tenureDate":"2020-01-01"}`
	t.Run("checkTenure_401.1_expired_access_token", func(t *testing.T) {
		t.Parallel()
		post(t, expired, valid).isError(t, 401, camara.CodeUnauthenticated)
	})
	t.Run("checkTenure_401.2_invalid_access_token", func(t *testing.T) {
		t.Parallel()
		post(t, "not-a-token", valid).isError(t, 401, camara.CodeUnauthenticated)
	})
	t.Run("checkTenure_401.3_no_header_authorization", func(t *testing.T) {
		t.Parallel()
		post(t, "", valid).isError(t, 401, camara.CodeUnauthenticated)
	})
	t.Run("checkTenure_C02.01_phone_number_not_schema_compliant", func(t *testing.T) {
		t.Parallel()
		post(t, twoLegged, `{"phoneNumber":"+34 629 25 58 33","tenureDate":"2020-01-01"}`).isError(t, 400, camara.CodeInvalidArgument)
	})
	t.Run("checkTenure_C02.02_phone_number_not_found", func(t *testing.T) {
		t.Parallel()
		post(t, twoLegged, `{"phoneNumber":"+34699999999","tenureDate":"2020-01-01"}`).isError(t, 404, camara.CodeIdentifierNotFound)
	})
	t.Run("checkTenure_C02.03_unnecessary_phone_number", func(t *testing.T) {
		t.Parallel()
		post(t, threeLegged, valid).isError(t, 422, camara.CodeUnnecessaryIdentifier)
	})
	t.Run("checkTenure_C02.04_missing_phone_number", func(t *testing.T) {
		t.Parallel()
		post(t, twoLegged, `{"tenureDate":"2020-01-01"}`).isError(t, 422, camara.CodeMissingIdentifier)
	})
	t.Run("checkTenure_C02.05_phone_number_not_supported", func(t *testing.T) {
		t.Parallel()
		post(t, twoLegged, `{"phoneNumber":"+34600000002","tenureDate":"2020-01-01"}`).isError(t, 422, camara.CodeServiceNotApplicable)
	})
}
