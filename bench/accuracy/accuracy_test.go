package main

import (
	"bytes"
	"math"
	"testing"
)

// floor is what a set reached: the test fails when a figure drops below it.
// The figures are rounded down to three decimals; bench/README.md records
// them with the date and the change that reached them.
type floor struct {
	// precision and recall of "true", for every set.
	precision, recall float64
	// auc and f1, for the ranking sets.
	auc, f1 float64
}

// floors are the figures reached, by set. A set that is not listed fails the
// test: every data set has a claim.
var floors = map[string]floor{
	"namebench/Person":            {precision: 1, recall: 0.093, auc: 0.901, f1: 0.853},
	"namebench/all":               {precision: 1, recall: 0.136, auc: 0.900, f1: 0.862},
	"febrl4/name":                 {precision: 1, recall: 0.493, auc: 0.994, f1: 0.972},
	"febrl4/address":              {precision: 1, recall: 0.510, auc: 0.989, f1: 0.965},
	"febrl4/address-street-first": {precision: 1, recall: 0.510, auc: 0.989, f1: 0.965},
	"es/name":                     {precision: 1, recall: 1},
	"es/address":                  {precision: 1, recall: 1},
	"es/idDocument":               {precision: 1, recall: 1},
	"nl/familyName":               {precision: 1, recall: 1},
	"nl/name":                     {precision: 1, recall: 1},
	"nl/address":                  {precision: 1, recall: 1},
}

// targets are issue 7's targets; the floors must meet them.
var targets = map[string]floor{
	"namebench/Person": {f1: 0.80},
	"namebench/all":    {f1: 0.83},
	"febrl4/name":      {auc: 0.99},
	"febrl4/address":   {auc: 0.985},
	"es/name":          {precision: 1, recall: 0.99},
	"es/address":       {precision: 1, recall: 0.99},
	"es/idDocument":    {precision: 1, recall: 0.99},
	"nl/familyName":    {precision: 1, recall: 0.99},
	"nl/name":          {precision: 1, recall: 0.99},
	"nl/address":       {precision: 1, recall: 0.99},
}

func TestFloors(t *testing.T) {
	e, err := engine()
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, s := range sets() {
		name := s.Name
		seen[name] = true
		fl, ok := floors[name]
		if !ok {
			t.Errorf("%s: no floor recorded", name)
			continue
		}
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			out, err := run(e, s)
			if err != nil {
				t.Fatal(err)
			}
			f := Measure(out)
			check := func(what string, got, want float64) {
				t.Helper()
				if down3(got) < want {
					t.Errorf("%s %.4f dropped below %.3f", what, got, want)
				} else if down3(got) > want {
					t.Logf("%s %.4f is above its floor %.3f: raise the floor and bench/README.md", what, got, want)
				}
			}
			check("precision of true", f.Precision(), fl.precision)
			check("recall of true", f.Recall(), fl.recall)
			if s.Kind == Ranking {
				check("AUC", f.AUC, fl.auc)
				check("best F1", f.F1, fl.f1)
			}
		})
	}
	for name := range floors {
		if !seen[name] {
			t.Errorf("%s: floor of a set that no longer exists", name)
		}
	}
	for name, tg := range targets {
		fl := floors[name]
		if fl.auc < tg.auc || fl.f1 < tg.f1 || fl.precision < tg.precision || fl.recall < tg.recall {
			t.Errorf("%s: floor %+v below issue 7's target %+v", name, fl, tg)
		}
	}
}

// down3 rounds down to three decimals.
func down3(x float64) float64 { return math.Floor(1000*x+1e-9) / 1000 }

// TestDeterministic checks that two runs print the same report.
func TestDeterministic(t *testing.T) {
	if testing.Short() {
		t.Skip("runs every set twice")
	}
	var a, b bytes.Buffer
	if err := report(&a, "namebench/"); err != nil {
		t.Fatal(err)
	}
	if err := report(&b, "namebench/"); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Errorf("two runs differ:\n%s\n%s", a.Bytes(), b.Bytes())
	}
}

func TestMeasure(t *testing.T) {
	t.Parallel()
	out := []Outcome{
		{Same: true, True: true, Score: 100},
		{Same: true, Score: 90},
		{Same: false, Score: 90},
		{Same: true, Score: 40},
		{Same: false, Score: 10},
		{Same: false, NotAvailable: true},
	}
	f := Measure(out)
	if f.Pairs != 5 || f.Same != 3 || f.NotAvailable != 1 || f.TrueAnswers != 1 || f.SameTrue != 1 {
		t.Errorf("counts %+v", f)
	}
	// Same/different pairs: (100 vs 90, 10) 2 wins; (90 vs 90) a tie, vs
	// 10 a win: 1.5; (40 vs 90) a loss, vs 10 a win: 1. AUC = 4.5/6.
	if math.Abs(f.AUC-4.5/6) > 1e-12 {
		t.Errorf("AUC = %v, want 0.75", f.AUC)
	}
	// Thresholds: 100 (P 1, R 1/3, F1 0.5), 90 (P 2/3, R 2/3, F1 2/3),
	// 40 (P 3/4, R 1, F1 6/7), 10 (P 3/5, R 1, F1 0.75): best 6/7 at 40.
	if math.Abs(f.F1-6.0/7) > 1e-12 || f.Threshold != 40 {
		t.Errorf("F1 = %v at %v, want 6/7 at 40", f.F1, f.Threshold)
	}
	if f.Precision() != 1 || math.Abs(f.Recall()-1.0/3) > 1e-12 {
		t.Errorf("precision %v recall %v", f.Precision(), f.Recall())
	}
	if e := Measure(nil); e.AUC != 0 || e.F1 != 0 || e.Precision() != 1 || e.Recall() != 0 {
		t.Errorf("empty: %+v", e)
	}
}
