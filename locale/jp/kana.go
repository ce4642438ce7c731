package jp

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Kana returns the canonical katakana form of a kana reading, with its words
// run together: every rune through NFKC (half-width katakana become
// full-width, their voicing marks composed: ｶﾞ is ガ), hiragana written in
// katakana, the spacing voicing marks ゛ and ゜ composed with the kana before
// them (カ゛ is ガ), the iteration marks ゝゞヽヾ spelled out, the long-vowel
// look-alikes after a kana (ｰ － ‐ ‑ ‒ – — ― − ─ ━ 〜 ～ -) written ー, Latin
// letters case-folded, and spaces (U+0020, U+3000), the middle dot ・ and
// other punctuation dropped. Kanji and other letters are kept as they are.
//
// Kana is idempotent; it returns "" when s holds no letter or digit.
func Kana(s string) string {
	var buf [64]byte
	return keepString(appendKana(buf[:0], s, false), s)
}

// KanaWords returns [Kana] of each space-separated word of s (spaces U+0020,
// U+3000, the middle dot ・ and other punctuation separate words), so that
// the boundary between a family and a given name survives; empty words are
// left out.
func KanaWords(s string) []string {
	var buf [64]byte
	return appendWords(nil, string(appendKana(buf[:0], s, true)))
}

// appendWords appends the words of s, separated by single spaces, to dst.
func appendWords(dst []string, s string) []string {
	for w := range strings.SplitSeq(s, " ") {
		if w != "" {
			dst = append(dst, w)
		}
	}
	return dst
}

// keepString returns b as a string: s itself when they are the same bytes,
// so that a fold that changes nothing allocates nothing.
func keepString(b []byte, s string) string {
	if string(b) == s {
		return s
	}
	return string(b)
}

// appendKana appends the canonical katakana of s to dst; with spaces, one
// space marks where a separator stood. It allocates nothing when dst has room
// and s is valid UTF-8 in ASCII, Latin, kana or kanji ([appendKanaTable]).
func appendKana(dst []byte, s string, spaces bool) []byte {
	if isASCII(s) {
		return appendKanaASCII(dst, s, spaces)
	}
	if out, ok := appendKanaTable(dst, s, spaces); ok {
		return out
	}
	return appendKanaRunes(dst, s, spaces)
}

// appendKanaRunes is appendKana of any s: x/text's NFKC, then rune by rune.
func appendKanaRunes(dst []byte, s string, spaces bool) []byte {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, " ")
	}
	// The spacing voicing marks ゛ ゜ (U+309B, U+309C) are mapped by NFKC to a
	// space and the combining mark: make them combining first, so that NFC
	// composes them with the kana before.
	if strings.Contains(s, "\u309b") || strings.Contains(s, "\u309c") {
		s = strings.NewReplacer("\u309b", "\u3099", "\u309c", "\u309a").Replace(s)
	}
	s = norm.NFKC.String(s)
	w := kanaWriter{fold: latinFold(), start: len(dst), spaces: spaces}
	for _, r := range s {
		dst = w.add(dst, r)
	}
	return dst
}

// kanaWriter writes the runes of a string in NFKC as appendKana does, to
// the buffer passed along (not kept in it, so that a caller's buffer on the
// stack stays there).
type kanaWriter struct {
	fold   *[0x250]rune // latinFold
	start  int
	spaces bool
	prev   rune // the last kana written, for ヽ ヾ and ー
	sep    bool
}

func (w *kanaWriter) add(dst []byte, r rune) []byte {
	if r < 0x250 && r != '-' && r != '~' {
		// ASCII and Latin, from a table: a letter or digit in lower case,
		// anything else a separator.
		f := w.fold[r]
		if f < 0 {
			w.sep, w.prev = true, 0
			return dst
		}
		if w.sep && w.spaces && len(dst) > w.start {
			dst = append(dst, ' ')
		}
		w.sep, w.prev = false, 0
		return utf8.AppendRune(dst, f)
	}
	switch {
	case r >= 0x3041 && r <= 0x3096 || r == 0x309d || r == 0x309e:
		r += 0x60 // hiragana to katakana, ゝゞ to ヽヾ
	case r == 0x3099 || r == 0x309a:
		// A combining voicing mark NFC could not compose: drop it.
		return dst
	}
	switch {
	case r == 0x30fd || r == 0x30fe: // ヽ ヾ repeat the kana before
		if w.prev == 0 {
			return dst
		}
		mark := r
		r = unvoiced(w.prev)
		if mark == 0x30fe {
			r = voiced(r)
		}
		if r == 0 {
			return dst
		}
	case isLongVowelLike(r):
		if w.prev == 0 {
			w.sep = true
			return dst
		}
		r = 'ー'
	case unicode.IsLetter(r) || unicode.IsNumber(r) || r == 'ー':
		if r < utf8.RuneSelf || unicode.Is(unicode.Latin, r) {
			r = unicode.ToLower(r)
		}
	default:
		w.sep = true
		w.prev = 0
		return dst
	}
	if w.sep && w.spaces && len(dst) > w.start {
		dst = append(dst, ' ')
	}
	w.sep = false
	dst = utf8.AppendRune(dst, r)
	if isKatakana(r) {
		w.prev = r
	} else {
		w.prev = 0
	}
	return dst
}

// latinFold holds what kanaWriter.add writes of each rune before U+0250
// but the hyphen and the tilde (which lengthen a kana before them): the rune
// in lower case when it is a Latin letter, itself when it is another letter
// or a digit, -1 when it separates words.
var latinFold = sync.OnceValue(func() *[0x250]rune {
	t := new([0x250]rune)
	for r := range rune(0x250) {
		switch {
		case !unicode.IsLetter(r) && !unicode.IsNumber(r):
			t[r] = -1
		case r < utf8.RuneSelf || unicode.Is(unicode.Latin, r):
			t[r] = unicode.ToLower(r)
		default:
			t[r] = r
		}
	}
	return t
})

// nfkcTable is what appendKanaTable knows of NFKC: for the runes of the
// blocks names are written in, the one rune NFKC makes of each alone (-1
// when it makes another number of runes, or the rune is a combining mark
// other than the voicing marks, which the table cannot read), and the
// composition of the kana with the voicing marks.
type nfkcTable struct {
	latin    [0x250 - 0x80]rune // U+0080..U+024F
	kana     [0x100]rune        // U+3000..U+30FF
	wide     [0x9f]rune         // U+FF01..U+FF9F: full-width ASCII, half-width kana
	composed [2][0x100]rune     // kana U+3000..U+30FF with U+3099, U+309A; 0 for none
}

var nfkc = sync.OnceValue(func() *nfkcTable {
	t := new(nfkcTable)
	one := func(r rune) rune {
		if r == 0x3099 || r == 0x309a {
			return r
		}
		if c := norm.NFKC.PropertiesString(string(r)).CCC(); c != 0 {
			return -1 // a combining mark
		}
		m := []rune(norm.NFKC.String(string(r)))
		if len(m) != 1 {
			return -1
		}
		if m[0] != 0x3099 && m[0] != 0x309a && norm.NFKC.PropertiesString(string(m[0])).CCC() != 0 {
			return -1
		}
		return m[0]
	}
	for r := rune(0x80); r < 0x250; r++ {
		t.latin[r-0x80] = one(r)
	}
	for r := rune(0x3000); r < 0x3100; r++ {
		t.kana[r-0x3000] = one(r)
		for i, mark := range [2]rune{0x3099, 0x309a} {
			if c := []rune(norm.NFC.String(string([]rune{r, mark}))); len(c) == 1 {
				t.composed[i][r-0x3000] = c[0]
			}
		}
	}
	for r := rune(0xff01); r <= 0xff9f; r++ {
		t.wide[r-0xff01] = one(r)
	}
	// The spacing voicing marks, as appendKanaRunes reads them.
	t.kana[0x9b], t.kana[0x9c] = 0x3099, 0x309a
	return t
})

// nfkcStable reports whether NFKC leaves s alone as far as nfkcTable tells:
// every rune one it maps to itself, or a CJK unified ideograph, and no
// voicing mark; false when it cannot tell.
func nfkcStable(s string) bool {
	t := nfkc()
	for _, r := range s {
		if t.of(r) != r || r == 0x3099 || r == 0x309a {
			return false
		}
	}
	return true
}

// of returns the one rune NFKC makes of r, -1 when the table cannot tell
// (utf8.RuneError included).
func (t *nfkcTable) of(r rune) rune {
	switch {
	case r < 0x80:
		return r
	case r < 0x250:
		return t.latin[r-0x80]
	case r >= 0x3000 && r < 0x3100:
		return t.kana[r-0x3000]
	case r >= 0xff01 && r <= 0xff9f:
		return t.wide[r-0xff01]
	case r >= 0x4e00 && r <= 0x9fff || r >= 0x3400 && r <= 0x4dbf:
		return r
	}
	return -1
}

// appendKanaTable is appendKana of s when every rune of it is one nfkcTable
// knows or a CJK unified ideograph (which NFKC leaves alone), without x/text;
// ok false for any other s. NFKC of such runes is their one rune each, the
// voicing marks composed with the kana before them unless a mark that could
// not compose stands between (TestKanaTable, FuzzKanaASCII).
func appendKanaTable(dst []byte, s string, spaces bool) ([]byte, bool) {
	t := nfkc()
	w := kanaWriter{fold: latinFold(), start: len(dst), spaces: spaces}
	starter := rune(-1) // the last starter, not written yet: a mark may follow
	blocked := false    // a mark that did not compose stands after it
	for i := 0; i < len(s); {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		i += n
		m := t.of(r)
		if m < 0 {
			return dst[:w.start], false
		}
		if m == 0x3099 || m == 0x309a {
			if starter >= 0x3000 && starter < 0x3100 && !blocked {
				if c := t.composed[m-0x3099][starter-0x3000]; c != 0 {
					starter = c
					continue
				}
			}
			blocked = true
			if starter >= 0 {
				dst = w.add(dst, starter)
				starter = -1
			}
			dst = w.add(dst, m)
			continue
		}
		if starter >= 0 {
			dst = w.add(dst, starter)
		}
		if m < 0x250 {
			// No mark composes with it: written now.
			dst, starter = w.add(dst, m), -1
			continue
		}
		starter, blocked = m, false
	}
	if starter >= 0 {
		dst = w.add(dst, starter)
	}
	return dst, true
}

// appendKanaASCII is appendKana of s in ASCII: its letters and digits, in
// lower case (there is no kana before a hyphen or a tilde to lengthen).
func appendKanaASCII(dst []byte, s string, spaces bool) []byte {
	start := len(dst)
	sep := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		default:
			sep = true
			continue
		}
		if sep && spaces && len(dst) > start {
			dst = append(dst, ' ')
		}
		sep = false
		dst = append(dst, c)
	}
	return dst
}

// isLongVowelLike reports whether r is ー or a character written for it
// (after NFKC: ｰ is ー, － is -, ～ is ~).
func isLongVowelLike(r rune) bool {
	switch r {
	case 'ー', '-', '~', 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212,
		0x2500, 0x2501, 0x301c, 0xfe63, 0xff0d:
		return true
	}
	return false
}

// isKatakana reports whether r is a katakana letter or ー (U+30A1..U+30FA,
// U+30FC, the small ㇰ..ㇿ).
func isKatakana(r rune) bool {
	return r >= 0x30a1 && r <= 0x30fa || r == 0x30fc || r >= 0x31f0 && r <= 0x31ff
}

// IsKana reports whether s holds a letter and every letter of [Kana] of s is
// a kana (hiragana, katakana, half-width katakana, ー).
func IsKana(s string) bool {
	var buf [64]byte
	return allKatakana(appendKana(buf[:0], s, false))
}

// allKatakana reports whether k, canonical katakana ([Kana]), holds a letter
// and only kana.
func allKatakana(k []byte) bool {
	if len(k) == 0 {
		return false
	}
	for len(k) > 0 {
		r, n := utf8.DecodeRune(k)
		if !isKatakana(r) {
			return false
		}
		k = k[n:]
	}
	return true
}

// voicing holds, for each katakana U+30A1..U+30FA, its voiced form and its
// plain form, from NFC and NFD (カ and U+3099 compose to ガ; ガ decomposes to
// カ and U+3099).
var voicing = sync.OnceValue(func() *[2][0x5a]rune {
	var t [2][0x5a]rune
	for r := rune(0x30a1); r <= 0x30fa; r++ {
		if c := []rune(norm.NFC.String(string([]rune{r, 0x3099}))); len(c) == 1 {
			t[0][r-0x30a1] = c[0]
		}
		d, _ := utf8.DecodeRuneInString(norm.NFD.String(string(r)))
		t[1][r-0x30a1] = d
	}
	return &t
})

// voiced returns the voiced form of a katakana (カ gives ガ, ウ gives ヴ),
// or 0 when it has none.
func voiced(r rune) rune {
	if r < 0x30a1 || r > 0x30fa {
		return 0
	}
	return voicing()[0][r-0x30a1]
}

// unvoiced returns the plain form of a voiced or semi-voiced katakana (ガ
// gives カ, パ gives ハ); other runes are returned as they are.
func unvoiced(r rune) rune {
	if r < 0x30a1 || r > 0x30fa {
		return r
	}
	return voicing()[1][r-0x30a1]
}

// Zengin folds a canonical katakana reading ([Kana]) by the rules of Zengin
// bank-transfer kana, which has no small kana and no obsolete ones: small
// kana are written large (ァ as ア, ッ as ツ, ャ as ヤ, ヵ as カ, ㇰ as ク),
// ヲ as オ, ヰ as イ, ヱ as エ, and ヂ, ヅ as ジ, ズ (the Digital Agency's
// kanjikana-model normalize: norm_kogaki then norm_zengin, with the yotsugana
// of the furigana rules). It returns k itself when nothing changes.
func Zengin(k string) string {
	if !strings.ContainsFunc(k, func(r rune) bool { return zengin(r) != r }) {
		return k
	}
	return strings.Map(zengin, k)
}

// appendZengin appends [Zengin] of k to dst.
func appendZengin(dst, k []byte) []byte {
	for len(k) > 0 {
		r, n := utf8.DecodeRune(k)
		dst = utf8.AppendRune(dst, zengin(r))
		k = k[n:]
	}
	return dst
}

// smallKanaLarge are the large forms of the small katakana ㇰ to ㇿ
// (U+31F0..U+31FF).
const smallKanaLarge = "クシストヌハヒフヘホムラリルレロ"

func zengin(r rune) rune {
	switch r {
	case 'ァ', 'ィ', 'ゥ', 'ェ', 'ォ', 'ッ', 'ャ', 'ュ', 'ョ', 'ヮ':
		return r + 1
	case 'ヵ':
		return 'カ'
	case 'ヶ':
		return 'ケ'
	case 'ヲ':
		return 'オ'
	case 'ヰ':
		return 'イ'
	case 'ヱ':
		return 'エ'
	case 'ヂ':
		return 'ジ'
	case 'ヅ':
		return 'ズ'
	}
	if r >= 0x31f0 && r <= 0x31ff {
		// Each katakana is three bytes in UTF-8.
		l, _ := utf8.DecodeRuneInString(smallKanaLarge[3*(r-0x31f0):])
		return l
	}
	return r
}
