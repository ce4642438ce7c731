package score

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// The differential tests and fuzz targets of the kernels against the slow
// references of ref_test.go.

// sameAlignment reports whether two alignments are equal, S to the bit.
func sameAlignment(a, b Alignment) bool {
	return math.Float64bits(a.S) == math.Float64bits(b.S) && a.Swapped == b.Swapped && a.NumberMismatch == b.NumberMismatch
}

// among fails t unless got is one of the alignments the reference allows.
func among(t *testing.T, what string, got Alignment, want []Alignment) {
	t.Helper()
	for _, w := range want {
		if sameAlignment(got, w) {
			return
		}
	}
	t.Fatalf("%s = %+v, reference %+v", what, got, want)
}

// sameFloat fails t unless got and want are the same float64, to the bit.
func sameFloat(t *testing.T, what string, got, want float64) {
	t.Helper()
	if math.Float64bits(got) != math.Float64bits(want) {
		t.Fatalf("%s = %v, reference %v", what, got, want)
	}
}

// refVocab are words that exercise the name and address rules: titles,
// particles, nicknames, initials, joins, legal forms, street types, house
// numbers, lookalike digits, Cyrillic.
var refVocab = strings.Fields(`federica sanchez arjona lucia maria jose juan carlos de la van der dr mr don
	bob robert bill william ltd gmbh ag company co sa bank aktiengesellschaft calle mayor street st
	12 12a 4 5 3-10-10 a b c jc jean claude fridrich buchenberg fridrichbuchenberg patr ushev patrushev
	igor ig0r sech1n sechin vladimir wladimir v putin сергей лавров sergei lavrov aidan sarah campbell
	castillo castro albano albanese kerkstraat laan crescent 106 eggleston anna ana marie kathy katherine
	jenny jennifer danny daniel tommy thomas johnny john alex alexander sam samuel chris christopher`)

// refAlphabets are small alphabets, so that random words share letters.
var refAlphabets = [][]rune{[]rune("abcdefghijklmnopqrstuvwxyz"), []rune("aeinorst"), []rune("aábcçdeéñoöuü"),
	[]rune("абвгдежзиклмнопрст"), []rune("アイウカキクサシタナ"), []rune("012345-ab")}

// refWordRand returns a random word, from refVocab or an alphabet.
func refWordRand(rng *rand.Rand) string {
	if rng.IntN(3) == 0 {
		return refVocab[rng.IntN(len(refVocab))]
	}
	al := refAlphabets[rng.IntN(len(refAlphabets))]
	r := make([]rune, 1+rng.IntN(10))
	for i := range r {
		r[i] = al[rng.IntN(len(al))]
	}
	return string(r)
}

// refWordsRand returns up to n random words, or words related to q when q
// is given: split, joined, shortened to initials, mistyped, dropped,
// swapped, with a word inserted.
func refWordsRand(rng *rand.Rand, n int, q []string) []string {
	if q == nil || rng.IntN(4) == 0 {
		out := make([]string, 1+rng.IntN(n))
		for i := range out {
			out[i] = refWordRand(rng)
		}
		return out
	}
	out := append([]string(nil), q...)
	for range 1 + rng.IntN(3) {
		i := rng.IntN(len(out))
		w := []rune(out[i])
		switch rng.IntN(7) {
		case 0:
			if len(w) > 2 && len(out) < n {
				k := 1 + rng.IntN(len(w)-1)
				out = append(out[:i], append([]string{string(w[:k]), string(w[k:])}, out[i+1:]...)...)
			}
		case 1:
			if i+1 < len(out) {
				out = append(out[:i], append([]string{out[i] + out[i+1]}, out[i+2:]...)...)
			}
		case 2:
			out[i] = string(w[:1])
		case 3:
			w[rng.IntN(len(w))] = rune("abcdefghijklmnopqrstuvwxyz0"[rng.IntN(27)])
			out[i] = string(w)
		case 4:
			if len(out) > 1 {
				out = append(out[:i], out[i+1:]...)
			}
		case 5:
			j := rng.IntN(len(out))
			out[i], out[j] = out[j], out[i]
		case 6:
			if len(out) < n {
				out = append(out[:i], append([]string{refVocab[rng.IntN(len(refVocab))]}, out[i:]...)...)
			}
		}
	}
	return out
}

// refCases calls f with n pairs of random word lists of at most 6 words.
func refCases(n int, seed uint64, f func(q, r []string)) {
	rng := rand.New(rand.NewPCG(seed, 10))
	for range n {
		q := refWordsRand(rng, 6, nil)
		r := refWordsRand(rng, 6, q)
		if rng.IntN(2) == 0 {
			q, r = r, q
		}
		f(q, r)
	}
}

// refCount is the number of random cases of each differential test.
func refCount() int {
	if testing.Short() {
		return 2000
	}
	return 20000 / raceDivisor
}

// TestWordKernelsReference compares Number, Token, EditCost and Word with
// their references on random words.
func TestWordKernelsReference(t *testing.T) {
	t.Parallel()
	refCases(refCount(), 1, func(q, r []string) {
		checkWordKernels(t, q[0], r[0])
	})
}

func checkWordKernels(t *testing.T, a, b string) {
	t.Helper()
	sameFloat(t, fmt.Sprintf("Number(%q, %q)", a, b), Number(a, b), refNumber(a, b))
	if !utf8.ValidString(a) || !utf8.ValidString(b) {
		return
	}
	sameFloat(t, fmt.Sprintf("Token(%q, %q)", a, b), Token(a, b), refToken(a, b))
	sameFloat(t, fmt.Sprintf("EditCost(%q, %q)", a, b), EditCost(a, b), refEditCost(a, b))
	sameFloat(t, fmt.Sprintf("Word(%q, %q)", a, b), Word(a, b), refWord(&defaultParams, a, b))
	checkBands(t, a, b)
}

// checkBands checks the banded edit cost and wordAbove against the
// references: editCostWithin gives the exact cost when it is below band+1
// and at least band+1 otherwise; wordAbove gives Word exactly when it is at
// least floor, and a value below floor otherwise.
func checkBands(t *testing.T, a, b string) {
	t.Helper()
	c := refEditCost(a, b)
	for band := range 12 {
		got := editCostWithin(a, b, band)
		if c < float64(band+1) {
			sameFloat(t, fmt.Sprintf("editCostWithin(%q, %q, %d)", a, b, band), got, c)
		} else if got < float64(band+1) {
			t.Fatalf("editCostWithin(%q, %q, %d) = %v, want at least %d (cost %v)", a, b, band, got, band+1, c)
		}
	}
	w := refWord(&defaultParams, a, b)
	for _, floor := range []float64{0.3, defaultParams.pairFloor, 0.7, defaultParams.joinMin, 0.95} {
		got := wordAbove(&defaultParams, a, b, floor)
		if w >= floor {
			sameFloat(t, fmt.Sprintf("wordAbove(%q, %q, %v)", a, b, floor), got, w)
		} else if got >= floor {
			t.Fatalf("wordAbove(%q, %q, %v) = %v, want below the floor (Word %v)", a, b, floor, got, w)
		}
	}
}

// TestBandsLongWords checks the banded edit cost on long words of small
// alphabets, digits among them, where the band and the early stop cut most
// of the dynamic programme.
func TestBandsLongWords(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(6, 10))
	alphabets := []string{"0123456789", "ab", "abc1", "aeiouy", "abcdefghij"}
	for range refCount() / 4 {
		al := alphabets[rng.IntN(len(alphabets))]
		word := func() string {
			w := make([]byte, 1+rng.IntN(70))
			for i := range w {
				w[i] = al[rng.IntN(len(al))]
			}
			return string(w)
		}
		a := word()
		b := a
		if rng.IntN(2) == 0 {
			b = word()
		} else {
			// A few edits of a, so that the cost is small and the band
			// must keep it exact.
			bs := []byte(a)
			for range rng.IntN(6) {
				i := rng.IntN(len(bs))
				switch rng.IntN(3) {
				case 0:
					bs[i] = al[rng.IntN(len(al))]
				case 1:
					bs = append(bs[:i], bs[i+1:]...)
				default:
					bs = append(bs[:i], append([]byte{al[rng.IntN(len(al))]}, bs[i:]...)...)
				}
				if len(bs) == 0 {
					bs = []byte{al[0]}
				}
			}
			b = string(bs)
		}
		checkBands(t, a, b)
	}
}

// FuzzWordKernelsReference compares Number, Token, EditCost and Word with
// their references.
func FuzzWordKernelsReference(f *testing.F) {
	for _, p := range [][2]string{{"12a", "12b"}, {"3-10-10", "3--10-1"}, {"castillo", "castro"},
		{"vladimir", "wladimir"}, {"ig0r", "igor"}, {"sánchez", "sanches"}, {strings.Repeat("ab", 40), strings.Repeat("ba", 35)}} {
		f.Add(p[0], p[1])
	}
	f.Fuzz(checkWordKernels)
}

// TestTokensReference compares Tokens with its reference on random lists.
func TestTokensReference(t *testing.T) {
	t.Parallel()
	refCases(refCount(), 2, func(q, r []string) {
		among(t, fmt.Sprintf("Tokens(%q, %q)", q, r), Tokens(q, r), refTokens(q, r))
	})
}

// FuzzTokensReference compares Tokens with its reference, on values of up to
// six tokens (the reference tries every pairing).
func FuzzTokensReference(f *testing.F) {
	for _, p := range [][2]string{{"federica sanchez arjona", "federica arjona sanches"}, {"ana lopez", "lopez ana lopez"},
		{"calle mayor 4 2a", "2b calle mayor 5"}, {"a  b", "b a"}, {"1 2 3", "3 2 1"}} {
		f.Add(p[0], p[1])
	}
	f.Fuzz(func(t *testing.T, q, r string) {
		qs, rs := strings.Split(q, " "), strings.Split(r, " ")
		if len(qs) > 6 || len(rs) > 6 || !utf8.ValidString(q) || !utf8.ValidString(r) {
			return
		}
		among(t, fmt.Sprintf("Tokens(%q, %q)", qs, rs), Tokens(qs, rs), refTokens(qs, rs))
	})
}

// TestNameReference compares Name with its reference on random names, with
// the generic rules and with none.
func TestNameReference(t *testing.T) {
	t.Parallel()
	rules := GenericNameRules()
	refCases(refCount(), 3, func(q, r []string) {
		among(t, fmt.Sprintf("Name(%q, %q)", q, r), Name(q, r, &rules), refName(q, r, &rules))
		among(t, fmt.Sprintf("Name(%q, %q, nil)", q, r), Name(q, r, nil), refName(q, r, nil))
	})
}

// FuzzNameReference compares Name with its reference, on names of up to six
// words.
func FuzzNameReference(f *testing.F) {
	for _, p := range [][2]string{{"federica lucia sanches arjona", "federica sanchez arjona"}, {"v putin", "vladimir putin"},
		{"jc smith", "jean claude smith"}, {"fridrich buchenberg", "fridrichbuchenberg"}, {"ig0r sech1n", "igor sechin"},
		{"сергей лавров", "sergei lavrov"}, {"siemens ag", "siemens aktiengesellschaft"}, {"dr juan de la cruz", "juan cruz"}} {
		f.Add(p[0], p[1])
	}
	rules := GenericNameRules()
	f.Fuzz(func(t *testing.T, q, r string) {
		qs, rs := strings.Fields(q), strings.Fields(r)
		if len(qs) > 6 || len(rs) > 6 || !utf8.ValidString(q) || !utf8.ValidString(r) {
			return
		}
		among(t, fmt.Sprintf("Name(%q, %q)", qs, rs), Name(qs, rs, &rules), refName(qs, rs, &rules))
	})
}

// TestAddressReference compares Address with its reference on random
// addresses.
func TestAddressReference(t *testing.T) {
	t.Parallel()
	rules := GenericAddressRules()
	refCases(refCount(), 4, func(q, r []string) {
		among(t, fmt.Sprintf("Address(%q, %q)", q, r), Address(q, r, &rules), refAddress(q, r, &rules))
	})
}

// FuzzAddressReference compares Address with its reference, on addresses of
// up to six words.
func FuzzAddressReference(f *testing.F) {
	for _, p := range [][2]string{{"8 stanley street", "stanley st 8"}, {"kerkstraat 12 a", "kerkstraat 12 b"},
		{"calle mayor 4 2 a", "calle mayor 4 2 b"}, {"60 tepper circuit", "archibald street 60"}, {"12", "12a"}} {
		f.Add(p[0], p[1])
	}
	rules := GenericAddressRules()
	f.Fuzz(func(t *testing.T, q, r string) {
		qs, rs := strings.Fields(q), strings.Fields(r)
		if len(qs) > 6 || len(rs) > 6 || !utf8.ValidString(q) || !utf8.ValidString(r) {
			return
		}
		among(t, fmt.Sprintf("Address(%q, %q)", qs, rs), Address(qs, rs, &rules), refAddress(qs, rs, &rules))
	})
}

// TestGreedyReference compares the greedy pairing (more than exactPairing
// tokens on both sides) with the textbook one, pair for pair, on random
// matrices with ties.
func TestGreedyReference(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(5, 6))
	for range 500 {
		n, m := 9+rng.IntN(24), 9+rng.IntN(24)
		sim, wq, wr := randomSim(rng, n, m)
		checkGreedy(t, sim, n, m, wq, wr)
	}
}

func checkGreedy(t *testing.T, sim []float64, n, m int, wq, wr []float64) {
	t.Helper()
	var pair [maxTokens]int8
	pairing(sim, n, m, wq, wr, pair[:n])
	if want := refGreedy(sim, n, m, wq, wr); !slices.Equal(pair[:n], want) {
		t.Fatalf("greedy pairing %v, reference %v (sim %v, wq %v, wr %v)", pair[:n], want, sim, wq, wr)
	}
}

// FuzzGreedyReference compares the greedy pairing with the textbook one on
// matrices built from the fuzzer's bytes.
func FuzzGreedyReference(f *testing.F) {
	f.Add([]byte{0, 3, 10, 200, 0, 255, 7, 7, 7, 1, 2, 3, 4, 5, 6, 7, 8, 9})
	f.Add([]byte{23, 23, 128})
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) < 2 {
			return
		}
		n, m := 9+int(data[0])%24, 9+int(data[1])%24
		data = data[2:]
		at := func(i int) float64 {
			if len(data) == 0 {
				return 0
			}
			return float64(data[i%len(data)]%8) / 7
		}
		sim := make([]float64, n*m)
		for k := range sim {
			sim[k] = at(k)
		}
		wq, wr := make([]float64, n), make([]float64, m)
		for i := range wq {
			wq[i] = 1 + float64(int(at(n*m+i)*3))
		}
		for j := range wr {
			wr[j] = 1 + float64(int(at(n*m+n+j)*3))
		}
		checkGreedy(t, sim, n, m, wq, wr)
	})
}

// TestParamsInvariants checks what the name scorer's shortcuts assume of its
// constants: Word never above Jaro-Winkler (a cost beyond the budget lowers
// it), a lookalike digit never raising a score, and a nickname unable to make
// a join (join leaves the nickname rule out).
func TestParamsInvariants(t *testing.T) {
	t.Parallel()
	p := defaultParams
	if !(p.overBudgetPower >= 0 && p.lookalike <= 1 && p.nickSim <= p.joinMin && p.minBudget > 0) {
		t.Errorf("defaultParams break the shortcuts: overBudgetPower %v (>= 0), lookalike %v (<= 1), nickSim %v (<= joinMin %v), minBudget %v (> 0)",
			p.overBudgetPower, p.lookalike, p.nickSim, p.joinMin, p.minBudget)
	}
}

// TestConfusableASCII checks that every confusable rune is ASCII, as the bit
// table of substCost needs.
func TestConfusableASCII(t *testing.T) {
	t.Parallel()
	for _, p := range confusable {
		if p[0] >= utf8.RuneSelf || p[1] >= utf8.RuneSelf {
			t.Errorf("confusable pair %q is not ASCII: substCost's table would miss it", p)
		}
	}
}
