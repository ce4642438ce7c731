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
// space marks where a separator stood. It allocates nothing when s is valid
// UTF-8 in NFKC without the spacing voicing marks, and dst has room.
func appendKana(dst []byte, s string, spaces bool) []byte {
	if isASCII(s) {
		return appendKanaASCII(dst, s, spaces)
	}
	if out, ok := appendKanaLatin(dst, s, spaces); ok {
		return out
	}
	return appendKanaRunes(dst, s, spaces)
}

// latinKana holds, for each rune from U+0080 to U+024F (Latin-1 and Latin
// Extended-A and -B), what appendKanaRunes makes of it: the rune it writes,
// -1 for a separator, 0 for a rune NFKC changes (which this table cannot
// read: ĳ, ª, ²).
var latinKana = sync.OnceValue(func() *[0x250 - 0x80]rune {
	t := new([0x250 - 0x80]rune)
	for r := rune(0x80); r < 0x250; r++ {
		s := string(r)
		switch k := []rune(string(appendKanaRunes(nil, s, false))); {
		case norm.NFKC.String(s) != s:
			t[r-0x80] = 0
		case len(k) == 0:
			t[r-0x80] = -1
		default:
			t[r-0x80] = k[0]
		}
	}
	return t
})

// appendKanaLatin is appendKana of s when every rune of it is ASCII or in
// latinKana's table, unchanged by NFKC; ok false otherwise. (Such runes are
// all starters that compose with none, so s is in NFKC.)
func appendKanaLatin(dst []byte, s string, spaces bool) ([]byte, bool) {
	t := latinKana()
	start := len(dst)
	sep := false
	for i := 0; i < len(s); {
		c := s[i]
		var r rune
		if c < utf8.RuneSelf {
			i++
			switch {
			case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
				r = rune(c)
			case 'A' <= c && c <= 'Z':
				r = rune(c + 'a' - 'A')
			default:
				r = -1
			}
		} else {
			x, n := utf8.DecodeRuneInString(s[i:])
			if x < 0x80 || x >= 0x250 || t[x-0x80] == 0 {
				return dst[:start], false
			}
			r = t[x-0x80]
			i += n
		}
		if r < 0 {
			sep = true
			continue
		}
		if sep && spaces && len(dst) > start {
			dst = append(dst, ' ')
		}
		sep = false
		dst = utf8.AppendRune(dst, r)
	}
	return dst, true
}

// appendKanaRunes is appendKana of any s, rune by rune.
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
	start := len(dst)
	var prev rune // the last kana written, for ヽ ヾ and ー
	sep := false
	for _, r := range s {
		switch {
		case r >= 0x3041 && r <= 0x3096 || r == 0x309d || r == 0x309e:
			r += 0x60 // hiragana to katakana, ゝゞ to ヽヾ
		case r == 0x3099 || r == 0x309a:
			// A combining voicing mark NFC could not compose: drop it.
			continue
		}
		switch {
		case r == 0x30fd || r == 0x30fe: // ヽ ヾ repeat the kana before
			if prev == 0 {
				continue
			}
			mark := r
			r = unvoiced(prev)
			if mark == 0x30fe {
				r = voiced(r)
			}
			if r == 0 {
				continue
			}
		case isLongVowelLike(r):
			if prev == 0 {
				sep = true
				continue
			}
			r = 'ー'
		case unicode.IsLetter(r) || unicode.IsNumber(r) || r == 'ー':
			if r < utf8.RuneSelf || unicode.Is(unicode.Latin, r) {
				r = unicode.ToLower(r)
			}
		default:
			sep = true
			prev = 0
			continue
		}
		if sep && spaces && len(dst) > start {
			dst = append(dst, ' ')
		}
		sep = false
		dst = utf8.AppendRune(dst, r)
		if isKatakana(r) {
			prev = r
		} else {
			prev = 0
		}
	}
	return dst
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
		return []rune("クシストヌハヒフヘホムラリルレロ")[r-0x31f0]
	}
	return r
}
