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
	da, db := digits(a), digits(b)
	switch {
	case da == "" || db == "":
		return 0
	case da == db && len(da) == maxDigits:
		// Equal as far as they are compared, and longer: not known equal.
		return numberCap
	case da == db:
		return sameNumber
	}
	d := osa(da, db)
	n := max(len(da), len(db))
	s := 1 - float64(d)/float64(n)
	return min(numberCap, max(0, s))
}

// digits returns the ASCII digits of s and the '-' that separate digit groups;
// s itself, without allocating, when it is all digits.
func digits(s string) string {
	all := s != ""
	for i := 0; i < len(s) && all; i++ {
		all = s[i] >= '0' && s[i] <= '9'
	}
	if all {
		return s[:min(len(s), maxDigits)]
	}
	var buf [maxDigits]byte
	out := buf[:0]
	for i := 0; i < len(s) && len(out) < maxDigits; i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			out = append(out, c)
		case c == '-' && len(out) > 0 && out[len(out)-1] != '-':
			out = append(out, c)
		}
	}
	for len(out) > 0 && out[len(out)-1] == '-' {
		out = out[:len(out)-1]
	}
	return string(out)
}

// osa returns the optimal string alignment distance of two byte strings of
// at most maxDigits bytes (insertions, deletions, substitutions and
// transpositions of adjacent bytes, no substring edited twice), as go-edlib's
// OSADamerauLevenshteinDistance does on runes, with three rows on the stack.
func osa(a, b string) int {
	var rows [3][maxDigits + 1]int
	prev2, prev, cur := &rows[0], &rows[1], &rows[2]
	for j := 0; j <= len(b); j++ {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
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
	return prev[len(b)]
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
