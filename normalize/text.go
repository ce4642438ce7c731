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
func Text(s string) string {
	if out, ok := asciiText(s); ok {
		return out
	}
	if out, ok := oneFoldText(s); ok {
		return out
	}
	return generalText(s)
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

// asciiText is Text for ASCII input, without allocating when s is already
// folded.
func asciiText(s string) (string, bool) {
	clean := true
	sep := true // at the start, as after a separator: no leading space
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf:
			return "", false
		case c >= 'A' && c <= 'Z':
			clean = false
			sep = false
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			sep = false
		case c == ' ' && !sep && i+1 < len(s) && isASCIIAlnum(s[i+1]):
			sep = true
		default:
			clean = false
			sep = true
		}
	}
	if clean {
		return s, true
	}
	var b strings.Builder
	b.Grow(len(s))
	sep = true
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
			fallthrough
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			if sep && b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteByte(c)
			sep = false
		default:
			sep = true
		}
	}
	return b.String(), true
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
func Latin(s string) string {
	i := 0
	for i < len(s) && s[i] < utf8.RuneSelf {
		i++
	}
	if i == len(s) {
		return s
	}
	tab := latinTable()
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	latin := i > 0 && isASCIILetter(s[i-1])
	for _, r := range s[i:] {
		switch {
		case r < utf8.RuneSelf:
			b.WriteRune(r)
			latin = isASCIILetter(byte(r))
		case unicode.IsMark(r):
			if !latin {
				b.WriteRune(r)
			}
		case unicode.Is(unicode.Latin, r):
			if f, ok := tab[r]; ok {
				b.WriteString(f)
			} else {
				b.WriteRune(r)
			}
			latin = true
		default:
			b.WriteRune(r)
			latin = false
		}
	}
	return b.String()
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// Umlaut spells ä, ö and ü as ae, oe and ue (and Ä, Ö, Ü as Ae, Oe, Ue), the
// German and Dutch convention for writing them without diacritics. It returns
// s itself when it holds none of them.
func Umlaut(s string) string {
	for i := 0; i+1 < len(s); i++ {
		// ä ö ü Ä Ö Ü are C3 A4, C3 B6, C3 BC, C3 84, C3 96, C3 9C in UTF-8.
		if s[i] == 0xC3 {
			switch s[i+1] {
			case 0xA4, 0xB6, 0xBC, 0x84, 0x96, 0x9C:
				return umlauts.Replace(s)
			}
		}
	}
	return s
}

var umlauts = strings.NewReplacer("ä", "ae", "ö", "oe", "ü", "ue", "Ä", "Ae", "Ö", "Oe", "Ü", "Ue")

// Compact removes the spaces from s, and brings the result back to NFKC:
// letters that were apart may compose once together (the conjoining jamo
// ᄀ and ᅡ make 가).
func Compact(s string) string {
	if strings.IndexByte(s, ' ') < 0 {
		return s
	}
	return nfkc(strings.ReplaceAll(s, " ", ""))
}

// Katakana maps hiragana to katakana (ぁ..ゖ to ァ..ヶ, ゝゞ to ヽヾ); everything
// else, half-width katakana included, is left as it is. Apply it after [Text],
// which has already made half-width kana full-width.
func Katakana(s string) string {
	if !strings.ContainsFunc(s, isHiragana) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if isHiragana(r) {
			return r + 0x60
		}
		return r
	}, s)
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
