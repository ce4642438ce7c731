package score

import (
	"math"
	"slices"
	"unicode/utf8"
	"unsafe"
)

const (
	// boostThreshold is the Jaro similarity above which the Winkler prefix
	// boost applies (Winkler 1990; jellyfish, Splink and watchman use it too).
	// go-edlib v1.7.0 boosts whatever the Jaro value, so the boost is applied
	// here instead of as edlib.JaroWinklerSimilarity does.
	boostThreshold = 0.7
	// prefixScale is Winkler's p.
	prefixScale = 0.1
	// maxPrefix is the longest common prefix, in runes, that earns the boost.
	maxPrefix = 4
	// MaxRunes bounds the work of one Similarity, whose cost grows with the
	// product of the lengths: longer values are compared on their first
	// MaxRunes runes. No KYC Match value is longer (name and address allow
	// 256 characters), so only dirty data is cut.
	MaxRunes = 256
)

// Similarity returns the Jaro-Winkler similarity of a and b in [0, 1],
// comparing runes. It is 1 exactly when a == b, and symmetric. Values longer
// than [MaxRunes] runes are compared on their first MaxRunes runes. It
// allocates nothing.
//
// Precision: the Jaro part is computed in float32 exactly as go-edlib's
// JaroSimilarity computes it, bit for bit (go-edlib is kept as the oracle of
// a differential test and a differential fuzz target), and the Winkler boost
// in float64. The Jaro part is symmetric by construction (see jaro) and the
// common prefix is, so Similarity(a, b) == Similarity(b, a).
func Similarity(a, b string) float64 {
	if a == b {
		return 1
	}
	if a > b {
		a, b = b, a
	}
	return winkler(jaroPrefix(a, b))
}

// winkler adds Winkler's prefix boost to a Jaro similarity j of two
// different values whose common prefix is l runes (at most maxPrefix).
func winkler(j float32, l int) float64 {
	s := min(1, float64(j))
	if s <= boostThreshold {
		return s
	}
	s += prefixScale * float64(l) * (1 - s)
	if s >= 1 {
		// a != b: float32 rounding, or values equal in their first MaxRunes
		// runes, must not claim equality.
		s = math.Nextafter(1, 0)
	}
	return s
}

// shortBytes is the length in bytes up to which a value that is not ASCII is
// decoded into small buffers (of 16, 32 or 64 runes, as many as it has
// bytes); longer values take buffers of MaxRunes runes.
const shortBytes = 64

// jaroPrefix returns the Jaro similarity of a and b (a <= b) and the length
// of their common prefix, at most maxPrefix runes, on their first MaxRunes
// runes. ASCII values are compared as they are, on their bytes; the others
// are decoded into runes on the stack.
func jaroPrefix(a, b string) (float32, int) {
	if isASCII(a) && isASCII(b) {
		x, y := asciiBytes(a, MaxRunes), asciiBytes(b, MaxRunes)
		return jaro(x, y), commonPrefix(x, y)
	}
	switch n := max(len(a), len(b)); {
	case n <= shortBytes/4:
		var bufA, bufB [shortBytes / 4]rune
		x, y := decode(bufA[:], a), decode(bufB[:], b)
		return jaro(x, y), commonPrefix(x, y)
	case n <= shortBytes/2:
		var bufA, bufB [shortBytes / 2]rune
		x, y := decode(bufA[:], a), decode(bufB[:], b)
		return jaro(x, y), commonPrefix(x, y)
	case n <= shortBytes:
		var bufA, bufB [shortBytes]rune
		x, y := decode(bufA[:], a), decode(bufB[:], b)
		return jaro(x, y), commonPrefix(x, y)
	}
	return jaroPrefixLong(a, b)
}

// jaroPrefixLong is jaroPrefix for values longer than shortBytes, in a frame
// of its own so that the common case does not pay for its buffers.
//
//go:noinline
func jaroPrefixLong(a, b string) (float32, int) {
	var bufA, bufB [MaxRunes]rune
	x, y := decode(bufA[:], a), decode(bufB[:], b)
	return jaro(x, y), commonPrefix(x, y)
}

// isASCII reports whether s holds only ASCII bytes.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// asciiBytes returns the first n bytes of an ASCII string as a byte slice
// that shares its memory; the callers only read it.
func asciiBytes(s string, n int) []byte {
	s = s[:min(len(s), n)]
	return unsafe.Slice(unsafe.StringData(s), len(s))
}

// decode writes the first len(buf) runes of s into buf (a byte that is not
// UTF-8 is one U+FFFD, as in a []rune conversion) and returns them.
func decode(buf []rune, s string) []rune {
	n := 0
	for _, r := range s {
		if n == len(buf) {
			break
		}
		buf[n] = r
		n++
	}
	return buf[:n]
}

// jaro is the Jaro similarity of r1 and r2 (bytes of ASCII values, or
// runes), computed as go-edlib's JaroSimilarity computes it (v1.7.0: in
// float32, matching greedily from r1 in a window of max(len)/2-1), with its
// match flags in bits and nothing allocated. Its callers pass the lexically
// smaller string first, so that the greedy matching makes it symmetric. At
// most MaxRunes elements of each are read.
func jaro[T byte | rune](r1, r2 []T) float32 {
	r1, r2 = r1[:min(len(r1), MaxRunes)], r2[:min(len(r2), MaxRunes)]
	l1, l2 := len(r1), len(r2)
	if l1 == 0 || l2 == 0 {
		return 0
	}
	if slices.Equal(r1, r2) {
		return 1
	}
	maxDist := max(l1, l2)/2 - 1
	var f1, f2 [MaxRunes / 64]uint64
	match := 0
	for i, c := range r1 {
		for j := max(0, i-maxDist); j < min(l2, i+maxDist+1); j++ {
			if r2[j] == c && f2[j>>6]&(1<<(j&63)) == 0 {
				f1[i>>6] |= 1 << (i & 63)
				f2[j>>6] |= 1 << (j & 63)
				match++
				break
			}
		}
	}
	if match == 0 {
		return 0
	}
	var t float32
	p := 0
	for i, c := range r1 {
		if f1[i>>6]&(1<<(i&63)) == 0 {
			continue
		}
		for f2[p>>6]&(1<<(p&63)) == 0 {
			p++
		}
		if c != r2[p] {
			t++
		}
		p++
	}
	t /= 2
	m := float32(match)
	return (m/float32(l1) + m/float32(l2) + (m-t)/m) / 3.0
}

// commonPrefix returns the length of the common prefix of a and b, at most
// maxPrefix.
func commonPrefix[T byte | rune](a, b []T) int {
	n := 0
	for n < maxPrefix && n < len(a) && n < len(b) && a[n] == b[n] {
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
