package server_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/kycmatch/kycmatch/camara"
	"github.com/kycmatch/kycmatch/server"
)

// TestCommonalities checks what every answer of every API does, whatever
// the test plans say of it: the x-correlator header, the method, the path,
// the scope, the media type, and the HTTP-only parts of the plans.
func TestCommonalities(t *testing.T) {
	t.Parallel()
	f := newFixture(t, "", nil)
	valid := body(`{"phoneNumber":"+34629255833","givenName":"Federica"}`)
	t.Run("CorrelatorInvalid", func(t *testing.T) {
		t.Parallel()
		for _, c := range []string{"a b", strings.Repeat("a", 257), "+34629255833", "é"} {
			r := f.do(t, req{path: matchPath, token: twoLegged, body: valid, header: map[string]string{"x-correlator": c}})
			if r.status != 400 || r.body["code"] != "INVALID_ARGUMENT" || r.header.Get("x-correlator") != "" {
				t.Errorf("%q: %d %s, x-correlator %q", c, r.status, r.raw, r.header.Get("x-correlator"))
			}
		}
	})
	t.Run("CorrelatorPerVersion", func(t *testing.T) {
		t.Parallel()
		// v0.3.0's pattern is ^[a-zA-Z0-9-]{0,55}$; v0.4.0's is wider.
		c := map[string]string{"x-correlator": "trace:1;span.2"}
		if r := f.do(t, req{path: "/kyc-match/v0.3/match", token: twoLegged, body: valid, header: c}); r.status != 400 {
			t.Errorf("v0.3: %d %s", r.status, r.raw)
		}
		if r := f.do(t, req{path: matchPath, token: twoLegged, body: valid, header: c}); r.status != 200 || r.header.Get("x-correlator") != c["x-correlator"] {
			t.Errorf("v0.4: %d %s", r.status, r.raw)
		}
	})
	t.Run("CorrelatorOptional", func(t *testing.T) {
		t.Parallel()
		r := f.do(t, req{path: matchPath, token: twoLegged, body: valid, header: map[string]string{"x-correlator": ""}})
		if r.status != 200 || len(r.header.Values("x-correlator")) != 0 {
			t.Errorf("%d %v", r.status, r.header)
		}
	})
	t.Run("MethodNotAllowed", func(t *testing.T) {
		t.Parallel()
		for _, m := range []string{http.MethodGet, http.MethodPut, http.MethodDelete, http.MethodPatch, http.MethodOptions} {
			for _, p := range []string{matchPath, agePath, tenurePath} {
				r := f.do(t, req{method: m, path: p, token: twoLegged})
				r.isError(t, 405, camara.CodeMethodNotAllowed)
				if r.header.Get("Allow") != "POST" {
					t.Errorf("%s %s: Allow %q", m, p, r.header.Get("Allow"))
				}
			}
		}
	})
	t.Run("NotFound", func(t *testing.T) {
		t.Parallel()
		for _, p := range []string{"/", "/kyc-match/v0.1/match", "/kyc-match/v0.4/match/", "/kyc-match/v0.4", "/kyc-match/V0.4/match"} {
			f.do(t, req{path: p, token: twoLegged, body: valid}).isError(t, 404, camara.CodeNotFound)
		}
	})
	t.Run("PermissionDenied", func(t *testing.T) {
		t.Parallel()
		for _, p := range []string{matchPath, agePath, tenurePath} {
			f.do(t, req{path: p, token: noScope, body: valid}).isError(t, 403, camara.CodePermissionDenied)
		}
	})
	t.Run("MediaType", func(t *testing.T) {
		t.Parallel()
		for ct, status := range map[string]int{
			"application/json": 200, "application/json; charset=utf-8": 200, "Application/JSON; charset=UTF-8": 200,
			"text/plain": 415, "application/x-www-form-urlencoded": 415, "application/json; charset=iso-8859-1": 415,
		} {
			r := f.do(t, req{path: matchPath, token: twoLegged, body: valid, header: map[string]string{"Content-Type": ct}})
			if r.status != status {
				t.Errorf("%s: %d %s", ct, r.status, r.raw)
			}
			r.common(t)
		}
		// No Content-Type: read as JSON.
		if r := f.do(t, req{path: matchPath, token: twoLegged, body: valid, header: map[string]string{"Content-Type": ""}}); r.status != 200 {
			t.Errorf("no Content-Type: %d", r.status)
		}
	})
	t.Run("Versions", func(t *testing.T) {
		t.Parallel()
		// sancho/sanchez: Jaro (5/6 + 5/7 + 1)/3 = 0.8492, prefix "sanc" (4):
		// 0.8492 + 0.4*0.1508 = 0.9095 → 91.
		b := body(`{"phoneNumber":"+34629255833","middleNames":"Sancho","cityOfBirth":"Madrid","bankAccountNumber":"IBAN:ES9121000418450200051332"}`)
		want := map[string]string{
			"v0.2": `{"middleNamesMatch":"false","middleNamesScore":91}`,
			"v0.3": `{"middleNamesMatch":"false","middleNamesMatchScore":91}`,
			"v0.4": `{"middleNamesMatch":"false","middleNamesMatchScore":91,"cityOfBirthMatch":"true"}`,
			"vwip": `{"bankAccountNumberMatch":"not_available","middleNamesMatch":"false","middleNamesMatchScore":91,"cityOfBirthMatch":"true"}`,
		}
		for v, w := range want {
			r := f.do(t, req{path: "/kyc-match/" + v + "/match", token: twoLegged, body: b})
			r.isOK(t)
			if string(r.raw) != w {
				t.Errorf("%s: %s\nwant %s", v, r.raw, w)
			}
		}
	})
}

// TestBasePath checks that the APIs move under the configured base path.
func TestBasePath(t *testing.T) {
	t.Parallel()
	f := newFixture(t, `{"basePath":"/camara/kyc"}`, nil)
	b := body(`{"phoneNumber":"+34629255833","tenureDate":"2020-01-01"}`)
	f.do(t, req{path: "/camara/kyc" + tenurePath, token: twoLegged, body: b}).isOK(t)
	f.do(t, req{path: tenurePath, token: twoLegged, body: b}).isError(t, 404, camara.CodeNotFound)
	for _, bad := range []string{`{"basePath":"camara"}`, `{"basePath":"/camara/"}`, `{"basePath":"/a b"}`} {
		if _, err := server.ParseConfig([]byte(bad)); err == nil {
			t.Errorf("%s accepted", bad)
		}
	}
}

// countingBody is a request body that counts the bytes read from it.
type countingBody struct {
	n, size int64
}

func (c *countingBody) Read(p []byte) (int, error) {
	if c.n >= c.size {
		return 0, io.EOF
	}
	k := min(int64(len(p)), c.size-c.n)
	for i := range k {
		p[i] = ' '
	}
	c.n += k
	return int(k), nil
}

func (c *countingBody) Close() error { return nil }

// TestBodyLimit checks that a body over the limit is refused without being
// read whole: from its Content-Length without reading it, or once the
// limit is read when it has none.
func TestBodyLimit(t *testing.T) {
	t.Parallel()
	cfg, _ := server.ParseConfig([]byte(`{"maxBodyBytes":1000}`))
	auth, _ := server.ParseTokens([]byte(tokens), func() time.Time { return today })
	h, err := server.New(cfg, server.Options{Store: camara.StoreFunc(func(context.Context, string) (camara.Subscriber, error) {
		return camara.Subscriber{}, nil
	}), Auth: auth})
	if err != nil {
		t.Fatal(err)
	}
	for _, chunked := range []bool{false, true} {
		b := &countingBody{size: 10 << 20}
		r := httptest.NewRequest(http.MethodPost, matchPath, nil)
		r.Body = b
		r.ContentLength = b.size
		if chunked {
			r.ContentLength = -1
		}
		r.Header.Set("Authorization", "Bearer "+twoLegged)
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		if w.Code != 400 || !strings.Contains(w.Body.String(), "at most 1000 bytes") {
			t.Errorf("chunked %v: %d %s", chunked, w.Code, w.Body)
		}
		if limit := int64(0); !chunked && b.n != limit || chunked && b.n > 64<<10 {
			t.Errorf("chunked %v: read %d bytes of a 10 MiB body", chunked, b.n)
		}
	}
}

// failing is a store whose lookups fail as the test says.
type failing struct {
	fail func(ctx context.Context) error
}

func (s failing) Lookup(ctx context.Context, _ string) (camara.Subscriber, error) {
	return camara.Subscriber{}, s.fail(ctx)
}

// TestStoreFailures checks that a store that fails is a 5xx, never a 404,
// and that the answer and the log say nothing of the cause.
func TestStoreFailures(t *testing.T) {
	t.Parallel()
	secret := "db-7.internal +34629255833 FEDERICA"
	for _, tc := range []struct {
		name   string
		fail   func(ctx context.Context) error
		status int
		code   camara.Code
	}{
		{"Unavailable", func(context.Context) error { return fmt.Errorf("%s: %w", secret, camara.CodeUnavailable) }, 503, camara.CodeUnavailable},
		{"Failure", func(context.Context) error { return errors.New(secret) }, 500, camara.CodeInternal},
		{"Timeout", func(ctx context.Context) error { <-ctx.Done(); return fmt.Errorf("%s: %w", secret, ctx.Err()) }, 504, camara.CodeTimeout},
		{"Panic", func(context.Context) error { panic(secret) }, 500, camara.CodeInternal},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			st := failing{tc.fail}
			f := newFixtureTimeout(t, "", st, 50*time.Millisecond)
			for _, r := range []req{
				{path: matchPath, token: twoLegged, body: body(`{"phoneNumber":"+34629255833","givenName":"Federica"}`)},
				{path: agePath, token: threeLegged, body: body(`{"ageThreshold":18}`)},
				{path: tenurePath, token: twoLegged, body: body(`{"phoneNumber":"+34629255833","tenureDate":"2020-01-01"}`)},
				{path: "/kyc-match/v0.2/match", token: twoLegged, body: body(`{"phoneNumber":"+34629255833","givenName":"Federica"}`)},
			} {
				got := f.do(t, r)
				got.isError(t, tc.status, tc.code)
				if strings.Contains(string(got.raw), "db-7") || strings.Contains(string(got.raw), "FEDERICA") {
					t.Errorf("the answer holds the cause: %s", got.raw)
				}
			}
			if log := f.log.String(); strings.Contains(log, "db-7") || !strings.Contains(log, `"status":`+fmt.Sprint(tc.status)) {
				t.Errorf("log: %s", log)
			}
		})
	}
}

// TestConcurrentRequests answers many requests at once (with -race, no
// shared state) and checks each answer is the one a lone request gets.
func TestConcurrentRequests(t *testing.T) {
	t.Parallel()
	f := newFixture(t, "", nil)
	paths := []req{
		{path: matchPath, token: twoLegged, body: body(`{"phoneNumber":"+34629255833","givenName":"Federico","birthdate":"1978-08-22"}`)},
		{path: agePath, token: threeLegged, body: body(`{"ageThreshold":18,"givenName":"Federica"}`)},
		{path: tenurePath, token: twoLegged, body: body(`{"phoneNumber":"+34600000001","tenureDate":"2024-01-01"}`)},
	}
	want := make([]string, len(paths))
	for i, r := range paths {
		want[i] = string(f.do(t, r).raw)
	}
	var wg sync.WaitGroup
	var bad atomic.Int32
	for i := range 24 {
		wg.Go(func() {
			for range 10 {
				if got := f.do(t, paths[i%len(paths)]); string(got.raw) != want[i%len(paths)] {
					bad.Add(1)
				}
			}
		})
	}
	wg.Wait()
	if bad.Load() > 0 {
		t.Errorf("%d answers differ", bad.Load())
	}
}

// observer records observations.
type observer struct {
	mu  sync.Mutex
	obs []server.Observation
}

func (o *observer) Observe(ob server.Observation) {
	o.mu.Lock()
	o.obs = append(o.obs, ob)
	o.mu.Unlock()
}

func TestObserver(t *testing.T) {
	t.Parallel()
	o := &observer{}
	auth, _ := server.ParseTokens([]byte(tokens), nil)
	h, err := server.New(server.Config{}, server.Options{Store: failing{func(context.Context) error { return camara.CodeIdentifierNotFound }}, Auth: auth, Observer: o})
	if err != nil {
		t.Fatal(err)
	}
	r := httptest.NewRequest(http.MethodPost, "/kyc-match/v0.2/match", strings.NewReader(`{"phoneNumber":"+34629255833","givenName":"F"}`))
	r.Header.Set("Authorization", "Bearer "+twoLegged)
	h.ServeHTTP(httptest.NewRecorder(), r)
	h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest(http.MethodGet, "/nope", nil))
	if len(o.obs) != 2 {
		t.Fatalf("%d observations", len(o.obs))
	}
	if ob := o.obs[0]; ob.API != "kyc-match" || ob.Version != "v0.2" || ob.Status != 404 || ob.Code != camara.CodeNotFound || ob.Duration <= 0 {
		t.Errorf("%+v", ob)
	}
	if ob := o.obs[1]; ob.API != "" || ob.Status != 404 {
		t.Errorf("%+v", ob)
	}
}

func TestParseTokens(t *testing.T) {
	t.Parallel()
	for _, bad := range []string{
		`[]`, `{"a":{"scopes":[]},"a":{"scopes":[]}}`, `{"a":{"scope":[]}}`, `{"a":{"phoneNumber":"629255833","scopes":[]}}`,
		`{"a":[]}`, `{"a":{"scopes":[],"Scopes":[]}}`,
	} {
		if _, err := server.ParseTokens([]byte(bad), nil); err == nil {
			t.Errorf("%s accepted", bad)
		} else if strings.Contains(err.Error(), `"a"`) {
			t.Errorf("%s: the error quotes a token: %v", bad, err)
		}
	}
	st, err := server.ParseTokens([]byte(tokens), func() time.Time { return today })
	if err != nil || st.Len() != 6 {
		t.Fatal(st, err)
	}
	r := httptest.NewRequest(http.MethodPost, "/", nil)
	r.Header.Set("Authorization", "bearer "+otherLine)
	g, err := st.Authenticate(r)
	if err != nil || !g.ThreeLegged || g.PhoneNumber != "+34600000001" || !g.HasScope("kyc-tenure:check-tenure") {
		t.Errorf("%+v %v", g, err)
	}
	if _, err := server.AnyBearer().Authenticate(httptest.NewRequest(http.MethodPost, "/", nil)); err == nil {
		t.Error("AnyBearer accepted a request without a token")
	}
}
