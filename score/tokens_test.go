package score_test

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/kycmatch/kycmatch/score"
)

func TestNumber(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		a, b string
		want float64
	}{
		{"equal", "12", "12", 1},
		{"equal with letter", "12a", "12a", 1},
		// 1 - OSA/len: one transposition in two digits (DESIGN 2.2: 50).
		{"transposed digits", "12", "21", 0.5},
		{"one digit differs", "4", "5", 0},
		{"one of two digits differs", "12", "13", 0.5},
		// Same digits, only letters differ (DESIGN 2.2: 12A vs 12B).
		{"letters differ", "12a", "12b", 0.85},
		{"letter added", "12", "12a", 0.85},
		{"letter added swapped", "12a", "12", 0.85},
		// 1 - 1/7 = 0.857, but a different number is at most 0.6.
		{"block number capped", "3-10-10", "3-10-11", 0.6},
		{"range vs run together", "12-14", "1214", 0.6},
		// Only one side has digits.
		{"sn vs 4", "sn", "4", 0},
		{"4 vs sn", "4", "sn", 0},
		{"empty vs digit", "", "4", 0},
		{"no digits at all", "bis", "ter", 0},
		{"nothing in common", "1234", "5678", 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			if got := score.Number(tc.a, tc.b); math.Abs(got-tc.want) > 1e-12 {
				t.Errorf("Number(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
			}
			if got := score.Number(tc.b, tc.a); math.Abs(got-tc.want) > 1e-12 {
				t.Errorf("Number(%q, %q) = %v, want %v (swapped)", tc.b, tc.a, got, tc.want)
			}
		})
	}
}

func TestToken(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		a, b string
		want float64
	}{
		{"equal", "mayor", "mayor", 1},
		{"letters use jaro-winkler", "clara", "carla", score.Similarity("clara", "carla")},
		{"digits use number", "12", "21", 0.5},
		{"digit on one side uses number", "4", "sn", 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			if got := score.Token(tc.a, tc.b); got != tc.want {
				t.Errorf("Token(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
			}
		})
	}
}

// words splits a canonical value on its spaces.
func words(s string) []string { return strings.Fields(s) }

func TestTokens(t *testing.T) {
	t.Parallel()
	sim := score.Similarity
	tests := []struct {
		name           string
		q, r           string
		want           float64
		swapped, numMm bool
	}{
		// One word against one word is plain Jaro-Winkler (DESIGN 2.2).
		{name: "one word", q: "clara", r: "carla", want: sim("clara", "carla")},
		{name: "one word equal", q: "federica", r: "federica", want: 1},
		{name: "empty query", q: "", r: "federica", want: 0},
		{name: "empty record", q: "federica", r: "", want: 0},
		{name: "same words", q: "federica sanchez", r: "federica sanchez", want: 1},
		// Both pairs are perfect: S = 1 * 0.95 (ORDER_SWAP).
		{name: "order swap", q: "sanchez arjona", r: "arjona sanchez", want: 0.95, swapped: true},
		// The record holds a word the customer left out:
		// pairs federica-federica (8+8) and sanchez-sanchez (7+7), both 1;
		// arjona (6) unpaired on the record side weighs 0.4*6 = 2.4:
		// S = 30 / (30 + 2.4) = 0.925925...
		{name: "missing record word", q: "federica sanchez", r: "federica sanchez arjona", want: 30 / 32.4},
		// The customer typed a word the record lacks: 1.6*6 = 9.6:
		// S = 30 / (30 + 9.6) = 0.757575...
		{name: "extra query word", q: "federica sanchez arjona", r: "federica sanchez", want: 30 / 39.6},
		// calle-calle and mayor-mayor pair (20); 4 and 5 score 0, so they
		// stay unpaired: S = 20 / (20 + 1.6 + 0.4) = 0.909, capped at 0.6
		// because the numbers differ (NUMBER_MISMATCH).
		{name: "different house number", q: "calle mayor 4", r: "calle mayor 5", want: 0.6, numMm: true},
		{name: "same house number", q: "calle mayor 4", r: "calle mayor 4", want: 1},
		// The numbers are equal as multisets: no cap, but a swap.
		{name: "numbers swapped", q: "4 calle mayor", r: "calle mayor 4", want: 0.95, swapped: true},
		// Only one side holds a number: no mismatch to speak of.
		{name: "number on one side", q: "calle mayor", r: "calle mayor 4", want: 20 / 20.4},
		// A typo in one word: one pair below 1, weighted by length.
		{
			name: "typo in one word", q: "federica sanches", r: "federica sanchez",
			want: (16 + sim("sanches", "sanchez")*14) / 30,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			got := score.Tokens(words(tc.q), words(tc.r))
			if math.Abs(got.S-tc.want) > 1e-9 || got.Swapped != tc.swapped || got.NumberMismatch != tc.numMm {
				t.Errorf("Tokens(%q, %q) = %+v, want S %.6f, Swapped %v, NumberMismatch %v",
					tc.q, tc.r, got, tc.want, tc.swapped, tc.numMm)
			}
		})
	}
}

// TestTokensAsymmetry: a word the customer typed that the record lacks
// weighs 0.8, a word of the record the customer left out 0.2 (DESIGN 2.2).
func TestTokensAsymmetry(t *testing.T) {
	t.Parallel()
	short, long := words("federica sanchez"), words("federica sanchez arjona")
	extraRecord := score.Tokens(short, long).S
	extraQuery := score.Tokens(long, short).S
	if !(extraQuery < extraRecord) {
		t.Errorf("extra query word S = %v, extra record word S = %v: the query word must weigh more", extraQuery, extraRecord)
	}
	if score.Percent(extraRecord) != 93 || score.Percent(extraQuery) != 76 {
		t.Errorf("percent: extra record word %d (want 93), extra query word %d (want 76)",
			score.Percent(extraRecord), score.Percent(extraQuery))
	}
}

// TestTokensOptimalPairing: "santa ana" against "santana san". The best
// single pair is santa-santana; pairing it first (greedy) leaves ana-san.
// The best one-to-one pairing is santa-san and ana-santana, which crosses.
func TestTokensOptimalPairing(t *testing.T) {
	t.Parallel()
	q, r := []string{"santa", "ana"}, []string{"santana", "san"}
	sim := score.Similarity
	gain := func(a, b string) float64 {
		return sim(a, b) * float64(len([]rune(a))+len([]rune(b)))
	}
	best := gain("santa", "santana")
	for _, g := range []float64{gain("santa", "san"), gain("ana", "santana"), gain("ana", "san")} {
		if g >= best {
			t.Fatalf("santa-santana (%v) is no longer the best single pair (%v)", best, g)
		}
	}
	greedy := best + gain("ana", "san")
	optimum := gain("santa", "san") + gain("ana", "santana")
	if !(optimum > greedy+1) {
		t.Fatalf("optimum %v does not beat greedy %v: pick another case", optimum, greedy)
	}
	// Every token is paired, so the denominator is the sum of all lengths
	// (5+3+3+7 = 18), and the pairs cross: ORDER_SWAP.
	want := optimum / 18 * 0.95
	got := score.Tokens(q, r)
	if math.Abs(got.S-want) > 1e-9 || !got.Swapped || got.NumberMismatch {
		t.Errorf("Tokens(%q, %q) = %+v, want S %.6f (optimum), Swapped; greedy would give %.6f",
			q, r, got, want, greedy/18)
	}
}

// TestTokensManyWords checks the bounds of DESIGN 5: more than 32 words are
// scored as one string, and more than 8 on both sides are paired greedily.
func TestTokensManyWords(t *testing.T) {
	t.Parallel()
	many := func(n int, f func(i int) string) []string {
		out := make([]string, n)
		for i := range out {
			out[i] = f(i)
		}
		return out
	}
	t.Run("more than 32 words is one string", func(t *testing.T) {
		t.Parallel()
		q := many(40, func(i int) string { return fmt.Sprintf("w%c", 'a'+i%26) })
		r := many(33, func(i int) string { return fmt.Sprintf("w%c", 'z'-i%26) })
		got := score.Tokens(q, r)
		want := score.Similarity(strings.Join(q, " "), strings.Join(r, " "))
		if got.S != want || got.Swapped {
			t.Errorf("Tokens = %+v, want S = Similarity of the joined strings = %v", got, want)
		}
	})
	t.Run("more than 32 words with different numbers", func(t *testing.T) {
		t.Parallel()
		q := many(33, func(i int) string { return "calle" })
		r := many(33, func(i int) string { return "calle" })
		q[32], r[32] = "4", "5"
		got := score.Tokens(q, r)
		if got.S > 0.6 || !got.NumberMismatch {
			t.Errorf("Tokens = %+v, want S <= 0.6 and NumberMismatch", got)
		}
	})
	t.Run("1000 words", func(t *testing.T) {
		t.Parallel()
		q := many(1000, func(i int) string { return fmt.Sprintf("n%d", i) })
		got := score.Tokens(q, q[:999])
		if !(got.S >= 0 && got.S <= 1) {
			t.Errorf("Tokens = %+v, out of [0, 1]", got)
		}
	})
	t.Run("more than 8 words both sides", func(t *testing.T) {
		t.Parallel()
		names := words("ana maria josefa lucia rosa marta elena juana carmen pilar")
		got := score.Tokens(names, names)
		if got.S != 1 || got.Swapped {
			t.Errorf("Tokens(same 10 words) = %+v, want S 1", got)
		}
		rev := make([]string, len(names))
		for i, w := range names {
			rev[len(names)-1-i] = w
		}
		got = score.Tokens(names, rev)
		if math.Abs(got.S-0.95) > 1e-12 || !got.Swapped {
			t.Errorf("Tokens(10 words, reversed) = %+v, want S 0.95, Swapped", got)
		}
		// Each word appears once on each side: a one-to-one pairing of
		// identical words gives 1 before the swap factor; any pairing that
		// used a record word twice would be above, any that missed one below.
		typo := words("anna mari josefa lucia rosa marta elena juana carmen pilar")
		got = score.Tokens(typo, names)
		if !(got.S > 0.9 && got.S < 1) || got.Swapped {
			t.Errorf("Tokens(10 words, 2 typos) = %+v, want 0.9 < S < 1, not Swapped", got)
		}
	})
}

func FuzzTokens(f *testing.F) {
	for _, s := range [][2]string{
		{"federica sanchez", "federica sanchez arjona"},
		{"sanchez arjona", "arjona sanchez"},
		{"calle mayor 4", "calle mayor 5"},
		{"", ""}, {" ", "  "}, {"a  b", "b a"},
		{"1 2 3 4 5 6 7 8 9", "9 8 7 6 5 4 3 2 1"},
		{strings.Repeat("x ", 40), strings.Repeat("y ", 35)},
		{"3-10-10 iidabashi", "iidabashi 3-10-11"},
	} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, q, r string) {
		qs, rs := strings.Split(q, " "), strings.Split(r, " ")
		al := score.Tokens(qs, rs)
		if !(al.S >= 0 && al.S <= 1) {
			t.Fatalf("Tokens(%q, %q) = %+v, S out of [0, 1]", qs, rs, al)
		}
		if al.NumberMismatch && al.S > 0.6 {
			t.Fatalf("Tokens(%q, %q) = %+v: NumberMismatch above 0.6", qs, rs, al)
		}
		// Identical lists of non-empty tokens pair each token with itself,
		// in order: S is 1 and nothing is swapped.
		if q == r && len(qs) <= 32 && !slices.Contains(qs, "") && (al.S != 1 || al.Swapped) {
			t.Fatalf("Tokens(%q, same) = %+v, want S 1, not Swapped", qs, al)
		}
	})
}

func ExampleTokens() {
	al := score.Tokens([]string{"sanchez", "arjona"}, []string{"arjona", "sanchez"})
	fmt.Println(score.Percent(al.S), al.Swapped)

	al = score.Tokens([]string{"calle", "mayor", "4"}, []string{"calle", "mayor", "5"})
	fmt.Println(score.Percent(al.S), al.NumberMismatch)
	// Output:
	// 95 true
	// 60 true
}

func BenchmarkTokens(b *testing.B) {
	q := []string{"federica", "sanchez", "arjona"}
	r := []string{"federica", "arjona", "sanches"}
	b.ReportAllocs()
	for b.Loop() {
		score.Tokens(q, r)
	}
}

// TestTokensOrderedTie checks that the swap factor is paid only when
// reordering really wins. "ana lopez" against "lopez ana lopez" pairs "ana"
// with the second record word and "lopez" with the first or the third, with
// the same gain either way; the ordered pairing must be chosen:
// S = (2*3 + 2*5) / (16 + 0.4*5) = 16/18, not swapped.
func TestTokensOrderedTie(t *testing.T) {
	t.Parallel()
	al := score.Tokens(words("ana lopez"), words("lopez ana lopez"))
	if al.Swapped || math.Abs(al.S-16.0/18) > 1e-12 {
		t.Errorf("got %+v, want S 16/18 without swap", al)
	}
	// A true reordering is still a swap: S = 1 * 0.95.
	al = score.Tokens(words("arjona sanchez"), words("sanchez arjona"))
	if !al.Swapped || math.Abs(al.S-0.95) > 1e-12 {
		t.Errorf("got %+v, want S 0.95 swapped", al)
	}
}
