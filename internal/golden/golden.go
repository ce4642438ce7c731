// Package golden runs the golden cases under testdata/golden: one JSON file
// per case, holding a request body, the operator's record, the engine's
// configuration and profiles, and the expected answer with the reason it is
// right. It is imported by tests only.
//
// A golden file is a claim about the right answer, reasoned from the
// specification and the product rules (DESIGN.md); the harness checks the
// status, the CAMARA body and the reason codes of each answered attribute.
// Run the tests with -update to rewrite status, body and reasons from what
// the engine answers, then review the diff against each case's reason
// before committing.
package golden

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
	"time"
	"unicode/utf8"

	"github.com/kycmatch/kycmatch/attr"
	"github.com/kycmatch/kycmatch/camara"
	"github.com/kycmatch/kycmatch/camara/ageapi"
	"github.com/kycmatch/kycmatch/camara/matchapi"
	"github.com/kycmatch/kycmatch/camara/tenureapi"
	"github.com/kycmatch/kycmatch/locale"
	"github.com/kycmatch/kycmatch/match"
	"github.com/kycmatch/kycmatch/normalize"
)

var update = flag.Bool("update", false, "rewrite the status, body and reasons of the golden files")

// Case is one golden file.
type Case struct {
	// Reason says why the answer is right. Required.
	Reason string `json:"reason"`
	// API is the API the request is sent to: "kyc-match" (absent),
	// "kyc-age-verification" (v0.2.1) or "kyc-tenure" (v0.2.0).
	API string `json:"api,omitempty"`
	// Now is the day Age Verification and Tenure take as today, YYYY-MM-DD;
	// required for them.
	Now string `json:"now,omitempty"`
	// Version is the KYC Match version the request is sent to ("v0.2",
	// "v0.3", "v0.4", "vwip"); absent means v0.4.
	Version string `json:"version,omitempty"`
	// Config is the configuration (matchapi.Config: the matcher's and the
	// wire's); absent means the zero Config.
	Config json.RawMessage `json:"config,omitempty"`
	// Profiles are the ISO codes of the country profiles the engine is
	// built with; absent means none (the generic profile only).
	Profiles []string `json:"profiles,omitempty"`
	// TokenPhone is the number a three-legged token identified; absent for
	// a two-legged token.
	TokenPhone string `json:"tokenPhone,omitempty"`
	// Request is the request body, as JSON. RequestBody is the raw body for
	// the cases that are not JSON at all; one of the two is given.
	Request     json.RawMessage `json:"request,omitempty"`
	RequestBody *string         `json:"requestBody,omitempty"`
	// Record is what the operator holds (camara.Subscriber's JSON); absent
	// or null means no customer account holds the number
	// (IDENTIFIER_NOT_FOUND).
	Record json.RawMessage `json:"record,omitempty"`
	// Lookup, when "not_applicable", makes the lookup answer
	// SERVICE_NOT_APPLICABLE.
	Lookup string `json:"lookup,omitempty"`
	// Status and Body are the expected HTTP status and JSON body: the CAMARA
	// response, or the CAMARA error.
	Status int             `json:"status"`
	Body   json.RawMessage `json:"body"`
	// Country is the ISO code of the profile that answered a 200, or ""
	// for the generic profile.
	Country string `json:"country,omitempty"`
	// Reasons are the reason codes (locale.Reason) of each answered
	// attribute of a 200, by CAMARA name.
	Reasons map[string]string `json:"reasons,omitempty"`
}

// Run runs every case of the files under dir (a folder of testdata/golden),
// but for its subfolders named in skip, each as a subtest named by its path,
// with the country profiles given by ISO code. A case that asks for a profile
// not in profiles fails.
func Run(t *testing.T, dir string, profiles map[string]locale.Profile, skip ...string) {
	t.Helper()
	var files []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err == nil && d.IsDir() && path != dir && slices.Contains(skip, filepath.Base(path)) {
			return filepath.SkipDir
		}
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".json") {
			files = append(files, path)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatalf("no golden files under %s", dir)
	}
	for _, path := range files {
		name := strings.TrimSuffix(filepath.ToSlash(strings.TrimPrefix(path, dir+string(filepath.Separator))), ".json")
		t.Run(name, func(t *testing.T) {
			if !*update {
				t.Parallel()
			}
			runFile(t, path, profiles)
		})
	}
}

// runFile runs one golden file.
func runFile(t *testing.T, path string, profiles map[string]locale.Profile) {
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var c Case
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&c); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	if strings.TrimSpace(c.Reason) == "" {
		t.Fatalf("%s: every golden case needs a reason", path)
	}
	got := answer(t, &c, profiles)
	if *update {
		c.Status, c.Body, c.Country, c.Reasons = got.Status, got.Body, got.Country, got.Reasons
		if len(c.Reasons) == 0 {
			c.Reasons = nil
		}
		var out bytes.Buffer
		enc := json.NewEncoder(&out)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		if err := enc.Encode(&c); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, out.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if got.Status != c.Status || !jsonEqual(got.Body, c.Body) {
		t.Errorf("got status %d body %s\nwant status %d body %s\nreason: %s", got.Status, got.Body, c.Status, compact(c.Body), c.Reason)
	}
	if got.Country != c.Country {
		t.Errorf("answered by profile %q, want %q\nreason: %s", got.Country, c.Country, c.Reason)
	}
	if !reflect.DeepEqual(got.Reasons, c.Reasons) {
		t.Errorf("reasons %v\nwant    %v\nreason: %s", got.Reasons, c.Reasons, c.Reason)
	}
}

// answer answers the case and checks the invariants that hold for every
// answer, whatever the case expects. It returns the answer in the case's
// form.
func answer(t *testing.T, c *Case, profiles map[string]locale.Profile) Case {
	t.Helper()
	cfg := matchapi.Config{}
	if len(c.Config) > 0 {
		var err error
		if cfg, err = matchapi.ParseConfig(c.Config); err != nil {
			t.Fatalf("config: %v", err)
		}
	}
	v, ok := matchapi.ParseVersion(c.Version)
	if c.Version == "" {
		v, ok = matchapi.V04, true
	}
	if !ok {
		t.Fatalf("unknown version %q", c.Version)
	}
	var ps []locale.Profile
	for _, code := range c.Profiles {
		p, ok := profiles[code]
		if !ok {
			t.Fatalf("the case needs the %s profile, which this test does not hold", code)
		}
		ps = append(ps, p)
	}
	s, err := matchapi.NewConfig(cfg, ps...)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	if c.API != "" && c.API != "kyc-match" {
		return answerOther(t, c, s.Engine())
	}
	body := []byte(c.Request)
	if c.RequestBody != nil {
		body = []byte(*c.RequestBody)
	}
	var line string // the line the lookup was asked for
	store, rec := caseStore(t, c, &line)

	req, err := s.Decode(v, body)
	var resp match.Response
	if err == nil {
		resp, err = s.Answer(context.Background(), v, req, c.TokenPhone, store)
	}
	if err != nil {
		if _, ok := errors.AsType[*camara.Error](err); !ok {
			t.Fatalf("error %v is not a *camara.Error", err)
		}
		me := v.Error(err)
		checkNoLeak(t, me.Message, body, c.Record)
		if me.Status != me.Code.Status() {
			t.Errorf("status %d does not belong to code %s", me.Status, me.Code)
		}
		return Case{Status: me.Status, Body: me.AppendJSON(nil)}
	}
	CheckResponse(t, &req, &resp)
	// The same answer through a prepared record.
	e := s.Engine()
	if got, err := e.MatchPrepared(context.Background(), req, e.Prepare(rec.Identity, line)); err != nil || got != resp {
		t.Errorf("through a prepared record: %+v, %v\nwant %+v", got, err, resp)
	}
	reasons := map[string]string{}
	for a, f := range resp.All() {
		reasons[a.String()] = f.Reason.String()
	}
	return Case{Status: 200, Body: v.AppendResponse(nil, &resp), Country: resp.Country, Reasons: reasons}
}

// caseStore returns the store of a case: it holds c.Record for any line
// (setting *line to the one asked for), or answers not found or not
// applicable; and the record, nil when there is none.
func caseStore(t *testing.T, c *Case, line *string) (camara.Store, *camara.Subscriber) {
	var rec *camara.Subscriber
	if len(c.Record) > 0 && string(c.Record) != "null" {
		rec = new(camara.Subscriber)
		if err := json.Unmarshal(c.Record, rec); err != nil {
			t.Fatalf("record: %v", err)
		}
	}
	return camara.StoreFunc(func(_ context.Context, phone string) (camara.Subscriber, error) {
		*line = phone
		switch {
		case c.Lookup == "not_applicable":
			return camara.Subscriber{}, camara.CodeServiceNotApplicable
		case c.Lookup != "":
			t.Fatalf("unknown lookup %q", c.Lookup)
		case rec == nil:
			return camara.Subscriber{}, camara.CodeIdentifierNotFound
		}
		if !normalize.ValidPhone(phone) {
			t.Errorf("lookup got %q, not an E.164 number", phone)
		}
		return *rec, nil
	}), rec
}

// answerOther answers a case of Age Verification or Tenure, on the day
// c.Now.
func answerOther(t *testing.T, c *Case, e *match.Engine) Case {
	t.Helper()
	day, err := time.Parse(time.DateOnly, c.Now)
	if err != nil {
		t.Fatalf("now %q: %v (Age Verification and Tenure cases need a day)", c.Now, err)
	}
	now := func() time.Time { return day.Add(12 * time.Hour) }
	body := []byte(c.Request)
	if c.RequestBody != nil {
		body = []byte(*c.RequestBody)
	}
	var line string
	store, _ := caseStore(t, c, &line)
	var reply camara.Reply
	switch c.API {
	case "kyc-age-verification":
		reply, _ = ageapi.New(e, ageapi.Options{Now: now}).Reply(context.Background(), body, c.TokenPhone, store)
	case "kyc-tenure":
		reply = tenureapi.New(tenureapi.Options{Now: now}).Reply(context.Background(), body, c.TokenPhone, store)
	default:
		t.Fatalf("unknown api %q", c.API)
	}
	if reply.Status != 200 {
		checkNoLeak(t, string(reply.Body), body, c.Record)
	}
	return Case{Status: reply.Status, Body: reply.Body}
}

// CheckResponse checks the contract of every response: only requested
// attributes are answered; a score appears only beside "false", only for a
// scored attribute, and within 0..99; every answer has a reason.
func CheckResponse(t *testing.T, req *match.Request, resp *match.Response) {
	t.Helper()
	for a, v := range req.Values.All() {
		if _, ok := resp.Get(a); !ok {
			t.Errorf("%s: requested %q, not answered", a, v)
		}
	}
	for a, f := range resp.All() {
		if req.Values[a] == "" {
			t.Errorf("%s: answered, not requested", a)
		}
		if f.HasScore && (f.Result != match.False || !a.Scored() || f.Score < 0 || f.Score > 99) {
			t.Errorf("%s: score %d beside %s", a, f.Score, f.Result)
		}
		if f.Reason == 0 {
			t.Errorf("%s: %s without a reason", a, f.Result)
		}
	}
}

// CheckRequestValue answers a request of the one value v for attribute a,
// unvalidated as the engine takes it, against rec and against rec holding v
// itself, and checks every answer: the contract ([CheckResponse]), the same
// answer through a prepared record, and v answered "true" where the record
// holds it byte for byte and v is within a request's length (a longer
// record value is read only so far: the engine's record cap).
func CheckRequestValue(t *testing.T, e *match.Engine, phone string, a attr.Attribute, v string, rec match.Record) {
	t.Helper()
	var vals attr.Values
	vals[a] = v
	req := match.Request{PhoneNumber: phone, Values: vals}
	held := rec
	held[a] = v
	for _, r := range []match.Record{rec, held} {
		resp, err := e.Match(context.Background(), req, r, match.Subject{})
		if err != nil {
			t.Fatal(err)
		}
		CheckResponse(t, &req, &resp)
		if got, err := e.MatchPrepared(context.Background(), req, e.Prepare(r, phone)); err != nil || got != resp {
			t.Fatalf("%s %q: through a prepared record %+v, %v; want %+v", a, v, got, err, resp)
		}
		if f, _ := resp.Get(a); r[a] == v && f.Result != match.True && utf8.RuneCountInString(v) <= e.MaxLength(a) {
			t.Fatalf("%s %q: identical values answered %s", a, v, f.Result)
		}
	}
}

// enumValues are the values that error messages list, which a request may
// also hold.
var enumValues = []string{
	"MALE", "FEMALE", "OTHER", "passport", "national_id_card", "residence_permit",
	"diplomatic_id", "driver_licence", "social_security_id", "other",
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
			if !ok || len(strings.TrimSpace(s)) < 4 || s == k || slices.Contains(enumValues, s) {
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
