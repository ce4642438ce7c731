package normalize

import (
	"net/netip"
	"strings"
)

// Email folds an e-mail address: NFKC, Unicode case folding, surrounding
// space trimmed. The local part is folded too: providers treat it as
// case-insensitive, and KYC Match compares what a customer typed.
func Email(s string) string { return (*Folder)(nil).Email(s) }

// Size limits of RFC 5321 section 4.5.3.1: a local part of at most 64
// octets, a domain of at most 255, and a mailbox, as it fits in a path of
// 256 octets with its angle brackets, of at most 254.
const (
	maxLocalPart = 64
	maxDomain    = 255
	maxMailbox   = 254
)

// ValidEmail reports whether s is an e-mail address as JSON Schema's format
// "email" defines it: an RFC 5321 Mailbox (section 4.1.2),
//
//	Mailbox = Local-part "@" ( Domain / address-literal )
//
// The local part is a Dot-string (atoms of letters, digits and
// !#$%&'*+-/=?^_`{|}~ joined by single dots: "first.last+tag") or a
// Quoted-string ("\"john doe\"", where a space, an '@' or two dots are
// allowed, and a backslash escapes any printable character). The domain is
// dot-separated labels of letters, digits and '-' that start and end with a
// letter or a digit, or an address literal: an IPv4 address in brackets
// ("[192.168.0.1]") or an IPv6 one ("[IPv6:::1]"). Everything is ASCII (RFC
// 5321; internationalised addresses are JSON Schema's "idn-email"), and the
// sizes of RFC 5321 section 4.5.3.1 apply.
func ValidEmail(s string) bool {
	if len(s) > maxMailbox {
		return false
	}
	_, n := localPart(s)
	if n == 0 || n > maxLocalPart || n >= len(s) || s[n] != '@' {
		return false
	}
	domain := s[n+1:]
	if len(domain) > maxDomain {
		return false
	}
	if strings.HasPrefix(domain, "[") {
		return addressLiteral(domain)
	}
	return dnsDomain(domain)
}

// localPart returns the local part at the start of s and its length in
// bytes, or 0 when s does not start with one.
func localPart(s string) (string, int) {
	if strings.HasPrefix(s, `"`) {
		// Quoted-string = DQUOTE *QcontentSMTP DQUOTE
		for i := 1; i < len(s); i++ {
			switch c := s[i]; {
			case c == '"':
				return s[:i+1], i + 1
			case c == '\\':
				// quoted-pairSMTP = %d92 %d32-126
				if i+1 >= len(s) || s[i+1] < 32 || s[i+1] > 126 {
					return "", 0
				}
				i++
			case c < 32 || c > 126:
				// qtextSMTP = %d32-33 / %d35-91 / %d93-126
				return "", 0
			}
		}
		return "", 0
	}
	// Dot-string = Atom *("." Atom)
	i := 0
	for {
		start := i
		for i < len(s) && isAtext(s[i]) {
			i++
		}
		if i == start {
			return "", 0
		}
		if i < len(s) && s[i] == '.' {
			i++
			continue
		}
		return s[:i], i
	}
}

// isAtext reports whether c is an RFC 5322 atext character.
func isAtext(c byte) bool {
	return isASCIIAlnum(c) || strings.IndexByte("!#$%&'*+-/=?^_`{|}~", c) >= 0
}

// dnsDomain reports whether s is an RFC 5321 Domain: sub-domains of at most
// 63 octets, each Let-dig [Ldh-str], joined by dots.
func dnsDomain(s string) bool {
	if s == "" {
		return false
	}
	for label := range strings.SplitSeq(s, ".") {
		if label == "" || len(label) > 63 || !isASCIIAlnum(label[0]) || !isASCIIAlnum(label[len(label)-1]) {
			return false
		}
		for i := 1; i < len(label)-1; i++ {
			if !isASCIIAlnum(label[i]) && label[i] != '-' {
				return false
			}
		}
	}
	return true
}

// addressLiteral reports whether s is an RFC 5321 address-literal for IPv4
// ("[127.0.0.1]": four decimal numbers of one to three digits, 0 to 255) or
// IPv6 ("[IPv6:::1]"). General address literals need a standardized tag, and
// IANA has registered none but IPv6, so they are refused.
func addressLiteral(s string) bool {
	if len(s) < 2 || s[0] != '[' || s[len(s)-1] != ']' {
		return false
	}
	lit := s[1 : len(s)-1]
	if v6, ok := strings.CutPrefix(lit, "IPv6:"); ok {
		a, err := netip.ParseAddr(v6)
		return err == nil && a.Is6() && a.Zone() == ""
	}
	parts := 0
	for snum := range strings.SplitSeq(lit, ".") {
		parts++
		if len(snum) == 0 || len(snum) > 3 {
			return false
		}
		n := 0
		for i := 0; i < len(snum); i++ {
			if !isDigit(snum[i]) {
				return false
			}
			n = n*10 + int(snum[i]-'0')
		}
		if n > 255 {
			return false
		}
	}
	return parts == 4
}
