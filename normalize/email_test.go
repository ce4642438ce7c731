package normalize_test

import (
	"net/netip"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/kycmatch/kycmatch/normalize"
)

// The RFC 5321 Mailbox grammar as regular expressions: a reference written
// apart from ValidEmail's scanner, for FuzzValidEmail.
var (
	atext      = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]"
	dotString  = atext + "+(?:\\." + atext + "+)*"
	quoted     = `"(?:[\x20\x21\x23-\x5b\x5d-\x7e]|\\[\x20-\x7e])*"`
	label      = "[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
	mailboxRef = regexp.MustCompile(`^(` + dotString + `|` + quoted + `)@(` + label + `(?:\.` + label + `)*|\[[^\]]*\])$`)
	ipv4Ref    = regexp.MustCompile(`^([0-9]{1,3})\.([0-9]{1,3})\.([0-9]{1,3})\.([0-9]{1,3})$`)
)

// refValidEmail is ValidEmail by the regular expressions above, RFC 5321's
// sizes and net/netip for IPv6 literals.
func refValidEmail(s string) bool {
	m := mailboxRef.FindStringSubmatch(s)
	if m == nil || len(s) > 254 || len(m[1]) > 64 || len(m[2]) > 255 {
		return false
	}
	domain := m[2]
	if !strings.HasPrefix(domain, "[") {
		for l := range strings.SplitSeq(domain, ".") {
			if len(l) > 63 {
				return false
			}
		}
		return true
	}
	lit := domain[1 : len(domain)-1]
	if v6, ok := strings.CutPrefix(lit, "IPv6:"); ok {
		a, err := netip.ParseAddr(v6)
		return err == nil && a.Is6() && a.Zone() == ""
	}
	p := ipv4Ref.FindStringSubmatch(lit)
	if p == nil {
		return false
	}
	for _, n := range p[1:] {
		if v, _ := strconv.Atoi(n); v > 255 {
			return false
		}
	}
	return true
}

// FuzzValidEmail checks ValidEmail against refValidEmail.
func FuzzValidEmail(f *testing.F) {
	for _, s := range []string{
		"abc@example.com", `"john doe"@example.com`, "user@[192.168.0.1]", "a@[IPv6:::1]",
		"a..b@example.com", "a(b)@example.com", `"a\"b"@x.y`, "a@b-c.d", "a@-b.c", "@", "",
		"josé@ñandú.es", `"@"@a`, "a@[300.1.1.1]", "a@[IPv6:fe80::1%25eth0]",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := normalize.ValidEmail(s), refValidEmail(s); got != want {
			t.Fatalf("ValidEmail(%q) = %v, reference %v", s, got, want)
		}
	})
}
