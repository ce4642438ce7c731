package normalize_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/kycmatch/kycmatch/normalize"
)

// suiteGroup is a group of the JSON Schema Test Suite (testdata/
// json-schema-test-suite/README.md).
type suiteGroup struct {
	Description string `json:"description"`
	Tests       []struct {
		Description string `json:"description"`
		Data        any    `json:"data"`
		Valid       bool   `json:"valid"`
	} `json:"tests"`
}

// TestJSONSchemaSuite checks ValidEmail against the suite's "email" format
// tests and Date against its "date" tests: every case whose data is a
// string.
func TestJSONSchemaSuite(t *testing.T) {
	t.Parallel()
	formats := map[string]func(string) bool{
		"email.json": normalize.ValidEmail,
		"date.json":  func(s string) bool { _, ok := normalize.Date(s); return ok },
	}
	for file, valid := range formats {
		data, err := os.ReadFile(filepath.Join("testdata", "json-schema-test-suite", file))
		if err != nil {
			t.Fatal(err)
		}
		var groups []suiteGroup
		if err := json.Unmarshal(data, &groups); err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, g := range groups {
			for _, tc := range g.Tests {
				s, ok := tc.Data.(string)
				if !ok {
					continue
				}
				n++
				t.Run(file+"/"+tc.Description, func(t *testing.T) {
					t.Parallel()
					if got := valid(s); got != tc.Valid {
						t.Errorf("%q: valid %v, want %v", s, got, tc.Valid)
					}
				})
			}
		}
		if n < 20 {
			t.Errorf("%s: only %d string cases", file, n)
		}
	}
}
