package score_test

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/kycmatch/kycmatch/score"
)

// fold is the folding the engine applies before scoring: lower case,
// punctuation as spaces, Latin diacritics removed (here by hand, for the
// test values).
func fold(s string) []string {
	r := strings.NewReplacer(".", " ", ",", " ", "-", " ", "'", " ", "á", "a", "é", "e", "í", "i", "ó", "o", "ú", "u", "ñ", "n")
	return strings.Fields(r.Replace(strings.ToLower(s)))
}

func name(q, r string) score.Alignment {
	rules := score.GenericNameRules()
	return score.Name(fold(q), fold(r), &rules)
}

func TestNameIssueExamples(t *testing.T) {
	t.Parallel()
	// Each case is one of issue 7's examples of a score that misranked,
	// with the bounds the new score must keep.
	tests := []struct {
		name   string
		q, r   string
		lo, hi int
	}{
		// A long shared surname no longer averages away a different given
		// name: the given names are too far apart to pair, and a name in
		// the place of another counts 1.5 times its weight on each side.
		{"different given name", "aidan campbell", "sarah campbell", 20, 50},
		// Castro and Castillo are different names sharing a beginning:
		// their edit cost (3) is beyond the budget of 8 letters (2.1).
		{"different surname, shared prefix", "Raúl Castillo", "Raúl Castro", 40, 80},
		{"digits read as letters", "Ig0r Sech1n", "Igor Sechin", 90, 99},
		{"initial", "V. Putin", "Vladimir Putin", 90, 99},
		{"nickname", "Bob Smith", "Robert Smith", 85, 95},
		{"title dropped", "Dr. Rami Makhlouf", "Rami Makhlouf", 99, 99},
		{"extra middle name", "Sergey Viktorovich Lavrov", "Sergey Lavrov", 80, 95},
		{"omitted middle name", "Sergey Lavrov", "Sergey Viktorovich Lavrov", 90, 99},
		{"substituted middle name", "Sergey Ivanovich Lavrov", "Sergey Viktorovich Lavrov", 40, 75},
		{"swapped", "Sanchez Federica", "Federica Sanchez", 90, 96},
		{"typo in the surname", "Federica Sanches", "Federica Sanchez", 90, 99},
		{"words run together", "FridrichBuchenberg", "Friedrich Buchenberg", 85, 99},
		{"initials run together", "JC Juncker", "Jean-Claude Juncker", 85, 99},
		{"cyrillic", "Сергей Лавров", "Sergei Lavrov", 95, 99},
		{"organisation legal form", "Siemens Aktiengesellschaft", "Siemens AG", 95, 99},
		{"organisation descriptor", "Microsoft Corporation", "Microsoft Corp.", 95, 99},
		{"different organisation", "Bank of Armenia Corporation", "Bank of America Corporation", 0, 89},
		{"nothing in common", "Federica Sanchez", "John Smith", 0, 10},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			got := score.Percent(name(tc.q, tc.r).S)
			if got < tc.lo || got > tc.hi {
				t.Errorf("Name(%q, %q) = %d, want %d..%d", tc.q, tc.r, got, tc.lo, tc.hi)
			}
		})
	}
}

// TestNameExact checks the weighted mean on cases computed by hand.
func TestNameExact(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		q, r string
		want float64
		swap bool
	}{
		// One word against one word is Jaro-Winkler (the CAMARA example).
		{"one word", "clara", "carla", score.Similarity("clara", "carla"), false},
		// Roles by position: given 1, middle 0.5, family 1.3. The request's
		// middle name is unpaired: 2*0.8*0.5 in the denominator.
		{"extra request middle name", "federica lucia sanchez", "federica sanchez", 4.6 / 5.4, false},
		// The record's middle name is unpaired: 2*0.2*0.5.
		{"extra record middle name", "federica sanchez", "federica lucia sanchez", 4.6 / 4.8, false},
		// Both sides leave a middle name unpaired: a substitution, each
		// counted 1.5 times its weight: 2*1.5*0.5 twice.
		{"substituted middle name", "federica ana sanchez", "federica lucia sanchez", 4.6 / 7.6, false},
		// Every word pairs at 1, in another order: 0.95.
		{"swap", "sanchez federica", "federica sanchez", 0.95, true},
		// A title at the start is dropped: the names are then the same
		// words, S = 1 (the engine answers 99, since the values differ).
		{"title", "dr federica sanchez", "federica sanchez", 1, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			got := name(tc.q, tc.r)
			if math.Abs(got.S-tc.want) > 1e-9 || got.Swapped != tc.swap {
				t.Errorf("Name(%q, %q) = %+v, want S %.6f, Swapped %v", tc.q, tc.r, got, tc.want, tc.swap)
			}
		})
	}
}

func TestNameCap(t *testing.T) {
	t.Parallel()
	// "castillo" and "castro" pair at about 0.57 and the given names at
	// 1: the family name caps S at 0.5 + 0.5*0.57, whatever the weights.
	got := name("maximiliano castillo", "maximiliano castro")
	w := score.Word("castillo", "castro")
	if got.S > 0.5+0.5*w+1e-12 {
		t.Errorf("S = %v, want at most 0.5 + 0.5*%v", got.S, w)
	}
	// When one side has no given name (one word), nothing caps.
	got = name("campbell", "sarah campbell")
	if !(got.S > 0.5) {
		t.Errorf("S = %v, want above 0.5 (no cap with a one-word name)", got.S)
	}
}

func TestNameBounds(t *testing.T) {
	t.Parallel()
	rules := score.GenericNameRules()
	for _, tc := range [][2][]string{
		{nil, {"a"}}, {{"a"}, nil}, {{""}, {""}},
		{strings.Fields(strings.Repeat("w ", 40)), strings.Fields(strings.Repeat("w ", 30))},
	} {
		al := score.Name(tc[0], tc[1], &rules)
		if !(al.S >= 0 && al.S <= 1) {
			t.Errorf("Name(%q, %q) = %+v, out of [0, 1]", tc[0], tc[1], al)
		}
	}
	if al := score.Name([]string{"a", "b"}, []string{"a", "b"}, nil); al.S != 1 {
		t.Errorf("Name with nil rules = %+v, want 1", al)
	}
}

func TestSingle(t *testing.T) {
	t.Parallel()
	// The specification's examples: Clara/Carla 88 (scoring proposal),
	// YYYY/YYYYXXXX 90 (v0.4.0 response example). One word against one
	// word is Jaro-Winkler, whatever the edit budget says.
	for _, tc := range []struct {
		a, b string
		want int
	}{{"clara", "carla", 88}, {"yyyy", "yyyyxxxx", 90}} {
		if got := score.Percent(score.Single(tc.a, tc.b)); got != tc.want {
			t.Errorf("Single(%s, %s) = %d, want %d", tc.a, tc.b, got, tc.want)
		}
	}
	// Inside a name of several words, the prefix boost is withheld beyond
	// the budget: "albano" is not a misspelling of "albanese".
	if w, jw := score.Word("albano", "albanese"), score.Similarity("albano", "albanese"); !(w < jw-0.2) {
		t.Errorf("Word(albano, albanese) = %v, Jaro-Winkler %v", w, jw)
	}
}

func TestWord(t *testing.T) {
	t.Parallel()
	// Within the budget: Jaro-Winkler.
	if got, jw := score.Word("scholz", "scholze"), score.Similarity("scholz", "scholze"); got != jw {
		t.Errorf("Word(scholz, scholze) = %v, want %v", got, jw)
	}
	// Beyond: well below it.
	if got := score.Word("castillo", "castro"); got > 0.7 {
		t.Errorf("Word(castillo, castro) = %v, want at most 0.7", got)
	}
	if got := score.Word("x", "x"); got != 1 {
		t.Errorf("Word(x, x) = %v", got)
	}
}

func TestEditCost(t *testing.T) {
	t.Parallel()
	tests := []struct {
		a, b string
		want float64
	}{
		{"", "", 0}, {"abc", "", 3}, {"", "ab", 2},
		// k/s 1, e/i 0.7 (confusable), g inserted 1.
		{"kitten", "sitting", 2.7},
		{"ab", "ba", 1},               // a transposition
		{"vladimir", "wladimir", 0.7}, // confusable
		{"igor", "ig0r", 0.7},         // 0 looks like o
		{"ab1", "ab2", 1.5},           // a digit
		{"castillo", "castro", 3},
	}
	for _, tc := range tests {
		for _, p := range [][2]string{{tc.a, tc.b}, {tc.b, tc.a}} {
			if got := score.EditCost(p[0], p[1]); math.Abs(got-tc.want) > 1e-9 {
				t.Errorf("EditCost(%q, %q) = %v, want %v", p[0], p[1], got, tc.want)
			}
		}
	}
}

func TestBudget(t *testing.T) {
	t.Parallel()
	for n, want := range map[int]float64{1: 0, 3: 0, 5: 1.29, 8: 2.10, 12: 2.70} {
		if got := score.Budget(n); math.Abs(got-want) > 0.01 {
			t.Errorf("Budget(%d) = %.3f, want %.2f", n, got, want)
		}
	}
}

func TestNicknames(t *testing.T) {
	t.Parallel()
	en := score.EnglishNicknames()
	for _, p := range [][2]string{{"bob", "robert"}, {"robert", "bob"}, {"bob", "rob"}, {"bill", "william"}} {
		if !en.Related(p[0], p[1]) {
			t.Errorf("Related(%q, %q) = false", p[0], p[1])
		}
	}
	for _, p := range [][2]string{{"bob", "bob"}, {"bob", "william"}, {"paco", "francisco"}} {
		if en.Related(p[0], p[1]) {
			t.Errorf("Related(%q, %q) = true", p[0], p[1])
		}
	}
	es := en.With([][2]string{{"francisco", "paco"}})
	if !es.Related("paco", "francisco") || !es.Related("bob", "robert") || en.Related("paco", "francisco") {
		t.Error("With must add pairs to a copy")
	}
	var none *score.Nicknames
	if none.Related("bob", "robert") {
		t.Error("a nil table relates nothing")
	}
}

func ExampleName() {
	rules := score.GenericNameRules()
	for _, p := range [][2]string{
		{"v putin", "vladimir putin"},
		{"bob smith", "robert smith"},
		{"aidan campbell", "sarah campbell"},
	} {
		al := score.Name(strings.Fields(p[0]), strings.Fields(p[1]), &rules)
		fmt.Println(p[0], "|", p[1], score.Percent(al.S))
	}
	// Output:
	// v putin | vladimir putin 95
	// bob smith | robert smith 93
	// aidan campbell | sarah campbell 30
}

func BenchmarkName(b *testing.B) {
	rules := score.GenericNameRules()
	q := []string{"federica", "lucia", "sanches", "arjona"}
	r := []string{"federica", "sanchez", "arjona"}
	b.ReportAllocs()
	for b.Loop() {
		score.Name(q, r, &rules)
	}
}

func FuzzName(f *testing.F) {
	for _, s := range [][2]string{
		{"federica sanchez", "federica sanchez arjona"},
		{"ig0r sech1n", "igor sechin"}, {"v putin", "vladimir putin"},
		{"siemens ag", "siemens aktiengesellschaft"}, {"", "a"},
		{"сергей лавров", "sergei lavrov"},
	} {
		f.Add(s[0], s[1])
	}
	rules := score.GenericNameRules()
	f.Fuzz(func(t *testing.T, q, r string) {
		qs, rs := strings.Fields(q), strings.Fields(r)
		al := score.Name(qs, rs, &rules)
		if !(al.S >= 0 && al.S <= 1) {
			t.Fatalf("Name(%q, %q) = %+v, S out of [0, 1]", qs, rs, al)
		}
	})
}
