package normalize

import (
	"unicode/utf8"
)

//go:generate go run gen_fold.go

// foldKind says how the one-pass fold treats a rune.
type foldKind uint8

const (
	// foldSlow: the rune needs the general path (x/text).
	foldSlow foldKind = iota
	// foldSep: a separator (punctuation, symbol, space).
	foldSep
	// foldLetter: letters (and numbers), written as folded.
	foldLetter
)

// foldEntry is how Text folds one rune on its own: its kind, and for a
// letter its folded form, foldPool[off : off+n].
type foldEntry struct {
	kind foldKind
	n    uint8
	off  uint16
}

// foldLookup returns the entry of r, and false when r is in no range of the
// table.
func foldLookup(r rune) (foldEntry, bool) {
	base := 0
	for _, rg := range foldRanges {
		if r < rg[0] {
			return foldEntry{}, false
		}
		if r < rg[1] {
			return foldEntries[base+int(r-rg[0])], true
		}
		base += int(rg[1] - rg[0])
	}
	return foldEntry{}, false
}

// isIdeograph reports whether r is a CJK unified ideograph (the URO and
// Extension A), which NFKC and case folding leave as they are.
func isIdeograph(r rune) bool {
	return r >= 0x4E00 && r <= 0x9FFF || r >= 0x3400 && r <= 0x4DBF
}

// isHalfwidthKana reports whether r is a half-width katakana letter that a
// half-width voicing mark may follow.
func isHalfwidthKana(r rune) bool { return r >= 0xFF66 && r <= 0xFF9D }

// oneFoldText is Text in one pass for the runes of the fold table (Latin,
// kana, full-width and half-width forms, CJK punctuation) and CJK
// ideographs, without x/text: each rune folds on its own, by the table, but
// for a half-width kana and the half-width voicing mark after it, which
// compose. It reports false for any input the table cannot fold that way:
// invalid UTF-8, another script, a combining mark or a format character
// (anything that could compose with or vanish beside its neighbours), which
// the general path handles. No rune the table folds composes with a rune
// the table folds (the generator leaves such runes to the general path), so
// folding each rune alone is what NFKC does to the whole.
func oneFoldText(s string) (string, bool) {
	b, ok := appendOneFoldText(nil, s)
	return string(b), ok
}

// appendOneFoldText appends oneFoldText(s) to dst, or reports false with
// dst as it was.
func appendOneFoldText(dst []byte, s string) ([]byte, bool) {
	start := len(dst)
	b := dst
	sep := false // a separator is pending
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c >= 'A' && c <= 'Z':
				c += 'a' - 'A'
				fallthrough
			case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
				if sep && len(b) > start {
					b = append(b, ' ')
				}
				b = append(b, c)
				sep = false
			default:
				sep = true
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			return dst, false
		}
		i += size
		var out string
		switch e, ok := foldLookup(r); {
		case isIdeograph(r):
			out = s[i-size : i]
		case !ok || e.kind == foldSlow:
			return dst, false
		case e.kind == foldSep:
			sep = true
			continue
		default:
			out = foldPool[e.off : int(e.off)+int(e.n)]
		}
		if isHalfwidthKana(r) && i < len(s) {
			// A half-width voicing mark composes with the kana before it.
			if m, n := utf8.DecodeRuneInString(s[i:]); m == 0xFF9E || m == 0xFF9F {
				v, ok := foldVoiced[[2]rune{r, m}]
				if !ok {
					return dst, false
				}
				out = v
				i += n
			}
		}
		if sep && len(b) > start {
			b = append(b, ' ')
		}
		b = append(b, out...)
		sep = false
	}
	return b, true
}
