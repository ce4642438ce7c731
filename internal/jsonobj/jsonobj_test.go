package jsonobj

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
)

type got struct {
	key, raw, str string
	kind          Kind
	bad           bool
}

func members(t *testing.T, s string) ([]got, error) {
	t.Helper()
	var out []got
	err := Each(s, func(m *Member) error {
		if m.Index != len(out) {
			t.Errorf("index %d, want %d", m.Index, len(out))
		}
		out = append(out, got{m.Key, m.Raw, m.Str, m.Kind, m.BadUTF8})
		return nil
	})
	return out, err
}

func TestEach(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		in   string
		want []got
		err  string // "syntax", "object" or ""
	}{
		{"empty object", ` {} `, nil, ""},
		{"strings", `{"a":"x","b" : "y"}`, []got{{"a", `"x"`, "x", String, false}, {"b", `"y"`, "y", String, false}}, ""},
		{"duplicates are reported twice", `{"a":"x","a":"y"}`, []got{{"a", `"x"`, "x", String, false}, {"a", `"y"`, "y", String, false}}, ""},
		{"kinds", `{"n":-1.5e3,"o":{"x":[1,{"y":null}]},"a":[],"t":true,"f":false,"z":null}`, []got{
			{"n", `-1.5e3`, "", Number, false}, {"o", `{"x":[1,{"y":null}]}`, "", Object, false},
			{"a", `[]`, "", Array, false}, {"t", "true", "", Bool, false}, {"f", "false", "", Bool, false},
			{"z", "null", "", Null, false}}, ""},
		{"escapes", `{"k\u0041":"a\"b\\c\/d\b\f\n\r\t\u00e9\ud83d\ude00"}`, []got{{"kA", `"a\"b\\c\/d\b\f\n\r\t\u00e9\ud83d\ude00"`, "a\"b\\c/d\b\f\n\r\té😀", String, false}}, ""},
		{"lone surrogate", `{"k":"a\ud800b"}`, []got{{"k", `"a\ud800b"`, "a\uFFFDb", String, false}}, ""},
		{"invalid utf-8", "{\"k\":\"a\xffb\"}", []got{{"k", "\"a\xffb\"", "a\uFFFDb", String, true}}, ""},
		{"invalid utf-8 after an escape", "{\"k\":\"\\n\xff\"}", []got{{"k", "\"\\n\xff\"", "\n\uFFFD", String, true}}, ""},
		{"array", `[{"a":"x"}]`, nil, "object"},
		{"string", `"x"`, nil, "object"},
		{"null", `null`, nil, "object"},
		{"number", ` 12 `, nil, "object"},
		{"empty", ``, nil, "syntax"},
		{"spaces", "  \n", nil, "syntax"},
		{"trailing", `{"a":"x"} {}`, []got{{"a", `"x"`, "x", String, false}}, "syntax"},
		{"trailing comma", `{"a":"x",}`, []got{{"a", `"x"`, "x", String, false}}, "syntax"},
		{"nested trailing comma", `{"a":[1,]}`, nil, "syntax"},
		{"nested object trailing comma", `{"a":{"b":1,}}`, nil, "syntax"},
		{"missing colon", `{"a" "x"}`, nil, "syntax"},
		{"unquoted key", `{a:"x"}`, nil, "syntax"},
		{"single quotes", `{'a':'x'}`, nil, "syntax"},
		{"control character", "{\"a\":\"x\ny\"}", nil, "syntax"},
		{"bad escape", `{"a":"\x"}`, nil, "syntax"},
		{"short unicode escape", `{"a":"\u12"}`, nil, "syntax"},
		{"unterminated", `{"a":"x`, nil, "syntax"},
		{"leading zero", `{"a":01}`, nil, "syntax"},
		{"bare minus", `{"a":-}`, nil, "syntax"},
		{"dot without digits", `{"a":1.}`, nil, "syntax"},
		{"exponent without digits", `{"a":1e}`, nil, "syntax"},
		{"tru", `{"a":tru}`, nil, "syntax"},
		{"NaN", `{"a":NaN}`, nil, "syntax"},
		{"unclosed", `{"a":{"b":1}`, nil, "syntax"},
		{"mismatched", `{"a":[1}]}`, nil, "syntax"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			ms, err := members(t, tc.in)
			var e *Error
			switch {
			case tc.err == "" && err != nil:
				t.Fatalf("error %v", err)
			case tc.err != "" && !errors.As(err, &e):
				t.Fatalf("error %v, want %s", err, tc.err)
			case tc.err != "" && e.Syntax != (tc.err == "syntax"):
				t.Fatalf("error %v (syntax %v), want %s", err, e.Syntax, tc.err)
			}
			if tc.err == "" && len(ms) != len(tc.want) {
				t.Fatalf("members %+v, want %+v", ms, tc.want)
			}
			for i := range tc.want {
				if i < len(ms) && ms[i] != tc.want[i] {
					t.Errorf("member %d = %+v, want %+v", i, ms[i], tc.want[i])
				}
			}
			if tc.err == "" && strings.Contains(tc.in, "\"") && !json.Valid([]byte(tc.in)) {
				t.Errorf("encoding/json calls %q invalid", tc.in)
			}
		})
	}
}

func TestEachStops(t *testing.T) {
	t.Parallel()
	stop := errors.New("stop")
	n := 0
	err := Each(`{"a":1,"b":2,"c":3}`, func(*Member) error { n++; return stop })
	if err != stop || n != 1 {
		t.Errorf("err %v after %d members", err, n)
	}
}

func TestDepth(t *testing.T) {
	t.Parallel()
	deep := `{"a":` + strings.Repeat("[", maxDepth) + strings.Repeat("]", maxDepth) + `}`
	if _, err := members(t, deep); err != nil {
		t.Errorf("depth %d: %v", maxDepth, err)
	}
	deeper := `{"a":` + strings.Repeat("[", maxDepth+1) + strings.Repeat("]", maxDepth+1) + `}`
	if _, err := members(t, deeper); err == nil {
		t.Errorf("depth %d accepted", maxDepth+1)
	}
}

// FuzzEach checks Each against encoding/json: the same texts are JSON, the
// same are objects, and an object without duplicate keys has the same
// members with the same decoded strings.
func FuzzEach(f *testing.F) {
	for _, s := range []string{
		`{}`, `{"a":"x"}`, `{"a":1,"b":[true,null,{"c":"d"}]}`, `[]`, `"x"`, `{"a":"\ud83d\ude00"}`,
		"{\"a\":\"\xff\"}", `{"a":"x",}`, `{"a":01}`, ` { "a" : -0.5e+7 } `, `{"a":"\u00"}`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ms, err := members(t, s)
		valid := json.Valid([]byte(s))
		var e *Error
		if err != nil && !errors.As(err, &e) {
			t.Fatalf("error %v is not an *Error", err)
		}
		switch {
		case !valid && err == nil:
			t.Fatalf("Each accepts %q, which encoding/json calls invalid", s)
		case !valid && !e.Syntax:
			t.Fatalf("Each calls %q a JSON value, encoding/json invalid", s)
		case valid && err != nil && e.Syntax:
			t.Fatalf("Each calls %q invalid (%v), encoding/json valid", s, err)
		}
		if !valid {
			return
		}
		var obj map[string]json.RawMessage
		isObj := json.Unmarshal([]byte(s), &obj) == nil && obj != nil
		if isObj != (err == nil) {
			t.Fatalf("Each object %v, encoding/json %v, for %q", err == nil, isObj, s)
		}
		if err != nil {
			return
		}
		seen := map[string]bool{}
		for _, m := range ms {
			if seen[m.key] {
				return // encoding/json keeps the last; nothing to compare
			}
			seen[m.key] = true
		}
		if len(seen) != len(obj) {
			t.Fatalf("%d members, encoding/json %d, for %q", len(seen), len(obj), s)
		}
		for _, m := range ms {
			raw, ok := obj[m.key]
			if !ok || string(raw) != m.raw {
				t.Fatalf("member %q = %q, encoding/json %q", m.key, m.raw, raw)
			}
			if m.kind == String {
				var str string
				if err := json.Unmarshal(raw, &str); err != nil || str != m.str {
					t.Fatalf("member %q decodes to %q, encoding/json %q (%v)", m.key, m.str, str, err)
				}
			}
		}
	})
}

func TestCheckKeys(t *testing.T) {
	t.Parallel()
	keys := []string{"scores", "maxLength"}
	for _, ok := range []string{`{}`, `{"scores":"none","maxLength":{"name":3}}`} {
		if err := CheckKeys(ok, keys); err != nil {
			t.Errorf("%s: %v", ok, err)
		}
	}
	for in, msg := range map[string]string{
		`{"score":"none"}`:                    `unknown key "score"`,
		`{"Scores":"none"}`:                   `key "Scores" must be written "scores"`,
		`{"scores":"none","scores":"exact"}`:  `key "scores" appears more than once`,
		`{"maxLength":{"name":3,"name":300}}`: `maxLength: key "name" appears more than once`,
		`{"maxLength":{"a":{"b":1,"b":2}}}`:   `maxLength: a: key "b" appears more than once`,
		`[]`:                                  `not a JSON object`,
		`{"scores":"none","scor\u0065s":"x"}`: `appears more than once`,
	} {
		if err := CheckKeys(in, keys); err == nil || !strings.Contains(err.Error(), msg) {
			t.Errorf("%s: got %v, want %q", in, err, msg)
		}
	}
}

func TestKeys(t *testing.T) {
	t.Parallel()
	type inner struct {
		A int `json:"a,omitempty"`
		B int
	}
	type outer struct {
		inner
		C int `json:"c"`
		D int `json:"-"`
		e int
	}
	got := Keys(&outer{})
	if strings.Join(got, ",") != "a,B,c" {
		t.Errorf("Keys = %v", got)
	}
}
