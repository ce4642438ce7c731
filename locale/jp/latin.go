package jp

import (
	"bytes"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/kycmatch/kycmatch/normalize"
)

// Values in Latin letters (without a rune from U+2E80 on: [wide]) are not
// worked out in Canon: most of them are equal by their text keys, and what
// the comparers read of the others (the script, the Kana fold, the romaji
// keys) is worked out here, when a comparison needs it, in buffers on the
// caller's stack. These functions answer what compareName and the
// PlaceComparer's compare answer for two such values, without allocating;
// TestLatinFastPaths compares them.

// latinName is what compareName reads of a name without kana or kanji: its
// script, its [Kana], and in romaji the keys of its words (name.romaji),
// each followed by a space.
type latinName struct {
	script Script
	kana   []byte
	romaji []byte
}

// latinBuf holds the buffers of one latinName.
type latinBuf struct {
	kana, parse, romaji [128]byte
}

// read works out the name s in b; without romaji, a name in romaji is
// read as script Other (for equalLatin, which needs no more when the other
// name is not romaji).
func (b *latinBuf) read(s string, romaji bool) latinName {
	k := appendKana(b.kana[:0], s, false)
	n := latinName{kana: k}
	switch {
	case len(k) == 0:
		n.script = ScriptNone
		return n
	case !wide(s):
		// Neither kanji nor kana (TestNarrowIsNotJapanese).
	case bytes.ContainsFunc(k, isHan):
		n.script = ScriptKanji
		return n
	case allKatakana(k):
		n.script = ScriptKana
		return n
	}
	var p []byte
	ok := false
	if romaji {
		p, ok = appendParseRomaji(b.parse[:0], s, false)
	}
	if !ok {
		n.script = ScriptOther
		return n
	}
	n.script = ScriptRomaji
	n.romaji = b.romaji[:0]
	for len(p) > 0 {
		var w []byte
		w, p = nextWord(p)
		// Kana of a word of ParseRomaji is the word itself.
		start := len(n.romaji)
		if n.romaji = appendRomajiKey(n.romaji, w); len(n.romaji) > start {
			n.romaji = append(n.romaji, ' ')
		}
	}
	return n
}

// nextWord splits the first word of s, whose words are separated by ASCII
// white space, from the rest (bytes.Fields without an iterator, whose
// closures would move the caller's buffers to the heap).
func nextWord(s []byte) (word, rest []byte) {
	i := 0
	for i < len(s) && asciiSpace(s[i]) {
		i++
	}
	j := i
	for j < len(s) && !asciiSpace(s[j]) {
		j++
	}
	return s[i:j], s[j:]
}

func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// japaneseScript reports whether the name is in kana or kanji: not one for
// the fast paths (it cannot be, for a value that is not [wide]).
func (n *latinName) japaneseScript() bool {
	return n.script == ScriptKana || n.script == ScriptKanji
}

// equalLatin is compareName's equality of two names that are not [wide],
// full names when fullName ([Options.FullName]): the folds, whether they are
// equal, and ok false when it cannot tell.
func equalLatin(req, rec string, fullName bool) (f Fold, equal, ok bool) {
	if hasAlternatives(rec) {
		return 0, false, false
	}
	var qb, rb latinBuf
	q := qb.read(req, true)
	if q.script == ScriptOther && req != rec {
		// Equal only when the Kana are (compareName's last case), or, for
		// full names, when the words of one moved from its start to its end
		// are the other's: not when their first letters differ otherwise.
		if fr, ok := firstKana(rec); ok {
			if fq, _ := utf8.DecodeRune(q.kana); unicode.ToLower(fq) != unicode.ToLower(fr) {
				if fullName {
					f, ok := rotatedLatin(req, rec)
					return f, ok, true
				}
				return 0, false, true
			}
		}
	}
	// The romaji of the second only when the first is romaji.
	r := rb.read(rec, q.script == ScriptRomaji)
	switch {
	case q.japaneseScript() || r.japaneseScript():
		return 0, false, false
	case q.script == ScriptNone || r.script == ScriptNone:
		return 0, false, true
	case req == rec:
		return 0, true, true
	case q.script == ScriptRomaji && r.script == ScriptRomaji:
		// compareRomaji
		switch {
		case len(q.romaji) == 0 || len(r.romaji) == 0:
			return 0, false, true
		case wordsJoinedEqual(q.romaji, r.romaji):
			return FoldRomaji, true, true
		case wordsSwappedEqual(q.romaji, r.romaji):
			return FoldRomaji | FoldOrder, true, true
		}
		return 0, false, true
	}
	// compareName's last case: strings.ToLower of the Kana, or of the
	// words of a full name in another order.
	if lowerEqual(q.kana, r.kana) {
		return FoldWidth | FoldSpacing, true, true
	}
	if fullName {
		f, ok := rotatedLatin(req, rec)
		return f, ok, true
	}
	return 0, false, true
}

// rotatedLatin reports whether the words of one of two names, moved from
// its start to its end, are the other's words, and the folds: SMITH JOHN
// and Smith, John against JOHN SMITH, GARCÍA LÓPEZ MARÍA against Maria
// Garcia Lopez (a residence card writes a foreign resident's family names
// first), MÜLLER HANS against HANS MUELLER; not MARIA LOPEZ GARCIA, whose
// family names are in another order, nor SON JOHN DAVID, whose words are
// not JOHN DAVIDSON's. The words are those of [Kana] (NFKC, small letters,
// a space where a separator stood, but an apostrophe dropped: O'BRIEN SEAN
// against Sean OBrien), and then each Latin letter as the
// generic profile's text keys fold it ([latinRuneFolds]: without its
// diacritics, or with its umlaut spelled with e). It allocates nothing for
// names of up to 128 bytes of Kana.
func rotatedLatin(q, r string) (Fold, bool) {
	const folds = FoldOrder | FoldWidth | FoldSpacing
	if strings.ContainsAny(q, "'’") || strings.ContainsAny(r, "'’") {
		// An apostrophe joins a word (O'BRIEN is OBRIEN), where Kana
		// would split it.
		q, r = strings.Map(dropApostrophe, q), strings.Map(dropApostrophe, r)
	}
	var qb, rb [128]byte
	qk, rk := appendKana(qb[:0], q, true), appendKana(rb[:0], r, true)
	if rotatedText(qk, rk) {
		return folds, true
	}
	if isASCII(q) && isASCII(r) {
		return 0, false // no letter to fold further
	}
	t := latinRuneFolds()
	for _, fold := range [...]struct {
		table []string
		f     Fold
	}{{t.latin, FoldDiacritic}, {t.umlaut, FoldTransliteration}} {
		var qf, rf [128]byte
		if rotatedText(appendRuneFolds(qf[:0], qk, fold.table), appendRuneFolds(rf[:0], rk, fold.table)) {
			return folds | fold.f, true
		}
	}
	return 0, false
}

// latinRuneFolds holds, for each Latin letter [latinIndex] numbers, what the
// generic text keys make of it alone: [normalize.Latin] of [normalize.Text]
// (Á a, Ø o, Ł l, Đ d, ß ss) and the same after [normalize.Umlaut] (Ü ue);
// "" for another rune. Letters of other scripts are compared as [Kana]
// writes them. It is built on the first name in Latin letters beyond ASCII
// whose words are compared in another order, or by [Preload].
var latinRuneFolds = sync.OnceValue(func() *struct{ latin, umlaut []string } {
	fold := func(umlaut bool) func(rune) string {
		return func(r rune) string {
			if !unicode.Is(unicode.Latin, r) {
				return ""
			}
			s := normalize.Text(string(r))
			if umlaut {
				s = normalize.Umlaut(s)
			}
			return normalize.Latin(s)
		}
	}
	return &struct{ latin, umlaut []string }{latinTable(fold(false)), latinTable(fold(true))}
})

// appendRuneFolds appends b to dst with each rune that table folds
// ([latinRuneFolds]) as its fold, and any other as itself.
func appendRuneFolds(dst, b []byte, table []string) []byte {
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if i, ok := latinIndex(r); ok && table[i] != "" {
			dst = append(dst, table[i]...)
		} else {
			dst = append(dst, b[:n]...)
		}
		b = b[n:]
	}
	return dst
}

// dropApostrophe is a strings.Map function that drops the apostrophes ' and
// ’ and keeps every other rune.
func dropApostrophe(r rune) rune {
	if r == '\'' || r == '’' {
		return -1
	}
	return r
}

// rotatedText is [rotatedLatin] of two folded names, words separated by
// spaces: as many words, two or more, those of one moved from its start to
// its end the other's. Where the words differ, so do the names (DAVIDSON
// is not SON DAVID, a Korean family name first).
func rotatedText[T ~string | ~[]byte](q, r T) bool {
	var qs, rs [maxRotated][2]int
	n := wordSpans(q, qs[:])
	if n < 2 || n > maxRotated || wordSpans(r, rs[:]) != n {
		return false
	}
	for k := 1; k < n; k++ {
		all := true
		for i := 0; i < n && all; i++ {
			a, b := qs[(i+k)%n], rs[i]
			all = string(q[a[0]:a[1]]) == string(r[b[0]:b[1]])
		}
		if all {
			return true
		}
	}
	return false
}

// wordSpans writes the spans of the space-separated words of b to spans
// and returns their number, counting on past the room spans has.
func wordSpans[T ~string | ~[]byte](b T, spans [][2]int) int {
	n := 0
	for i := 0; i < len(b); {
		for i < len(b) && b[i] == ' ' {
			i++
		}
		if i == len(b) {
			break
		}
		j := i
		for j < len(b) && b[j] != ' ' {
			j++
		}
		if n < len(spans) {
			spans[n] = [2]int{i, j}
		}
		n++
		i = j
	}
	return n
}

// maxRotated is the most words [rotatedLatin] reads of a name; a name of
// more is not a rotation of another.
const maxRotated = 8

// firstKana returns the first rune [Kana] writes of a name that is not
// [wide], when it can tell without folding the rest: a letter or digit in
// ASCII or Latin that NFKC leaves alone and no combining mark follows; ok
// false otherwise, and for a name without one.
func firstKana(s string) (r rune, ok bool) {
	t, fold := nfkc(), latinFold()
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r >= 0x250 || r >= 0x80 && t.latin[r-0x80] != r || r == '-' || r == '~' {
			return 0, false // NFKC or the long-vowel rule may change it
		}
		i += n
		if f := fold[r]; f >= 0 {
			if next, _ := utf8.DecodeRuneInString(s[i:]); i < len(s) && next >= 0x250 {
				return 0, false // a combining mark may compose with it
			}
			return f, true
		}
	}
	return 0, false
}

// bothRomaji reports whether two names that are not [wide] are both romaji,
// and ok false when it cannot tell.
func bothRomaji(req, rec string) (romaji, ok bool) {
	var qb, rb latinBuf
	q, r := qb.read(req, true), rb.read(rec, true)
	if q.japaneseScript() || r.japaneseScript() {
		return false, false
	}
	return q.script == ScriptRomaji && r.script == ScriptRomaji, true
}

// hasAlternatives reports whether a name may hold several in the Digital
// Agency's notation ([Alternatives]).
func hasAlternatives(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '_', '(', '[':
			return true
		}
	}
	return wide(s) && (strings.Contains(s, "＿") || strings.Contains(s, "（") || strings.Contains(s, "［"))
}

// wordsJoinedEqual reports whether two lists of words, each followed by a
// space, are the same text once run together.
func wordsJoinedEqual(q, r []byte) bool {
	i, j := 0, 0
	for {
		for i < len(q) && q[i] == ' ' {
			i++
		}
		for j < len(r) && r[j] == ' ' {
			j++
		}
		if i == len(q) || j == len(r) {
			return i == len(q) && j == len(r)
		}
		if q[i] != r[j] {
			return false
		}
		i, j = i+1, j+1
	}
}

// wordsSwappedEqual is swappedEqual of two lists of words, each followed by
// a space.
func wordsSwappedEqual(q, r []byte) bool {
	if bytes.Count(r, []byte(" ")) == 2 {
		q, r = r, q
	}
	if bytes.Count(q, []byte(" ")) != 2 {
		return false
	}
	i := bytes.IndexByte(q, ' ')
	first, second := q[:i], q[i+1:len(q)-1]
	rest := r
	for _, w := range [2][]byte{second, first} {
		for len(w) > 0 {
			for len(rest) > 0 && rest[0] == ' ' {
				rest = rest[1:]
			}
			if len(rest) == 0 || rest[0] != w[0] {
				return false
			}
			rest, w = rest[1:], w[1:]
		}
	}
	return len(bytes.TrimLeft(rest, " ")) == 0
}

// lowerEqual reports whether strings.ToLower makes a and b the same.
func lowerEqual(a, b []byte) bool {
	for len(a) > 0 && len(b) > 0 {
		ra, n := utf8.DecodeRune(a)
		rb, m := utf8.DecodeRune(b)
		if ra != rb && unicode.ToLower(ra) != unicode.ToLower(rb) {
			return false
		}
		a, b = a[n:], b[m:]
	}
	return len(a) == 0 && len(b) == 0
}

// equalLatinPlace is the PlaceComparer's equality of two places in ASCII,
// cities when city: the folds, whether they are equal, and ok false when it
// cannot tell (a value not in ASCII or empty, one in romaji against one
// without letters, romaji that may hold Kyoto's street directions, two
// romaji cities whose keys differ and one of which has a suffix, which
// [sameRomajiCity] reads unit by unit).
func equalLatinPlace(req, rec string, city bool) (f Fold, equal, ok bool) {
	if !isASCII(req) || !isASCII(rec) || req == "" || rec == "" {
		return 0, false, false
	}
	qr, rr := isRomajiAddress(req), isRomajiAddress(rec)
	if qr != rr || qr && (mayHoldRomajiDirection(req) || mayHoldRomajiDirection(rec)) {
		return 0, false, false
	}
	var qb, rb [2][128]byte
	if qr {
		qp, rp := appendRomajiPlace(qb[0][:0], req), appendRomajiPlace(rb[0][:0], rec)
		q, r := appendRomajiPlaceKey(qb[1][:0], qp), appendRomajiPlaceKey(rb[1][:0], rp)
		if !bytes.Equal(q, r) {
			// Without a suffix on either side (Madrid), the cities'
			// units are their names, and their keys tell.
			return 0, false, !city || bytes.IndexByte(qp, '-') < 0 && bytes.IndexByte(rp, '-') < 0
		}
		return FoldRomaji, true, true
	}
	// placeKey of ASCII is its Kana.
	q, r := appendKana(qb[0][:0], req, false), appendKana(rb[0][:0], rec, false)
	return FoldWidth, bytes.Equal(q, r), true
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// appendRomajiPlace appends romajiPlace of s, in ASCII, to dst.
func appendRomajiPlace(dst []byte, s string) []byte {
	var lb [128]byte
	low := lb[:0]
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ',':
			c = ' '
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		low = append(low, c)
	}
	// The words, as their bounds in low.
	var words [16][2]int
	ws := words[:0]
	for i := 0; ; {
		w, rest := nextWord(low[i:])
		if len(w) == 0 {
			break
		}
		end := len(low) - len(rest)
		ws = append(ws, [2]int{end - len(w), end})
		i = end
	}
	for i := 0; i < len(ws); i++ {
		if i > 0 {
			dst = append(dst, ' ')
		}
		dst = append(dst, low[ws[i][0]:ws[i][1]]...)
		if i+1 < len(ws) {
			next := low[ws[i+1][0]:ws[i+1][1]]
			if _, ok := romajiUnits[string(next)]; ok {
				dst = append(append(dst, '-'), next...)
				i++
			}
		}
	}
	return dst
}

// appendRomajiPlaceKey appends romajiPlaceKey of a romaji place in ASCII
// (romajiPlace) to dst.
func appendRomajiPlaceKey(dst []byte, s []byte) []byte {
	for {
		var w []byte
		if w, s = nextWord(s); len(w) == 0 {
			return dst
		}
		name, unit := w, []byte(nil)
		if i := bytes.LastIndexByte(w, '-'); i > 0 {
			if _, ok := romajiUnits[string(w[i+1:])]; ok {
				name, unit = w[:i], w[i+1:]
			}
		}
		// RomajiKey of the name with its hyphens as spaces: ASCII in lower
		// case is already as ParseRomaji reads it.
		var nb, pb [128]byte
		n := append(nb[:0], name...)
		for i, c := range n {
			if c == '-' {
				n[i] = ' '
			}
		}
		start := len(dst)
		if k, ok := parseLetters(pb[:0], n, false); ok {
			dst = appendRomajiKey(dst, dropByte(k, ' '))
		}
		if len(dst) == start {
			dst = append(dst, name...) // not romaji: as written
		}
		switch string(unit) {
		case "machi", "town":
			unit = []byte("cho")
		case "son", "village":
			unit = []byte("mura")
		case "ward":
			unit = []byte("ku")
		case "district", "county":
			unit = []byte("gun")
		}
		dst = append(dst, unit...)
	}
}
