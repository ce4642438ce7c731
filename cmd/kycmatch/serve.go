package main

import (
	"context"
	"errors"
	"flag"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strconv"
	"syscall"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/kycmatch/kycmatch/camara"
	"github.com/kycmatch/kycmatch/match"
	"github.com/kycmatch/kycmatch/server"
	"github.com/kycmatch/kycmatch/store"
	"github.com/kycmatch/kycmatch/store/postgres"
)

// The server's timeouts: reading a request's headers, and the whole
// request; writing an answer; keeping an idle connection; shutting down.
const (
	readHeaderTimeout = 5 * time.Second
	readTimeout       = 10 * time.Second
	writeTimeout      = 15 * time.Second
	idleTimeout       = 60 * time.Second
	shutdownTimeout   = 10 * time.Second
	// requestTimeout bounds a request's work, the store's lookup included
	// (504 TIMEOUT past it).
	requestTimeout = 5 * time.Second
)

func runServe(args []string, stderr io.Writer) int {
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	return serve(ctx, args, stderr, nil)
}

// pinger is a store that can say whether it is up, for /healthz.
type pinger interface{ Ping(context.Context) error }

// serve runs the server until ctx is done, then shuts it down gracefully.
// ready, when not nil, is called with the address it listens on.
func serve(ctx context.Context, args []string, stderr io.Writer, ready func(addr string)) int {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	addr := fs.String("addr", "127.0.0.1:9091", "")
	records := fs.String("records", "", "")
	pgURL := fs.String("postgres", "", "")
	pgTable := fs.String("postgres-table", "", "")
	configPath := fs.String("config", "", "")
	tokensPath := fs.String("tokens", "", "")
	input, code, ok := parseFlags(fs, args, stderr)
	switch {
	case !ok:
		return code
	case input != "":
		return fail(stderr, "serve: takes no file argument (run 'kycmatch help' for usage)")
	case *records != "" && *pgURL != "":
		return fail(stderr, "serve: --records and --postgres are exclusive (run 'kycmatch help' for usage)")
	case *pgTable != "" && *pgURL == "":
		return fail(stderr, "serve: --postgres-table needs --postgres")
	}
	log := slog.New(slog.NewJSONHandler(stderr, nil))

	var cfg server.Config
	if *configPath != "" {
		data, err := readFile(*configPath, maxFileBytes)
		if err != nil {
			return fail(stderr, "%v", err)
		}
		if cfg, err = server.ParseConfig(data); err != nil {
			return fail(stderr, "config %s: %v", *configPath, err)
		}
	}
	if cfg.Scores == "" {
		// Scores are an oracle (DESIGN.md section 4): the server gives them
		// in bands of ten unless the configuration says "exact" or "none".
		cfg.Scores = match.ScoresBands
	}

	var st camara.Store
	var storeName string
	var count int
	switch {
	case *pgURL != "":
		openCtx, cancel := context.WithTimeout(ctx, 30*time.Second)
		pg, err := postgres.Open(openCtx, *pgURL, postgres.Options{Table: *pgTable})
		cancel()
		if err != nil {
			return fail(stderr, "serve: %v", err)
		}
		defer pg.Close()
		st, storeName, count = pg, "postgres", -1
	case *records != "":
		f, err := os.Open(*records)
		if err != nil {
			return fail(stderr, "%v", err)
		}
		m, err := store.ReadJSONL(f)
		f.Close()
		if err != nil {
			return fail(stderr, "records %s: %v", *records, err)
		}
		st, storeName, count = m, "records", m.Len()
	default:
		m := store.Demo()
		st, storeName, count = m, "demo", m.Len()
	}

	var auth server.Authenticator
	authName := "tokens"
	if *tokensPath != "" {
		data, err := readFile(*tokensPath, maxFileBytes)
		if err != nil {
			return fail(stderr, "%v", err)
		}
		tokens, err := server.ParseTokens(data, nil)
		if err != nil {
			return fail(stderr, "tokens %s: %v", *tokensPath, err)
		}
		auth = tokens
	} else {
		auth, authName = server.AnyBearer(), "any-bearer"
		log.Warn("no --tokens: any bearer token is accepted as a two-legged token with every scope; never serve real data so")
	}

	reg := prometheus.NewRegistry()
	m := newMetrics(reg)
	h, err := server.New(cfg, server.Options{
		Profiles: profiles(), Store: st, Auth: auth, Logger: log, Observer: m, Timeout: requestTimeout,
	})
	if err != nil {
		return fail(stderr, "serve: %v", err)
	}
	mux := http.NewServeMux()
	mux.Handle("/metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{}))
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Cache-Control", "no-store")
		if p, ok := st.(pinger); ok {
			pctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
			defer cancel()
			if p.Ping(pctx) != nil {
				w.WriteHeader(http.StatusServiceUnavailable)
				io.WriteString(w, `{"status":"unavailable"}`)
				return
			}
		}
		io.WriteString(w, `{"status":"ok"}`)
	})
	mux.Handle("/", m.inFlight(h))

	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fail(stderr, "serve: %v", err)
	}
	srv := &http.Server{
		Handler: mux, ReadHeaderTimeout: readHeaderTimeout, ReadTimeout: readTimeout,
		WriteTimeout: writeTimeout, IdleTimeout: idleTimeout, MaxHeaderBytes: 64 << 10,
		ErrorLog: slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
	attrs := []any{"addr", ln.Addr().String(), "store", storeName, "auth", authName, "basePath", cfg.BasePath}
	if count >= 0 {
		attrs = append(attrs, "subscribers", count)
	}
	log.Info("listening", attrs...)
	if ready != nil {
		ready(ln.Addr().String())
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fail(stderr, "serve: %v", err)
	case <-ctx.Done():
	}
	log.Info("shutting down")
	sctx, cancel := context.WithTimeout(context.Background(), shutdownTimeout)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return fail(stderr, "serve: shutdown: %v", err)
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return fail(stderr, "serve: %v", err)
	}
	log.Info("stopped")
	return 0
}

// metrics are the server's Prometheus metrics: requests by API, version,
// status and code; latencies by API and version; requests in flight.
type metrics struct {
	requests *prometheus.CounterVec
	latency  *prometheus.HistogramVec
	flight   prometheus.Gauge
}

func newMetrics(reg *prometheus.Registry) *metrics {
	m := &metrics{
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "kycmatch_requests_total", Help: "Answers, by API, version, HTTP status and CAMARA error code.",
		}, []string{"api", "version", "status", "code"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "kycmatch_request_duration_seconds", Help: "Time from a request's arrival to its answer.",
			Buckets: []float64{.0001, .00025, .0005, .001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5},
		}, []string{"api", "version"}),
		flight: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "kycmatch_requests_in_flight", Help: "Requests being answered.",
		}),
	}
	reg.MustRegister(m.requests, m.latency, m.flight, collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// Observe implements server.Observer.
func (m *metrics) Observe(o server.Observation) {
	api := o.API
	if api == "" {
		api = "none"
	}
	m.requests.WithLabelValues(api, o.Version, strconv.Itoa(o.Status), string(o.Code)).Inc()
	m.latency.WithLabelValues(api, o.Version).Observe(o.Duration.Seconds())
}

func (m *metrics) inFlight(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		m.flight.Inc()
		defer m.flight.Dec()
		h.ServeHTTP(w, r)
	})
}
