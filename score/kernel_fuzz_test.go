package score

import (
	"math"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	edlib "github.com/hbollon/go-edlib"
)

// digitInput maps s to a string of digits and '-' of at most maxDigits
// bytes, the domain of osa.
func digitInput(s string) string {
	b := make([]byte, 0, maxDigits)
	for i := 0; i < len(s) && len(b) < maxDigits; i++ {
		b = append(b, "0123456789-"[int(s[i])%11])
	}
	return string(b)
}

// FuzzOSA checks the digit-string distance against go-edlib's
// OSADamerauLevenshteinDistance, the oracle it replaces.
func FuzzOSA(f *testing.F) {
	for _, p := range [][2]string{{"12", "21"}, {"1214", "12-14"}, {"", "5"}, {"ca", "abc"}, {"0123456789", "1032547698"}} {
		f.Add(p[0], p[1])
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		a, b = digitInput(a), digitInput(b)
		if got, want := osa([]byte(a), []byte(b)), edlib.OSADamerauLevenshteinDistance(a, b); got != want {
			t.Fatalf("osa(%q, %q) = %d, go-edlib %d", a, b, got, want)
		}
	})
}

// refSimilarity is Jaro-Winkler from refJaro, the textbook Jaro written in
// jaro_internal_test.go (exact t/2, the smaller string first, as jaro
// does), with Winkler's boost above 0.7 and the inputs cut at MaxRunes.
func refSimilarity(a, b string) float64 {
	if a == b {
		return 1
	}
	ra, rb := []rune(a), []rune(b)
	ra, rb = ra[:min(len(ra), MaxRunes)], rb[:min(len(rb), MaxRunes)]
	a, b = string(ra), string(rb)
	j := refJaro(min(a, b), max(a, b), false)
	if j <= boostThreshold {
		return j
	}
	l := 0
	for l < maxPrefix && l < len(ra) && l < len(rb) && ra[l] == rb[l] {
		l++
	}
	return min(j+prefixScale*float64(l)*(1-j), math.Nextafter(1, 0))
}

// FuzzSimilarityReference checks Similarity against refSimilarity, to the
// precision of go-edlib's float32 Jaro.
func FuzzSimilarityReference(f *testing.F) {
	for _, p := range [][2]string{{"clara", "carla"}, {"martha", "marhta"}, {"", "x"}, {"ñandú", "nandu"},
		{"abcdxyzw", "abcdqrst"}, {strings.Repeat("ab", 200), strings.Repeat("ba", 150)}} {
		f.Add(p[0], p[1])
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		if !utf8.ValidString(a) || !utf8.ValidString(b) {
			// go-edlib reads invalid bytes as U+FFFD, []rune too; the
			// reference would agree, but == on the strings would not.
			return
		}
		got, want := Similarity(a, b), refSimilarity(a, b)
		if j := refJaro(min(a, b), max(a, b), false); math.Abs(j-boostThreshold) < 1e-6 {
			// Jaro at the boost threshold, 0.7 exactly in rationals: go-edlib's
			// float32 and the reference's float64 may round it to either
			// side, and only one side earns the boost.
			return
		}
		if math.Abs(got-want) > 1e-6 {
			t.Fatalf("Similarity(%q, %q) = %.9f, reference %.9f", a, b, got, want)
		}
	})
}

// FuzzPairingReference checks the pairing of Tokens against bruteGain, every
// one-to-one pairing tried, on matrices built from the fuzzer's bytes.
func FuzzPairingReference(f *testing.F) {
	f.Add([]byte{3, 4, 10, 200, 0, 255, 7, 7, 7, 1, 2, 3, 4, 5, 6, 7, 8, 9})
	f.Add([]byte{6, 6})
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) < 2 {
			return
		}
		n, m := 1+int(data[0])%7, 1+int(data[1])%7
		data = data[2:]
		at := func(i int) float64 {
			if len(data) == 0 {
				return 0
			}
			return float64(data[i%len(data)]) / 255
		}
		sim := make([]float64, n*m)
		for k := range sim {
			sim[k] = at(k)
		}
		wq, wr := make([]float64, n), make([]float64, m)
		for i := range wq {
			wq[i] = 1 + float64(int(at(n*m+i)*10))
		}
		for j := range wr {
			wr[j] = 1 + float64(int(at(n*m+n+j)*10))
		}
		gain := func(i, j int) float64 { return sim[i*m+j] * (wq[i] + wr[j]) }
		pair := pairOf(sim, n, m, wq, wr)
		got := checkPairing(t, pair, gain, n, m)
		if want := bruteGain(gain, n, m); math.Abs(got-want) > 1e-9 {
			t.Fatalf("pairing gain %v, optimum %v (n %d, m %d)", got, want, n, m)
		}
	})
}

// edlibSimilarity is Similarity as it was built on go-edlib: the oracle of
// the allocation-free kernel.
func edlibSimilarity(a, b string) float64 {
	if a == b {
		return 1
	}
	a, b = string([]rune(a)[:min(len([]rune(a)), MaxRunes)]), string([]rune(b)[:min(len([]rune(b)), MaxRunes)])
	if a > b {
		a, b = b, a
	}
	j := min(1, float64(edlib.JaroSimilarity(a, b)))
	if j <= boostThreshold {
		return j
	}
	ra, rb := []rune(a), []rune(b)
	l := 0
	for l < maxPrefix && l < len(ra) && l < len(rb) && ra[l] == rb[l] {
		l++
	}
	return min(j+prefixScale*float64(l)*(1-j), math.Nextafter(1, 0))
}

// checkOracle compares jaro and Similarity with go-edlib, to the bit.
func checkOracle(t *testing.T, a, b string) {
	t.Helper()
	if !utf8.ValidString(a) || !utf8.ValidString(b) {
		// []rune and go-edlib read an invalid byte as U+FFFD, and so does
		// decode; but cutting at MaxRunes through string([]rune) would
		// re-encode them, so the oracle above needs valid UTF-8.
		return
	}
	x, y := min(a, b), max(a, b)
	var bx, by [MaxRunes]rune
	if len([]rune(x)) <= MaxRunes && len([]rune(y)) <= MaxRunes {
		if got, want := jaro(decode(bx[:], x), decode(by[:], y)), edlib.JaroSimilarity(x, y); got != want {
			t.Fatalf("jaro(%q, %q) = %v, go-edlib %v", x, y, got, want)
		}
	}
	if got, want := Similarity(a, b), edlibSimilarity(a, b); got != want {
		t.Fatalf("Similarity(%q, %q) = %v, go-edlib %v", a, b, got, want)
	}
}

// TestSimilarityOracle compares Similarity with go-edlib on 300,000 random
// pairs of words over small alphabets (so that they share letters), Latin
// with accents and kana.
func TestSimilarityOracle(t *testing.T) {
	t.Parallel()
	n := 300_000
	if testing.Short() {
		n = 20_000
	}
	rng := rand.New(rand.NewPCG(1, 2))
	alphabets := [][]rune{[]rune("abcde"), []rune("aábcçdeé"), []rune("アイウカキ"), []rune("ab ")}
	word := func(al []rune) string {
		r := make([]rune, 1+rng.IntN(12))
		for i := range r {
			r[i] = al[rng.IntN(len(al))]
		}
		return string(r)
	}
	for range n {
		al := alphabets[rng.IntN(len(alphabets))]
		checkOracle(t, word(al), word(al))
	}
}

// FuzzSimilarityOracle compares Similarity with go-edlib.
func FuzzSimilarityOracle(f *testing.F) {
	for _, p := range [][2]string{{"clara", "carla"}, {"0a0h0", "001000"}, {"", "x"}, {"ñandú", "nandu"},
		{strings.Repeat("ab", 200), strings.Repeat("ba", 150)}, {"ヤマダ", "ヤマタ"}} {
		f.Add(p[0], p[1])
	}
	f.Fuzz(checkOracle)
}
