package jp

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

//go:generate go run gen.go -data ../../../shared/data

// variants maps each old or variant kanji to its standard form, from the
// generated variantPairs.
var variants = sync.OnceValue(func() map[rune]rune {
	m := make(map[rune]rune, utf8.RuneCountInString(variantPairs)/2)
	s := variantPairs
	for s != "" {
		a, n := utf8.DecodeRuneInString(s)
		b, k := utf8.DecodeRuneInString(s[n:])
		m[a] = b
		s = s[n+k:]
	}
	return m
})

// FoldKanji returns s with its kanji in their standard forms: NFKC (the
// compatibility ideographs), variation selectors removed, old and variant
// forms folded (髙 as 高, 﨑 as 崎, 邊 and 邉 as 辺, 德 as 徳, 𠮷 as 吉, 澤 as
// 沢), and a kanji repeated right after itself written with 々 (佐佐木 as
// 佐々木). The pairs come from geolonia's jisDai2 old/new table, the
// jinmeiyō list's old forms (Unihan kJinmeiyoKanji), KANJIDIC's
// cross-references and Unihan's variants (gen.go says how). Other runes are
// left as they are.
func FoldKanji(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return r >= 0x2e80 }) {
		return s
	}
	var buf [64]byte
	return keepString(appendFoldKanji(buf[:0], s), s)
}

// appendFoldKanji appends [FoldKanji] of s to dst.
func appendFoldKanji(dst []byte, s string) []byte {
	if !strings.ContainsFunc(s, func(r rune) bool { return r >= 0x2e80 }) {
		return append(dst, s...)
	}
	if !utf8.ValidString(s) {
		// NFKC stops at an invalid byte; read as U+FFFD, as the loop below
		// writes it, so that a second fold finds nothing more to do.
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	if !nfkcStable(s) {
		// A copy, so that s does not leak to the heap through x/text.
		s = norm.NFKC.String(strings.Clone(s))
	}
	v := variants()
	var prev rune
	for _, r := range s {
		if isVariationSelector(r) {
			continue
		}
		if d, ok := v[r]; ok {
			r = d
		}
		dst, prev = appendRepeatMarked(dst, r, prev)
	}
	return dst
}

// appendRepeatMarked appends r to dst, as 々 when it repeats the kanji prev
// (佐佐木 as 佐々木), and returns dst and the prev of the next rune.
func appendRepeatMarked(dst []byte, r, prev rune) ([]byte, rune) {
	if r == prev && unicode.Is(unicode.Han, r) {
		return append(dst, "々"...), 0
	}
	return utf8.AppendRune(dst, r), r
}

func isVariationSelector(r rune) bool {
	return r >= 0xfe00 && r <= 0xfe0f || r >= 0xe0100 && r <= 0xe01ef
}

// isHan reports whether r is a kanji or the iteration mark 々 (or 〆, ヶ
// written inside names).
func isHan(r rune) bool {
	return unicode.Is(unicode.Han, r) || r == '々' || r == '〆'
}

// foldVariantRunes returns s with each old or variant kanji in its standard
// form, rune for rune (縣 as 県, 區 as 区, 濱 as 浜, 﨑 as 崎), and whether it
// changed any. Unlike [FoldKanji] it writes no 々 for a repeated kanji, so
// that an address's 四日市市 and 大町町 keep the suffix the city is read by.
// s is expected in NFKC, and stays so: the table's standard forms are in
// NFKC (gen.go). It returns s itself when nothing changes.
func foldVariantRunes(s string) (string, bool) {
	at := -1
	for i, r := range s {
		if _, ok := variantRune(r); ok {
			at = i
			break
		}
	}
	if at < 0 {
		return s, false
	}
	b := make([]byte, 0, len(s))
	b = append(b, s[:at]...)
	for _, r := range s[at:] {
		if d, ok := variantRune(r); ok {
			r = d
		}
		b = utf8.AppendRune(b, r)
	}
	return string(b), true
}

// variantRune returns the standard form of an old or variant kanji, and
// whether r is one.
func variantRune(r rune) (rune, bool) {
	if r < 0x2e80 {
		return r, false
	}
	d, ok := variants()[r]
	return d, ok
}
