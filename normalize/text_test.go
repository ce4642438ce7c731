package normalize_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/kycmatch/kycmatch/normalize"
)

func TestText(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, in, want string
	}{
		{"ascii folded already", "federica sanchez", "federica sanchez"},
		{"ascii upper case", "FEDERICA", "federica"},
		{"ascii spaces", "  Federica \t  Sanchez\n", "federica sanchez"},
		{"apostrophe", "O'Brien", "o brien"},
		{"hyphen", "Mc-Donald", "mc donald"},
		{"punctuation runs", "a.,;-b", "a b"},
		{"full-width letters", "Ｆｅｄｅｒｉｃａ", "federica"},
		{"full-width digits", "３-１０-１０", "3 10 10"},
		// NFKC composes the half-width voicing mark: ダ is U+30C0, one rune.
		{"half-width katakana", "ﾔﾏﾀﾞ ﾀﾛｳ", "ヤマダ タロウ"},
		{"sharp s", "Straße", "strasse"},
		{"capital sharp s", "STRAẞE", "strasse"},
		{"diacritics kept", "Sánchez", "sánchez"},
		{"decomposed is composed", "Sa\u0301nchez", "sánchez"},
		{"soft hyphen", "Fede\u00adrica", "federica"},
		{"zero-width joiner", "Fede\u200drica", "federica"},
		{"zero-width space", "Fede\u200brica", "federica"},
		{"byte order mark", "\ufeffFederica", "federica"},
		{"punctuation only", "--- !! ...", ""},
		{"empty", "", ""},
		{"spaces only", " \t ", ""},
		{"mark without base", "\u0301abc", "abc"},
		{"mark after separator", "a -\u0301b", "a b"},
		{"mark alone", "\u0301", ""},
		// Full case folding: İ is i followed by U+0307; see TestLatin.
		{"dotted capital i", "İstanbul", "i\u0307stanbul"},
		{"invalid utf-8 is a separator", "a\xffb", "a b"},
		{"invalid utf-8 only", "\xff\xfe", ""},
		// Dropping the joiner brings the mark to its base: one more pass.
		{"joiner between base and mark", "e\u200d\u0301", "é"},
		{"joiner between jamo", "\u1100\u200d\u1161", "\uac00"},
		{"ligature", "ﬁdel", "fidel"},
		{"roman numeral", "Ⅻ", "xii"},
		{"superscript", "x²", "x2"},
		{"emoji", "Ana 😀 María", "ana maría"},
		{"greek", "ΣΟΦΙΑ", "σοφια"},
		{"cyrillic", "ПЁТР", "пётр"},
		{"kana", "がくぱん", "がくぱん"},
		// Unicode case folding maps Cherokee small letters to the capitals
		// (CaseFolding.txt: AB70..ABBF to 13A0..13EF, 13F8..13FD to
		// 13F0..13F5); x/text's cases.Fold swaps them (golang/go#46101).
		{"cherokee capital", "\u13c6", "\u13c6"},
		{"cherokee small", "\uab96", "\u13c6"},
		{"cherokee small ye", "\u13f8", "\u13f0"},
		{"cherokee capital ye", "\u13f0", "\u13f0"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			got := normalize.Text(tc.in)
			if got != tc.want {
				t.Errorf("Text(%q) = %q, want %q", tc.in, got, tc.want)
			}
			if !utf8.ValidString(got) {
				t.Errorf("Text(%q) = %q, not valid UTF-8", tc.in, got)
			}
			if again := normalize.Text(got); again != got {
				t.Errorf("Text(Text(%q)) = %q, want %q", tc.in, again, got)
			}
			if h := normalize.HasContent(tc.in); h != (got != "") {
				t.Errorf("HasContent(%q) = %v, Text = %q", tc.in, h, got)
			}
		})
	}
}

func TestLatin(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, in, want string
	}{
		{"ascii", "federica", "federica"},
		{"acute", "é", "e"},
		{"acute upper", "É", "E"},
		{"name", "sánchez arjona", "sanchez arjona"},
		{"several", "nicolás salmerón", "nicolas salmeron"},
		{"umlaut removed", "müller", "muller"},
		{"cedilla", "françois", "francois"},
		{"tilde", "señor", "senor"},
		{"ogonek", "łódź", "lodz"},
		{"o stroke", "ø", "o"},
		{"O stroke", "Ø", "O"},
		{"l stroke", "ł", "l"},
		{"ae", "æ", "ae"},
		{"AE", "Æ", "AE"},
		{"oe", "œ", "oe"},
		{"sharp s", "ß", "ss"},
		{"d stroke", "đ", "d"},
		{"eth", "ð", "d"},
		{"dotless i", "ı", "i"},
		{"thorn", "þ", "th"},
		{"h stroke", "ħ", "h"},
		{"t stroke", "ŧ", "t"},
		// Text("İstanbul") is "i" + U+0307: the mark follows a Latin letter.
		{"dotted i folded", "i\u0307stanbul", "istanbul"},
		{"mark after latin", "e\u0301", "e"},
		{"marks after latin", "a\u0301\u0302b", "ab"},
		{"mark after non-ascii latin", "ø\u0301", "o"},
		// The voicing marks of kana are never stripped (DESIGN 2.1).
		{"hiragana", "がくぱん", "がくぱん"},
		{"katakana", "ガクパン", "ガクパン"},
		{"mark after kana kept", "か\u3099", "か\u3099"},
		{"cyrillic", "пётр", "пётр"},
		{"cyrillic decomposed", "пе\u0308тр", "пе\u0308тр"},
		{"greek", "ελένη", "ελένη"},
		{"mixed", "señor がくぱん", "senor がくぱん"},
		{"mark after kana after latin", "éが\u3099", "eが\u3099"},
		{"invalid utf-8", "é\xff", "e\ufffd"},
		// A diacritic on a letter of the table: the diacritic goes, then the
		// letter folds (DESIGN 2.1: "ø o", "æ ae").
		{"o stroke acute", "ǿ", "o"},
		{"O stroke acute", "Ǿ", "O"},
		{"ae acute", "ǽ", "ae"},
		{"ae macron", "ǣ", "ae"},
		{"AE acute", "Ǽ", "AE"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			if got := normalize.Latin(tc.in); got != tc.want {
				t.Errorf("Latin(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
	t.Run("istanbul through text", func(t *testing.T) {
		t.Parallel()
		for _, s := range []string{"İstanbul", "ISTANBUL", "istanbul", "İSTANBUL"} {
			if got := normalize.Latin(normalize.Text(s)); got != "istanbul" {
				t.Errorf("Latin(Text(%q)) = %q, want istanbul", s, got)
			}
		}
	})
}

func TestUmlaut(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, in, want string
	}{
		{"u", "müller", "mueller"},
		{"U", "Müller", "Mueller"},
		{"A", "Ärger", "Aerger"},
		{"O", "Öl", "Oel"},
		{"all", "äöüÄÖÜ", "aeoeueAeOeUe"},
		{"none", "muller", "muller"},
		{"other diaeresis", "noël", "noël"},
		{"empty", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			if got := normalize.Umlaut(tc.in); got != tc.want {
				t.Errorf("Umlaut(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestCompact(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, in, want string
	}{
		{"words", "mc donald", "mcdonald"},
		{"several", "a b c", "abc"},
		{"none", "abc", "abc"},
		{"empty", "", ""},
		{"kana", "ヤマダ タロウ", "ヤマダタロウ"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			if got := normalize.Compact(tc.in); got != tc.want {
				t.Errorf("Compact(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestKatakana(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, in, want string
	}{
		{"hiragana", "たろう", "タロウ"},
		{"voiced", "がくぱん", "ガクパン"},
		{"first", "ぁ", "ァ"},
		{"last", "ゖ", "ヶ"},
		{"vu", "ゔ", "ヴ"},
		{"iteration marks", "ゝゞ", "ヽヾ"},
		{"mixed", "ヤマダ たろう", "ヤマダ タロウ"},
		{"katakana untouched", "タロウ", "タロウ"},
		{"half-width untouched", "ﾀﾛｳ", "ﾀﾛｳ"},
		{"yori untouched", "ゟ", "ゟ"},
		{"spacing voice mark untouched", "゛", "゛"},
		{"combining voice mark untouched", "か\u3099", "カ\u3099"},
		{"latin untouched", "taro", "taro"},
		{"empty", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			if got := normalize.Katakana(tc.in); got != tc.want {
				t.Errorf("Katakana(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestHasContent(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		in   string
		want bool
	}{
		{"empty", "", false},
		{"space", " ", false},
		{"punctuation", "--'.", false},
		{"letter", "a", true},
		{"digit", "7", true},
		{"letter after punctuation", "-a", true},
		{"accented", "é", true},
		{"mark only", "\u0301", false},
		{"soft hyphen only", "\u00ad", false},
		{"joiner only", "\u200d", false},
		{"emoji", "😀", false},
		{"full-width digit", "１", true},
		{"half-width kana", "ﾀ", true},
		{"invalid utf-8", "\xff", false},
		{"letter then invalid", "a\xff", true},
		{"ideographic space", "\u3000", false},
		// Letters (Lm, Lo) that NFKC turns into combining marks with no base:
		// Text drops them, so there is nothing to compare (DESIGN 1.2: "at
		// least one letter or digit (after NFKC)").
		{"half-width voiced mark", "\uff9e", false},
		{"half-width semi-voiced mark", "\uff9f", false},
		{"arabic isolated fathatan", "\ufe70", false},
		{"arabic ligature shadda dammatan", "\ufc5e", false},
		{"half-width voiced mark after punctuation", "-\uff9e", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			got := normalize.HasContent(tc.in)
			if got != tc.want {
				t.Errorf("HasContent(%q) = %v, want %v", tc.in, got, tc.want)
			}
			if text := normalize.Text(tc.in); got != (text != "") {
				t.Errorf("HasContent(%q) = %v, but Text = %q", tc.in, got, text)
			}
		})
	}
}

// textSeeds are inputs for the fuzz targets of the text folds.
var textSeeds = []string{
	"", " ", "Federica Sanchez Arjona", "O'Brien", "Ｆｅｄｅｒｉｃａ", "ﾔﾏﾀﾞ ﾀﾛｳ",
	"Straße", "Fede\u00adrica", "Fede\u200drica", "--- !!", "\u0301abc", "İstanbul",
	"a\xffb", "e\u200d\u0301", "\u1100\u200d\u1161", "\u1100 \u1161", "がくぱん",
	"Müller", "ǿ", "½", "¨x", "゛か", "ŉ", "ΣΟΦΙΑ", "пётр", "Ⅻ", "12-14",
	"3-10-10", "\ufeff", "a\u0308\u0301", "ﾀﾞ\u200dﾞ",
}

func FuzzText(f *testing.F) {
	for _, s := range textSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := normalize.Text(s)
		if !utf8.ValidString(out) {
			t.Fatalf("Text(%q) = %q, not valid UTF-8", s, out)
		}
		if again := normalize.Text(out); again != out {
			t.Fatalf("Text(%q) = %q, but Text of that = %q", s, out, again)
		}
		if strings.HasPrefix(out, " ") || strings.HasSuffix(out, " ") || strings.Contains(out, "  ") {
			t.Fatalf("Text(%q) = %q: a space at an end or two in a row", s, out)
		}
		for _, r := range out {
			if r != ' ' && !unicode.IsLetter(r) && !unicode.IsNumber(r) && !unicode.IsMark(r) {
				t.Fatalf("Text(%q) = %q holds %U", s, out, r)
			}
		}
		if h := normalize.HasContent(s); h != (out != "") {
			t.Fatalf("HasContent(%q) = %v, Text = %q", s, h, out)
		}
	})
}

// nonLatin returns the runes of s that are neither Latin letters nor marks.
func nonLatin(s string) []rune {
	var out []rune
	for _, r := range s {
		if !unicode.Is(unicode.Latin, r) && !unicode.IsMark(r) {
			out = append(out, r)
		}
	}
	return out
}

func FuzzLatin(f *testing.F) {
	for _, s := range textSeeds {
		f.Add(s)
		f.Add(normalize.Text(s))
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := normalize.Latin(s)
		if !utf8.ValidString(out) {
			t.Fatalf("Latin(%q) = %q, not valid UTF-8", s, out)
		}
		if again := normalize.Latin(out); again != out {
			t.Fatalf("Latin(%q) = %q, but Latin of that = %q", s, out, again)
		}
		if a, b := nonLatin(s), nonLatin(out); !slices.Equal(a, b) {
			t.Fatalf("Latin(%q) = %q changed runes outside Latin: %q, now %q", s, out, string(a), string(b))
		}
	})
}

func ExampleText() {
	fmt.Println(normalize.Text("  O'Brien, Federica "))
	fmt.Println(normalize.Text("Ｆｅｄｅｒｉｃａ"))
	fmt.Println(normalize.Text("ﾔﾏﾀﾞ ﾀﾛｳ"))
	fmt.Println(normalize.Text("Straße"))
	// Output:
	// o brien federica
	// federica
	// ヤマダ タロウ
	// strasse
}

func ExampleLatin() {
	fmt.Println(normalize.Latin("sánchez ørsted łódź"))
	// The voicing marks of kana are not Latin diacritics: がくぱん stays.
	fmt.Println(normalize.Latin("がくぱん"))
	// Output:
	// sanchez orsted lodz
	// がくぱん
}

func BenchmarkText(b *testing.B) {
	for _, bc := range []struct{ name, in string }{
		{"ascii name", "Federica Sanchez Arjona"},
		{"ascii folded", "federica sanchez arjona"},
		{"accented name", "Federica Sánchez Arjona"},
		{"kana", "ﾔﾏﾀﾞ ﾀﾛｳ"},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				normalize.Text(bc.in)
			}
		})
	}
}
