package normalize_test

import (
	"regexp"
	"strings"
	"testing"

	"github.com/kycmatch/kycmatch/normalize"
)

// phonePattern is the CAMARA phoneNumber pattern.
var phonePattern = regexp.MustCompile(`^\+[1-9][0-9]{4,14}$`)

func TestValidPhone(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		in   string
		want bool
	}{
		{"spanish mobile", "+34629255833", true},
		{"shortest", "+12345", true},
		{"too short", "+1234", false},
		{"longest", "+123456789012345", true},
		{"too long", "+1234567890123456", false},
		{"42 digits", "+" + strings.Repeat("1", 42), false},
		{"leading zero", "+0123456", false},
		{"letters", "1233aaa4456", false},
		{"letters with plus", "+1233aaa4456", false},
		{"no plus", "34629255833", false},
		{"spaces", "+34 629 25 58 33", false},
		{"trailing newline", "+34629255833\n", false},
		{"full-width plus", "＋34629255833", false},
		{"full-width digits", "+３４629255833", false},
		{"plus only", "+", false},
		{"empty", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			if got := normalize.ValidPhone(tc.in); got != tc.want {
				t.Errorf("ValidPhone(%q) = %v, want %v", tc.in, got, tc.want)
			}
			if re := phonePattern.MatchString(tc.in); re != tc.want {
				t.Errorf("the pattern says %v for %q: fix the table", re, tc.in)
			}
		})
	}
}

func TestPhone(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		in   string
		want string // "" when refused
	}{
		{"e164", "+34629255833", "+34629255833"},
		{"spaced", "+34 629 25 58 33", "+34629255833"},
		{"hyphens", "+34-629-255-833", "+34629255833"},
		{"brackets and dots", "+34 (629) 25.58.33", "+34629255833"},
		{"nanp", "+1 212 555 1234", "+12125551234"},
		{"shortest e164", "+12345", "+12345"},
		// A national number without its country code cannot be placed.
		{"national", "629255833", ""},
		{"national with zero", "0629255833", ""},
		{"country code without plus", "34629255833", ""},
		{"letters", "abc", ""},
		{"empty", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			got, ok := normalize.Phone(tc.in)
			if ok != (tc.want != "") || (ok && got != tc.want) {
				t.Errorf("Phone(%q) = %q, %v, want %q", tc.in, got, ok, tc.want)
			}
		})
	}
}

func TestPhoneRegion(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		in   string
		want string
	}{
		// Calling codes of one country: answered from the code alone.
		{"spain", "+34629255833", "ES"},
		{"netherlands", "+31612345678", "NL"},
		{"japan", "+81312345678", "JP"},
		// Shared calling codes: the full parse tells the countries apart.
		{"united states", "+12125551234", "US"},
		{"canada", "+14165551234", "CA"},
		{"russia", "+79161234567", "RU"},
		{"kazakhstan", "+77011234567", "KZ"},
		// International freephone: no country.
		{"freephone", "+80012345678", ""},
		{"not e164", "34629255833", ""},
		{"spaced", "+34 629 25 58 33", ""},
		{"empty", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			if got := normalize.PhoneRegion(tc.in); got != tc.want {
				t.Errorf("PhoneRegion(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

var phoneSeeds = []string{
	"+34629255833", "+34 629 25 58 33", "+0123456", "1233aaa4456", "+1234", "+12345",
	"+14165551234", "+80012345678", "629255833", "", "+", "++34", "tel:+34-629",
	"+1 (212) 555-1234 ext. 5", "+" + strings.Repeat("9", 42), "\xff",
}

// FuzzValidPhone checks ValidPhone against the CAMARA pattern itself.
func FuzzValidPhone(f *testing.F) {
	for _, s := range phoneSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := normalize.ValidPhone(s), phonePattern.MatchString(s); got != want {
			t.Fatalf("ValidPhone(%q) = %v, pattern %v", s, got, want)
		}
	})
}

func FuzzPhone(f *testing.F) {
	for _, s := range phoneSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		e, ok := normalize.Phone(s)
		if !ok {
			return
		}
		if !normalize.ValidPhone(e) {
			t.Fatalf("Phone(%q) = %q, which ValidPhone refuses", s, e)
		}
		if again, ok := normalize.Phone(e); !ok || again != e {
			t.Fatalf("Phone(%q) = %q, but Phone of that = %q, %v", s, e, again, ok)
		}
		_ = normalize.PhoneRegion(e) // must not panic
	})
}
