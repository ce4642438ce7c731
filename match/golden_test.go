package match_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/kycmatch/kycmatch/match"
	"github.com/kycmatch/kycmatch/normalize"
)

var update = flag.Bool("update", false, "rewrite the status and body of the files under testdata/golden")

// goldenDir holds one JSON file per case, grouped in folders.
const goldenDir = "../testdata/golden"

// golden is one case: a request against a record, and the expected answer.
// A golden file is a claim about the right answer, reasoned from the
// specification and the product rules; reason says why.
type golden struct {
	// Reason says why the answer is right. Required.
	Reason string `json:"reason"`
	// Config is the engine's configuration; absent means the zero Config.
	Config json.RawMessage `json:"config,omitempty"`
	// TokenPhone is the number a three-legged token identified; absent for
	// a two-legged token.
	TokenPhone string `json:"tokenPhone,omitempty"`
	// Request is the request body, as JSON. RequestBody is the raw body for
	// the cases that are not JSON at all; one of the two is given.
	Request     json.RawMessage `json:"request,omitempty"`
	RequestBody *string         `json:"requestBody,omitempty"`
	// Record is what the operator holds; absent or null means no customer
	// account holds the number (IDENTIFIER_NOT_FOUND).
	Record json.RawMessage `json:"record,omitempty"`
	// Lookup, when "not_applicable", makes the lookup answer
	// SERVICE_NOT_APPLICABLE.
	Lookup string `json:"lookup,omitempty"`
	// Status and Body are the expected HTTP status and JSON body: the CAMARA
	// response, or the CAMARA error.
	Status int             `json:"status"`
	Body   json.RawMessage `json:"body"`
}

func TestGolden(t *testing.T) {
	var files []string
	err := filepath.WalkDir(goldenDir, func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".json") {
			files = append(files, path)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no golden files")
	}
	for _, path := range files {
		name := strings.TrimSuffix(filepath.ToSlash(strings.TrimPrefix(path, goldenDir+string(filepath.Separator))), ".json")
		t.Run(name, func(t *testing.T) {
			if !*update {
				t.Parallel()
			}
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			var g golden
			dec := json.NewDecoder(bytes.NewReader(data))
			dec.DisallowUnknownFields()
			if err := dec.Decode(&g); err != nil {
				t.Fatalf("%s: %v", path, err)
			}
			if strings.TrimSpace(g.Reason) == "" {
				t.Fatalf("%s: every golden case needs a reason", path)
			}
			status, body := runGolden(t, &g)
			if *update {
				g.Status, g.Body = status, body
				out, err := json.MarshalIndent(&g, "", "  ")
				if err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, append(out, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			if status != g.Status || !jsonEqual(body, g.Body) {
				t.Errorf("got status %d body %s\nwant status %d body %s\nreason: %s", status, body, g.Status, compact(g.Body), g.Reason)
			}
		})
	}
}

// runGolden answers the case and checks the invariants that hold for every
// answer, whatever the case expects.
func runGolden(t *testing.T, g *golden) (int, json.RawMessage) {
	t.Helper()
	cfg := match.Config{}
	if len(g.Config) > 0 {
		var err error
		if cfg, err = match.ParseConfig(g.Config); err != nil {
			t.Fatalf("config: %v", err)
		}
	}
	e := match.MustNew(cfg)
	body := []byte(g.Request)
	if g.RequestBody != nil {
		body = []byte(*g.RequestBody)
	}
	var rec *match.Record
	if len(g.Record) > 0 && string(g.Record) != "null" {
		rec = new(match.Record)
		if err := json.Unmarshal(g.Record, rec); err != nil {
			t.Fatalf("record: %v", err)
		}
	}
	lookup := func(_ context.Context, phone string) (match.Record, error) {
		switch {
		case g.Lookup == "not_applicable":
			return match.Record{}, match.ErrServiceNotApplicable
		case g.Lookup != "":
			t.Fatalf("unknown lookup %q", g.Lookup)
		case rec == nil:
			return match.Record{}, match.ErrIdentifierNotFound
		}
		if !normalize.ValidPhone(phone) {
			t.Errorf("lookup got %q, not an E.164 number", phone)
		}
		return *rec, nil
	}

	req, err := e.DecodeRequest(body)
	var resp match.Response
	if err == nil {
		resp, err = e.MatchLookup(context.Background(), req, match.Subject{PhoneNumber: g.TokenPhone}, lookup)
	}
	if err != nil {
		var me *match.Error
		if !errors.As(err, &me) {
			t.Fatalf("error %v is not a *match.Error", err)
		}
		checkNoLeak(t, me.Message, body, g.Record)
		out, _ := json.Marshal(me)
		if me.Status != me.Code.Status() {
			t.Errorf("status %d does not belong to code %s", me.Status, me.Code)
		}
		return me.Status, out
	}
	checkResponse(t, &req, &resp)
	out, err := json.Marshal(resp)
	if err != nil {
		t.Fatal(err)
	}
	return 200, out
}

// checkResponse checks the contract of every response: only requested
// attributes are answered; a score appears only beside "false", only for a
// scored attribute, and within 0..99.
func checkResponse(t *testing.T, req *match.Request, resp *match.Response) {
	t.Helper()
	for a := range match.Attribute(match.NumAttributes) {
		f, answered := resp.Get(a)
		if requested := req.Get(a) != ""; answered != requested {
			t.Errorf("%s: requested %v, answered %v", a, requested, answered)
		}
		if f.HasScore && (f.Result != match.False || !a.Scored() || f.Score < 0 || f.Score > 99) {
			t.Errorf("%s: score %d beside %s", a, f.Score, f.Result)
		}
	}
}

// checkNoLeak fails when an error message quotes a value of the request or
// of the record. Values shorter than four characters, and the enum values
// that messages list, are not checked.
func checkNoLeak(t *testing.T, msg string, body, record []byte) {
	t.Helper()
	for _, src := range [][]byte{body, record} {
		var m map[string]any
		if json.Unmarshal(src, &m) != nil {
			continue
		}
		for k, v := range m {
			s, ok := v.(string)
			if !ok || len(strings.TrimSpace(s)) < 4 || s == k {
				continue
			}
			if slices.Contains(normalize.Genders, s) || slices.Contains(normalize.DocumentTypes, s) {
				continue
			}
			if strings.Contains(msg, s) {
				t.Errorf("error message %q quotes the value of %s", msg, k)
			}
		}
	}
}

func jsonEqual(a, b []byte) bool {
	var x, y any
	if json.Unmarshal(a, &x) != nil || json.Unmarshal(b, &y) != nil {
		return false
	}
	return reflect.DeepEqual(x, y)
}

func compact(b []byte) string {
	var buf bytes.Buffer
	if json.Compact(&buf, b) != nil {
		return string(b)
	}
	return buf.String()
}
