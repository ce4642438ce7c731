package postgres_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/kycmatch/kycmatch/attr"
	"github.com/kycmatch/kycmatch/camara"
	"github.com/kycmatch/kycmatch/server"
	"github.com/kycmatch/kycmatch/store"
	"github.com/kycmatch/kycmatch/store/postgres"
)

// EnvURL names the variable that holds the URL of the PostgreSQL server the
// tests use. .ci/run starts one and sets it; when it is set, a test that
// cannot reach the server fails. Without it the tests skip, so that
// `go test ./...` runs on a machine without PostgreSQL.
const EnvURL = "KYCMATCH_TEST_POSTGRES"

// open returns a store on a fresh table holding the demo data set.
func open(t *testing.T) (*postgres.Store, string) {
	t.Helper()
	url := os.Getenv(EnvURL)
	if url == "" {
		t.Skip(EnvURL + " is not set: no PostgreSQL server to test against (.ci/run starts one)")
	}
	ctx := context.Background()
	admin, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatalf("%s is set but the server cannot be reached: %v", EnvURL, err)
	}
	t.Cleanup(func() { admin.Close(context.Background()) })
	table := fmt.Sprintf("kyc_test_%d_%s", os.Getpid(), strings.ToLower(strings.NewReplacer("/", "_", "#", "_").Replace(t.Name())))
	if _, err := admin.Exec(ctx, "DROP TABLE IF EXISTS "+table); err != nil {
		t.Fatal(err)
	}
	if _, err := admin.Exec(ctx, postgres.Schema(table)); err != nil {
		t.Fatalf("%v\n%s", err, postgres.Schema(table))
	}
	t.Cleanup(func() { admin.Exec(context.Background(), "DROP TABLE IF EXISTS "+table) })
	s, err := postgres.Open(ctx, url, postgres.Options{Table: table})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Close)
	for line := range strings.Lines(string(store.DemoJSONL())) {
		sub, err := camara.DecodeSubscriber([]byte(line))
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Put(ctx, sub); err != nil {
			t.Fatal(err)
		}
	}
	return s, table
}

// TestLookup checks that what a row holds is what the same record read
// from JSON holds, for every record of the demo data set.
func TestLookup(t *testing.T) {
	t.Parallel()
	s, _ := open(t)
	ctx := context.Background()
	for line := range strings.Lines(string(store.DemoJSONL())) {
		want, _ := camara.DecodeSubscriber([]byte(line))
		got, err := s.Lookup(ctx, want.PhoneNumber)
		if err != nil || got != want {
			t.Errorf("%s:\ngot  %+v, %v\nwant %+v", want.PhoneNumber, got, err, want)
		}
	}
	if _, err := s.Lookup(ctx, "+34699999999"); !errors.Is(err, camara.CodeIdentifierNotFound) {
		t.Errorf("unknown number: %v", err)
	}
	if err := s.Ping(ctx); err != nil {
		t.Error(err)
	}
}

// TestDirtyRows checks that a row the store cannot read is a failure (500)
// that quotes no value, never a 404 or a quiet not_available.
func TestDirtyRows(t *testing.T) {
	t.Parallel()
	s, table := open(t)
	ctx := context.Background()
	if _, err := s.Pool().Exec(ctx, "ALTER TABLE "+table+" DROP CONSTRAINT "+table+"_contract_type_check"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Pool().Exec(ctx, "UPDATE "+table+" SET contract_type = 'Prepaid SECRET' WHERE phone_number = '+34629255833'"); err != nil {
		t.Fatal(err)
	}
	_, err := s.Lookup(ctx, "+34629255833")
	if me := camara.AsError(err); err == nil || me.Status != 500 || strings.Contains(err.Error(), "SECRET") {
		t.Errorf("got %v (%+v)", err, me)
	}
	if _, err := s.Pool().Exec(ctx, "UPDATE "+table+" SET not_applicable = '{kyc-everything}' WHERE phone_number = '+31612345678'"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Lookup(ctx, "+31612345678"); camara.AsError(err).Status != 500 {
		t.Errorf("got %v", err)
	}
}

// TestLostConnection loses the store's connection while a lookup waits on
// the server: the answer is 503 (or 500), never 404, and the store answers
// again afterwards.
func TestLostConnection(t *testing.T) {
	t.Parallel()
	s, table := open(t)
	ctx := context.Background()
	auth, _ := server.ParseTokens([]byte(`{"t":{"scopes":["kyc-match:match"]}}`), nil)
	h, err := server.New(server.Config{}, server.Options{Store: s, Auth: auth, Timeout: 20 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	// Another session holds the table, so that the lookup waits on it.
	blocker, err := pgx.Connect(ctx, os.Getenv(EnvURL))
	if err != nil {
		t.Fatal(err)
	}
	defer blocker.Close(ctx)
	tx, err := blocker.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback(ctx)
	if _, err := tx.Exec(ctx, "LOCK TABLE "+table+" IN ACCESS EXCLUSIVE MODE"); err != nil {
		t.Fatal(err)
	}
	done := make(chan *httptest.ResponseRecorder)
	go func() {
		r := httptest.NewRequest(http.MethodPost, "/kyc-match/v0.4/match", strings.NewReader(`{"phoneNumber":"+34629255833","givenName":"Federica"}`))
		r.Header.Set("Authorization", "Bearer t")
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		done <- w
	}()
	// Wait until the lookup waits on the lock, then end its session.
	var pid int
	for i := 0; ; i++ {
		err := blocker.QueryRow(ctx, `SELECT pid FROM pg_stat_activity WHERE application_name = 'kycmatch' AND wait_event_type = 'Lock' AND query LIKE '%`+table+`%'`).Scan(&pid)
		if err == nil {
			break
		}
		if i > 200 {
			t.Fatalf("the lookup never waited on the lock: %v", err)
		}
		time.Sleep(25 * time.Millisecond)
	}
	if _, err := blocker.Exec(ctx, "SELECT pg_terminate_backend($1)", pid); err != nil {
		t.Fatal(err)
	}
	w := <-done
	if w.Code != 503 && w.Code != 500 {
		t.Fatalf("lost connection answered %d %s", w.Code, w.Body)
	}
	if w.Code == 404 || strings.Contains(w.Body.String(), "IDENTIFIER_NOT_FOUND") {
		t.Fatalf("lost connection answered as an unknown number: %s", w.Body)
	}
	t.Logf("lost connection: %d %s", w.Code, w.Body)
	tx.Rollback(ctx)
	// The pool replaces the connection it lost.
	sub, err := s.Lookup(ctx, "+34629255833")
	if err != nil || sub.Identity[attr.GivenName] != "FEDERICA" {
		t.Errorf("after the loss: %+v %v", sub.Identity[attr.GivenName], err)
	}
}

// TestUnreachable checks that a server that cannot be reached fails Open,
// and that a store whose server goes away answers UNAVAILABLE.
func TestUnreachable(t *testing.T) {
	t.Parallel()
	s, _ := open(t)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if _, err := postgres.Open(ctx, "postgres://postgres@127.0.0.1:1/postgres?sslmode=disable&connect_timeout=2", postgres.Options{}); err == nil {
		t.Error("Open succeeded without a server")
	}
	if _, err := postgres.Open(ctx, os.Getenv(EnvURL), postgres.Options{Table: "no_such_table"}); err == nil {
		t.Error("Open succeeded without the table")
	}
	s.Close()
	_, err := s.Lookup(ctx, "+34629255833")
	if me := camara.AsError(err); me.Status != 503 {
		t.Errorf("closed pool: %v (%+v)", err, me)
	}
}
