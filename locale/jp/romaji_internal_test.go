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

// FuzzKanaASCII checks the ASCII and table paths of appendKana against
// x/text's NFKC read rune by rune.
func FuzzKanaASCII(f *testing.F) {
	for _, s := range []string{"Yamada Taro", "O'Brien-Smith", "a~b", "--x", "A1 b2", "\x7f\x00", "", "SÁNCHEZ ARJONA", "ĳ", "Straße", "µ×÷", "ǅ", "a\u0301", "\xc3",
		"ﾔﾏﾀﾞ ﾀﾛｳ", "カ゛ク", "さゝき", "ユ-コ", "\u3099", "ヾヾ", "カ゚゙", "ガ゙", "ﾊﾟﾟ", "ｳﾞｨ", "山田　太郎", "ＡＢＣ１２", "ゟヿ", "〶〸", "︎", "髙﨑"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, spaces := range []bool{false, true} {
			want := string(appendKanaRunes(nil, s, spaces))
			if isASCII(s) {
				if a := appendKanaASCII(nil, s, spaces); string(a) != want {
					t.Errorf("appendKana(%q, %v): %q in ASCII, %q from x/text", s, spaces, a, want)
				}
			}
			if a, ok := appendKanaTable(nil, s, spaces); ok && string(a) != want {
				t.Errorf("appendKana(%q, %v): %q from the table, %q from x/text", s, spaces, a, want)
			}
		}
	})
}

// TestKanaTable checks the table path of appendKana against x/text on every
// rune it reads, alone and followed by one or two voicing marks.
func TestKanaTable(t *testing.T) {
	marks := []string{"", "ﾞ", "ﾟ", "\u3099", "\u309a", "゛", "゜"}
	var runes []rune
	for r := rune(0x80); r < 0x250; r++ {
		runes = append(runes, r)
	}
	for r := rune(0x3000); r < 0x3100; r++ {
		runes = append(runes, r)
	}
	for r := rune(0xff01); r <= 0xff9f; r++ {
		runes = append(runes, r)
	}
	runes = append(runes, 'a', 'K', '-', ' ', '山', 0x9fff, 0x4e00, 0x3400)
	read := 0
	for _, r := range runes {
		for _, m1 := range marks {
			for _, m2 := range marks {
				s := "ア" + string(r) + m1 + m2 + "カ"
				want := string(appendKanaRunes(nil, s, true))
				if got, ok := appendKanaTable(nil, s, true); ok {
					read++
					if string(got) != want {
						t.Errorf("appendKana(%q): %q from the table, %q from x/text", s, got, want)
					}
				}
			}
		}
	}
	if read < len(runes)*len(marks)*len(marks)*9/10 {
		t.Errorf("the table read only %d strings", read)
	}
}
