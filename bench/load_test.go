package bench_test

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/kycmatch/kycmatch/camara"
	"github.com/kycmatch/kycmatch/locale"
	"github.com/kycmatch/kycmatch/locale/es"
	"github.com/kycmatch/kycmatch/locale/jp"
	"github.com/kycmatch/kycmatch/locale/nl"
	"github.com/kycmatch/kycmatch/server"
	"github.com/kycmatch/kycmatch/store"
	"github.com/kycmatch/kycmatch/store/postgres"
)

var (
	loadRun     = flag.Bool("load", false, "run the loopback load test (TestLoad)")
	loadFor     = flag.Duration("load.duration", 10*time.Second, "how long each load run lasts")
	loadClients = flag.Int("load.clients", 8, "concurrent clients of each load run")
)

// TestLoad is the loopback load run of bench/README.md: the persona request
// (testdata/examples/request.json, KYC Match v0.4) sent by concurrent
// clients over keep-alive connections to the server of `kycmatch serve`
// (package server, the demo data set), on 127.0.0.1, for a fixed time, with
// the subscribers in memory and, when KYCMATCH_TEST_POSTGRES names a
// server, in PostgreSQL. It stops by itself, and runs only with -load:
//
//	go test ./bench -run TestLoad -load -v
func TestLoad(t *testing.T) {
	if !*loadRun {
		t.Skip("the load run needs -load")
	}
	body, err := os.ReadFile("../testdata/examples/request.json")
	if err != nil {
		t.Fatal(err)
	}
	stores := []struct {
		name string
		st   camara.Store
	}{{"memory", store.Demo()}}
	if url := os.Getenv("KYCMATCH_TEST_POSTGRES"); url != "" {
		st := pgStore(t, url)
		stores = append(stores, struct {
			name string
			st   camara.Store
		}{"postgres", st})
	}
	for _, s := range stores {
		h, err := server.New(server.Config{}, server.Options{
			Profiles: []locale.Profile{es.New(), jp.New(jp.Config{}), nl.New()}, Store: s.st, Auth: server.AnyBearer(),
		})
		if err != nil {
			t.Fatal(err)
		}
		srv := httptest.NewServer(h)
		rps, p50, p99, n, errs := run(t, srv.URL+"/kyc-match/v0.4/match", body, *loadClients, *loadFor)
		srv.Close()
		t.Logf("%s: %d requests in %s by %d clients: %.0f requests/s, p50 %s, p99 %s, %d not 200",
			s.name, n, *loadFor, *loadClients, rps, p50, p99, errs)
		if errs > 0 {
			t.Errorf("%s: %d answers were not 200", s.name, errs)
		}
	}
}

// pgStore fills a table with the demo data set and returns its store.
func pgStore(t *testing.T, url string) camara.Store {
	t.Helper()
	ctx := context.Background()
	table := fmt.Sprintf("kyc_load_%d", os.Getpid())
	pool := mustPool(t, url)
	if _, err := pool.Exec(ctx, postgres.Schema(table)); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { pool.Exec(context.Background(), "DROP TABLE "+table); pool.Close() })
	st := postgres.New(pool, postgres.Options{Table: table})
	for line := range bytes.Lines(store.DemoJSONL()) {
		sub, err := camara.DecodeSubscriber(line)
		if err != nil {
			t.Fatal(err)
		}
		if err := st.Put(ctx, sub); err != nil {
			t.Fatal(err)
		}
	}
	return st
}

// run sends body to url from clients goroutines for d and returns the
// requests per second, the median and 99th percentile latencies, the
// number of requests and of answers that were not 200.
func run(t *testing.T, url string, body []byte, clients int, d time.Duration) (float64, time.Duration, time.Duration, int, int) {
	t.Helper()
	tr := &http.Transport{MaxIdleConnsPerHost: clients, MaxConnsPerHost: clients}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr, Timeout: 10 * time.Second}
	send := func() (time.Duration, bool) {
		req, _ := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Authorization", "Bearer load")
		start := time.Now()
		res, err := client.Do(req)
		if err != nil {
			return time.Since(start), false
		}
		io.Copy(io.Discard, res.Body)
		res.Body.Close()
		return time.Since(start), res.StatusCode == 200
	}
	for range 200 { // warm up the connections and the pools
		send()
	}
	var mu sync.Mutex
	var lat []time.Duration
	errs := 0
	stop := time.Now().Add(d)
	var wg sync.WaitGroup
	start := time.Now()
	for range clients {
		wg.Go(func() {
			var mine []time.Duration
			bad := 0
			for time.Now().Before(stop) {
				l, ok := send()
				mine = append(mine, l)
				if !ok {
					bad++
				}
			}
			mu.Lock()
			lat = append(lat, mine...)
			errs += bad
			mu.Unlock()
		})
	}
	wg.Wait()
	el := time.Since(start)
	slices.Sort(lat)
	pct := func(p float64) time.Duration { return lat[min(len(lat)-1, int(p*float64(len(lat))))] }
	return float64(len(lat)) / el.Seconds(), pct(0.50), pct(0.99), len(lat), errs
}

// mustPool opens a pgx pool.
func mustPool(t *testing.T, url string) *pgxpool.Pool {
	t.Helper()
	p, err := pgxpool.New(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	return p
}
