package main

import (
	"bytes"
	"embed"
	"encoding/csv"
	"fmt"
	"github.com/kycmatch/kycmatch/attr"
	"strconv"
	"sync"
)

//go:embed testdata/namebench/cases.csv testdata/namebench/logicv2-frozen.csv
var nameBenchFS embed.FS

// benchCase is one row of the OpenSanctions name bench.
type benchCase struct {
	schema, name1, name2 string
	same                 bool
}

// benchKey identifies a pair across the two files.
type benchKey struct{ schema, name1, name2 string }

// loadNameBench reads cases.csv and the frozen logic-v2 scores, once.
var loadNameBench = sync.OnceValues(func() (nameBench, error) {
	var nb nameBench
	rows, err := readCSV(nameBenchFS, "testdata/namebench/cases.csv")
	if err != nil {
		return nb, err
	}
	col, err := columns(rows[0], "schema", "name1", "name2", "is_match")
	if err != nil {
		return nb, fmt.Errorf("cases.csv: %w", err)
	}
	for _, r := range rows[1:] {
		nb.cases = append(nb.cases, benchCase{r[col[0]], r[col[1]], r[col[2]], r[col[3]] == "true"})
	}
	rows, err = readCSV(nameBenchFS, "testdata/namebench/logicv2-frozen.csv")
	if err != nil {
		return nb, err
	}
	col, err = columns(rows[0], "schema", "name1", "name2", "score")
	if err != nil {
		return nb, fmt.Errorf("logicv2-frozen.csv: %w", err)
	}
	nb.logicV2 = map[benchKey]float64{}
	for _, r := range rows[1:] {
		s, err := strconv.ParseFloat(r[col[3]], 64)
		if err != nil {
			return nb, fmt.Errorf("logicv2-frozen.csv: %w", err)
		}
		nb.logicV2[benchKey{r[col[0]], r[col[1]], r[col[2]]}] = s
	}
	return nb, nil
})

type nameBench struct {
	cases   []benchCase
	logicV2 map[benchKey]float64
}

// nameBenchSets are the Person pairs and all pairs of the OpenSanctions name
// bench, each name1 sent as the request's name against name2 as the
// record's. logic-v2's frozen scores are the anchor: it scored most pairs
// (those whose schema and names appear in its run; the labels are those of
// cases.csv, which corrected a few since the run).
func nameBenchSets() []Set {
	mk := func(name, about string, keep func(benchCase) bool) Set {
		return Set{
			Name: name, Attr: "name", Kind: Ranking, About: about,
			Pairs: func() ([]Pair, error) {
				nb, err := loadNameBench()
				if err != nil {
					return nil, err
				}
				var out []Pair
				for _, c := range nb.cases {
					if keep(c) {
						p := Pair{Same: c.same}
						p.Req[attr.Name], p.Rec[attr.Name] = c.name1, c.name2
						out = append(out, p)
					}
				}
				return out, nil
			},
			Anchor: func() (string, []Outcome, error) {
				nb, err := loadNameBench()
				if err != nil {
					return "", nil, err
				}
				var out []Outcome
				for _, c := range nb.cases {
					if s, ok := nb.logicV2[benchKey{c.schema, c.name1, c.name2}]; ok && keep(c) {
						out = append(out, Outcome{Same: c.same, Score: s})
					}
				}
				return "logic-v2", out, nil
			},
		}
	}
	return []Set{
		mk("namebench/Person", "OpenSanctions name bench, Person pairs (nomenklatura contrib/name_bench)",
			func(c benchCase) bool { return c.schema == "Person" }),
		mk("namebench/all", "OpenSanctions name bench, all pairs (people, companies, vessels)",
			func(benchCase) bool { return true }),
	}
}

// readCSV reads a whole CSV file from fsys; the first row is the header.
func readCSV(fsys embed.FS, name string) ([][]string, error) {
	data, err := fsys.ReadFile(name)
	if err != nil {
		return nil, err
	}
	r := csv.NewReader(bytes.NewReader(data))
	r.TrimLeadingSpace = true
	rows, err := r.ReadAll()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(rows) < 2 {
		return nil, fmt.Errorf("%s: no rows", name)
	}
	return rows, nil
}

// columns returns the indexes of the named columns in a header row.
func columns(header []string, names ...string) ([]int, error) {
	out := make([]int, len(names))
	for i, n := range names {
		out[i] = -1
		for j, h := range header {
			if h == n {
				out[i] = j
			}
		}
		if out[i] < 0 {
			return nil, fmt.Errorf("no column %q", n)
		}
	}
	return out, nil
}
