package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

const examples = "../../testdata/examples"

// cmd runs the command with the given stdin and returns its exit status,
// stdout and stderr.
func cmd(t *testing.T, stdin io.Reader, args ...string) (int, string, string) {
	t.Helper()
	if stdin == nil {
		stdin = strings.NewReader("")
	}
	var out, errOut bytes.Buffer
	code := run(args, stdin, &out, &errOut)
	return code, out.String(), errOut.String()
}

// writeFile writes content to a new file in a temporary directory.
func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// jsonEqual reports whether a and b are the same JSON value.
func jsonEqual(t *testing.T, a, b string) bool {
	t.Helper()
	var va, vb any
	if err := json.Unmarshal([]byte(a), &va); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, a)
	}
	if err := json.Unmarshal([]byte(b), &vb); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, b)
	}
	return reflect.DeepEqual(va, vb)
}

func readExample(t *testing.T, name string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(examples, name))
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// oneLine fails unless s is exactly one line starting with "kycmatch: ".
func oneLine(t *testing.T, s string) {
	t.Helper()
	if !strings.HasPrefix(s, "kycmatch: ") || !strings.HasSuffix(s, "\n") || strings.Count(s, "\n") != 1 {
		t.Errorf("stderr is not one line starting with \"kycmatch: \": %q", s)
	}
}

func TestUsage(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name  string
		args  []string
		code  int
		usage bool // stderr is the usage text, rather than one line
	}{
		{"no arguments", nil, 2, true},
		{"-h", []string{"-h"}, 0, true},
		{"--help", []string{"--help"}, 0, true},
		{"help", []string{"help"}, 0, true},
		{"match -h", []string{"match", "-h"}, 0, true},
		{"batch --help", []string{"batch", "--help"}, 0, true},
		{"unknown command", []string{"frobnicate"}, 2, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			code, out, errOut := cmd(t, nil, tc.args...)
			if code != tc.code {
				t.Errorf("exit status %d, want %d", code, tc.code)
			}
			if out != "" {
				t.Errorf("stdout: %q, want nothing", out)
			}
			if tc.usage {
				if errOut != usage {
					t.Errorf("stderr is not the usage text: %q", errOut)
				}
			} else {
				oneLine(t, errOut)
			}
		})
	}
}

func TestMatchExamples(t *testing.T) {
	t.Parallel()
	record := filepath.Join(examples, "record.json")
	request := filepath.Join(examples, "request.json")
	want := readExample(t, "response.json")
	// config.json turns the idDocument gate on, which 66666666q passes
	// against the record's 66666666-Q, and rounds scores down to tens: 93
	// becomes 90, 50 stays 50.
	bands := strings.Replace(want, `"cityOfBirthMatchScore": 93`, `"cityOfBirthMatchScore": 90`, 1)
	if bands == want {
		t.Fatal("response.json has no cityOfBirth score of 93")
	}
	for _, tc := range []struct {
		name  string
		args  []string
		stdin bool
		want  string
	}{
		{"file", []string{"match", "--record", record, request}, false, want},
		{"stdin dash", []string{"match", "--record", record, "-"}, true, want},
		{"stdin", []string{"match", "--record", record}, true, want},
		{"token phone same line", []string{"match", "--record", record, "--token-phone", "+34 629 25 58 33", request}, false, want},
		{"config", []string{"match", "--config", filepath.Join(examples, "config.json"), "--record", record, request}, false, bands},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			var stdin io.Reader
			if tc.stdin {
				stdin = strings.NewReader(readExample(t, "request.json"))
			}
			code, out, errOut := cmd(t, stdin, tc.args...)
			if code != 0 || errOut != "" {
				t.Fatalf("exit status %d, stderr %q", code, errOut)
			}
			if !jsonEqual(t, out, tc.want) {
				t.Errorf("stdout:\n%s\nwant:\n%s", out, tc.want)
			}
			if !strings.HasPrefix(out, "{\n  \"idDocumentMatch\": \"true\",\n") || !strings.HasSuffix(out, "\n}\n") {
				t.Errorf("stdout is not indented with two spaces:\n%s", out)
			}
		})
	}
}

func TestMatchCAMARAErrors(t *testing.T) {
	t.Parallel()
	record := filepath.Join(examples, "record.json")
	request := filepath.Join(examples, "request.json")
	gate := writeFile(t, "config.json", `{"requireIdDocument": true}`)
	for _, tc := range []struct {
		name    string
		args    []string
		stdin   string
		status  int
		code    string
		message string // a part of the message
	}{
		{"token for another line", []string{"--token-phone", "+34600000004", request}, "", 403, "INVALID_TOKEN_CONTEXT", ""},
		{"empty body", nil, "", 400, "INVALID_ARGUMENT", "A request body is required."},
		{"blank body", []string{"-"}, " \n\t", 400, "INVALID_ARGUMENT", "A request body is required."},
		{"not JSON", nil, "givenName=Federica", 400, "INVALID_ARGUMENT", "JSON object"},
		{"number names the field", nil, `{"phoneNumber":"+34629255833","birthdate":19780822}`, 400, "INVALID_ARGUMENT", "birthdate"},
		{"invalid date names the field", nil, `{"phoneNumber":"+34629255833","birthdate":"22-08-1978"}`, 400, "INVALID_ARGUMENT", "birthdate"},
		{"phone number only", nil, `{"phoneNumber":"+34629255833"}`, 400, "KNOW_YOUR_CUSTOMER.INVALID_PARAM_COMBINATION", ""},
		{"no phone number, two-legged", nil, `{"givenName":"Federica"}`, 422, "MISSING_IDENTIFIER", ""},
		{"too large", nil, `{"givenName":"` + strings.Repeat("a", 70<<10) + `"}`, 400, "INVALID_ARGUMENT", "65536"},
		{"gate without idDocument", []string{"--config", gate}, `{"phoneNumber":"+34629255833","givenName":"Federica"}`, 403, "KNOW_YOUR_CUSTOMER.ID_DOCUMENT_REQUIRED", ""},
		{"gate with another idDocument", []string{"--config", gate}, `{"phoneNumber":"+34629255833","idDocument":"66666667Q"}`, 403, "KNOW_YOUR_CUSTOMER.ID_DOCUMENT_MISMATCH", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			args := append([]string{"match", "--record", record}, tc.args...)
			code, out, errOut := cmd(t, strings.NewReader(tc.stdin), args...)
			if code != 1 || errOut != "" {
				t.Fatalf("exit status %d, stderr %q; want 1 and nothing", code, errOut)
			}
			var e struct {
				Status  int
				Code    string
				Message string
			}
			dec := json.NewDecoder(strings.NewReader(out))
			dec.DisallowUnknownFields()
			if err := dec.Decode(&e); err != nil {
				t.Fatalf("stdout is not a CAMARA error: %v\n%s", err, out)
			}
			if e.Status != tc.status || e.Code != tc.code || !strings.Contains(e.Message, tc.message) {
				t.Errorf("got %d %s %q, want %d %s containing %q", e.Status, e.Code, e.Message, tc.status, tc.code, tc.message)
			}
			if !strings.HasPrefix(out, "{\n  \"status\": ") {
				t.Errorf("stdout is not indented:\n%s", out)
			}
		})
	}
}

// secretRecord holds values that no message may print.
const secretRecord = `{"givenName": "SECRETGIVEN", "familyName": "SECRETFAMILY", "birthdate": "19780822"}`

func TestMatchUsageAndFileErrors(t *testing.T) {
	t.Parallel()
	record := writeFile(t, "record.json", secretRecord)
	request := filepath.Join(examples, "request.json")
	missing := filepath.Join(t.TempDir(), "missing.json")
	for _, tc := range []struct {
		name    string
		args    []string
		message string // a part of stderr
	}{
		{"missing --record", []string{request}, "--record is required"},
		{"empty --record", []string{"--record", "", request}, "--record is required"},
		{"unknown flag", []string{"--recrod", record, request}, "flag provided but not defined: -recrod"},
		{"flag without value", []string{"--record"}, "flag needs an argument"},
		{"too many arguments", []string{"--record", record, request, request}, "too many arguments"},
		{"flag after the file", []string{request, "--record", record}, "flags must come before the file argument"},
		{"invalid token phone", []string{"--record", record, "--token-phone", "629255833", request}, "--token-phone"},
		{"record file missing", []string{"--record", missing, request}, "missing.json"},
		{"request file missing", []string{"--record", record, missing}, "missing.json"},
		{"config file missing", []string{"--record", record, "--config", missing, request}, "missing.json"},
		{"config unknown key", []string{"--record", record, "--config", writeFile(t, "c.json", `{"requireIdDocuments": true}`), request}, "requireIdDocuments"},
		{"config not JSON", []string{"--record", record, "--config", writeFile(t, "c.json", `requireIdDocument`), request}, "config"},
		{"config bad value", []string{"--record", record, "--config", writeFile(t, "c.json", `{"scores": "many"}`), request}, "scores"},
		{"record with a number", []string{"--record", writeFile(t, "r.json", `{"givenName": "SECRETGIVEN", "birthdate": 19780822}`), request}, "birthdate is not a string"},
		{"record with an object", []string{"--record", writeFile(t, "r.json", `{"givenName": {"first": "SECRETGIVEN"}}`), request}, "givenName is not a string"},
		{"record with a boolean", []string{"--record", writeFile(t, "r.json", `{"givenName": "SECRETGIVEN", "email": true}`), request}, "email is not a string"},
		// Issue 6: record keys were quoted; a key may be data.
		{"record with an unknown property", []string{"--record", writeFile(t, "r.json", `{"givenName": "x", "SECRETgiven": "SECRETGIVEN"}`), request}, "property 2 (counting from 1) is not a record property"},
		{"record with a property that may be data", []string{"--record", writeFile(t, "r.json", `{"SECRETGIVEN SECRETFAMILY": "x"}`), request}, "property 1 (counting from 1) is not a record property"},
		{"record with a property twice", []string{"--record", writeFile(t, "r.json", `{"givenName": "SECRETGIVEN", "givenName": "x"}`), request}, "givenName appears more than once"},
		{"record an array", []string{"--record", writeFile(t, "r.json", `["SECRETGIVEN"]`), request}, "not a JSON object"},
		{"record null", []string{"--record", writeFile(t, "r.json", `null`), request}, "not a JSON object"},
		{"record not JSON", []string{"--record", writeFile(t, "r.json", `{"givenName": SECRETGIVEN}`), request}, "not a JSON object"},
		{"record with trailing data", []string{"--record", writeFile(t, "r.json", `{"givenName": "SECRETGIVEN"} {"x": "SECRETFAMILY"}`), request}, "not a JSON object"},
		{"record empty", []string{"--record", writeFile(t, "r.json", ``), request}, "not a JSON object"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			code, out, errOut := cmd(t, nil, append([]string{"match"}, tc.args...)...)
			if code != 2 || out != "" {
				t.Errorf("exit status %d, stdout %q; want 2 and nothing", code, out)
			}
			oneLine(t, errOut)
			if !strings.Contains(errOut, tc.message) {
				t.Errorf("stderr %q does not say %q", errOut, tc.message)
			}
			for _, secret := range []string{"SECRET", "19780822"} {
				if strings.Contains(errOut, secret) {
					t.Errorf("stderr %q holds a record value", errOut)
				}
			}
		})
	}
}

func TestMatchRecordNullIsNotHeld(t *testing.T) {
	t.Parallel()
	record := writeFile(t, "r.json", `{"givenName": null, "familyName": "", "birthdate": "19780822"}`)
	code, out, errOut := cmd(t, strings.NewReader(`{"phoneNumber":"+34629255833","givenName":"Federica","familyName":"Sanchez","birthdate":"1978-08-22"}`),
		"match", "--record", record)
	want := `{"givenNameMatch":"not_available","familyNameMatch":"not_available","birthdateMatch":"true"}`
	if code != 0 || errOut != "" || !jsonEqual(t, out, want) {
		t.Errorf("exit status %d, stderr %q, stdout:\n%s\nwant %s", code, errOut, out, want)
	}
}

// outLine is a line of batch output.
type outLine struct {
	ID       json.RawMessage `json:"id"`
	Line     int             `json:"line"`
	Status   int             `json:"status"`
	Response json.RawMessage `json:"response"`
	Error    *struct {
		Status  int    `json:"status"`
		Code    string `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

// parseOutput parses batch output strictly: one JSON object per line, with
// either an id or a line number, and either a response (200) or an error
// whose status is the line's.
func parseOutput(t *testing.T, out string) []outLine {
	t.Helper()
	if out != "" && !strings.HasSuffix(out, "\n") {
		t.Fatalf("output does not end with a newline: %q", out)
	}
	var lines []outLine
	for i, s := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if out == "" {
			break
		}
		if !utf8.ValidString(s) || !json.Valid([]byte(s)) {
			t.Fatalf("output line %d is not valid JSON in UTF-8: %q", i+1, s)
		}
		var l outLine
		dec := json.NewDecoder(strings.NewReader(s))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&l); err != nil {
			t.Fatalf("output line %d: %v: %s", i+1, err, s)
		}
		if (l.ID == nil) == (l.Line == 0) {
			t.Errorf("output line %d has not exactly one of id and line: %s", i+1, s)
		}
		if l.Status == 200 && (l.Response == nil || l.Error != nil) ||
			l.Status != 200 && (l.Response != nil || l.Error == nil || l.Error.Status != l.Status) {
			t.Errorf("output line %d: status and body disagree: %s", i+1, s)
		}
		lines = append(lines, l)
	}
	return lines
}

func TestBatchExamples(t *testing.T) {
	t.Parallel()
	code, out, errOut := cmd(t, nil, "batch", filepath.Join(examples, "batch.jsonl"))
	if code != 0 || errOut != "" {
		t.Fatalf("exit status %d, stderr %q", code, errOut)
	}
	got := parseOutput(t, out)
	want := []struct {
		id     string // as written, or "" for a line answered by number
		line   int
		status int
		code   string
	}{
		{`"federica"`, 0, 200, ""},
		{`2`, 0, 404, "IDENTIFIER_NOT_FOUND"},
		{`{"ref":"iot-line"}`, 0, 422, "SERVICE_NOT_APPLICABLE"},
		{`"token-mismatch"`, 0, 403, "INVALID_TOKEN_CONTEXT"},
		{`"bad-birthdate"`, 0, 400, "INVALID_ARGUMENT"},
		{``, 6, 400, "INVALID_ARGUMENT"},
	}
	if len(got) != len(want) {
		t.Fatalf("%d output lines, want %d:\n%s", len(got), len(want), out)
	}
	for i, w := range want {
		g := got[i]
		code := ""
		if g.Error != nil {
			code = g.Error.Code
		}
		if string(g.ID) != w.id || g.Line != w.line || g.Status != w.status || code != w.code {
			t.Errorf("line %d: id %s line %d status %d code %s; want id %s line %d status %d code %s",
				i+1, g.ID, g.Line, g.Status, code, w.id, w.line, w.status, w.code)
		}
	}
	// Federica against the record the operator holds: FEDERICA, SÁNCHEZ
	// ARJONA and 19780822 fold to her values; MADRUD is a one-letter typo
	// of Madrid, Jaro-Winkler 93.
	wantResp := `{"givenNameMatch":"true","familyNameMatch":"true","birthdateMatch":"true","cityOfBirthMatch":"false","cityOfBirthMatchScore":93}`
	if string(got[0].Response) != wantResp {
		t.Errorf("line 1 response %s, want %s", got[0].Response, wantResp)
	}
}

func TestBatchLines(t *testing.T) {
	t.Parallel()
	const req = `{"phoneNumber":"+34629255833","givenName":"Federica"}`
	const rec = `{"givenName":"FEDERICA"}`
	for _, tc := range []struct {
		name    string
		line    string
		status  int
		code    string
		message string // a part of the error message
		byLine  bool   // answered with "line" rather than "id"
	}{
		{"ok", `{"id":1,"request":` + req + `,"record":` + rec + `}`, 200, "", "", false},
		{"id null is echoed", `{"id":null,"request":` + req + `,"record":` + rec + `}`, 200, "", "", false},
		{"no id", `{"request":` + req + `,"record":` + rec + `}`, 200, "", "", true},
		{"CRLF", `{"id":1,"request":` + req + `,"record":` + rec + "}\r", 200, "", "", false},
		{"notApplicable false", `{"id":1,"request":` + req + `,"record":` + rec + `,"notApplicable":false}`, 200, "", "", false},
		{"tokenPhone null", `{"id":1,"request":` + req + `,"record":` + rec + `,"tokenPhone":null}`, 200, "", "", false},
		{"three-legged", `{"id":1,"request":{"givenName":"Federica"},"record":` + rec + `,"tokenPhone":"+34629255833"}`, 200, "", "", false},
		{"empty", ``, 400, "INVALID_ARGUMENT", "empty", true},
		{"blank", " \t ", 400, "INVALID_ARGUMENT", "empty", true},
		{"not JSON", `id=1`, 400, "INVALID_ARGUMENT", "not valid JSON", true},
		{"truncated", `{"id":1,"request":`, 400, "INVALID_ARGUMENT", "not valid JSON", true},
		{"two values", `{"id":1} {"id":2}`, 400, "INVALID_ARGUMENT", "not valid JSON", true},
		{"array", `[1,2]`, 400, "INVALID_ARGUMENT", "not a JSON object", true},
		{"null", `null`, 400, "INVALID_ARGUMENT", "not a JSON object", true},
		{"string", `"SECRETGIVEN"`, 400, "INVALID_ARGUMENT", "not a JSON object", true},
		{"unknown property", `{"id":1,"request":` + req + `,"tokenphone":"+34629255833"}`, 400, "INVALID_ARGUMENT", "a property other than id, request, record, tokenPhone and notApplicable", false},
		{"tokenPhone a number", `{"id":1,"request":` + req + `,"tokenPhone":34629255833}`, 400, "INVALID_ARGUMENT", "tokenPhone must be a string", false},
		{"notApplicable a string", `{"id":1,"request":` + req + `,"notApplicable":"yes"}`, 400, "INVALID_ARGUMENT", "notApplicable must be a boolean", false},
		{"no request", `{"id":1,"record":` + rec + `}`, 400, "INVALID_ARGUMENT", "A request body is required.", false},
		{"request null", `{"id":1,"request":null,"record":` + rec + `}`, 400, "INVALID_ARGUMENT", "JSON object", false},
		{"request field a number", `{"id":1,"request":{"phoneNumber":"+34629255833","givenName":7},"record":` + rec + `}`, 400, "INVALID_ARGUMENT", "givenName", false},
		{"no record", `{"id":1,"request":` + req + `}`, 404, "IDENTIFIER_NOT_FOUND", "", false},
		{"record null", `{"id":1,"request":` + req + `,"record":null}`, 404, "IDENTIFIER_NOT_FOUND", "", false},
		{"not applicable wins over the record", `{"id":1,"request":` + req + `,"record":` + rec + `,"notApplicable":true}`, 422, "SERVICE_NOT_APPLICABLE", "", false},
		{"token mismatch", `{"id":1,"request":` + req + `,"record":` + rec + `,"tokenPhone":"+34600000004"}`, 403, "INVALID_TOKEN_CONTEXT", "", false},
		// A record that is not an object of strings is the operator's data at
		// fault: 500 INTERNAL, after the request's own checks.
		{"record with a number", `{"id":1,"request":` + req + `,"record":{"givenName":"SECRETGIVEN","birthdate":19780822}}`, 500, "INTERNAL", "birthdate is not a string", false},
		{"record a string", `{"id":1,"request":` + req + `,"record":"SECRETGIVEN"}`, 500, "INTERNAL", "not a JSON object", false},
		{"record with an unknown property", `{"id":1,"request":` + req + `,"record":{"SECRETfirst":"SECRETGIVEN"}}`, 500, "INTERNAL", "property 1 (counting from 1) is not a record property", false},
		// Issue 6: duplicate keys, the last of which won.
		{"property twice", `{"id":1,"request":` + req + `,"record":` + rec + `,"notApplicable":true,"notApplicable":false}`, 400, "INVALID_ARGUMENT", "a property given twice", false},
		{"request property twice", `{"id":1,"request":{"phoneNumber":"+34629255833","givenName":"SECRETGIVEN","givenName":"Federica"},"record":` + rec + `}`, 400, "INVALID_ARGUMENT", "givenName must appear only once", false},
		{"record property twice", `{"id":1,"request":` + req + `,"record":{"givenName":"SECRETGIVEN","givenName":"FEDERICA"}}`, 500, "INTERNAL", "givenName appears more than once", false},
		// Issue 6: an id that is not valid UTF-8 was copied into the output.
		{"id not UTF-8", "{\"id\":\"\xff\",\"request\":" + req + `,"record":` + rec + `}`, 200, "", "", true},
		{"invalid request before invalid record", `{"id":1,"request":{"phoneNumber":"34629255833","givenName":"x"},"record":19780822}`, 400, "INVALID_ARGUMENT", "phoneNumber", false},
		{"tokenPhone not a number", `{"id":1,"request":` + req + `,"record":` + rec + `,"tokenPhone":"SECRETGIVEN"}`, 500, "INTERNAL", "tokenPhone", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			// The line is sent between two good lines, to see that it takes
			// exactly one output line.
			good := `{"id":"good","request":` + req + `,"record":` + rec + `}`
			code, out, errOut := cmd(t, strings.NewReader(good+"\n"+tc.line+"\n"+good+"\n"), "batch")
			if code != 0 || errOut != "" {
				t.Fatalf("exit status %d, stderr %q", code, errOut)
			}
			got := parseOutput(t, out)
			if len(got) != 3 || string(got[0].ID) != `"good"` || string(got[2].ID) != `"good"` {
				t.Fatalf("output is not 3 lines with the line in the middle:\n%s", out)
			}
			g := got[1]
			if g.Status != tc.status {
				t.Errorf("status %d, want %d: %s", g.Status, tc.status, out)
			}
			if g.Error != nil && (g.Error.Code != tc.code || !strings.Contains(g.Error.Message, tc.message)) {
				t.Errorf("error %s %q, want %s containing %q", g.Error.Code, g.Error.Message, tc.code, tc.message)
			}
			if tc.byLine != (g.Line == 2) || !tc.byLine && g.ID == nil {
				t.Errorf("id %s line %d; want answered by line: %v", g.ID, g.Line, tc.byLine)
			}
			if strings.Contains(out, "SECRET") || strings.Contains(out, "19780822") {
				t.Errorf("output holds a record value: %s", out)
			}
		})
	}
}

func TestBatchIDVerbatim(t *testing.T) {
	t.Parallel()
	const id = `{ "a" : [1, 2.50, "<&>"] }`
	code, out, _ := cmd(t, strings.NewReader(`{"id": `+id+` , "record": null, "request": {"phoneNumber":"+34629255833","givenName":"x"}}`), "batch")
	want := `{"id":` + id + `,"status":404,`
	if code != 0 || !strings.HasPrefix(out, want) {
		t.Errorf("exit status %d, output %q; want it to start with %q", code, out, want)
	}
}

func TestBatchOrder(t *testing.T) {
	t.Parallel()
	const n = 2000
	var in strings.Builder
	want := make([]int, n)
	for i := range n {
		req := fmt.Sprintf(`{"phoneNumber":"+3460000%04d","givenName":"Federica","cityOfBirth":"Madrid"}`, i)
		switch i % 5 {
		case 0:
			fmt.Fprintf(&in, `{"id":%d,"request":%s,"record":{"givenName":"FEDERICA","cityOfBirth":"MADRUD"}}`+"\n", i, req)
			want[i] = 200
		case 1:
			fmt.Fprintf(&in, `{"id":%d,"request":%s,"record":null}`+"\n", i, req)
			want[i] = 404
		case 2:
			fmt.Fprintf(&in, `{"id":%d,"request":%s,"notApplicable":true}`+"\n", i, req)
			want[i] = 422
		case 3:
			fmt.Fprintf(&in, `{"id":%d,"request":%s,"record":{},"tokenPhone":"+34629255833"}`+"\n", i, req)
			want[i] = 403
		case 4:
			fmt.Fprintf(&in, `{"id":%d,"request":{"phoneNumber":"+3460000%04d","birthdate":"1978-02-30"},"record":{}}`+"\n", i, i)
			want[i] = 400
		}
	}
	code, out, errOut := cmd(t, strings.NewReader(in.String()), "batch")
	if code != 0 || errOut != "" {
		t.Fatalf("exit status %d, stderr %q", code, errOut)
	}
	got := parseOutput(t, out)
	if len(got) != n {
		t.Fatalf("%d output lines, want %d", len(got), n)
	}
	for i, g := range got {
		if string(g.ID) != fmt.Sprint(i) || g.Status != want[i] {
			t.Fatalf("output line %d: id %s status %d, want id %d status %d", i+1, g.ID, g.Status, i, want[i])
		}
	}
}

func TestBatchLongLines(t *testing.T) {
	t.Parallel()
	good := `{"id":"good","request":{"phoneNumber":"+34629255833","givenName":"Federica"},"record":null}`
	long := `{"id":"long","request":{"phoneNumber":"+34629255833","givenName":"` + strings.Repeat("a", maxLineBytes) + `"},"record":null}`
	atLimit := `{"id":"at-limit","request":{"phoneNumber":"+34629255833","givenName":"Federica"},"record":null}`
	atLimit += strings.Repeat(" ", maxLineBytes-len(atLimit))
	for _, tc := range []struct {
		name string
		in   string
		want []int // statuses
	}{
		{"long line between good ones", good + "\n" + long + "\n" + good + "\n", []int{404, 400, 404}},
		{"long last line without newline", good + "\n" + long, []int{404, 400}},
		{"long first line", long + "\n" + good + "\n", []int{400, 404}},
		{"two long lines", long + "\n" + long + "\n", []int{400, 400}},
		{"a line of exactly the limit is read", atLimit + "\n" + good + "\n", []int{404, 404}},
		{"a line one byte over the limit is not", atLimit + " \n" + good + "\n", []int{400, 404}},
		{"last line without newline", good + "\n" + good, []int{404, 404}},
		{"empty input", "", nil},
		{"a newline only", "\n", []int{400}},
		{"blank lines", "\n\n" + good + "\n\n", []int{400, 400, 404, 400}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			code, out, errOut := cmd(t, strings.NewReader(tc.in), "batch")
			if code != 0 || errOut != "" {
				t.Fatalf("exit status %d, stderr %q", code, errOut)
			}
			got := parseOutput(t, out)
			if len(got) != len(tc.want) {
				t.Fatalf("%d output lines, want %d: %.300s", len(got), len(tc.want), out)
			}
			for i, g := range got {
				if g.Status != tc.want[i] {
					t.Errorf("line %d: status %d, want %d", i+1, g.Status, tc.want[i])
				}
				if g.Status == 400 && g.Line != i+1 {
					t.Errorf("line %d: answered as line %d", i+1, g.Line)
				}
			}
			if strings.Contains(out, "aaaa") {
				t.Error("the output echoes the long line")
			}
		})
	}
}

func TestBatchUsageAndIOErrors(t *testing.T) {
	t.Parallel()
	missing := filepath.Join(t.TempDir(), "missing.jsonl")
	for _, tc := range []struct {
		name    string
		args    []string
		message string
	}{
		{"unknown flag", []string{"--progres"}, "flag provided but not defined"},
		{"too many arguments", []string{"a.jsonl", "b.jsonl"}, "too many arguments"},
		{"flag after the file", []string{"a.jsonl", "--progress"}, "flags must come before the file argument"},
		{"input missing", []string{missing}, "missing.jsonl"},
		{"config missing", []string{"--config", missing}, "missing.jsonl"},
		{"config invalid", []string{"--config", writeFile(t, "c.json", `{"maxBodyBytes": -1}`)}, "maxBodyBytes"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			code, out, errOut := cmd(t, nil, append([]string{"batch"}, tc.args...)...)
			if code != 2 || out != "" {
				t.Errorf("exit status %d, stdout %q; want 2 and nothing", code, out)
			}
			oneLine(t, errOut)
			if !strings.Contains(errOut, tc.message) {
				t.Errorf("stderr %q does not say %q", errOut, tc.message)
			}
		})
	}
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

type failingReader struct{}

func (failingReader) Read([]byte) (int, error) { return 0, errors.New("connection reset") }

func TestBatchIOFailures(t *testing.T) {
	t.Parallel()
	good := `{"id":"good","request":{"phoneNumber":"+34629255833","givenName":"Federica"},"record":null}` + "\n"
	t.Run("write", func(t *testing.T) {
		t.Parallel()
		var errOut bytes.Buffer
		code := run([]string{"batch"}, strings.NewReader(strings.Repeat(good, 10000)), failingWriter{}, &errOut)
		if code != 2 {
			t.Errorf("exit status %d, want 2", code)
		}
		oneLine(t, errOut.String())
		if !strings.Contains(errOut.String(), "disk full") {
			t.Errorf("stderr %q does not say why", errOut.String())
		}
	})
	t.Run("read", func(t *testing.T) {
		t.Parallel()
		code, out, errOut := cmd(t, io.MultiReader(strings.NewReader(good+good), failingReader{}), "batch")
		if code != 2 {
			t.Errorf("exit status %d, want 2", code)
		}
		if got := parseOutput(t, out); len(got) != 2 {
			t.Errorf("%d lines answered before the failure, want 2", len(got))
		}
		oneLine(t, errOut)
		if !strings.Contains(errOut, "connection reset") {
			t.Errorf("stderr %q does not say why", errOut)
		}
	})
}

func TestBatchProgress(t *testing.T) {
	t.Parallel()
	in := readExample(t, "batch.jsonl")
	t.Run("quiet without --progress", func(t *testing.T) {
		t.Parallel()
		code, _, errOut := cmd(t, strings.NewReader(in), "batch")
		if code != 0 || errOut != "" {
			t.Errorf("exit status %d, stderr %q; want 0 and nothing", code, errOut)
		}
	})
	t.Run("summary", func(t *testing.T) {
		t.Parallel()
		code, out, errOut := cmd(t, strings.NewReader(in), "batch", "--progress")
		if code != 0 || len(parseOutput(t, out)) != 6 {
			t.Fatalf("exit status %d, output %q", code, out)
		}
		if !strings.HasPrefix(errOut, "kycmatch batch: done: 6 lines in ") || !strings.HasSuffix(errOut, ": 1 status 200, 5 errors\n") {
			t.Errorf("stderr %q is not the summary", errOut)
		}
	})
	t.Run("ticks on a slow input", func(t *testing.T) {
		t.Parallel()
		pr, pw := io.Pipe()
		go func() {
			line := strings.SplitAfter(in, "\n")[0]
			pw.Write([]byte(line))
			time.Sleep(progressInterval + progressInterval/2)
			pw.Write([]byte(line))
			pw.Close()
		}()
		code, _, errOut := cmd(t, pr, "batch", "--progress")
		lines := strings.Split(strings.TrimSuffix(errOut, "\n"), "\n")
		if code != 0 || len(lines) < 2 || !strings.HasPrefix(lines[0], "kycmatch batch: lines done: ") ||
			!strings.HasPrefix(lines[len(lines)-1], "kycmatch batch: done: 2 lines") {
			t.Errorf("exit status %d, stderr %q; want a progress line, then the summary", code, errOut)
		}
	})
}

// TestBatchStreams checks that an answer is written as soon as it is ready
// when no other line is waiting, so that a program can converse with the
// batch through pipes.
func TestBatchStreams(t *testing.T) {
	t.Parallel()
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	done := make(chan int)
	go func() {
		done <- run([]string{"batch"}, inR, outW, io.Discard)
		outW.Close()
	}()
	answers := bufio.NewReader(outR)
	for i := range 3 {
		fmt.Fprintf(inW, `{"id":%d,"request":{"phoneNumber":"+34629255833","givenName":"Federica"},"record":null}`+"\n", i)
		line := make(chan string)
		go func() {
			s, _ := answers.ReadString('\n')
			line <- s
		}()
		select {
		case s := <-line:
			if !strings.HasPrefix(s, fmt.Sprintf(`{"id":%d,"status":404,`, i)) {
				t.Fatalf("answer %d: %q", i, s)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("no answer to line %d while the input stays open", i)
		}
	}
	inW.Close()
	if code := <-done; code != 0 {
		t.Errorf("exit status %d", code)
	}
}

// TestBatchPanic checks that a panic while answering a line (a bug) is
// answered 500 INTERNAL for that line alone, by its number, and the batch
// goes on.
func TestBatchPanic(t *testing.T) {
	t.Parallel()
	answer := func(dst []byte, n int, line []byte, tooLong bool) ([]byte, bool) {
		if string(line) == "boom" {
			// Half an answer written, then the bug: it must not reach the
			// output.
			dst = append(dst, `{"id":`...)
			panic("a bug")
		}
		return output(dst, n, "", 200, "response", []byte("{}")), true
	}
	var out, errOut strings.Builder
	code := batchWith(answer, strings.NewReader("a\nboom\nb\n"), &out, &errOut, false)
	got := parseOutput(t, out.String())
	if code != 0 || len(got) != 3 || got[0].Status != 200 || got[2].Status != 200 {
		t.Fatalf("exit status %d, output:\n%s", code, out.String())
	}
	if g := got[1]; g.Status != 500 || g.Line != 2 || g.Error.Code != "INTERNAL" || strings.Contains(out.String(), "a bug") {
		t.Errorf("the panicking line answered %+v", g)
	}
}

// TestReadLimit checks that the body limit saturates: {"maxBodyBytes":
// 9223372036854775807} refused every body (issue 6).
func TestReadLimit(t *testing.T) {
	t.Parallel()
	for max, want := range map[int]int64{0: 1, 65536: 65537, math.MaxInt64 - 1: math.MaxInt64, math.MaxInt64: math.MaxInt64} {
		if got := readLimit(max); got != want {
			t.Errorf("readLimit(%d) = %d, want %d", max, got, want)
		}
	}
	code, out, errOut := cmd(t, strings.NewReader(`{"phoneNumber":"+34629255833","givenName":"Federica"}`),
		"match", "--config", writeFile(t, "c.json", `{"maxBodyBytes":9223372036854775807}`),
		"--record", writeFile(t, "r.json", `{"givenName":"Federica"}`))
	if code != 0 || !strings.Contains(out, `"givenNameMatch": "true"`) {
		t.Errorf("exit status %d, output %s, stderr %s", code, out, errOut)
	}
}
