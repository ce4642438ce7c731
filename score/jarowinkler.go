package score

import (
	"math"
	"unicode/utf8"

	edlib "github.com/hbollon/go-edlib"
)

const (
	// boostThreshold is the Jaro similarity above which the Winkler prefix
	// boost applies (Winkler 1990; jellyfish, Splink and watchman use it too).
	// go-edlib v1.7.0 boosts whatever the Jaro value, so the boost is applied
	// here instead of calling edlib.JaroWinklerSimilarity.
	boostThreshold = 0.7
	// prefixScale is Winkler's p.
	prefixScale = 0.1
	// maxPrefix is the longest common prefix, in runes, that earns the boost.
	maxPrefix = 4
)

// Similarity returns the Jaro-Winkler similarity of a and b in [0, 1],
// comparing runes. It is 1 exactly when a == b, and symmetric.
//
// Its Jaro part is symmetric by construction (see jaro) and the common prefix
// is, so Similarity(a, b) == Similarity(b, a).
func Similarity(a, b string) float64 {
	if a == b {
		return 1
	}
	j := jaro(a, b)
	if j <= boostThreshold {
		return j
	}
	s := j + prefixScale*float64(commonPrefix(a, b))*(1-j)
	if s >= 1 {
		// a != b: float32 rounding inside go-edlib must not claim equality.
		s = math.Nextafter(1, 0)
	}
	return s
}

// jaro is go-edlib's Jaro similarity of a and b, in float64 and at most 1.
// go-edlib matches characters greedily from its first argument, which can
// make the result depend on the order; jaro passes the lexically smaller
// string first, so that it is symmetric.
func jaro(a, b string) float64 {
	if a > b {
		a, b = b, a
	}
	return min(1, float64(edlib.JaroSimilarity(a, b)))
}

// commonPrefix returns the length in runes of the common prefix of a and b,
// at most maxPrefix.
func commonPrefix(a, b string) int {
	n := 0
	for n < maxPrefix {
		ra, sa := utf8.DecodeRuneInString(a)
		rb, sb := utf8.DecodeRuneInString(b)
		if sa == 0 || sb == 0 || ra != rb {
			break
		}
		a, b = a[sa:], b[sb:]
		n++
	}
	return n
}

// Percent turns a similarity S of two different values into the CAMARA match
// score: min(99, round(100*S)), and 0 for S <= 0 or NaN.
//
// kyc-match v0.4.0 MatchScoreResult: 0..99; 100 is reserved for "true".
func Percent(s float64) int {
	if !(s > 0) {
		return 0
	}
	// Cap before converting: 100*s may be beyond int's range (+Inf).
	return int(min(99, math.Round(100*s)))
}
