package normalize

import "strings"

// Code folds an identifier or a postcode to its letters and digits: [Text],
// then [Latin], then the spaces removed. "66666666-Q", "66666666q" and
// "６６６６６６６６Ｑ" all give "66666666q"; "1234 AB" gives "1234ab".
func Code(s string) string {
	return Compact(Latin(Text(s)))
}

// HouseNumber folds a house number or a house-number extension like [Code],
// except that a separator between two digits is kept as one '-', so that a
// range or a Japanese block number keeps its groups: "12 A", "12-a" and "12a"
// give "12a", while "12-14" stays "12-14" (not 1214) and "3-10-10" stays as it
// is.
func HouseNumber(s string) string {
	t := Latin(Text(s))
	if strings.IndexByte(t, ' ') < 0 {
		return t
	}
	var b strings.Builder
	b.Grow(len(t))
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c != ' ' {
			b.WriteByte(c)
			continue
		}
		// Text leaves single spaces between non-empty words.
		if isDigit(t[i-1]) && isDigit(t[i+1]) {
			b.WriteByte('-')
		}
	}
	// As in Compact: letters brought together may compose.
	return nfkc(b.String())
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// Email folds an e-mail address: NFKC, Unicode case folding, surrounding
// space trimmed. The local part is folded too: providers treat it as
// case-insensitive, and KYC Match compares what a customer typed.
func Email(s string) string {
	return strings.TrimSpace(caseFold(nfkc(s)))
}

// ValidEmail reports whether s has the form local-part@domain: exactly one
// '@', with a non-empty local part of at most 64 bytes before it, a
// domain after it of dot-separated labels of letters, digits and '-', and no
// space or control character anywhere. It is the practical reading of JSON
// Schema's format "email"; quoted local parts (which may hold an '@' or a space) are refused.
func ValidEmail(s string) bool {
	at := strings.IndexByte(s, '@')
	if at <= 0 || at > 64 || at == len(s)-1 || strings.IndexByte(s[at+1:], '@') >= 0 {
		return false
	}
	for _, r := range s {
		if r <= ' ' || r == 0x7f || r == 0xfffd {
			return false
		}
	}
	local, domain := s[:at], s[at+1:]
	if strings.HasPrefix(local, ".") || strings.HasSuffix(local, ".") {
		return false
	}
	for label := range strings.SplitSeq(domain, ".") {
		if label == "" || len(label) > 63 || label[0] == '-' || label[len(label)-1] == '-' {
			return false
		}
		for _, r := range label {
			if r < 0x80 && !isASCIIAlnum(byte(r)) && r != '-' {
				return false
			}
		}
	}
	return true
}
