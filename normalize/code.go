package normalize

// Code folds an identifier or a postcode to its letters and digits: [Text],
// then [Latin], then the spaces removed. "66666666-Q", "66666666q" and
// "６６６６６６６６Ｑ" all give "66666666q"; "1234 AB" gives "1234ab".
func Code(s string) string { return (*Folder)(nil).Code(s) }

// HouseNumber folds a house number or a house-number extension like [Code],
// except that a separator between two digits is kept as one '-', so that a
// range or a Japanese block number keeps its groups: "12 A", "12-a" and "12a"
// give "12a", while "12-14" stays "12-14" (not 1214) and "3-10-10" stays as it
// is.
func HouseNumber(s string) string { return (*Folder)(nil).HouseNumber(s) }

// appendHouseNumber appends to dst the house-number form of t, a value
// already folded by Text and Latin: its spaces removed, but for one between
// two digits, written '-'.
func appendHouseNumber(dst []byte, t string) []byte {
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c != ' ' {
			dst = append(dst, c)
			continue
		}
		// Text leaves single spaces between non-empty words.
		if isDigit(t[i-1]) && isDigit(t[i+1]) {
			dst = append(dst, '-')
		}
	}
	return dst
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
