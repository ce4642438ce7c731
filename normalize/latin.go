package normalize

import (
	"sync"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// latinSpecial maps the Latin letters that NFD does not decompose into an
// ASCII base (CLDR Latin-ASCII and rigour's ASCII_FALLBACK agree on these).
var latinSpecial = map[rune]string{
	'ß': "ss", 'ẞ': "SS",
	'ø': "o", 'Ø': "O",
	'ł': "l", 'Ł': "L",
	'đ': "d", 'Đ': "D",
	'ð': "d", 'Ð': "D",
	'æ': "ae", 'Æ': "AE",
	'œ': "oe", 'Œ': "OE",
	'ı': "i",
	'þ': "th", 'Þ': "TH",
	'ħ': "h", 'Ħ': "H",
	'ŧ': "t", 'Ŧ': "T",
	'ŀ': "l", 'Ŀ': "L",
	'ĸ': "k",
	'ſ': "s",
}

// latinTable returns the fold of every non-ASCII Latin letter that has one:
// its NFD decomposition without marks, each remaining letter ASCII or folded
// by latinSpecial.
// The table is built once and only read afterwards.
var latinTable = sync.OnceValue(func() map[rune]string {
	tab := make(map[rune]string, 1024)
	for _, rg := range unicode.Latin.R16 {
		for r := rune(rg.Lo); r <= rune(rg.Hi); r += rune(rg.Stride) {
			addLatin(tab, r)
		}
	}
	for _, rg := range unicode.Latin.R32 {
		for r := rune(rg.Lo); r <= rune(rg.Hi); r += rune(rg.Stride) {
			addLatin(tab, r)
		}
	}
	for r, f := range latinSpecial {
		tab[r] = f
	}
	return tab
})

func addLatin(tab map[rune]string, r rune) {
	if r < 0x80 {
		return
	}
	var base []byte
	for _, d := range norm.NFD.String(string(r)) {
		switch {
		case unicode.IsMark(d):
		case d < 0x80:
			base = append(base, byte(d))
		case latinSpecial[d] != "":
			// ǿ is ø with an acute: o.
			base = append(base, latinSpecial[d]...)
		default:
			return
		}
	}
	if len(base) > 0 {
		tab[r] = string(base)
	}
}
