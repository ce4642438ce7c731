package score

import (
	"cmp"
	"encoding/csv"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/kycmatch/kycmatch/normalize"
)

type tcase struct {
	schema string
	q, r   []string
	same   bool
	lv     float64
	raw    [2]string
}

func loadBench(t *testing.T) []tcase {
	f, err := os.Open("../bench/accuracy/testdata/namebench/cases.csv")
	if err != nil {
		t.Fatal(err)
	}
	rows, _ := csv.NewReader(f).ReadAll()
	var out []tcase
	for _, r := range rows[1:] {
		fold := func(s string) []string { return strings.Fields(normalize.Latin(normalize.Text(s))) }
		out = append(out, tcase{r[1], fold(r[2]), fold(r[3]), r[4] == "true", 0, [2]string{r[2], r[3]}})
	}
	return out
}

type so struct {
	s    float64
	same bool
}

func measure(o []so) (auc, f1, th float64) {
	slices.SortStableFunc(o, func(a, b so) int { return cmp.Compare(b.s, a.s) })
	pos, neg := 0, 0
	for _, x := range o {
		if x.same {
			pos++
		} else {
			neg++
		}
	}
	above, wins := 0.0, 0.0
	tp, fp := 0, 0
	for i := 0; i < len(o); {
		j := i
		gs, gd := 0, 0
		for ; j < len(o) && o[j].s == o[i].s; j++ {
			if o[j].same {
				gs++
			} else {
				gd++
			}
		}
		wins += float64(gs) * (float64(neg) - above - float64(gd)/2)
		above += float64(gd)
		tp, fp = tp+gs, fp+gd
		p, r := float64(tp)/float64(tp+fp), float64(tp)/float64(pos)
		if v := 2 * p * r / (p + r); v > f1 {
			f1, th = v, o[i].s
		}
		i = j
	}
	return wins / float64(pos*neg), f1, th
}

func evalBench(p *params, cs []tcase, person bool) (float64, float64, float64) {
	var o []so
	for _, c := range cs {
		if person && c.schema != "Person" {
			continue
		}
		s := 1.0
		if strings.Join(c.q, " ") != strings.Join(c.r, " ") {
			s = float64(Percent(nameWith(p, c.q, c.r, testRules()).S))
		} else {
			s = 100
		}
		o = append(o, so{s, c.same})
	}
	return measure(o)
}

func testRules() *NameRules { r := GenericNameRules(); return &r }

func TestTune(t *testing.T) {
	if os.Getenv("TUNE") == "" {
		t.Skip()
	}
	cs := loadBench(t)
	p := defaultParams
	setParams(&p, os.Getenv("PARAMS"))
	a, f, th := evalBench(&p, cs, true)
	a2, f2, th2 := evalBench(&p, cs, false)
	fmt.Printf("Person AUC %.3f F1 %.3f @%v   all AUC %.3f F1 %.3f @%v\n", a, f, th, a2, f2, th2)
	if os.Getenv("DUMP") != "" {
		df, _ := os.Create("/tmp/tune.tsv")
		for _, c := range cs {
			s := nameWith(&p, c.q, c.r, testRules()).S
			fmt.Fprintf(df, "%s\t%v\t%d\t%s\t%s\n", c.schema, c.same, Percent(s), c.raw[0], c.raw[1])
		}
		df.Close()
	}
}

func setParams(p *params, spec string) {
	m := map[string]*float64{
		"tol": &p.budgetTolerance, "minb": &p.minBudget, "pow": &p.overBudgetPower,
		"init": &p.initialSim, "nick": &p.nickSim, "wg": &p.wGiven, "wm": &p.wMiddle, "wf": &p.wFamily, "wp": &p.wParticle,
		"eq": &p.extraQuery, "er": &p.extraRecord, "sub": &p.substituted, "floor": &p.pairFloor, "swap": &p.swap,
		"cap": &p.capFloor, "look": &p.lookalike, "join": &p.joinMin,
	}
	for _, kv := range strings.Split(spec, ",") {
		if kv == "" {
			continue
		}
		k, v, _ := strings.Cut(kv, "=")
		var f float64
		fmt.Sscan(v, &f)
		*m[k] = f
	}
}

func loadFebrl(t *testing.T) []tcase {
	read := func(p string) map[string][]string {
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		r := csv.NewReader(f)
		r.TrimLeadingSpace = true
		rows, _ := r.ReadAll()
		m := map[string][]string{}
		for _, row := range rows[1:] {
			id := strings.Split(row[0], "-")[1]
			m[id] = row
		}
		return m
	}
	a, b := read("../bench/accuracy/testdata/febrl/dataset4a.csv"), read("../bench/accuracy/testdata/febrl/dataset4b.csv")
	ids := make([]string, 0, len(a))
	for id := range a {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	fold := func(s string) []string { return strings.Fields(normalize.Latin(normalize.Text(s))) }
	var out []tcase
	for k, id := range ids {
		rec := a[id]
		if rec[1] == "" || rec[2] == "" {
			continue
		}
		for n := 0; n < 5; n++ {
			o := id
			if n > 0 {
				o = ids[(k*7919+n*104729)%len(ids)]
				if o == id {
					continue
				}
			}
			d := b[o]
			q := strings.TrimSpace(d[1] + " " + d[2])
			if q == "" {
				continue
			}
			out = append(out, tcase{"febrl", fold(q), fold(rec[1] + " " + rec[2]), o == id, 0, [2]string{q, rec[1] + " " + rec[2]}})
		}
	}
	return out
}

func TestTuneFebrl(t *testing.T) {
	if os.Getenv("TUNE") == "" {
		t.Skip()
	}
	cs := loadFebrl(t)
	p := defaultParams
	setParams(&p, os.Getenv("PARAMS"))
	a, f, th := evalBench(&p, cs, false)
	fmt.Printf("FEBRL name AUC %.4f F1 %.3f @%v\n", a, f, th)
}
