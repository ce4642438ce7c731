// Package server mounts the CAMARA Know Your Customer APIs as one
// net/http handler: KYC Match v0.4 (the default), v0.3, v0.2 and the
// v0.5.0 draft (camara/matchapi), Age Verification v0.2.1
// (camara/ageapi) and Tenure v0.2.0 (camara/tenureapi), under a
// configurable base path:
//
//	POST {base}/kyc-match/v0.4/match (also v0.3, v0.2, vwip)
//	POST {base}/kyc-age-verification/v0.2/verify
//	POST {base}/kyc-tenure/v0.2/check-tenure
//
// The embedder plugs in three things: an [Authenticator] (which token, two-
// or three-legged, which line, which scopes), a camara.Store (the
// subscribers by E.164 number) and the [Config]. Every answer, errors
// included, is application/json with a CAMARA ErrorInfo body for errors,
// echoes a valid x-correlator, and holds no stored value; the access log
// (log/slog) and the [Observer] see codes and timings, never personal data.
// The rules, in order, are in DESIGN.md section 7.
//
// It is the only library package of the module that imports net/http.
package server

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/kycmatch/kycmatch/camara"
	"github.com/kycmatch/kycmatch/camara/ageapi"
	"github.com/kycmatch/kycmatch/camara/matchapi"
	"github.com/kycmatch/kycmatch/camara/tenureapi"
	"github.com/kycmatch/kycmatch/locale"
	"github.com/kycmatch/kycmatch/match"
)

// Config is the server's configuration as one flat JSON object: KYC
// Match's (matchapi.Config: the matcher's and the wire's) and the base
// path. The zero Config serves every API at the root with v0.4.0's
// behaviour.
type Config struct {
	matchapi.Config
	// BasePath is the path the APIs are mounted under ("/camara", say);
	// "" mounts them at the root.
	BasePath string `json:"basePath,omitempty"`
}

// ParseConfig decodes a Config from JSON with the checks of
// match.ParseConfig (no unknown key, none in another case, none given
// twice) and validates it.
func ParseConfig(data []byte) (Config, error) {
	var c Config
	if err := match.DecodeConfig(data, &c); err != nil {
		return Config{}, fmt.Errorf("server: config: %w", err)
	}
	if err := c.Validate(); err != nil {
		return Config{}, err
	}
	return c, nil
}

// Validate reports the first problem with the configuration that can be
// told without the profiles.
func (c *Config) Validate() error {
	if err := c.Config.Validate(); err != nil {
		return err
	}
	if p := c.BasePath; p != "" {
		ok := strings.HasPrefix(p, "/") && !strings.HasSuffix(p, "/") && !strings.Contains(p, "//")
		for _, r := range p {
			ok = ok && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("/-._~", r))
		}
		if !ok {
			return fmt.Errorf("server: config: basePath %q must be empty or a path such as /camara (no trailing slash)", p)
		}
	}
	return nil
}

// DefaultTimeout is how long a request may take when Options.Timeout is 0.
const DefaultTimeout = 10 * time.Second

// Options are the parts of the server that are code.
type Options struct {
	// Profiles are the locale profiles of the matcher (match.New).
	Profiles []locale.Profile
	// Store looks subscribers up. Required.
	Store camara.Store
	// Auth checks access tokens. Required; AnyBearer serves sandboxes.
	Auth Authenticator
	// Now is the clock of Age Verification and Tenure; nil means time.Now.
	Now func() time.Time
	// Logger receives one access log line per request (level Info; 5xx
	// answers at level Error), and nothing else; nil means none.
	Logger *slog.Logger
	// Observer sees every answer, for metrics; nil means none.
	Observer Observer
	// Timeout bounds each request's work (the store's lookup included);
	// 504 TIMEOUT past it. 0 means DefaultTimeout.
	Timeout time.Duration
}

// Observation is what the handler tells an [Observer] of one answer.
type Observation struct {
	// API is the API's name ("kyc-match"), or "" for a path that is no
	// API's.
	API string
	// Version is the API version's path segment ("v0.4").
	Version string
	// Status is the HTTP status, Code the error code of an error ("" for a
	// 200).
	Status int
	Code   camara.Code
	// Duration is the time from the request's arrival to its answer.
	Duration time.Duration
}

// Observer is told of every answer. It must be safe for concurrent use and
// quick: it runs on the request's goroutine.
type Observer interface {
	Observe(Observation)
}

// Handler serves the APIs. It is an http.Handler, safe for concurrent use.
type Handler struct {
	routes  map[string]*route
	store   camara.Store
	auth    Authenticator
	log     *slog.Logger
	obs     Observer
	timeout time.Duration
	maxBody int
	engine  *match.Engine
}

// route is one operation.
type route struct {
	api        camara.API
	version    string
	correlator camara.Correlator
	// reply answers a body for the line a three-legged token identified.
	reply func(ctx context.Context, body []byte, tokenPhone string) camara.Reply
}

// New returns a Handler for cfg and opts, or an error that says which
// setting is wrong.
func New(cfg Config, opts Options) (*Handler, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if opts.Store == nil || opts.Auth == nil {
		return nil, errors.New("server: Options.Store and Options.Auth are required")
	}
	e, err := match.New(cfg.Config.Config, opts.Profiles...)
	if err != nil {
		return nil, err
	}
	ms, err := matchapi.New(e, cfg.Options)
	if err != nil {
		return nil, err
	}
	h := &Handler{
		routes: map[string]*route{}, store: opts.Store, auth: opts.Auth, log: opts.Logger, obs: opts.Observer,
		timeout: opts.Timeout, maxBody: ms.MaxBodyBytes(), engine: e,
	}
	if h.timeout <= 0 {
		h.timeout = DefaultTimeout
	}
	for v := range matchapi.Version(matchapi.NumVersions) {
		h.routes[cfg.BasePath+v.Path()] = &route{api: camara.KYCMatch, version: v.String(), correlator: v.Correlator(),
			reply: func(ctx context.Context, body []byte, tokenPhone string) camara.Reply {
				reply, _ := ms.Reply(ctx, v, body, tokenPhone, h.store)
				return reply
			}}
	}
	as := ageapi.New(e, ageapi.Options{MaxBodyBytes: h.maxBody, Now: opts.Now})
	h.routes[cfg.BasePath+ageapi.Path] = &route{api: camara.AgeVerification, version: "v0.2", correlator: camara.CorrelatorWide,
		reply: func(ctx context.Context, body []byte, tokenPhone string) camara.Reply {
			reply, _ := as.Reply(ctx, body, tokenPhone, h.store)
			return reply
		}}
	ts := tenureapi.New(tenureapi.Options{MaxBodyBytes: h.maxBody, Now: opts.Now})
	h.routes[cfg.BasePath+tenureapi.Path] = &route{api: camara.Tenure, version: "v0.2", correlator: camara.CorrelatorWide,
		reply: func(ctx context.Context, body []byte, tokenPhone string) camara.Reply {
			return ts.Reply(ctx, body, tokenPhone, h.store)
		}}
	return h, nil
}

// Engine returns the handler's matcher.
func (h *Handler) Engine() *match.Engine { return h.engine }

// Paths returns the paths the handler serves.
func (h *Handler) Paths() []string {
	var ps []string
	for p := range h.routes {
		ps = append(ps, p)
	}
	return ps
}

// ServeHTTP answers a request, in the order of DESIGN.md section 7: the
// path (404 NOT_FOUND), the x-correlator header (400), the method (405),
// the credentials (401 UNAUTHENTICATED) and the scope (403
// PERMISSION_DENIED), the body (400 for none or one over the limit, read
// no further; 415 for a body that is not JSON), then the API.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	rt := h.routes[r.URL.Path]
	a := answer{w: w, h: h, r: r, start: start, route: rt}
	defer a.recover()
	corr := r.Header.Values("x-correlator")
	if rt == nil {
		if len(corr) == 1 && camara.CorrelatorWide.Valid(corr[0]) {
			a.correlator = corr[0]
		}
		a.error(camara.NewError(camara.CodeNotFound, "", ""))
		return
	}
	switch {
	case len(corr) > 1 || len(corr) == 1 && !rt.correlator.Valid(corr[0]):
		a.error(camara.Invalid("x-correlator", "x-correlator must match "+rt.correlator.Pattern()+"."))
		return
	case len(corr) == 1:
		a.correlator = corr[0]
	}
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		a.error(camara.NewError(camara.CodeMethodNotAllowed, "", ""))
		return
	}
	grant, err := h.auth.Authenticate(r)
	if err != nil {
		a.error(camara.NewError(camara.CodeUnauthenticated, "", ""))
		return
	}
	a.threeLegged = grant.ThreeLegged
	if !grant.HasScope(rt.api.Scope()) {
		a.error(camara.NewError(camara.CodePermissionDenied, "", ""))
		return
	}
	body, e := h.readBody(w, r)
	if e != nil {
		a.error(e)
		return
	}
	a.bytesIn = len(body)
	ctx, cancel := context.WithTimeout(r.Context(), h.timeout)
	defer cancel()
	a.reply(rt.reply(ctx, body, grant.tokenPhone()))
}

// readBody reads the request body, at most h.maxBody bytes, and checks its
// media type. A body over the limit is refused from its Content-Length, or
// once the limit is read, never read whole; a missing body is the APIs'
// 400 ("A request body is required."), whatever the headers say, never a
// 411 or 415.
func (h *Handler) readBody(w http.ResponseWriter, r *http.Request) ([]byte, *camara.Error) {
	tooLarge := camara.Invalid("", "The request body must be at most "+strconv.Itoa(h.maxBody)+" bytes long.")
	if r.ContentLength > int64(h.maxBody) {
		return nil, tooLarge
	}
	size := 512
	if r.ContentLength > 0 {
		size = int(r.ContentLength)
	}
	buf := make([]byte, 0, size)
	rd := http.MaxBytesReader(w, r.Body, int64(h.maxBody))
	for {
		n, err := rd.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			break
		}
		if _, ok := errors.AsType[*http.MaxBytesError](err); ok {
			return nil, tooLarge
		}
		if err != nil {
			return nil, camara.Invalid("", "The request body could not be read.")
		}
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
	}
	if len(strings.TrimSpace(string(buf))) == 0 {
		return buf, nil // the API's own 400
	}
	if ct := r.Header.Get("Content-Type"); ct != "" {
		mt, params, err := mime.ParseMediaType(ct)
		cs, hasCS := params["charset"]
		if err != nil || mt != "application/json" || hasCS && !strings.EqualFold(cs, "utf-8") {
			return nil, camara.NewError(camara.CodeUnsupportedMediaType, "Content-Type", "The request body must be application/json (UTF-8).")
		}
	}
	return buf, nil
}

// answer is one answer being written.
type answer struct {
	w           http.ResponseWriter
	h           *Handler
	r           *http.Request
	start       time.Time
	route       *route
	correlator  string
	threeLegged bool
	bytesIn     int
	done        bool
}

func (a *answer) error(e *camara.Error) { a.reply(camara.ErrorReply(e)) }

// reply writes rp, then logs and observes it.
func (a *answer) reply(rp camara.Reply) {
	a.done = true
	hdr := a.w.Header()
	hdr.Set("Content-Type", "application/json")
	hdr.Set("Cache-Control", "no-store")
	if a.correlator != "" {
		hdr.Set("x-correlator", a.correlator)
	}
	hdr.Set("Content-Length", strconv.Itoa(len(rp.Body)))
	a.w.WriteHeader(rp.Status)
	a.w.Write(rp.Body)
	a.record(rp.Status, rp.Code, len(rp.Body))
}

// record logs and observes an answer.
func (a *answer) record(status int, code camara.Code, bytesOut int) {
	o := Observation{Status: status, Code: code, Duration: time.Since(a.start)}
	if a.route != nil {
		o.API, o.Version = a.route.api.String(), a.route.version
	}
	if a.h.obs != nil {
		a.h.obs.Observe(o)
	}
	if a.h.log == nil {
		return
	}
	level := slog.LevelInfo
	if status >= 500 {
		level = slog.LevelError
	}
	// No path (it may be anything a client sent), no address, no token, no
	// phone number, no body: codes and timings only.
	a.h.log.LogAttrs(a.r.Context(), level, "request",
		slog.String("api", o.API), slog.String("version", o.Version), slog.String("method", methodName(a.r.Method)),
		slog.Int("status", status), slog.String("code", string(code)),
		slog.Float64("ms", float64(o.Duration.Microseconds())/1000),
		slog.Int("bytesIn", a.bytesIn), slog.Int("bytesOut", bytesOut),
		slog.Bool("threeLegged", a.threeLegged), slog.String("correlator", a.correlator))
}

// methodName returns the method for the log: a standard one, or "other",
// since a method is any token a client sent.
func methodName(m string) string {
	switch m {
	case http.MethodGet, http.MethodHead, http.MethodPost, http.MethodPut, http.MethodPatch,
		http.MethodDelete, http.MethodConnect, http.MethodOptions, http.MethodTrace:
		return m
	}
	return "other"
}

// recover answers a panic (a bug) 500 INTERNAL, when nothing was written
// yet, and logs it without its value or stack, which may hold data.
func (a *answer) recover() {
	v := recover()
	if v == nil {
		return
	}
	if v == http.ErrAbortHandler {
		panic(v)
	}
	if a.h.log != nil {
		a.h.log.LogAttrs(a.r.Context(), slog.LevelError, "panic", slog.String("type", fmt.Sprintf("%T", v)))
	}
	if !a.done {
		a.error(camara.NewError(camara.CodeInternal, "", ""))
	}
}
