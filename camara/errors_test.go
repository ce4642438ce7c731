package camara_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/kycmatch/kycmatch/camara"
)

func TestErrorsIs(t *testing.T) {
	t.Parallel()
	err := fmt.Errorf("handler: %w", camara.Invalid("birthdate", "birthdate must be a calendar date written YYYY-MM-DD."))
	if !errors.Is(err, camara.CodeInvalidArgument) {
		t.Fatalf("%v is not INVALID_ARGUMENT", err)
	}
	if !errors.Is(err, &camara.Error{Code: camara.CodeInvalidArgument, Field: "birthdate"}) {
		t.Errorf("%v does not name birthdate", err)
	}
	if errors.Is(err, &camara.Error{Code: camara.CodeInvalidArgument, Field: "email"}) {
		t.Errorf("%v matches a target naming another field", err)
	}
	if errors.Is(err, camara.CodeInvalidParamCombination) {
		t.Errorf("%v matches another code", err)
	}
	me := camara.AsError(err)
	if me == nil || me.Code != camara.CodeInvalidArgument || me.Status != 400 || me.Field != "birthdate" {
		t.Errorf("AsError through a wrap = %+v", me)
	}
	if got := me.Error(); got != "camara: INVALID_ARGUMENT: birthdate must be a calendar date written YYYY-MM-DD." {
		t.Errorf("Error() = %q", got)
	}
	b, _ := json.Marshal(me)
	if string(b) != `{"status":400,"code":"INVALID_ARGUMENT","message":"birthdate must be a calendar date written YYYY-MM-DD."}` {
		t.Errorf("body %s", b)
	}
}

func TestCodeStatus(t *testing.T) {
	t.Parallel()
	for code, status := range map[camara.Code]int{
		camara.CodeInvalidArgument: 400, camara.CodeOutOfRange: 400, camara.CodeInvalidParamCombination: 400,
		camara.CodeUnauthenticated: 401, camara.CodePermissionDenied: 403,
		camara.CodeInvalidTokenContext: 403, camara.CodeIDDocumentRequired: 403,
		camara.CodeIDDocumentMismatch: 403, camara.CodeIdentifierNotFound: 404, camara.CodeNotFound: 404,
		camara.CodeMethodNotAllowed: 405, camara.CodeUnsupportedMediaType: 415,
		camara.CodeMissingIdentifier: 422, camara.CodeServiceNotApplicable: 422, camara.CodeUnnecessaryIdentifier: 422,
		camara.CodeInternal: 500, camara.CodeUnavailable: 503, camara.CodeTimeout: 504, "SOMETHING_ELSE": 0,
	} {
		if got := code.Status(); got != status {
			t.Errorf("%s: status %d, want %d", code, got, status)
		}
		if status != 0 && code.Message() == "" {
			t.Errorf("%s: no message", code)
		}
	}
}

func TestAsError(t *testing.T) {
	t.Parallel()
	if camara.AsError(nil) != nil {
		t.Error("AsError(nil) != nil")
	}
	outage := errors.New("store: connection refused to db-7 for +34629255833")
	me := camara.AsError(outage)
	if me.Status != 500 || me.Code != camara.CodeInternal || strings.Contains(me.Message, "db-7") || strings.Contains(me.Message, "+34") {
		t.Errorf("AsError(outage) = %+v", me)
	}
	// Issue 6: an *Error made elsewhere passed through untouched, status 0
	// and any code and message included.
	tests := []struct {
		name string
		in   error
		want camara.Error // Message "" means the code's own
	}{
		{"status derived from the code", &camara.Error{Code: camara.CodeIdentifierNotFound}, camara.Error{Status: 404, Code: camara.CodeIdentifierNotFound}},
		{"wrong status", &camara.Error{Status: 200, Code: camara.CodeMissingIdentifier}, camara.Error{Status: 422, Code: camara.CodeMissingIdentifier}},
		{"unknown code", &camara.Error{Status: 404, Code: "NO_SUCH_LINE", Message: "No line +34629255833"}, camara.Error{Status: 500, Code: camara.CodeInternal}},
		{"foreign message", &camara.Error{Status: 404, Code: camara.CodeIdentifierNotFound, Message: "No line +34629255833", Field: "Federica"}, camara.Error{Status: 404, Code: camara.CodeIdentifierNotFound}},
		{"bare code", camara.CodeServiceNotApplicable, camara.Error{Status: 422, Code: camara.CodeServiceNotApplicable}},
		{"unknown bare code", camara.Code("OOPS"), camara.Error{Status: 500, Code: camara.CodeInternal}},
		{"unavailable store", fmt.Errorf("pg: conn closed +34629255833: %w", camara.CodeUnavailable), camara.Error{Status: 503, Code: camara.CodeUnavailable}},
		{"deadline", fmt.Errorf("query: %w", context.DeadlineExceeded), camara.Error{Status: 504, Code: camara.CodeTimeout}},
		{"cancelled", context.Canceled, camara.Error{Status: 500, Code: camara.CodeInternal}},
	}
	for _, tc := range tests {
		got := camara.AsError(tc.in)
		if got.Status != tc.want.Status || got.Code != tc.want.Code || got.Field != tc.want.Field || strings.Contains(got.Message, "+34") || got.Message == "" {
			t.Errorf("%s: AsError = %+v, want %+v", tc.name, got, tc.want)
		}
	}
}

// TestErrorsAreFresh checks that the errors handed out are new values: a
// caller that changes one changes nothing for the next.
func TestErrorsAreFresh(t *testing.T) {
	t.Parallel()
	a := camara.AsError(camara.CodeMissingIdentifier)
	a.Message = "changed"
	if b := camara.AsError(camara.CodeMissingIdentifier); b.Message == "changed" || b == a {
		t.Errorf("AsError shares its errors: %+v", b)
	}
	c := camara.AsError(errors.New("store down"))
	c.Message = "changed"
	if d := camara.AsError(errors.New("store down")); d.Message == "changed" || d.Code != camara.CodeInternal {
		t.Errorf("AsError shares its INTERNAL error: %+v", d)
	}
	own := camara.Invalid("email", "email must be an e-mail address.")
	cp := camara.AsError(own)
	cp.Message = "changed"
	if own.Message == "changed" {
		t.Error("AsError returned the error itself")
	}
}

func TestResolve(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name        string
		rule        camara.IdentifierRule
		token, body string
		want        error
	}{
		{"TwoLegged", camara.Consistent, "", "+34629255833", nil},
		{"TwoLeggedNoPhone", camara.Consistent, "", "", camara.CodeMissingIdentifier},
		{"ThreeLeggedNoBodyPhone", camara.Consistent, "+34629255833", "", nil},
		{"ThreeLeggedSamePhone", camara.Consistent, "+34629255833", "+34629255833", nil},
		{"ThreeLeggedTokenFormatted", camara.Consistent, "+34 629 25 58 33", "+34629255833", nil},
		{"ThreeLeggedOtherPhone", camara.Consistent, "+34629255833", "+34629255834", camara.CodeInvalidTokenContext},
		{"ExclusiveTwoLegged", camara.Exclusive, "", "+34629255833", nil},
		{"ExclusiveThreeLegged", camara.Exclusive, "+34629255833", "", nil},
		{"ExclusiveSamePhone", camara.Exclusive, "+34629255833", "+34629255833", camara.CodeUnnecessaryIdentifier},
		{"ExclusiveMissing", camara.Exclusive, "", "", camara.CodeMissingIdentifier},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got, err := camara.Resolve(tt.rule, tt.token, tt.body)
			if !errors.Is(err, tt.want) || (tt.want == nil && err != nil) {
				t.Fatalf("got %v, want %v", err, tt.want)
			}
			if err == nil && got != "+34629255833" {
				t.Errorf("resolved %q, want the E.164 number", got)
			}
		})
	}
	// A token number the embedder cannot have meant is the embedder's bug:
	// an error that is not a CAMARA one (AsError makes it a 500).
	_, err := camara.Resolve(camara.Consistent, "629255833", "")
	if _, ok := errors.AsType[*camara.Error](err); err == nil || ok {
		t.Errorf("national token number: got %v, want a plain error", err)
	}
}

func TestFetch(t *testing.T) {
	t.Parallel()
	sub := camara.Subscriber{NotApplicable: camara.APISet(0).With(camara.Tenure)}
	outage := fmt.Errorf("pg: %w", camara.CodeUnavailable)
	custom := &camara.Error{Status: 404, Code: camara.CodeIdentifierNotFound, Message: "No line +34629255833."}
	tests := []struct {
		name   string
		api    camara.API
		ret    error
		want   camara.Code // "" for success
		status int
	}{
		{"Found", camara.KYCMatch, nil, "", 200},
		{"NotEligibleForThisAPI", camara.Tenure, nil, camara.CodeServiceNotApplicable, 422},
		{"NotFound", camara.KYCMatch, camara.CodeIdentifierNotFound, camara.CodeIdentifierNotFound, 404},
		{"NotFoundWrapped", camara.KYCMatch, fmt.Errorf("store: %w", custom), camara.CodeIdentifierNotFound, 404},
		{"NotApplicable", camara.KYCMatch, camara.CodeServiceNotApplicable, camara.CodeServiceNotApplicable, 422},
		{"Unavailable", camara.KYCMatch, outage, camara.CodeUnavailable, 503},
		{"Failure", camara.KYCMatch, errors.New("store: bad query"), camara.CodeInternal, 500},
		{"CodeNoStoreReturns", camara.KYCMatch, camara.CodeInvalidArgument, camara.CodeInternal, 500},
		{"Deadline", camara.KYCMatch, context.DeadlineExceeded, camara.CodeTimeout, 504},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			store := camara.StoreFunc(func(_ context.Context, phone string) (camara.Subscriber, error) {
				if phone != "+34629255833" {
					t.Errorf("looked up %q", phone)
				}
				return sub, tc.ret
			})
			_, err := camara.Fetch(context.Background(), store, tc.api, "+34629255833")
			if tc.want == "" {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			me := camara.AsError(err)
			if me.Code != tc.want || me.Status != tc.status || strings.Contains(me.Message, "+34") {
				t.Errorf("got %+v, want %s %d", me, tc.want, tc.status)
			}
		})
	}
	// A context done while the store answered: its error, not the record.
	ctx, cancel := context.WithCancel(context.Background())
	_, err := camara.Fetch(ctx, camara.StoreFunc(func(context.Context, string) (camara.Subscriber, error) {
		cancel()
		return sub, nil
	}), camara.KYCMatch, "+34629255833")
	if !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled during the lookup: %v", err)
	}
}

func TestCorrelator(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		s            string
		wide, narrow bool
	}{
		{"", true, true},
		{"b4333c46-49c0-4f62-80d7-f0ef930f1c46", true, true},
		{"a_b:c;d.e/f<g>{h}", true, false},
		{strings.Repeat("a", 55), true, true},
		{strings.Repeat("a", 56), true, false},
		{strings.Repeat("a", 256), true, false},
		{strings.Repeat("a", 257), false, false},
		{"a b", false, false},
		{"a\r\nX-Injected: 1", false, false},
		{"+34629255833", false, false},
		{"ñ", false, false},
	} {
		if got := camara.CorrelatorWide.Valid(tc.s); got != tc.wide {
			t.Errorf("wide %q: %v", tc.s, got)
		}
		if got := camara.CorrelatorNarrow.Valid(tc.s); got != tc.narrow {
			t.Errorf("narrow %q: %v", tc.s, got)
		}
	}
}
