// Command accuracy measures how right kycmatch's answers are, on labelled
// data: for each data set and attribute it prints the precision and recall
// of "true", and how well the scores rank pairs of the same person above
// pairs of different people (ROC AUC, and the best F1 over every threshold),
// with a published matcher's figures on the same pairs beside ours where the
// data set has them. Then, for Japan (sets "jp/..."), the precision and
// recall of "true" on names made from gimei within and across scripts, the
// agreement with geolonia on addresses, and the kanjikana-model's pairs.
//
// Usage:
//
//	go run ./bench/accuracy [-set PREFIX]
//
// The output is deterministic: the data are embedded, and the pairs drawn at
// random are drawn with fixed seeds. The figures reached are recorded in
// bench/README.md, and the package's test fails when one drops below them.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/kycmatch/kycmatch/locale/es"
	"github.com/kycmatch/kycmatch/locale/nl"
	"github.com/kycmatch/kycmatch/match"
)

func main() {
	prefix := flag.String("set", "", "measure only the sets whose name starts with `PREFIX`")
	flag.Parse()
	if err := report(os.Stdout, *prefix); err != nil {
		fmt.Fprintln(os.Stderr, "accuracy:", err)
		os.Exit(1)
	}
}

// A Row is the figures of one set: ours, and the anchor's when there is one.
type Row struct {
	Set    Set
	Ours   Figures
	Anchor string
	// Theirs is the anchor's figures on the pairs it scored.
	Theirs Figures
}

// engine returns the engine the sets are answered by: the zero Config and
// every country profile whose sets are measured.
func engine() (*match.Engine, error) {
	return match.New(match.Config{}, es.New(), nl.New())
}

// measureAll answers every set whose name starts with prefix.
func measureAll(prefix string) ([]Row, error) {
	e, err := engine()
	if err != nil {
		return nil, err
	}
	var rows []Row
	for _, s := range sets() {
		if !strings.HasPrefix(s.Name, prefix) {
			continue
		}
		out, err := run(e, s)
		if err != nil {
			return nil, err
		}
		row := Row{Set: s, Ours: Measure(out)}
		if s.Anchor != nil {
			name, theirs, err := s.Anchor()
			if err != nil {
				return nil, fmt.Errorf("%s: %w", s.Name, err)
			}
			row.Anchor, row.Theirs = name, Measure(theirs)
		}
		rows = append(rows, row)
	}
	return rows, nil
}

// report prints the figures of the sets whose name starts with prefix.
func report(w io.Writer, prefix string) error {
	rows, err := measureAll(prefix)
	if err != nil {
		return err
	}
	if len(rows) > 0 {
		reportRows(w, rows)
	}
	if jpSelected(prefix) {
		if len(rows) > 0 {
			fmt.Fprintln(w)
		}
		return reportJP(w)
	}
	return nil
}

// reportRows prints the figures of the sets measured.
func reportRows(w io.Writer, rows []Row) {
	fmt.Fprintln(w, "| set | attribute | pairs (same) | not available | P true | R true | AUC | best F1 (P / R at score) |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|---|---|")
	for _, r := range rows {
		f := r.Ours
		if r.Set.Kind == Equivalence {
			// The claim is the precision and recall of "true"; the scores
			// of format variants and differences rank trivially.
			fmt.Fprintf(w, "| %s | %s | %d (%d) | %d | %s | %s | | |\n",
				r.Set.Name, r.Set.Attr, f.Pairs, f.Same, f.NotAvailable, pct(f.Precision()), pct(f.Recall()))
			continue
		}
		fmt.Fprintf(w, "| %s | %s | %d (%d) | %d | %s | %s | %.3f | %.3f (%.3f / %.3f at %g) |\n",
			r.Set.Name, r.Set.Attr, f.Pairs, f.Same, f.NotAvailable, pct(f.Precision()), pct(f.Recall()),
			f.AUC, f.F1, f.P, f.R, f.Threshold)
		if r.Anchor != "" {
			t := r.Theirs
			fmt.Fprintf(w, "| %s, %s | %s | %d (%d) | | | | %.3f | %.3f (%.3f / %.3f at %.2f) |\n",
				r.Set.Name, r.Anchor, r.Set.Attr, t.Pairs, t.Same, t.AUC, t.F1, t.P, t.R, t.Threshold)
		}
	}
	fmt.Fprintln(w)
	for _, r := range rows {
		fmt.Fprintf(w, "- %s: %s\n", r.Set.Name, r.Set.About)
	}
}

// pct formats a share as a percentage with one decimal.
func pct(x float64) string { return fmt.Sprintf("%.1f %%", 100*x) }
