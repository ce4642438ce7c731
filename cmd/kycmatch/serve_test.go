package main

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"os"
	"strings"
	"sync"
	"testing"
	"time"
)

// lockedBuffer is a stderr safe for the server's goroutines.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// startServe runs kycmatch serve with args on a free port until the test
// ends, and returns its base URL and stderr. The test fails unless it
// shuts down with status 0.
func startServe(t *testing.T, args ...string) (string, *lockedBuffer) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	stderr := &lockedBuffer{}
	addr := make(chan string, 1)
	code := make(chan int, 1)
	go func() {
		code <- serve(ctx, append([]string{"--addr", "127.0.0.1:0"}, args...), stderr, func(a string) { addr <- a })
	}()
	var url string
	select {
	case a := <-addr:
		url = "http://" + a
	case c := <-code:
		t.Fatalf("serve exited %d: %s", c, stderr)
	case <-time.After(30 * time.Second):
		t.Fatal("serve did not start")
	}
	t.Cleanup(func() {
		cancel()
		if c := <-code; c != 0 {
			t.Errorf("serve exited %d: %s", c, stderr)
		}
		if !strings.Contains(stderr.String(), `"msg":"stopped"`) {
			t.Errorf("no graceful shutdown in the log: %s", stderr)
		}
	})
	return url, stderr
}

func post(t *testing.T, url, token, body string) (int, string) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodPost, url, strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res.StatusCode, string(b)
}

func get(t *testing.T, url string) (int, string) {
	t.Helper()
	res, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res.StatusCode, string(b)
}

// TestServeDemo runs the README's curl commands against the demo data set.
func TestServeDemo(t *testing.T) {
	t.Parallel()
	url, stderr := startServe(t)
	body := readExample(t, "request.json")
	if code, out := post(t, url+"/kyc-match/v0.4/match", "any", body); code != 200 || !strings.Contains(out, `"givenNameMatch":"true"`) {
		t.Errorf("match: %d %s", code, out)
	}
	// Scores in bands of ten by default: the persona's city of birth,
	// MADRID against MADRUD, is 93 exactly (issue 6: bands is what serve
	// uses).
	if code, out := post(t, url+"/kyc-match/v0.4/match", "any", `{"phoneNumber":"+34629255833","cityOfBirth":"Madrid"}`); code != 200 || out != `{"cityOfBirthMatch":"false","cityOfBirthMatchScore":90}` {
		t.Errorf("default scores: %d %s", code, out)
	}
	if code, out := post(t, url+"/kyc-age-verification/v0.2/verify", "any", `{"phoneNumber":"+34629255833","ageThreshold":18}`); code != 200 || out != `{"ageCheck":"true","verifiedStatus":true}` {
		t.Errorf("age: %d %s", code, out)
	}
	if code, out := post(t, url+"/kyc-tenure/v0.2/check-tenure", "any", `{"phoneNumber":"+34629255833","tenureDate":"2020-01-01"}`); code != 200 || out != `{"tenureDateCheck":true,"contractType":"PAYM"}` {
		t.Errorf("tenure: %d %s", code, out)
	}
	if code, _ := post(t, url+"/kyc-tenure/v0.2/check-tenure", "", `{}`); code != 401 {
		t.Errorf("without a token: %d", code)
	}
	if code, out := get(t, url+"/healthz"); code != 200 || out != `{"status":"ok"}` {
		t.Errorf("healthz: %d %s", code, out)
	}
	code, out := get(t, url+"/metrics")
	for _, want := range []string{
		`kycmatch_requests_total{api="kyc-match",code="",status="200",version="v0.4"} 2`,
		`kycmatch_requests_total{api="kyc-tenure",code="UNAUTHENTICATED",status="401",version="v0.2"} 1`,
		`kycmatch_request_duration_seconds_count{api="kyc-age-verification",version="v0.2"} 1`,
		`kycmatch_requests_in_flight`,
	} {
		if code != 200 || !strings.Contains(out, want) {
			t.Errorf("metrics lack %s", want)
		}
	}
	if log := stderr.String(); !strings.Contains(log, "any bearer token is accepted") || strings.Contains(log, "+34") || strings.Contains(log, "FEDERICA") {
		t.Errorf("log: %s", log)
	}
}

// TestServeRecordsTokens serves a JSONL file with a static token file and
// a base path.
func TestServeRecordsTokens(t *testing.T) {
	t.Parallel()
	records := writeFile(t, "r.jsonl", `{"phoneNumber":"+34629255833","givenName":"FEDERICA","tenureStart":"2019-05-01"}`+"\n")
	tokens := writeFile(t, "t.json", `{"lab-3l": {"phoneNumber": "+34629255833", "scopes": ["kyc-match:match", "kyc-tenure:check-tenure"]}}`)
	config := writeFile(t, "c.json", `{"basePath": "/camara", "scores": "bands"}`)
	url, _ := startServe(t, "--records", records, "--tokens", tokens, "--config", config)
	if code, out := post(t, url+"/camara/kyc-match/v0.4/match", "lab-3l", `{"givenName":"Federico"}`); code != 200 || out != `{"givenNameMatch":"false","givenNameMatchScore":90}` {
		t.Errorf("match: %d %s", code, out)
	}
	if code, out := post(t, url+"/camara/kyc-tenure/v0.2/check-tenure", "lab-3l", `{"tenureDate":"2020-01-01"}`); code != 200 || out != `{"tenureDateCheck":true}` {
		t.Errorf("tenure: %d %s", code, out)
	}
	if code, _ := post(t, url+"/camara/kyc-age-verification/v0.2/verify", "lab-3l", `{"ageThreshold":18}`); code != 403 {
		t.Errorf("age without its scope: %d", code)
	}
	if code, _ := post(t, url+"/camara/kyc-match/v0.4/match", "other", `{"givenName":"Federico"}`); code != 401 {
		t.Errorf("unknown token: %d", code)
	}
}

// TestServePostgres serves the demo data from PostgreSQL, when the tests
// have a server (KYCMATCH_TEST_POSTGRES; store/postgres tests the store).
func TestServePostgres(t *testing.T) {
	t.Parallel()
	url := os.Getenv("KYCMATCH_TEST_POSTGRES")
	if url == "" {
		t.Skip("KYCMATCH_TEST_POSTGRES is not set")
	}
	if code, _, errOut := cmd(t, nil, "serve", "--postgres", url, "--postgres-table", "no_such_table"); code != 2 || !strings.Contains(errOut, "no_such_table") {
		t.Errorf("a missing table: %d %s", code, errOut)
	}
}

func TestServeUsage(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		args []string
		msg  string
	}{
		{[]string{"serve", "--records", "a", "--postgres", "b"}, "exclusive"},
		{[]string{"serve", "--postgres-table", "t"}, "needs --postgres"},
		{[]string{"serve", "x"}, "no file argument"},
		{[]string{"serve", "--records", "/nonexistent.jsonl"}, "nonexistent"},
		{[]string{"serve", "--tokens", writeFile(t, "t.json", `{"a":1}`)}, "tokens"},
		{[]string{"serve", "--config", writeFile(t, "c.json", `{"basePath":"x"}`)}, "basePath"},
		{[]string{"serve", "--records", writeFile(t, "r.jsonl", `{"givenName":"SECRET"}`)}, "line 1: no phoneNumber"},
		{[]string{"serve", "--addr", "127.0.0.1:99999"}, "serve:"},
	} {
		code, _, errOut := cmd(t, nil, tc.args...)
		if code != 2 || !strings.Contains(errOut, tc.msg) || strings.Contains(errOut, "SECRET") {
			t.Errorf("%v: %d %q", tc.args, code, errOut)
		}
	}
}
