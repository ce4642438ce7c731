package jp

import (
	"testing"
	"unicode/utf8"
)

// TestNarrowIsNotJapanese checks what [wide] relies on: no rune before
// U+2E80 is kana or kanji, or becomes one through NFKC, so that a value
// without a wide rune is never in kana or kanji.
func TestNarrowIsNotJapanese(t *testing.T) {
	for r := rune(0); r < 0x2e80; r++ {
		s := string(r)
		if wide(s) {
			t.Fatalf("wide(%U)", r)
		}
		if japanese(s) {
			t.Errorf("japanese(%U)", r)
		}
		if sc := ScriptOf(s); sc == ScriptKana || sc == ScriptKanji {
			t.Errorf("ScriptOf(%U) = %v", r, sc)
		}
	}
	for _, s := range []string{"ア", "漢", "ｱ", "Ａ", "\u2e80", "\U00020bb7"} {
		if !wide(s) {
			t.Errorf("wide(%q) = false", s)
		}
	}
}

// latinNames are names and places in Latin letters, romaji and not, for
// the fast paths.
var latinNames = []string{
	"Federica Sanchez Arjona", "SÁNCHEZ ARJONA FEDERICA", "FEDERICA SÁNCHEZ SÁNCHEZ ARJONA", "Federica", "FEDERICA",
	"Madrid", "MADRUD", "Nicolas Salmeron", "NICOLÁS SALMERÓN", "Yamada Taro", "YAMADA TARO", "Taro Yamada",
	"Yamada Tarō", "Yamada Tarou", "Yamada Taroh", "Ōno", "Ohno", "Ono", "Oono", "Homma", "Honma", "Shin'ichi",
	"Shinnichi", "BILLY JOEL", "Joel Billy", "Ölaf Müller", "Олег Иванов", "ОЛЕГ ИВАНОВ", "Jean-Luc Picard",
	"O'Brien", "OBRIEN", "ǅemal", "Straße", "STRASSE", "ﬁne", "e\u0301cole", "école", "Taro_Yamada", "Yamada (Taro)",
	"Chiyoda-ku", "chiyoda ku", "CHIYODA KU", "Iidabashi", "IIDABASHI", "Tokyo-to Chiyoda-ku", "Sapporo-shi Chuo-ku",
	"Higashimukainaka-cho", "Higashimukainaka machi", "Maria Rossi", "Mario Rossi", "Rossi Maria", "123", "1 23",
	"-", "'", "x", "n", "nn", "kk", "Yamada, Taro", "YAMADA-TARO", "\xff\xfe bad", "Ana María", "ANA MARIA",
	"Chuan-cho Yanaginobamba-dori Matsubara-sagaru", "Chuan-cho", "Kawaramachi Nijo-Sagaru Ichinofunairi-cho",
	"Ichinofunairi-cho", "Shiru", "Kita 24-jo Nishi", "SMITH JOHN", "Smith, John", "John Smith", "JOHN MICHAEL SMITH",
	"SMITH JOHN MICHAEL", "MARIA LOPEZ GARCIA", "GARCIA LOPEZ MARIA", "Maria Garcia Lopez", "ROSSI, MARIA",
}

// TestLatinFastPaths checks that the allocation-free equality of two names
// or places in Latin letters answers as the work of newName and newPlace.
func TestLatinFastPaths(t *testing.T) {
	for _, q := range latinNames {
		for _, r := range latinNames {
			checkLatinFastPaths(t, q, r)
		}
	}
}

// FuzzLatinFastPaths is TestLatinFastPaths on any two values that are not
// wide.
func FuzzLatinFastPaths(f *testing.F) {
	for i, q := range latinNames {
		f.Add(q, latinNames[(i*7+3)%len(latinNames)])
	}
	f.Fuzz(func(t *testing.T, q, r string) {
		if wide(q) || wide(r) || len(q) > 200 || len(r) > 200 {
			return
		}
		checkLatinFastPaths(t, q, r)
	})
}

func checkLatinFastPaths(t *testing.T, q, r string) {
	t.Helper()
	qn, rn := newName(q, Options{}), newName(r, Options{})
	for _, full := range []bool{false, true} {
		if f, eq, ok := equalLatin(q, r, full); ok {
			m := compareNames(qn, rn, Options{FullName: full}, false)
			if eq != m.Equal || eq && f != m.Folds {
				t.Errorf("equalLatin(%q, %q, %v) = %v, %v; compareNames %+v", q, r, full, f, eq, m)
			}
		} else if !hasAlternatives(r) && utf8.ValidString(q) && utf8.ValidString(r) {
			t.Errorf("equalLatin(%q, %q, %v) cannot tell", q, r, full)
		}
	}
	if romaji, ok := bothRomaji(q, r); ok && romaji != (qn.script == ScriptRomaji && rn.script == ScriptRomaji) {
		t.Errorf("bothRomaji(%q, %q) = %v; scripts %v, %v", q, r, romaji, qn.script, rn.script)
	}
	for _, city := range []bool{false, true} {
		if f, eq, ok := equalLatinPlace(q, r, city); ok {
			_, eq2, f2 := PlaceComparer{City: city}.compare(newPlace(q), newPlace(r))
			if eq != eq2 || eq && f != f2 {
				t.Errorf("equalLatinPlace(%q, %q, %v) = %v, %v; compare %v, %v", q, r, city, f, eq, f2, eq2)
			}
		}
	}
}

// TestMayHoldKanji checks that no rune mayHoldKanji lets by in the kana, CJK
// punctuation and width blocks has a kanji in its Kana.
func TestMayHoldKanji(t *testing.T) {
	for _, block := range [][2]rune{{0x3000, 0x30ff}, {0xff00, 0xffef}} {
		for r := block[0]; r <= block[1]; r++ {
			s := "ア" + string(r)
			if !mayHoldKanji(s) && ScriptOf(s) == ScriptKanji {
				t.Errorf("mayHoldKanji(%q) = false, but it is kanji", s)
			}
		}
	}
	for _, s := range []string{"山田", "ヤマ々", "〸", "㍻", "⼭", "髙"} {
		if !mayHoldKanji(s) {
			t.Errorf("mayHoldKanji(%q) = false", s)
		}
	}
}

// TestKanjiAmongKana checks kanjiAmongKana against the Han script.
func TestKanjiAmongKana(t *testing.T) {
	for r := rune(0x3000); r <= 0x30ff; r++ {
		if isHan(r) && !kanjiAmongKana(r) {
			t.Errorf("kanjiAmongKana(%U) = false, but it is Han", r)
		}
	}
}
