package score

import (
	edlib "github.com/hbollon/go-edlib"
)

const (
	// sameNumber is the similarity of two house numbers with the same digits
	// and a different letter or suffix ("12A" and "12B"): the same building,
	// not the same dwelling.
	sameNumber = 0.85
	// numberCap bounds the similarity of two different numbers: a different
	// number is a different place, however close the digits look
	// (matching-anchors.md c.3 and c.6: numbers are not fuzzy).
	numberCap = 0.6
)

// Number returns the similarity of two tokens that hold digits, such as house
// numbers ("12", "12a", "3-10-10"), in [0, 1]:
//   - 1 when a == b;
//   - 0.85 when the digits (with their '-' group separators) agree and only
//     the letters differ;
//   - 0 when only one of them holds digits;
//   - otherwise 1 - OSA/len over the digit strings, capped at 0.6, so "12"
//     and "21" give 0.5 and "4" and "5" give 0.
func Number(a, b string) float64 {
	if a == b {
		return 1
	}
	da, db := digits(a), digits(b)
	switch {
	case da == "" || db == "":
		return 0
	case da == db:
		return sameNumber
	}
	d := edlib.OSADamerauLevenshteinDistance(da, db)
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
		return s
	}
	var buf [32]byte
	out := buf[:0]
	for i := 0; i < len(s); i++ {
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

// hasDigit reports whether s holds an ASCII digit.
func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			return true
		}
	}
	return false
}
