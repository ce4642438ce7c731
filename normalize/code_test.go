package normalize_test

import (
	"fmt"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/kycmatch/kycmatch/normalize"
)

func TestCode(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, in, want string
	}{
		// DESIGN 2.1: idDocument and postalCode.
		{"dni with hyphen", "66666666-Q", "66666666q"},
		{"dni folded", "66666666q", "66666666q"},
		{"dni full-width", "６６６６６６６６Ｑ", "66666666q"},
		{"dutch postcode", "1234 AB", "1234ab"},
		{"japanese postcode", "102-8460", "1028460"},
		{"accented letter", "Ñ-123", "n123"},
		{"surrounding space", "  x-1 ", "x1"},
		{"punctuation only", "--", ""},
		{"empty", "", ""},
		// Letters and digits only, in NFKC like every fold: conjoining jamo
		// brought together by the removed space compose, as they do in
		// Code("\u1100\u1161") (canonically equivalent to U+AC00).
		{"conjoining jamo", "\u1100 \u1161", "\uac00"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			got := normalize.Code(tc.in)
			if got != tc.want {
				t.Errorf("Code(%q) = %q, want %q", tc.in, got, tc.want)
			}
			if again := normalize.Code(got); again != got {
				t.Errorf("Code(Code(%q)) = %q, want %q", tc.in, again, got)
			}
		})
	}
}

func TestHouseNumber(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, in, want string
	}{
		// DESIGN 2.1: 12 A = 12-a = 12a; 12-14 is not 1214.
		{"space letter", "12 A", "12a"},
		{"hyphen letter", "12-a", "12a"},
		{"run together", "12a", "12a"},
		{"upper", "12A", "12a"},
		{"full-width", "１２Ａ", "12a"},
		{"range", "12-14", "12-14"},
		{"range spaced", "12 - 14", "12-14"},
		{"range with slash", "12/14", "12-14"},
		{"run together digits", "1214", "1214"},
		{"block number", "3-10-10", "3-10-10"},
		{"one then two digits", "1 23", "1-23"},
		{"two then one digit", "12 3", "12-3"},
		{"bis", "4 bis", "4bis"},
		{"sin numero", "s/n", "sn"},
		{"letter first", "a 12", "a12"},
		{"accented", "4 é", "4e"},
		{"empty", "", ""},
		// As for Code: the letters brought together must be in NFKC.
		{"conjoining jamo", "\u1100 \u1161", "\uac00"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			got := normalize.HouseNumber(tc.in)
			if got != tc.want {
				t.Errorf("HouseNumber(%q) = %q, want %q", tc.in, got, tc.want)
			}
			if again := normalize.HouseNumber(got); again != got {
				t.Errorf("HouseNumber(HouseNumber(%q)) = %q, want %q", tc.in, again, got)
			}
		})
	}
	t.Run("1 23 and 12 3 differ", func(t *testing.T) {
		t.Parallel()
		if normalize.HouseNumber("1 23") == normalize.HouseNumber("12 3") {
			t.Errorf("HouseNumber(1 23) == HouseNumber(12 3) = %q", normalize.HouseNumber("1 23"))
		}
	})
}

func TestEmail(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, in, want string
	}{
		{"folded", "abc@example.com", "abc@example.com"},
		{"upper", "ABC@Example.COM", "abc@example.com"},
		{"trimmed", "  abc@example.com\t", "abc@example.com"},
		{"full-width", "ＡＢＣ@example.com", "abc@example.com"},
		{"sharp s", "Straße@example.de", "strasse@example.de"},
		{"empty", "", ""},
		// Case folding (CaseFolding.txt) maps Cherokee small letters to the
		// capitals; see TestText.
		{"cherokee", "\uab96@example.com", "\u13c6@example.com"},
		{"cherokee capital", "\u13c6@example.com", "\u13c6@example.com"},
		// DESIGN 2.1: "the whole address trimmed". NFKC turns the spacing
		// acute U+00B4 into a space and a combining acute; the space must
		// not survive at the start.
		{"nfkc space at the start", "\u00b4abc@example.com", "\u0301abc@example.com"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			got := normalize.Email(tc.in)
			if got != tc.want {
				t.Errorf("Email(%q) = %q, want %q", tc.in, got, tc.want)
			}
			if again := normalize.Email(got); again != got {
				t.Errorf("Email(Email(%q)) = %q, want %q", tc.in, again, got)
			}
		})
	}
}

func TestValidEmail(t *testing.T) {
	t.Parallel()
	local64 := strings.Repeat("a", 64)
	tests := []struct {
		name string
		in   string
		want bool
	}{
		// The kyc-match v0.2.1 test plan's invalid values.
		{"empty", "", false},
		{"test plan invalid_value", "invalid_value", false},
		{"plain", "abc@example.com", true},
		{"plus and dots", "first.last+tag@sub.example.co.uk", true},
		{"single label domain", "a@localhost", true},
		// RFC 5321 is ASCII; internationalised addresses are JSON Schema's
		// idn-email, which KYC Match does not use.
		{"non-ascii", "josé@ñandú.es", false},
		// Issue 6: accepted before, and not RFC 5321 mailboxes.
		{"two dots", "a..b@example.com", false},
		{"parentheses", "a(b)@example.com", false},
		{"comma", "a,b@example.com", false},
		{"backslash", `a\b@example.com`, false},
		// Issue 6: refused before, and RFC 5321 mailboxes.
		{"quoted local part with a space", `"john doe"@example.com`, true},
		{"ipv4 address literal", "user@[192.168.0.1]", true},
		{"quoted pair", `"a\"b"@example.com`, true},
		{"quoted pair of a space", `"a\ b"@example.com`, true},
		{"unterminated quote", `"john doe@example.com`, false},
		{"quote in the middle", `jo"hn"@example.com`, false},
		{"quoted and dotted", `"a".b@example.com`, false},
		{"tab in quotes", "\"a\tb\"@example.com", false},
		{"ipv6 literal", "a@[IPv6:2001:db8::1]", true},
		{"ipv6 literal with ipv4 tail", "a@[IPv6:::ffff:192.0.2.1]", true},
		{"ipv6 literal without tag", "a@[2001:db8::1]", false},
		{"ipv6 tag with ipv4", "a@[IPv6:192.0.2.1]", false},
		{"ipv6 zone", "a@[IPv6:fe80::1%eth0]", false},
		{"ipv4 literal, 256", "a@[192.168.0.256]", false},
		{"ipv4 literal, three parts", "a@[192.168.0]", false},
		{"ipv4 literal, four digits", "a@[0192.168.0.1]", false},
		{"ipv4 literal, leading zeros", "a@[001.002.003.004]", true},
		{"general address literal", "a@[x400:c=gb]", false},
		{"empty literal", "a@[]", false},
		{"all atext", "!#$%&'*+-/=?^_`{|}~@example.com", true},
		{"numeric domain", "a@123.456", true},
		{"mailbox 254 bytes", local64 + "@" + strings.Repeat("b", 63) + "." + strings.Repeat("c", 63) + "." + strings.Repeat("d", 61), true},
		{"mailbox 255 bytes", local64 + "@" + strings.Repeat("b", 63) + "." + strings.Repeat("c", 63) + "." + strings.Repeat("d", 62), false},
		{"no domain", "a@", false},
		{"no local part", "@b.com", false},
		{"only at", "@", false},
		{"space in local part", "a b@c.com", false},
		{"space in domain", "a@b .com", false},
		{"trailing space", "a@b.com ", false},
		{"leading space", " a@b.com", false},
		{"tab", "a\t@b.com", false},
		{"newline", "a@b.com\n", false},
		{"nul", "a\x00@b.com", false},
		{"del", "a\x7f@b.com", false},
		{"local part 64 bytes", local64 + "@example.com", true},
		{"quoted local part 64 bytes", `"` + local64[:62] + `"@example.com`, true},
		{"quoted local part 65 bytes", `"` + local64[:63] + `"@example.com`, false},
		{"local part 65 bytes", local64 + "a@example.com", false},
		{"local part starts with dot", ".a@b.com", false},
		{"local part ends with dot", "a.@b.com", false},
		{"empty label", "a@b..com", false},
		{"trailing dot", "a@b.com.", false},
		{"leading dot", "a@.b.com", false},
		{"label starts with hyphen", "a@-b.com", false},
		{"label ends with hyphen", "a@b-.com", false},
		{"hyphen inside label", "a@b-c.com", true},
		{"label 63 bytes", "a@" + strings.Repeat("b", 63) + ".com", true},
		{"label 64 bytes", "a@" + strings.Repeat("b", 64) + ".com", false},
		{"underscore in domain", "a@b_c.com", false},
		{"invalid utf-8", "a\xff@b.com", false},
		{"invalid utf-8 in domain", "a@b\xff.com", false},
		{"replacement character", "a\ufffd@b.com", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			if got := normalize.ValidEmail(tc.in); got != tc.want {
				t.Errorf("ValidEmail(%q) = %v, want %v", tc.in, got, tc.want)
			}
		})
	}
}

// onlyLettersDigits reports whether s holds letters and digits only (and
// the combining marks that belong to letters of other scripts).
func onlyLettersDigits(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsNumber(r) && !unicode.IsMark(r) {
			return false
		}
	}
	return true
}

func FuzzCode(f *testing.F) {
	for _, s := range textSeeds {
		f.Add(s)
	}
	for _, s := range []string{"66666666-Q", "６６６６６６６６Ｑ", "1234 AB", "102-8460"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := normalize.Code(s)
		if !utf8.ValidString(out) || !onlyLettersDigits(out) {
			t.Fatalf("Code(%q) = %q: not letters and digits only", s, out)
		}
		if again := normalize.Code(out); again != out {
			t.Fatalf("Code(%q) = %q, but Code of that = %q", s, out, again)
		}
	})
}

func FuzzHouseNumber(f *testing.F) {
	for _, s := range textSeeds {
		f.Add(s)
	}
	for _, s := range []string{"12 A", "12-a", "12-14", "1 23", "12 3", "3-10-10", "4 bis", "s/n", "½"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := normalize.HouseNumber(s)
		if !utf8.ValidString(out) {
			t.Fatalf("HouseNumber(%q) = %q, not valid UTF-8", s, out)
		}
		if again := normalize.HouseNumber(out); again != out {
			t.Fatalf("HouseNumber(%q) = %q, but HouseNumber of that = %q", s, out, again)
		}
		if strings.Contains(out, " ") || strings.HasPrefix(out, "-") || strings.HasSuffix(out, "-") || strings.Contains(out, "--") {
			t.Fatalf("HouseNumber(%q) = %q: a space or a stray '-'", s, out)
		}
	})
}

func FuzzEmail(f *testing.F) {
	for _, s := range []string{
		"abc@example.com", " ABC@Example.COM ", "ＡＢＣ@example.com", "Straße@example.de",
		"", "\xff", "\u00b4abc@example.com", "a\u00a8@b.c", "İ@x.tr",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := normalize.Email(s)
		if again := normalize.Email(out); again != out {
			t.Fatalf("Email(%q) = %q, but Email of that = %q", s, out, again)
		}
		if strings.TrimSpace(out) != out {
			t.Fatalf("Email(%q) = %q: not trimmed", s, out)
		}
	})
}

func ExampleCode() {
	fmt.Println(normalize.Code("66666666-Q"))
	fmt.Println(normalize.Code("６６６６６６６６Ｑ"))
	fmt.Println(normalize.Code("1234 AB"))
	// Output:
	// 66666666q
	// 66666666q
	// 1234ab
}
