package normalize

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestOneFoldEveryRune checks the one-pass fold against the general path on
// every rune of the table alone, between letters and between spaces, and on
// every half-width kana with each voicing mark.
func TestOneFoldEveryRune(t *testing.T) {
	t.Parallel()
	check := func(s string) {
		t.Helper()
		if got, ok := oneFoldText(s); ok && got != generalText(s) {
			t.Errorf("oneFoldText(%q) = %q, general path %q", s, got, generalText(s))
		}
	}
	n := 0
	for _, rg := range foldRanges {
		for r := rg[0]; r < rg[1]; r++ {
			c := string(r)
			for _, s := range []string{c, "a" + c + "b", " " + c + " ", c + c, "ｶ" + c, c + "ﾞ", "漢" + c + "字"} {
				check(s)
			}
			n++
		}
	}
	for base := rune(0xFF61); base <= 0xFF9F; base++ {
		for _, m := range []string{"ﾞ", "ﾟ", "ﾞﾞ", "ﾞﾟ", " ﾞ"} {
			check(string(base) + m)
		}
	}
	if n < 1000 {
		t.Fatalf("only %d runes in the table", n)
	}
}

// TestOneFoldTakes checks that the one-pass fold takes the inputs it was
// written for, so that they do not silently go the general way.
func TestOneFoldTakes(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"Sánchez Arjona", "Müller-Lüdenscheidt", "ﾔﾏﾀﾞ ﾀﾛｳ", "ヤマダ タロウ", "やまだ　たろう", "山田 太郎",
		"ＦＥＤＥＲＩＣＡ", "Straße", "Łódź", "Nguyễn Văn", "東京都千代田区飯田橋３丁目１０番１０号", "ﾊﾟﾋﾟﾌﾟ",
	} {
		got, ok := oneFoldText(s)
		if !ok {
			t.Errorf("oneFoldText(%q) refused", s)
			continue
		}
		if want := generalText(s); got != want {
			t.Errorf("oneFoldText(%q) = %q, general path %q", s, got, want)
		}
	}
	for _, s := range []string{"e\u0301", "a\u200db", "Ελλάδα", "ｱ\u3099", "ﾞ", "\xff", "가", "ﾡￂ"} {
		if got, ok := oneFoldText(s); ok {
			t.Errorf("oneFoldText(%q) = %q: the general path must take it", s, got)
		}
	}
}

// FuzzOneFold compares the one-pass fold with the general path on strings
// of runes drawn mostly from the table.
func FuzzOneFold(f *testing.F) {
	f.Add([]byte("Sánchez ﾔﾏﾀﾞ"), uint64(1))
	f.Add([]byte{0xff, 0x00, 0x10}, uint64(2))
	var pool []rune
	for _, rg := range foldRanges {
		for r := rg[0]; r < rg[1]; r++ {
			pool = append(pool, r)
		}
	}
	pool = append(pool, 'a', 'Z', '0', ' ', '-', 0x301, 0x3099, 0x200d, 0x4E00, 0x1100, 0x1161, 0x391)
	f.Fuzz(func(t *testing.T, raw []byte, seed uint64) {
		rng := rand.New(rand.NewPCG(seed, uint64(len(raw))))
		var b strings.Builder
		for _, c := range raw {
			if c < 0x80 {
				b.WriteByte(c)
			} else {
				b.WriteRune(pool[rng.IntN(len(pool))])
			}
		}
		s := b.String()
		if got, ok := oneFoldText(s); ok {
			if want := generalText(s); got != want {
				t.Fatalf("oneFoldText(%q) = %q, general path %q", s, got, want)
			}
			if !utf8.ValidString(got) {
				t.Fatalf("oneFoldText(%q) = %q, not UTF-8", s, got)
			}
		}
		if Text(s) != generalText(s) {
			t.Fatalf("Text(%q) = %q, general path %q", s, Text(s), generalText(s))
		}
	})
}
