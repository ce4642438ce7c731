package score

const (
	// sameNumber is the similarity of two house numbers with the same digits
	// and a different letter or suffix ("12A" and "12B"): the same building,
	// not the same dwelling.
	sameNumber = 0.85
	// numberCap bounds the similarity of two different numbers: a different
	// number is a different place, however close the digits look
	// (matching-anchors.md c.3 and c.6: numbers are not fuzzy).
	numberCap = 0.6
	// maxDigits bounds the digit string a number is compared on, and so the
	// quadratic edit distance: no house, block or lot number is longer, so
	// only dirty data is cut.
	maxDigits = 16
)

// Number returns the similarity of two tokens that hold digits, such as house
// numbers ("12", "12a", "3-10-10"), in [0, 1]:
//   - 1 when a == b;
//   - 0.85 when the digits (with their '-' group separators) agree and only
//     the letters differ;
//   - 0 when only one of them holds digits;
//   - otherwise 1 - OSA/len over the digit strings, capped at 0.6, so "12"
//     and "21" give 0.5 and "4" and "5" give 0.
//
// Digit strings are compared on their first 16 characters: no house, block
// or lot number is longer.
func Number(a, b string) float64 {
	if a == b {
		return 1
	}
	da, db := digitsOf(a), digitsOf(b)
	switch {
	case da.n == 0 || db.n == 0:
		return 0
	case da == db && da.n == maxDigits:
		// Equal as far as they are compared, and longer: not known equal.
		return numberCap
	case da == db:
		return sameNumber
	}
	d := osa(da.bytes(), db.bytes())
	n := max(da.n, db.n)
	s := 1 - float64(d)/float64(n)
	return min(numberCap, max(0, s))
}

// digitString is the digit string of a token: its ASCII digits and the '-'
// that separate digit groups, at most maxDigits bytes, in a value that
// compares with == (the bytes past n are zero).
type digitString struct {
	b [maxDigits]byte
	n uint8
}

func (d *digitString) bytes() []byte { return d.b[:d.n] }

// digitsOf returns the digit string of s: its ASCII digits, each '-' that
// follows a digit and precedes another (runs of '-' as one), the first
// maxDigits bytes of them.
func digitsOf(s string) digitString {
	var d digitString
	for i := 0; i < len(s) && d.n < maxDigits; i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			d.b[d.n] = c
			d.n++
		case c == '-' && d.n > 0 && d.b[d.n-1] != '-':
			d.b[d.n] = c
			d.n++
		}
	}
	for d.n > 0 && d.b[d.n-1] == '-' {
		d.n--
		d.b[d.n] = 0
	}
	return d
}

// osa returns the optimal string alignment distance of two byte strings of
// at most maxDigits bytes (insertions, deletions, substitutions and
// transpositions of adjacent bytes, no substring edited twice), as go-edlib's
// OSADamerauLevenshteinDistance does on runes, with three rows on the stack.
func osa(a, b []byte) int {
	var rows [3][maxDigits + 1]uint8
	prev2, prev, cur := &rows[0], &rows[1], &rows[2]
	for j := 0; j <= len(b); j++ {
		prev[j] = uint8(j)
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = uint8(i)
		for j := 1; j <= len(b); j++ {
			cost := uint8(1)
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return int(prev[len(b)])
}

// hasDigit reports whether s holds an ASCII digit.
func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			return true
		}
	}
	return false
}
