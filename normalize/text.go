package normalize

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

// folder is the Unicode case fold; it is stateless and documented as safe for
// concurrent use by x/text.
var folder = cases.Fold()

// Text returns s folded for comparison: NFKC, Unicode case folding, and every
// run of characters that are neither letters, numbers nor combining marks
// (punctuation, symbols, spaces, controls) replaced by one space, with no space
// at either end. Format characters (soft hyphen, zero-width joiners) are
// removed, and a combining mark with no base letter is dropped. Diacritics are
// kept; see [Latin].
//
// Text is idempotent: Text(Text(s)) == Text(s). It returns "" when s holds no
// letter or number.
func Text(s string) string { return (*Folder)(nil).Text(s) }

// appendText appends Text(s) to dst.
func appendText(dst []byte, s string) []byte {
	if out, ok := appendOneFoldText(dst, s); ok {
		return out
	}
	return append(dst, generalText(s)...)
}

// generalText is Text through x/text, for any input.
func generalText(s string) string {
	out, again := text(s)
	if again {
		// Dropping a format character can bring a mark next to its base, which
		// NFKC then composes: one more pass reaches the fixed point.
		out, _ = text(out)
	}
	return out
}

// asciiClean reports whether s is ASCII already folded by Text: lower-case
// letters and digits, words apart by single spaces, none at the ends.
func asciiClean(s string) bool {
	sep := true // at the start, as after a separator: no leading space
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			sep = false
		case c == ' ' && !sep && i+1 < len(s) && isASCIIAlnum(s[i+1]):
			sep = true
		default:
			return false
		}
	}
	return true
}

func isASCIIAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// text is one pass of Text over any input. again reports that a format
// character or a mark was dropped, which may call for another pass.
func text(s string) (out string, again bool) {
	if !utf8.ValidString(s) {
		// An invalid byte is a separator; norm's quick check would stop at it.
		s = strings.ToValidUTF8(s, " ")
	}
	t := nfkc(caseFold(nfkc(s)))
	var b strings.Builder
	b.Grow(len(t))
	sep := false  // a separator is pending
	base := false // the last rune written is a letter, number or mark
	for _, r := range t {
		switch {
		case unicode.IsLetter(r) || unicode.IsNumber(r):
			if sep && b.Len() > 0 {
				b.WriteByte(' ')
			}
			sep = false
			b.WriteRune(r)
			base = true
		case unicode.IsMark(r):
			if base && !sep {
				b.WriteRune(r)
			} else {
				again = true
			}
		case unicode.Is(unicode.Cf, r):
			again = true
		default:
			sep = true
			base = false
		}
	}
	return b.String(), again
}

// Latin removes the diacritics of Latin letters, and maps the Latin letters
// that have no decomposition to ASCII (ø→o, ł→l, đ→d, ð→d, æ→ae, œ→oe, ı→i,
// þ→th, ħ→h, ŧ→t, ß→ss). Letters of other scripts, and the marks that follow
// them, are left alone: the dakuten and handakuten of kana survive.
func Latin(s string) string { return (*Folder)(nil).Latin(s) }

// appendLatin appends Latin(s) to dst.
func appendLatin(dst []byte, s string) []byte {
	i := 0
	for i < len(s) && s[i] < utf8.RuneSelf {
		i++
	}
	dst = append(dst, s[:i]...)
	if i == len(s) {
		return dst
	}
	tab := latinTable()
	latin := i > 0 && isASCIILetter(s[i-1])
	for _, r := range s[i:] {
		switch {
		case r < utf8.RuneSelf:
			dst = append(dst, byte(r))
			latin = isASCIILetter(byte(r))
		case unicode.IsMark(r):
			if !latin {
				dst = utf8.AppendRune(dst, r)
			}
		case unicode.Is(unicode.Latin, r):
			if f, ok := tab[r]; ok {
				dst = append(dst, f...)
			} else {
				dst = utf8.AppendRune(dst, r)
			}
			latin = true
		default:
			dst = utf8.AppendRune(dst, r)
			latin = false
		}
	}
	return dst
}

// hasNonASCII reports whether s holds a byte that is not ASCII.
func hasNonASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// Umlaut spells ä, ö and ü as ae, oe and ue (and Ä, Ö, Ü as Ae, Oe, Ue), the
// German and Dutch convention for writing them without diacritics. It returns
// s itself when it holds none of them.
func Umlaut(s string) string { return (*Folder)(nil).Umlaut(s) }

// hasUmlaut reports whether s holds ä, ö, ü, Ä, Ö or Ü (C3 A4, C3 B6, C3 BC,
// C3 84, C3 96, C3 9C in UTF-8).
func hasUmlaut(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if s[i] == 0xC3 {
			switch s[i+1] {
			case 0xA4, 0xB6, 0xBC, 0x84, 0x96, 0x9C:
				return true
			}
		}
	}
	return false
}

// appendUmlaut appends Umlaut(s) to dst.
func appendUmlaut(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if s[i] == 0xC3 && i+1 < len(s) {
			var sp string
			switch s[i+1] {
			case 0xA4:
				sp = "ae"
			case 0xB6:
				sp = "oe"
			case 0xBC:
				sp = "ue"
			case 0x84:
				sp = "Ae"
			case 0x96:
				sp = "Oe"
			case 0x9C:
				sp = "Ue"
			}
			if sp != "" {
				dst = append(dst, sp...)
				i++
				continue
			}
		}
		dst = append(dst, s[i])
	}
	return dst
}

// Compact removes the spaces from s, and brings the result back to NFKC:
// letters that were apart may compose once together (the conjoining jamo
// ᄀ and ᅡ make 가).
func Compact(s string) string { return (*Folder)(nil).Compact(s) }

// Katakana maps hiragana to katakana (ぁ..ゖ to ァ..ヶ, ゝゞ to ヽヾ); everything
// else, half-width katakana included, is left as it is. Apply it after [Text],
// which has already made half-width kana full-width.
func Katakana(s string) string { return (*Folder)(nil).Katakana(s) }

// appendKatakana appends Katakana(s) to dst.
func appendKatakana(dst []byte, s string) []byte {
	for _, r := range s {
		if isHiragana(r) {
			r += 0x60
		}
		dst = utf8.AppendRune(dst, r)
	}
	return dst
}

func isHiragana(r rune) bool { return r >= 0x3041 && r <= 0x3096 || r == 0x309D || r == 0x309E }

// nfkc returns the NFKC form of s, without allocating when s is already in
// that form (ASCII always is).
func nfkc(s string) string {
	if norm.NFKC.QuickSpanString(s) == len(s) {
		return s
	}
	return norm.NFKC.String(s)
}

// caseFold applies Unicode full case folding. x/text folds the Cherokee
// capitals to the small letters (golang/go#46101), the reverse of
// CaseFolding.txt, and so is not idempotent on them: the small letters are
// mapped back to the capitals here, as CaseFolding.txt has it.
func caseFold(s string) string {
	t := folder.String(s)
	if !strings.ContainsFunc(t, isCherokeeSmall) {
		return t
	}
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 0xAB70 && r <= 0xABBF: // ꭰ..ꮿ → Ꭰ..Ꮿ
			return r - 0xAB70 + 0x13A0
		case r >= 0x13F8 && r <= 0x13FD: // ᏸ..ᏽ → Ᏸ..Ᏽ
			return r - 8
		}
		return r
	}, t)
}

func isCherokeeSmall(r rune) bool { return r >= 0xAB70 && r <= 0xABBF || r >= 0x13F8 && r <= 0x13FD }

// HasContent reports whether s holds something to compare: whether [Text] of
// s is not empty. A letter or number whose NFKC decomposition still holds a
// letter or number is enough, since case folding keeps letters letters; it
// takes the full fold only for a value without one: NFKC may turn a letter
// into a mark (the half-width voicing mark ﾞ) and a symbol into letters (㍻).
func HasContent(s string) bool {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if isASCIIAlnum(c) {
				return true
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) || unicode.IsNumber(r) {
			d := norm.NFKC.PropertiesString(s[i:]).Decomposition()
			if d == nil || bytes.ContainsFunc(d, isLetterOrNumber) {
				return true
			}
		}
		i += n
	}
	return Text(s) != ""
}

func isLetterOrNumber(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }
