package jp

import (
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// FuzzRomajiLetters checks that ParseRomaji reads letters decomposed rune by
// rune from its table ([romajiLetters]) as it reads x/text's NFKD of the
// whole string.
func FuzzRomajiLetters(f *testing.F) {
	for _, s := range []string{"Yamada Tarō", "SÁNCHEZ", "o\u0304\u0323h", "Ǆemal", "ﬁne", "Ｔōkyō", "ẞ", "İ", "\xff", "Ω"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var b1, b2 [64]byte
		k1, ok1 := parseLetters(b1[:0], romajiLetters(nil, s), true)
		k2, ok2 := parseLetters(b2[:0], []byte(norm.NFKD.String(strings.ToLower(s))), true)
		if string(k1) != string(k2) || ok1 != ok2 {
			t.Errorf("%q: %q, %v from the table; %q, %v from x/text", s, k1, ok1, k2, ok2)
		}
	})
}

// FuzzKanaASCII checks the ASCII and Latin paths of appendKana against the
// rune by rune one.
func FuzzKanaASCII(f *testing.F) {
	for _, s := range []string{"Yamada Taro", "O'Brien-Smith", "a~b", "--x", "A1 b2", "\x7f\x00", "", "SÁNCHEZ ARJONA", "ĳ", "Straße", "µ×÷", "ǅ", "a\u0301", "\xc3"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, spaces := range []bool{false, true} {
			want := string(appendKanaRunes(nil, s, spaces))
			if isASCII(s) {
				if a := appendKanaASCII(nil, s, spaces); string(a) != want {
					t.Errorf("appendKana(%q, %v): %q in ASCII, %q rune by rune", s, spaces, a, want)
				}
			}
			if a, ok := appendKanaLatin(nil, s, spaces); ok && string(a) != want {
				t.Errorf("appendKana(%q, %v): %q in Latin, %q rune by rune", s, spaces, a, want)
			}
		}
	})
}
