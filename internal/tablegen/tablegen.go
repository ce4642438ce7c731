// Package tablegen holds the helpers of the generators of the module's
// tables (the gen_*.go programs run by go generate): reading data files and
// writing Go tables of folded words. It is imported by those programs only.
package tablegen

import (
	"bufio"
	"bytes"
	"fmt"
	"go/format"
	"log"
	"os"
	"strings"

	"github.com/kycmatch/kycmatch/normalize"
)

// Fold folds a form as the profiles fold values: [normalize.Text], then
// [normalize.Latin].
func Fold(s string) string { return normalize.Latin(normalize.Text(s)) }

// Lines returns the lines of a data file that are neither empty nor
// comments ('#'), trimmed; it stops the program on an error.
func Lines(path string) []string {
	data, err := os.ReadFile(path)
	if err != nil {
		log.Fatal(err)
	}
	return SplitLines(data)
}

// SplitLines returns the lines of data that are neither empty nor comments,
// trimmed.
func SplitLines(data []byte) []string {
	var out []string
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		if l := strings.TrimSpace(sc.Text()); l != "" && !strings.HasPrefix(l, "#") {
			out = append(out, l)
		}
	}
	return out
}

// WriteGroups writes the Go table name, of the groups of folded forms of a
// data file whose lines are forms separated by '|' ("name|short|short"),
// with doc as the rest of its comment.
func WriteGroups(b *bytes.Buffer, name, file, doc string) {
	fmt.Fprintf(b, "// %s %s\n", name, doc)
	fmt.Fprintf(b, "var %s = [...][]string{\n", name)
	for _, line := range Lines(file) {
		var g []string
		for _, f := range strings.Split(line, "|") {
			if k := Fold(f); k != "" {
				g = append(g, k)
			}
		}
		fmt.Fprintf(b, "\t%#v,\n", g)
	}
	b.WriteString("}\n\n")
}

// WriteForms writes the Go table name, pairs of a folded form and its
// canonical form, from libpostal dictionaries (lines "canonical|alt|alt"):
// every form of every line, each form once, the first line that has it
// winning. keep, when not nil, chooses the folded forms to write.
func WriteForms(b *bytes.Buffer, name, doc string, keep func(form string) bool, files ...string) {
	fmt.Fprintf(b, "// %s %s\n", name, doc)
	fmt.Fprintf(b, "var %s = [...][2]string{\n", name)
	seen := map[string]bool{}
	for _, file := range files {
		for _, line := range Lines(file) {
			forms := strings.Split(line, "|")
			canon := Fold(forms[0])
			for _, f := range forms {
				k := Fold(f)
				if k == "" || seen[k] || keep != nil && !keep(k) {
					continue
				}
				seen[k] = true
				fmt.Fprintf(b, "\t{%q, %q},\n", k, canon)
			}
		}
	}
	b.WriteString("}\n\n")
}

// WriteGo formats the Go source in b and writes it to path; it stops the
// program on an error.
func WriteGo(path string, b *bytes.Buffer) {
	src, err := format.Source(b.Bytes())
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(path, src, 0o644); err != nil {
		log.Fatal(err)
	}
}
