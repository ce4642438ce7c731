package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/kycmatch/kycmatch/attr"
	"github.com/kycmatch/kycmatch/camara"
	"github.com/kycmatch/kycmatch/locale"
	"github.com/kycmatch/kycmatch/locale/es"
	"github.com/kycmatch/kycmatch/locale/nl"
	"github.com/kycmatch/kycmatch/server"
	"github.com/kycmatch/kycmatch/store"
)

// The testing assets of the test plans: lines and what the operator holds
// for them. None is a real person; the persona is the specification's.
const (
	persona     = "+34629255833" // every attribute held, an adult, tenure since 2015
	minor       = "+34600000001" // born 2012, parental control and content lock on
	iot         = "+34600000002" // not eligible for any API
	noBirthdate = "+34600000003" // no birthdate, no tenure start
	unknown     = "+34699999999" // no customer account
	business    = "+31612345678" // not eligible for Age Verification
)

// records are the operator's records for the assets.
const records = `{"phoneNumber":"+34629255833","idDocument":"66666666-Q","idDocumentType":"PASSPORT","idDocumentExpiryDate":"2027/07/12","name":"FEDERICA SÁNCHEZ ARJONA","givenName":"FEDERICA","familyName":"SÁNCHEZ ARJONA","nameKanaHankaku":"ﾌｪﾃﾞﾘｶ","nameKanaZenkaku":"フェデリカ","middleNames":"SÁNCHEZ","familyNameAtBirth":"YYYY","address":"TOKYO-TO CHIYODA-KU IIDABASHI 3-10-10","streetName":"NICOLÁS SALMERÓN","streetNumber":"4","postalCode":"102-8460","region":"TOKYO","locality":"ZZZZ","country":"JP","houseNumberExtension":"VVVV","birthdate":"19780822","email":"ABC@EXAMPLE.COM","gender":"O","cityOfBirth":"MADRID","countryOfBirth":"ESP","nationality":"ES","tenureStart":"2015-03-01","contractType":"PAYM","identityVerified":true,"contentLock":false,"parentalControl":false}
{"phoneNumber":"+34600000001","givenName":"Lucía","familyName":"Martín Gómez","birthdate":"2012-05-14","tenureStart":"2023-09-01","contractType":"PAYG","identityVerified":false,"contentLock":true,"parentalControl":true}
{"phoneNumber":"+34600000002","notApplicable":true}
{"phoneNumber":"+34600000003","givenName":"Carlos","familyName":"Ruiz Peña","email":"carlos.ruiz@example.com"}
{"phoneNumber":"+31612345678","givenName":"Jan","familyName":"de Vries","birthdate":"1985-02-28","tenureStart":"2010-06-15","contractType":"Business","notApplicable":["kyc-age-verification"]}
`

// The tokens of the test plans.
const (
	twoLegged     = "token-2legged"
	threeLegged   = "token-3legged-persona"
	otherLine     = "token-3legged-other"
	expired       = "token-expired"
	noScope       = "token-no-scope"
	threeLeggedNA = "token-3legged-iot"
)

const tokens = `{
 "token-2legged": {"scopes": ["kyc-match:match", "kyc-age-verification:verify", "kyc-tenure:check-tenure"]},
 "token-3legged-persona": {"phoneNumber": "+34629255833", "scopes": ["kyc-match:match", "kyc-age-verification:verify", "kyc-tenure:check-tenure"]},
 "token-3legged-other": {"phoneNumber": "+34 600 000 001", "scopes": ["kyc-match:match", "kyc-age-verification:verify", "kyc-tenure:check-tenure"]},
 "token-3legged-iot": {"phoneNumber": "+34600000002", "scopes": ["kyc-match:match", "kyc-age-verification:verify", "kyc-tenure:check-tenure"]},
 "token-expired": {"scopes": ["kyc-match:match", "kyc-age-verification:verify", "kyc-tenure:check-tenure"], "expiresAt": "2026-01-01T00:00:00Z"},
 "token-no-scope": {"scopes": ["some-other-api:read"]}
}`

// today is the clock of the tests.
var today = time.Date(2026, 6, 15, 12, 0, 0, 0, time.UTC)

// correlator is the x-correlator the background of every scenario sends.
const correlator = "b4333c46-49c0-4f62-80d7-f0ef930f1c46"

// fixture is a server under test.
type fixture struct {
	url string
	log *syncBuffer
}

// syncBuffer is a log sink safe for concurrent handlers.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// newFixture starts a server with the config (JSON; "" for the zero
// config) over the test records, or over st when it is not nil.
func newFixture(t *testing.T, config string, st camara.Store) *fixture {
	t.Helper()
	return newFixtureTimeout(t, config, st, 2*time.Second)
}

// newFixtureTimeout is newFixture with a request timeout.
func newFixtureTimeout(t *testing.T, config string, st camara.Store, timeout time.Duration) *fixture {
	t.Helper()
	cfg := server.Config{}
	if config != "" {
		var err error
		if cfg, err = server.ParseConfig([]byte(config)); err != nil {
			t.Fatal(err)
		}
	}
	if st == nil {
		m, err := store.ReadJSONL(strings.NewReader(records))
		if err != nil {
			t.Fatal(err)
		}
		st = m
	}
	auth, err := server.ParseTokens([]byte(tokens), func() time.Time { return today })
	if err != nil {
		t.Fatal(err)
	}
	log := &syncBuffer{}
	h, err := server.New(cfg, server.Options{
		Profiles: []locale.Profile{es.New(), nl.New()}, Store: st, Auth: auth,
		Now: func() time.Time { return today }, Logger: slog.New(slog.NewJSONHandler(log, nil)),
		Timeout: timeout,
	})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	t.Cleanup(func() { checkLog(t, log.String()) })
	return &fixture{url: srv.URL, log: log}
}

// req is one HTTP request of a scenario.
type req struct {
	method string // "" means POST
	path   string
	token  string // "" sends no Authorization header
	body   *string
	header map[string]string
}

// resp is its answer.
type resp struct {
	status int
	header http.Header
	raw    []byte
	body   map[string]any
}

func body(s string) *string { return &s }

// do sends r, with the background's x-correlator unless r sets one.
func (f *fixture) do(t *testing.T, r req) resp {
	t.Helper()
	if r.method == "" {
		r.method = http.MethodPost
	}
	var rd io.Reader
	if r.body != nil {
		rd = strings.NewReader(*r.body)
	}
	hr, err := http.NewRequestWithContext(context.Background(), r.method, f.url+r.path, rd)
	if err != nil {
		t.Fatal(err)
	}
	if r.body != nil {
		hr.Header.Set("Content-Type", "application/json")
	}
	if r.token != "" {
		hr.Header.Set("Authorization", "Bearer "+r.token)
	}
	hr.Header.Set("x-correlator", correlator)
	for k, v := range r.header {
		if v == "" {
			hr.Header.Del(k)
		} else {
			hr.Header.Set(k, v)
		}
	}
	res, err := http.DefaultClient.Do(hr)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	raw, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	out := resp{status: res.StatusCode, header: res.Header, raw: raw}
	if err := json.Unmarshal(raw, &out.body); err != nil {
		t.Fatalf("the body is not a JSON object: %v\n%s", err, raw)
	}
	return out
}

// common checks what every answer of every scenario says: "the response
// header Content-Type is application/json", "the response header
// x-correlator has same value as the request header x-correlator".
func (r resp) common(t *testing.T) {
	t.Helper()
	if ct := r.header.Get("Content-Type"); ct != "application/json" {
		t.Errorf("Content-Type %q", ct)
	}
	if c := r.header.Get("x-correlator"); c != correlator {
		t.Errorf("x-correlator %q, want the request's", c)
	}
}

// isError checks an error answer: "the response status code is S", "the
// response property $.status is S", "$.code is C", "$.message contains a
// user friendly text", and nothing else in the body (ErrorInfo).
func (r resp) isError(t *testing.T, status int, code camara.Code) {
	t.Helper()
	r.common(t)
	if r.status != status || r.body["status"] != float64(status) || r.body["code"] != string(code) {
		t.Fatalf("got %d %s, want %d %s", r.status, r.raw, status, code)
	}
	msg, _ := r.body["message"].(string)
	if len(msg) < 10 || len(r.body) != 3 {
		t.Errorf("not an ErrorInfo with a message: %s", r.raw)
	}
}

// isOK checks a 200.
func (r resp) isOK(t *testing.T) {
	t.Helper()
	r.common(t)
	if r.status != 200 {
		t.Fatalf("got %d %s, want 200", r.status, r.raw)
	}
}

// matchSchema checks "the response body complies with the OAS schema at
// /components/schemas/KYC_MatchResponse" of the version whose largest
// score is maxScore: every property an xMatch of a defined attribute with
// "true", "false" or "not_available", or an xMatchScore, an integer
// 0..maxScore, of a scored attribute, only beside "false".
func (r resp) matchSchema(t *testing.T, maxScore int) {
	t.Helper()
	for k, v := range r.body {
		if name, ok := strings.CutSuffix(k, "MatchScore"); ok || k == "middleNamesScore" {
			if !ok {
				name = "middleNames"
			}
			a, known := attr.Parse(name)
			n, isNum := v.(float64)
			if !known || !a.Scored() || !isNum || n != float64(int(n)) || n < 0 || n > float64(maxScore) {
				t.Errorf("%s: %v is not a score", k, v)
			}
			if r.body[name+"Match"] != "false" {
				t.Errorf("%s beside %v", k, r.body[name+"Match"])
			}
			continue
		}
		name, ok := strings.CutSuffix(k, "Match")
		if _, known := attr.Parse(name); !ok || !known {
			t.Errorf("%s is not a property of KYC_MatchResponse", k)
			continue
		}
		if s, _ := v.(string); s != "true" && s != "false" && s != "not_available" {
			t.Errorf("%s: %v", k, v)
		}
	}
}

// checkLog checks the access log: one JSON line per request, with no
// phone number, token, record or request value in it.
func checkLog(t *testing.T, log string) {
	t.Helper()
	forbidden := []string{"+34", "+31", "34629255833", "629255833", "token-", "FEDERICA", "Federica", "SÁNCHEZ", "Sanchez", "66666666", "1978", "Lucía", "Madrid", "goroutine", ".go:"}
	for line := range strings.Lines(log) {
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Errorf("log line is not JSON: %q", line)
			continue
		}
		delete(m, "time") // digits that may be anything
		rest, _ := json.Marshal(m)
		for _, f := range forbidden {
			if strings.Contains(string(rest), f) {
				t.Errorf("log line holds %q: %s", f, line)
			}
		}
	}
}
