package jp

import (
	"bytes"
	_ "embed"
	"fmt"
	"math/bits"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/kycmatch/kycmatch/normalize"
)

// A foreign name in Latin letters and its katakana transcription are aligned
// as the Digital Agency's kanjikana-model aligns them (matching-anchors.md
// b.11; the method of Sato 2023): the katakana is written in transcription
// codes, one code letter per consonant and vowel (transcriptionUnits), and
// the codes are aligned with the Latin letters by dynamic programming over
// the Agency's table of partial correspondences, data/ja_en.dic (ジ with j,
// dg or g; ー with r or h; ル with l). The Agency takes a pair whose best
// alignment holds only rows of the table and parts a transcription adds or
// drops. Its table pairs every vowel with every other and most consonants
// with several, for names of many languages, so that check takes トム for
// Tim, マリオ for Maria and ジュエル for Joel (which the Agency labels "ng").
// Here a row stands in an alignment only where it says the same sounds as
// the letters around it (vowelsAgree, consonantsAgree), and the pair is one
// name when such an alignment exists (alignAccepts). The code is this
// package's own; the table is the Agency's (MIT,
// data/LICENSE.kanjikana-model).

//go:embed data/ja_en.dic
var jaEnDic string

// alignMaxLen bounds the codes and letters of a name the aligner takes, so
// that its work (the product of the two) stays small; longer names are
// compared by their keys alone ([compareForeign]).
const alignMaxLen = 48

// alignTable is ja_en.dic read: the rows by their codes, as the table writes
// them ("" for its *), and the longest run of codes in it.
type alignTable struct {
	byCodes map[string]*alignRows
	codes   int
}

// alignRows are the Latin letters a run of codes may be written with, by
// their first letter: a to z, then the rows with no letter (a count of them
// is all the aligner needs). Rows whose letters start with a mark (the
// table's space, hyphen and apostrophe) are left out, as the aligner
// compares letters alone. The table's scores (its preferences among the
// alignments of a pair) are not kept either: a pair is one name when any
// alignment of rows that say the same sounds exists ([alignAccepts]).
type alignRows [27][]string

// rowsAt returns the rows whose letters may start at letter c.
func (r *alignRows) rowsAt(c byte) []string {
	if r == nil || c < 'a' || c > 'z' {
		return nil
	}
	return r[c-'a']
}

// silent reports whether a row has no letter.
func (r *alignRows) silent() bool {
	return r != nil && len(r[26]) > 0
}

// alignment reads ja_en.dic once, on the first foreign name compared or in
// [Preload].
var alignment = sync.OnceValue(func() *alignTable {
	t, err := parseAlignTable(jaEnDic)
	if err != nil {
		panic("jp: embedded table: " + err.Error()) // a build defect, not input
	}
	return t
})

// parseAlignTable reads the table's rows: codes, a tab, Latin letters, and
// an optional tab and score (a number, +N or -N, or *; checked, not kept).
// * is the empty side; # starts a comment.
func parseAlignTable(src string) (*alignTable, error) {
	t := &alignTable{byCodes: make(map[string]*alignRows)}
	seen := make(map[string]bool)
	for n, line := range strings.Split(src, "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		if line = strings.TrimSpace(line); line == "" {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 2 || len(f) > 3 {
			return nil, fmt.Errorf("ja_en.dic line %d: %d fields", n+1, len(f))
		}
		ja, en := strings.TrimSpace(f[0]), strings.TrimSpace(f[1])
		if ja == "*" {
			ja = ""
		}
		if en == "*" {
			en = ""
		}
		if len(f) == 3 {
			switch sc := strings.TrimSpace(f[2]); {
			case sc == "" || sc == "*":
			default:
				if _, err := strconv.Atoi(sc); err != nil {
					return nil, fmt.Errorf("ja_en.dic line %d: score", n+1)
				}
			}
		}
		if seen[ja+"\t"+en] {
			return nil, fmt.Errorf("ja_en.dic line %d: a pair given twice", n+1)
		}
		seen[ja+"\t"+en] = true
		rows := t.byCodes[ja]
		if rows == nil {
			rows = new(alignRows)
			t.byCodes[ja] = rows
		}
		switch {
		case en == "":
			rows[26] = append(rows[26], "")
		case 'a' <= en[0] && en[0] <= 'z':
			rows[en[0]-'a'] = append(rows[en[0]-'a'], en)
		}
		t.codes = max(t.codes, len(ja))
	}
	return t, nil
}

// codeType is the class of a transcription code or table code: V a vowel
// katakana (ア), v a vowel after a consonant or a small vowel (the a of カ, ァ),
// s a glide after a consonant (the j of キャ), C a consonant (K, 1 for シ's,
// 2 for ツ's, 3 for ジ's, 0 for ン), l the long-vowel mark ー (+), Q the
// geminate ッ (!), X a separator.
func codeType(c byte) byte {
	switch c {
	case 'A', 'I', 'U', 'E', 'O':
		return 'V'
	case 'a', 'i', 'u', 'e', 'o':
		return 'v'
	case 'j', 'w':
		return 's'
	case '+':
		return 'l'
	case '!':
		return 'Q'
	case '@', '=', '-':
		return 'X'
	}
	return 'C'
}

// latinType is the class of a Latin letter: v a vowel letter, c another
// letter, X a mark.
func latinType(c byte) byte {
	switch {
	case isVowel(c):
		return 'v'
	case c == ' ' || c == '=' || c == '-' || c == '\'' || c == '@':
		return 'X'
	}
	return 'c'
}

// unlistedPart reports whether the aligner tries a part the table does not
// hold: only the parts a transcription adds or drops with nothing to show
// for them on the other side. These are a vowel katakana adds after a
// consonant with no letter ([epenthetic]: the u of ク in Jackson) and an h
// that ends a word after a vowel letter, with no code (Sarah サラ; not the
// nh of Thanh). A ー must come with its letters,
// as a row of the table (ピー for pe in Peter): alone it would lengthen any
// vowel (Ross is not ローズ).
func unlistedPart(ja, en []byte, prev, prevLetter byte, wordEnd bool) bool {
	if len(en) == 0 && len(ja) == 1 && epenthetic(ja[0], prev) {
		return true
	}
	return len(ja) == 0 && string(en) == "h" && wordEnd && latinType(prevLetter) == 'v'
}

// letterAt returns the k-th letter of en followed by rest, 0 past both.
func letterAt(en, rest []byte, k int) byte {
	if k < len(en) {
		return en[k]
	}
	if k -= len(en); k < len(rest) {
		return rest[k]
	}
	return 0
}

// romanceO reports whether the word of en, which rest ends, ends in an o, as
// Spanish, Italian and Portuguese names do and English ones seldom do.
func romanceO(en, rest []byte) bool {
	if len(rest) > 0 {
		return rest[len(rest)-1] == 'o'
	}
	return len(en) > 0 && en[len(en)-1] == 'o'
}

// hUnsaid reports whether an h after the letter p goes without a code of
// its own: in ch, sh, th, gh, ph, wh, kh, rh, zh (pinyin), bh, dh, jh
// (Indian names), nh, lh (Vietnamese, Portuguese), or after a vowel
// (Sarah); not at a word's start (Hyun is not ヤン).
func hUnsaid(p byte) bool {
	return bytes.IndexByte([]byte("cstgpwkrzbdjnl"), p) >= 0 || p != 0 && latinType(p) == 'v'
}

// letterBefore returns the letter before en[k] in its word (before holds the
// word's letters before en), 0 at the word's start.
func letterBefore(before, en []byte, k int) byte {
	if k > 0 {
		return en[k-1]
	}
	if len(before) > 0 {
		return before[len(before)-1]
	}
	return 0
}

// lastClosedSyllable reports whether the letters after(k), after(k+1), ...
// (the rest of a word after a vowel and the consonant that opens the next
// syllable) are its last syllable and end in a consonant other than a
// silent e's: one group of vowel letters, then consonants to the end
// (Michael's ael, Simon's on; not Lisa's a, Michelle's elle).
func lastClosedSyllable(after func(int) byte, k int) bool {
	groups, last := 0, byte(0)
	inVowel := false
	for i := k; ; i++ {
		c := after(i)
		if c == 0 {
			break
		}
		v := latinType(c) == 'v'
		if v && !inVowel {
			groups++
		}
		inVowel = v
		last = c
	}
	return groups == 1 && last != 0 && latinType(last) == 'c' && last != 'y'
}

// finalR reports whether en is the re that ends a word after a vowel,
// which English does not say as r: katakana writes it ア (Moore ムーア,
// Theodore セオドア).
func finalR(en, rest []byte) bool {
	return len(rest) == 0 && string(en) == "re"
}

// yConsonant reports whether en[k], a y, is said as a consonant when a vowel
// follows it: at the start of its word (Yolanda) or after a vowel (Maya), not
// after a consonant (Bryan ブライアン); before is the word's letters before en.
func yConsonant(before, en []byte, k int) bool {
	p := letterBefore(before, en, k)
	return p == 0 || latinType(p) == 'v'
}

// unsaidLetter reports whether letters[j] is a letter English does not
// say apart and katakana writes nothing for, the aligner's one part of
// letters alone besides a final h ([unlistedPart]): a y or w that ends the vowel
// before it (Wayne ウェイン, Dawn ドーン; the y of ay and ey, the w of aw and
// ow, before a consonant letter or the word's end, after a long vowel or a
// diphthong), or the e of a final even or ephen (Steven スティーブン).
func unsaidLetter(letters []byte, j int, ends uint64, prev byte) bool {
	c := letters[j]
	if c == 'e' && j > 1 && letters[j-1] == 'v' && letters[j-2] == 'e' ||
		c == 'e' && j > 2 && letters[j-1] == 'h' && letters[j-2] == 'p' && letters[j-3] == 'e' {
		// The e of a final even or ephen (Steven, Stephen スティーブン).
		return j+1 < len(letters) && letters[j+1] == 'n' && ends&(1<<(j+2)) != 0
	}
	if c != 'y' && c != 'w' || j == 0 || ends&(1<<j) != 0 {
		return false
	}
	// ay, ey (エイ, エー), aw, ow (オー, オウ); the y of oy is said (Joy
	// ジョイ), and ew is ユー or ウー as a row of the table (Andrew is not
	// アンドレ).
	if v := letters[j-1]; !(c == 'y' && (v == 'a' || v == 'e') || c == 'w' && (v == 'a' || v == 'o')) {
		return false
	}
	// The vowel before it is long or a diphthong: エイ, エー, オー, オウ (Shaw
	// is not シャ).
	if prev != '+' && prev != 'I' && prev != 'i' && prev != 'U' && prev != 'u' {
		return false
	}
	return ends&(1<<(j+1)) != 0 || j+1 < len(letters) && latinType(letters[j+1]) == 'c'
}

// transcriptionUnits maps each katakana, and each katakana with the small
// kana after it that it is read with (キャ, ファ, ティ), to its codes: a
// consonant in capitals or a digit (1 for シ's consonant, 2 for ツ's, 3 for
// ジ's), a glide j or w, a vowel in small letters after a consonant and in
// capitals alone; ン 0, ッ !, ー +.
var transcriptionUnits = sync.OnceValue(func() map[string]string {
	m := make(map[string]string, 256)
	rows := []struct {
		code string
		kana [5]string // the a, i, u, e and o of the row; "" for none
	}{
		{"", [5]string{"ア", "イ", "ウ", "エ", "オ"}},
		{"K", [5]string{"カ", "キ", "ク", "ケ", "コ"}},
		{"Kj", [5]string{"キャ", "", "キュ", "キェ", "キョ"}},
		{"Kw", [5]string{"クァ", "クィ", "", "クェ", "クォ"}},
		{"G", [5]string{"ガ", "ギ", "グ", "ゲ", "ゴ"}},
		{"Gj", [5]string{"ギャ", "", "ギュ", "ギェ", "ギョ"}},
		{"Gw", [5]string{"グァ", "グィ", "", "グェ", "グォ"}},
		{"S", [5]string{"サ", "スィ", "ス", "セ", "ソ"}},
		{"1", [5]string{"シャ", "シ", "シュ", "シェ", "ショ"}},
		{"Z", [5]string{"ザ", "ズィ", "ズ", "ゼ", "ゾ"}},
		{"Z", [5]string{"", "ヅィ", "ヅ", "", ""}},
		{"3", [5]string{"ジャ", "ジ", "ジュ", "ジェ", "ジョ"}},
		{"3", [5]string{"ヂャ", "ヂ", "ヂュ", "ヂェ", "ヂョ"}},
		{"T", [5]string{"タ", "ティ", "トゥ", "テ", "ト"}},
		{"Tj", [5]string{"", "", "テュ", "", ""}},
		{"C", [5]string{"チャ", "チ", "チュ", "チェ", "チョ"}},
		{"2", [5]string{"ツァ", "ツィ", "ツ", "ツェ", "ツォ"}},
		{"D", [5]string{"ダ", "ディ", "ドゥ", "デ", "ド"}},
		{"Dj", [5]string{"", "", "デュ", "", ""}},
		{"H", [5]string{"ハ", "ヒ", "", "ヘ", "ホ"}},
		{"Hj", [5]string{"ヒャ", "", "ヒュ", "ヒェ", "ヒョ"}},
		{"F", [5]string{"ファ", "フィ", "フ", "フェ", "フォ"}},
		{"Fj", [5]string{"フャ", "", "フュ", "", "フョ"}},
		{"V", [5]string{"ヴァ", "ヴィ", "ヴ", "ヴェ", "ヴォ"}},
		{"Vj", [5]string{"ヴャ", "", "ヴュ", "", "ヴョ"}},
		{"B", [5]string{"バ", "ビ", "ブ", "ベ", "ボ"}},
		{"Bj", [5]string{"ビャ", "", "ビュ", "ビェ", "ビョ"}},
		{"P", [5]string{"パ", "ピ", "プ", "ペ", "ポ"}},
		{"Pj", [5]string{"ピャ", "", "ピュ", "ピェ", "ピョ"}},
		{"M", [5]string{"マ", "ミ", "ム", "メ", "モ"}},
		{"Mj", [5]string{"ミャ", "", "ミュ", "ミェ", "ミョ"}},
		{"R", [5]string{"ラ", "リ", "ル", "レ", "ロ"}},
		{"Rj", [5]string{"リャ", "", "リュ", "リェ", "リョ"}},
		{"N", [5]string{"ナ", "ニ", "ヌ", "ネ", "ノ"}},
		{"Nj", [5]string{"ニャ", "", "ニュ", "ニェ", "ニョ"}},
		{"J", [5]string{"ヤ", "", "ユ", "イェ", "ヨ"}},
		{"W", [5]string{"ワ", "ウィ", "", "ウェ", "ウォ"}},
	}
	for _, r := range rows {
		for v, k := range r.kana {
			if k == "" {
				continue
			}
			if r.code == "" {
				m[k] = string("AIUEO"[v])
			} else {
				m[k] = r.code + string("aiueo"[v])
			}
		}
	}
	for k, c := range map[string]string{
		"ヲ": "O", "ヰ": "I", "ヱ": "E", "ヵ": "Ka", "ヶ": "Ke",
		"ァ": "a", "ィ": "i", "ゥ": "u", "ェ": "e", "ォ": "o",
		"ャ": "ja", "ュ": "ju", "ョ": "jo", "ヮ": "wa",
		"ン": "0", "ッ": "!", "ー": "+",
	} {
		m[k] = c
	}
	return m
})

// appendTranscription appends the transcription codes of a katakana word to
// dst, each kana read with the small kana after it where the two are one
// unit, and reports whether every rune of the word is a katakana it knows.
func appendTranscription(dst []byte, w string) ([]byte, bool) {
	units := transcriptionUnits()
	for i := 0; i < len(w); {
		_, n := utf8.DecodeRuneInString(w[i:])
		if i+n < len(w) {
			_, m := utf8.DecodeRuneInString(w[i+n:])
			if c, ok := units[w[i:i+n+m]]; ok {
				dst = append(dst, c...)
				i += n + m
				continue
			}
		}
		c, ok := units[w[i:i+n]]
		if !ok {
			return dst, false
		}
		dst = append(dst, c...)
		i += n
	}
	return dst, true
}

// appendLatinLetters appends the letters of a word of a name in Latin
// letters, without diacritics and in small letters, to dst, and reports
// whether it holds only letters a to z; an apostrophe is dropped (O'Brien).
func appendLatinLetters(dst []byte, w string) ([]byte, bool) {
	w = normalize.Latin(w)
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c == '\'' {
			continue // O'Brien is obrien
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c < 'a' || c > 'z' {
			return dst, false
		}
		dst = append(dst, c)
	}
	return dst, true
}

// alignAccepts reports whether transcription codes and Latin letters (each
// at most alignMaxLen long, not both empty; bit j of ends set when
// letters[:j] ends a word) are one name: whether the two can be cut into
// parts, in order, each a row of the table that says the same sounds
// ([vowelsAgree], [consonantsAgree]; ッ only where [geminated]) or a part a
// transcription adds or drops ([unlistedPart]). No part holds the end of a
// Latin word but at its own end; when paired, the katakana has as many words
// as the Latin name (bit i of cends set when codes[:i] ends one), and each
// katakana word aligns with the Latin word of its rank. reach[i*(m+1)+j]
// says that codes[:i] and letters[:j] can be so cut; each cell is tried
// forwards once.
func alignAccepts(codes, letters []byte, cends, ends uint64, paired bool) bool {
	a := newAligner(codes, letters, cends, ends, paired)
	n, m := len(codes), len(letters)
	w := m + 1
	var rb [(alignMaxLen + 1) * (alignMaxLen + 1)]bool
	reach := rb[:(n+1)*w]
	reach[0] = true
	for i := 0; i <= n; i++ {
		for j := 0; j <= m; j++ {
			if reach[i*w+j] {
				a.parts(i, j, func(p, q int) { reach[(i+p)*w+j+q] = true })
			}
		}
	}
	return reach[n*w+m]
}

// An aligner holds what the parts of one alignment are checked against.
type aligner struct {
	t              *alignTable
	codes, letters []byte
	ends           uint64 // bit j: letters[:j] ends a word
	cends          uint64 // bit i: codes[:i] ends a katakana word
	paired         bool   // each katakana word aligns with one Latin word
	// silent: bit j says that letters[j] is an e English does not say: the
	// last letter of a word (Grace, White, George) or before a final s
	// (James, Charles), after another vowel letter of the word (Fred's is
	// said; the e of a final ed too: Jared, Mohamed).
	silent uint64
	// vowelE: bit j says that letters[j] is an e that ends its word after
	// a vowel letter (Joe, Lee, Sue), said only with that vowel.
	vowelE uint64
}

// newAligner returns the aligner of codes and letters, with the silent e's
// of the letters marked.
func newAligner(codes, letters []byte, cends, ends uint64, paired bool) aligner {
	a := aligner{t: alignment(), codes: codes, letters: letters, ends: ends, cends: cends, paired: paired}
	m := len(letters)
	vowelBefore := false // a vowel letter earlier in the word
	for j := 1; j < m; j++ {
		if ends&(1<<j) != 0 {
			vowelBefore = false
		}
		if ends&(1<<j) == 0 && (latinType(letters[j-1]) == 'v' ||
			letters[j-1] == 'y' && j > 1 && ends&(1<<(j-1)) == 0) { // Kyle
			vowelBefore = true
		}
		if letters[j] == 'e' && vowelBefore && ends&(1<<j) == 0 && (ends&(1<<(j+1)) != 0 ||
			j+1 < m && letters[j+1] == 's' && ends&(1<<(j+2)) != 0) {
			a.silent |= 1 << j
			if latinType(letters[j-1]) == 'v' {
				a.vowelE |= 1 << j
			}
		}
	}
	return a
}

// parts calls yield(p, q) for each part that may follow codes[:i] and
// letters[:j]: codes[i:i+p] with letters[j:j+q], a row of the table that
// says the same sounds there, or a part a transcription adds or drops. A
// part may be yielded more than once.
func (a *aligner) parts(i, j int, yield func(p, q int)) {
	within := func(p, q int) {
		// A part stays within a Latin word and, paired, within a katakana
		// word, and a part with codes and letters takes them from the
		// katakana word and the Latin word of the same rank.
		inside := func(mask uint64, from, to int) bool {
			return mask&(((1<<to)-1)&^((1<<(from+1))-1)) != 0
		}
		done := func(mask uint64, at int) int { // words ended by at
			return bits.OnesCount64(mask & (1<<(at+1) - 1))
		}
		if inside(a.ends, j, j+q) || a.paired && (inside(a.cends, i, i+p) ||
			p > 0 && q > 0 && done(a.cends, i) != done(a.ends, j)) {
			return
		}
		yield(p, q)
	}
	n, m := len(a.codes), len(a.letters)
	prev := byte(0)
	if i > 0 {
		prev = a.codes[i-1]
	}
	var low [16]byte
	for p := 0; p <= min(n-i, a.t.codes); p++ {
		ja := a.codes[i : i+p]
		// The table's rows for these codes as written, and, as its rows are
		// mostly written in small letters, for the codes in small letters
		// (a consonant, or a vowel katakana of its own).
		lowered := low[:0]
		for _, c := range ja {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			lowered = append(lowered, c)
		}
		for k, rs := range [2]*alignRows{a.t.byCodes[string(ja)], a.t.byCodes[string(lowered)]} {
			if rs == nil || k == 1 && string(lowered) == string(ja) {
				continue
			}
			if p > 0 && rs.silent() && a.rowSays(i, j, p, 0) {
				within(p, 0)
			}
			if j < m {
				for _, en := range rs.rowsAt(a.letters[j]) {
					if q := len(en); q <= m-j && string(a.letters[j:j+q]) == en && a.rowSays(i, j, p, q) {
						within(p, q)
					}
				}
			}
		}
		// A vowel katakana adds comes before a consonant letter or a word's
		// end, never before a vowel letter (Li is not ルイ).
		if p == 1 && unlistedPart(ja, nil, prev, 0, false) && (j == m || a.ends&(1<<j) != 0 || latinType(a.letters[j]) != 'v') {
			within(1, 0)
		}
	}
	// The s of a final tes said ツ (Gates ゲイツ), after the ツ and its vowel.
	tes := j >= 3 && j < m && a.letters[j] == 's' && a.ends&(1<<(j+1)) != 0 && a.letters[j-1] == 'e' && a.letters[j-2] == 't' &&
		latinType(a.letters[j-3]) == 'v' && i >= 2 && a.codes[i-2] == '2'
	prevLetter := byte(0)
	if j > 0 && a.ends&(1<<j) == 0 {
		prevLetter = a.letters[j-1]
	}
	if j < m && (unlistedPart(nil, a.letters[j:j+1], prev, prevLetter, a.ends&(1<<(j+1)) != 0) || unsaidLetter(a.letters, j, a.ends, prev) || tes) {
		within(0, 1)
	}
}

// rowSays reports whether a row of the table, codes[i:i+p] with
// letters[j:j+q], says the same sounds there.
func (a *aligner) rowSays(i, j, p, q int) bool {
	m := len(a.letters)
	prev := byte(0)
	if i > 0 {
		prev = a.codes[i-1]
	}
	// rest: the letters after the part in its word.
	end := j + q
	for end < m && a.ends&(1<<end) == 0 {
		end++
	}
	ja, en, rest := a.codes[i:i+p], a.letters[j:j+q], a.letters[j+q:end]
	if string(ja) == "!" && q == 0 && !geminated(a.letters, j, a.ends) || a.vowelE&(1<<j) != 0 {
		return false
	}
	atStart := j == 0 || a.ends&(1<<j) != 0
	// before: the letters of the word before the part.
	start := j
	for start > 0 && a.ends&(1<<start) == 0 {
		start--
	}
	before := a.letters[start:j]
	return vowelsAgree(ja, en, prev, before, rest, a.silent>>j) && consonantsAgree(ja, en, before, rest, atStart)
}

// geminated reports whether the letters from j on can be said with the
// doubled consonant ッ writes before them: two consonant sounds or more
// (tt, ck, tch, x), or one that ends its word (Eric エリック, Rich リッチ),
// but not one between vowels (Baker is not ベッカー, Michael not ミッチェル);
// th, ch, ph, sh and gh are one sound, and l, r, m, n, y, w and h are never
// doubled.
func geminated(letters []byte, j int, ends uint64) bool {
	sounds, k := 0, j
	for k < len(letters) && latinType(letters[k]) == 'c' && (k == j || ends&(1<<k) == 0) {
		c := letters[k]
		k++
		if k < len(letters) && letters[k] == 'h' && ends&(1<<k) == 0 && (c == 't' || c == 'c' || c == 'p' || c == 's' || c == 'g') {
			k++
		}
		sounds++
		if c == 'x' {
			sounds++
		}
	}
	// A final e after the consonant is not said (Brooke ブルック).
	if sounds == 1 && k+1 < len(letters) && letters[k] == 'e' && ends&(1<<(k+1)) != 0 {
		k++
	}
	// ッ doubles a stop or a fricative, never l, r, m, n, y, w or h
	// (Ella is エラ, not エッラ).
	if k > j && bytes.IndexByte([]byte("lrmnywh"), letters[j]) >= 0 {
		return false
	}
	return sounds >= 2 || sounds == 1 && ends&(1<<k) != 0
}

// epenthetic reports whether the vowel code v, after the code prev, is one
// katakana adds to a consonant that has no vowel in the Latin spelling: u
// after most consonants (ク of Jackson, ル of Joel), o after t and d (ト of
// Scott), i after ch and j (チ of Rich, ジ of George).
func epenthetic(v, prev byte) bool {
	switch v {
	case 'u':
		// Not ヌ: an n with no vowel is ン (Jan is not ジャンヌ).
		return codeType(prev) == 'C' && prev != 'T' && prev != 'D' && prev != '0' && prev != 'N'
	case 'o':
		return prev == 'T' || prev == 'D'
	case 'i':
		return prev == 'C' || prev == '3'
	}
	return false
}

// consonantClasses are the consonants (as bits, [cb]) a Latin letter may be
// said with in the names the table's transcriptions come from: c as k, s or
// ch; g as g or j; l as r; v as b or f; j as j, or the f of Spanish Juan
// (フアン); and so on. [consonantsAgree] narrows them by the
// letters around. The transcription of a consonant must be one its letters
// can say: the table alone would take ジ for r and ブ for p.
func consonantClasses(c byte) uint32 {
	switch c {
	case 'b':
		return cb('b')
	case 'c':
		return cb('k') | cb('s') | cb('c') | cb('1')
	case 'd':
		return cb('d') | cb('3')
	case 'f':
		return cb('f')
	case 'g':
		return cb('g') | cb('3')
	case 'h':
		return cb('h')
	case 'j':
		return cb('3') | cb('f') // narrowed by consonantsAgree
	case 'k':
		return cb('k')
	case 'q':
		return cb('k') // narrowed to qu by consonantsAgree
	case 'l', 'r':
		return cb('r')
	case 'm':
		return cb('m')
	case 'n':
		return cb('n') | cb('g') // ng is グ in Vietnamese names (Nguyen)
	case 'p':
		return cb('p') | cb('f')
	case 's':
		return cb('s') | cb('z') | cb('1')
	case 't':
		return cb('t') | cb('c') | cb('2') | cb('s')
	case 'v':
		return cb('b') | cb('f')
	case 'w':
		return cb('w')
	case 'x':
		return cb('k') | cb('s') | cb('z')
	case 'y':
		return cb('y')
	case 'z':
		return cb('z') | cb('2') | cb('s') | cb('3')
	}
	return 0
}

// cb is the bit of a consonant class: k g s z t d h f b p m r n w y, and
// c for ch, 1 for sh, 2 for ts, 3 for j.
func cb(c byte) uint32 {
	const classes = "kgsztdhfbpmrnwyc123"
	return 1 << strings.IndexByte(classes, c)
}

// codeClass is the consonant class of a transcription code, 0 for a code
// that is not a consonant.
func codeClass(c byte) uint32 {
	const codes, classes = "KGSZTDHFVBPMRN0WJC123", "kgsztdhfbbpmrnnwyc123"
	if i := strings.IndexByte(codes, c); i >= 0 {
		return cb(classes[i])
	}
	return 0
}

// consonantsAgree reports whether a part's codes and letters say the same
// consonants ([consonantClasses]); rest is the letters after the part in
// its word, and atStart says that the part starts a word.
//
// Each consonant code must be one its letters can say, where g and c are
// soft only before e, i or y (g always before e and y, never in gh); c is チ
// only in ch, and シ only in ci, cy and sch; s is シ only in sh, sch and si,
// and ズ only inside a word; d is ジ only in dg and dj; t is ツ only in ts,
// tz and a final tes, ス or ザ only in th, and ト in th only at a word's
// start (Thomas); ph is フ (ブ in a final phen); q is ク only in qu; ds is
// ズ; m is ン only before b and p; n is グ only in a word's first ng
// (Nguyen); zh is ジ or チ; kn and wr start a word unsaid. Each consonant letter must be said by a code, but h (ch, sh, th), a
// letter doubled, g after n (ng), w before r and k before n (wr, kn), d
// before t (dt), and s after t or d said ツ or ズ (ts, ds). A vowel letter in
// a part of consonant codes alone may only be an e (ge, ne) or the u of
// gue, gui, que, qui (Miguel ミゲル).
//
// A part of vowel codes alone may hold no consonant letter but a y or w
// that is not before a vowel (a y or w before one is said: ヤ, ワ), an h
// after a vowel letter (John ジョン), and r and l after one with ー (アー for
// ar, オー for al); with no vowel letter, its y must be said イ and its w ウ
// (Taylor テイラー, Brown ブラウン). A part with no code may drop only h and gh
// (Wright ライト).
func consonantsAgree(ja, en, before, rest []byte, atStart bool) bool {
	next := byte(0)
	if len(rest) > 0 {
		next = rest[0]
	}
	if len(ja) == 0 {
		return string(en) == "h" || string(en) == "gh" || string(en) == "'"
	}
	var said uint32
	vowelCodes := false
	for _, c := range ja {
		said |= codeClass(c)
		vowelCodes = vowelCodes || codeType(c) == 'V' || codeType(c) == 'v'
	}
	if said == 0 && finalR(en, rest) {
		return true // ア for a final r or re ([finalR])
	}
	if said == 0 {
		afterVowel := false
		long := bytes.IndexByte(ja, '+') >= 0
		for k, c := range en {
			following := next
			if k+1 < len(en) {
				following = en[k+1]
			}
			switch {
			case latinType(c) == 'v':
				afterVowel = true
			case c == 'w' && (following == 'o' || following == 'u') && bytes.ContainsAny(ja, "Uu"):
				// ウ for wo and woo (Wood ウッド).
			case (c == 'w' || c == 'y' && yConsonant(before, en, k)) && latinType(following) == 'v', c == 'w' && following == 'r':
				return false // a y or w before a vowel is said (ヤ, ワ); wr is not
			case c == 'y' || c == 'w':
			case afterVowel && c == 'h' && latinType(following) != 'v':
				// An h after a vowel, not before one (John ジョン, Sarah
				// サラ; Rahul is not ラウル).
			case afterVowel && long && c == 'r' && following != 'r' && latinType(following) != 'v' && !romanceO(en, rest):
				// An r that closes a syllable, said ー (Carter カーター); not
				// in a word ending in o, whose r is said (Roberto ロベルト is
				// not ロバート).
			case afterVowel && long && c == 'l' && (following == 'k' || following == 'm' || following == 'f') &&
				(en[k-1] == 'a' || en[k-1] == 'o'):
				// The l of alk, alm, alf, olk, olm, said ー (Walker ウォーカー,
				// Holmes ホームズ).
			default:
				return false
			}
		}
		if !afterVowel && len(en) > 0 {
			// No vowel letter: a y said イ, or the w of ow said ウ.
			switch string(en) {
			case "y":
				return bytes.ContainsAny(ja, "iI")
			case "w":
				// ウ for the w of ow (Brown ブラウン), not of aw (Dawn is not
				// ダウン).
				return bytes.ContainsAny(ja, "uU") && letterBefore(before, en, 0) == 'o'
			}
			return false
		}
		return true
	}
	var say uint32
	for k, c := range en {
		after := next
		if k+1 < len(en) {
			after = en[k+1]
		}
		if latinType(c) != 'c' {
			// In a part of consonant codes alone, only an e (ge, ne, tes)
			// or the u of gue, gui, que, qui (Miguel ミゲル) goes unsaid.
			if !vowelCodes && c != 'e' && !(c == 'u' && k > 0 && (en[k-1] == 'g' || en[k-1] == 'q') && (after == 'e' || after == 'i')) {
				return false
			}
			continue
		}
		cl := consonantClasses(c)
		switch c {
		case 'g':
			switch after {
			case 'h':
				cl = 0 // gh is not said as g (Hughes ヒューズ, Wright ライト)
			case 'e', 'y':
				cl &^= cb('g') // g before e or y is soft (George, Gerald)
			case 'i':
			default:
				cl &^= cb('3')
			}
		case 'k', 'w':
			if k == 0 && atStart && (c == 'k' && after == 'n' || c == 'w' && after == 'r') {
				cl = 0 // kn and wr start a word unsaid (Knight, Wright)
			}
		case 'n':
			if !(k == 0 && atStart && after == 'g') {
				cl &^= cb('g') // ng as グ only at a word's start (Nguyen)
			}
		case 'p':
			if after == 'h' {
				cl = cb('f') // ph is フ (Pham is not パム)
				if letterAt(en, rest, k+2) == 'e' && letterAt(en, rest, k+3) == 'n' && letterAt(en, rest, k+4) == 0 {
					cl |= cb('b') // but ブ in a final phen (Stephen スティーブン)
				}
			}
		case 'j':
			if !(after == 'u' && letterAt(en, rest, k+2) == 'a') {
				cl &^= cb('f') // j as フ only in jua (Juan フアン; Jun is not フン)
			}
		case 'q':
			if after != 'u' {
				cl = 0 // q is ク only in qu (Qian is not キアン)
			}
		case 'c':
			if after != 'e' && after != 'i' && after != 'y' {
				cl &^= cb('s')
			} else {
				cl &^= cb('k') // c before e, i or y is soft
			}
			if after != 'h' {
				cl &^= cb('c') // ch as チ
			} else if a2 := letterAt(en, rest, k+2); !(a2 == 'r' || a2 == 'l' || a2 == 'a' || a2 == 'o' || a2 == 'u') {
				cl &^= cb('k') // ch as ク only before r, l, a, o, u (Christopher, Michael; Rich is not リック)
			}
			if after != 'i' && after != 'y' && !(after == 'h' && k > 0 && en[k-1] == 's') {
				cl &^= cb('1') // ci, cy and sch as シ; ch is not (Michael is not ミシェル)
			}
		case 's':
			if after != 'h' && after != 'c' && after != 'i' {
				cl &^= cb('1')
			}
			if k == 0 && atStart || after == 's' || k > 0 && en[k-1] == 's' || k == 0 && len(before) > 0 && before[len(before)-1] == 's' {
				cl &^= cb('z') // s is voiced inside a word only, never ss (Ross is not ロズ)
			}
		case 't':
			if after != 's' && after != 'z' {
				cl &^= cb('2')
			}
			if after != 'h' {
				cl &^= cb('s') // t as ス only in th (Smith)
			}
			if !(after == 'i' || after == 'u' || after == 'y' || after == 'c' || after == 'h' && letterAt(en, rest, k+2) == 'i') {
				cl &^= cb('c') // t as チ only before i, u, y, in tch and thi (Martin マーチン, Mitchell, Thiago; Thanh is not チャン)
			}
			if after == 'e' && letterAt(en, rest, k+2) == 's' && letterAt(en, rest, k+3) == 0 {
				cl |= cb('2') // tes at a word's end as ツ (Gates ゲイツ)
			}
			if after == 'h' {
				if a2 := letterAt(en, rest, k+2); a2 == 'i' || a2 == 'y' || a2 == 'e' || a2 == 'u' {
					cl |= cb('1') // th as シ before i, y, e, u (Timothy ティモシー; Thao is not シャオ)
				}
				if latinType(letterAt(en, rest, k+2)) == 'v' {
					cl |= cb('z') // ザ before a vowel (Heather ヘザー; Smith is not スミズ)
				}
				if !(k == 0 && atStart) {
					cl &^= cb('t') // th as ト only at a word's start (Thomas)
				}
			}
		case 'z':
			if after == 'h' {
				cl = cb('3') | cb('c') // zh as ジ or チ (pinyin: Zhang チャン)
			} else {
				cl &^= cb('3')
			}
		case 'd':
			if after == 's' {
				cl |= cb('z') // ds as ズ (Edwards エドワーズ)
			}
			if after != 'g' && after != 'j' {
				cl &^= cb('3') // dg and dj as ジ
			}
		case 'm':
			if after == 'b' || after == 'p' {
				cl |= cb('n')
			}
		case 'x':
			if k == 0 && atStart {
				// x starts a word as ザ (Xavier, Xander): XU is not スー;
				// pinyin's シ (XIAO シャオ) would take シュアン for XUAN.
				cl = cb('z')
			}
		}
		say |= cl
		switch {
		case cl&said != 0, c == 'h' && hUnsaid(letterBefore(before, en, k)), k > 0 && en[k-1] == c, k+1 < len(en) && en[k+1] == c,
			c == 'g' && after == 'h', c == 'w' && after == 'r', c == 'k' && after == 'n', c == 'd' && after == 't',
			c == 's' && k > 0 && (en[k-1] == 't' || en[k-1] == 'd') && said&(cb('2')|cb('z')) != 0,
			c == 's' && k > 1 && en[k-1] == 'e' && en[k-2] == 't' && said&cb('2') != 0:
		default:
			return false
		}
	}
	for _, c := range ja {
		if k := codeClass(c); k != 0 && say&k == 0 {
			return false
		}
	}
	return true
}

// vowelsAgree reports whether a row pairs its vowel codes with its vowel
// letters as a name is said, and not only as it may be spelled; prev is the
// code before the row, rest the letters after it in its word, and bit k of
// silent says that en[k] is an e English does not say. The table pairs
// every vowel with every other, which alone would make トム Tim and マリオ
// Maria. English spelling decides (DESIGN.md 3.1):
//   - a vowel code with no vowel letter is one katakana adds to the
//     consonant before it ([epenthetic]: the ル of ジョエル), or stands
//     between two of the row's consonants (ホワ for wh);
//   - one vowel letter takes its own vowel or one English gives it: エ or エー
//     for a in an open syllable or before y or i (David, James; ay is
//     never アイ), ア for u in a closed syllable (Russell), アー for er, ir,
//     ur, イー for e (Peter), オ for a after w before l or r (Walter), アー for
//     a only before r or l, ア for o before w (Howard); long only where
//     English makes it long (not in a closed syllable but before an r that
//     closes it, or a before l), and long or a diphthong before a magic e
//     (Mike マイク, Kate ケート), but before r and a final e (Clare クレア); a
//     silent e takes only the vowel katakana adds (ス for ce in Grace), and
//     none after a vowel letter (Joe); a final r or re is ア ([finalR]); e
//     is ア before r and a vowel after the first syllable (Catherine); e
//     before w is never a vowel of its own (ew);
//   - two vowel codes for one vowel letter are a diphthong English says
//     (エイ for a in an open syllable, アイ for i only before a magic e, gh,
//     ld, nd or a vowel, オウ or アウ for o, エア for a before r);
//   - two vowel letters are a digraph ([digraphVowels], [digraphLetters]).
func vowelsAgree(ja, en []byte, prev byte, before, rest []byte, silent uint64) bool {
	next := byte(0)
	if len(rest) > 0 {
		next = rest[0]
	}
	var cv [8]byte
	codes := cv[:0]
	long, consonant := false, false
	for _, c := range ja {
		switch codeType(c) {
		case 'V', 'v':
			codes = append(codes, c|0x20)
		case 'l':
			long = true
		case 's':
			// The glide of ュ (ju): its vowel decides.
		default:
			if len(codes) == 0 {
				prev, consonant = c, true
			}
		}
	}
	// vowels counts the vowel letters, and a y or w after one (ey, aw);
	// a y before a vowel is a consonant (ye). first is the first vowel
	// letter (y as i), at firstAt.
	first, firstAt, vowels := byte(0), -1, 0
	for k, c := range en {
		isVowel := latinType(c) == 'v'
		switch {
		case c == 'y' && (k+1 < len(en) && latinType(en[k+1]) == 'v' || k+1 == len(en) && latinType(next) == 'v') &&
			yConsonant(before, en, k):
		case isVowel || c == 'y' && vowels == 0:
			if first == 0 {
				first, firstAt = c, k
				if c == 'y' {
					first = 'i'
				}
			}
			if isVowel {
				vowels++
			}
		case (c == 'y' || c == 'w') && vowels > 0:
			vowels++
		}
	}
	if len(codes) == 0 {
		return true
	}
	v := codes[0]
	if finalR(en, rest) {
		return len(codes) == 1 && v == 'a' // Moore ムーア, Theodore セオドア
	}
	if first == 0 {
		// Vowel codes with no vowel letter: a vowel katakana adds to the
		// row's consonant, a vowel between two of the row's consonants (ホワ
		// for wh), or a part a y or w says (consonantsAgree).
		between := consonant && len(ja) > 0 && codeType(ja[len(ja)-1]) == 'C'
		return !consonant || between || len(codes) == 1 && !long && epenthetic(v, prev)
	}
	// after(k) is the k-th letter after the first vowel letter in its
	// word, 0 past its end.
	after := func(k int) byte {
		k += firstAt + 1
		if k < len(en) {
			return en[k]
		}
		if k -= len(en); k < len(rest) {
			return rest[k]
		}
		return 0
	}
	nextLetter := after(0)
	// The syllable of the first vowel letter: open when one consonant
	// (th, ch, ph, sh and gh count as one) and a vowel letter follow it
	// (David, Nathan, Jacob), closed when consonants follow it otherwise
	// (Jack, Dan, Russell); a vowel that ends its word is neither. A silent
	// e after one consonant (Kate, Rose, Luke) makes the vowel before it
	// long: magic.
	k := 0
	if c := after(0); c != 0 && latinType(c) == 'c' && c != 'y' && c != 'w' {
		k = 1
		if d := after(1); d == 'h' && (c == 't' || c == 'c' || c == 'p' || c == 's' || c == 'g') {
			k = 2
		}
	}
	openSyllable := k > 0 && (latinType(after(k)) == 'v' || after(k) == 'y')
	// igh, eigh: the gh is not said, and the vowel is long (Wright ライト).
	closed := k > 0 && !openSyllable && !(after(0) == 'g' && after(1) == 'h')
	// Not a y after a vowel (Joyce), nor before r and a final e, where the
	// e is ア (Clare クレア, Theodore セオドア).
	yAfterVowel := first == 'i' && en[firstAt] == 'y' && (firstAt > 0 && latinType(en[firstAt-1]) == 'v' ||
		firstAt == 0 && len(before) > 0 && latinType(before[len(before)-1]) == 'v')
	magic := openSyllable && !yAfterVowel && after(0) != 'r' && after(k) == 'e' && silent&(1<<(firstAt+1+k)) != 0
	// The word's first vowel letter: e is ア before r and a vowel only after
	// it (Catherine キャサリン; Eric is エリック).
	firstVowel := !bytes.ContainsAny(before, "aeiouy") && !bytes.ContainsAny(en[:firstAt], "aeiouy")
	// A vowel and r said with ー, where the r ends the syllable, must be
	// アー for er, ir and ur (Peter ピーター, not ピーテー).
	if long && nextLetter == 'r' && latinType(after(1)) != 'v' && (first == 'e' || first == 'i' || first == 'u') && v != 'a' {
		return false
	}
	// A silent e is said only as the vowel katakana adds to a consonant.
	if vowels == 1 && len(en)-firstAt == 1 && silent&(1<<firstAt) != 0 && first == 'e' {
		// After a vowel letter the e is part of that vowel (Joe ジョー, not
		// ジョエ).
		if firstAt > 0 && latinType(en[firstAt-1]) == 'v' {
			return false
		}
		return len(codes) == 1 && !long && epenthetic(v, prev)
	}
	if vowels == 1 && latinType(nextLetter) == 'v' && firstAt == len(en)-1 && (first == 'e' || first == 'o') && nextLetter == first {
		// ee and oo are one vowel, not cut between two parts (Boone is
		// not ボ オン). Other pairs may be said apart in the names of other
		// languages (Pereira ペレイラ, Paulo パウロ, Rai ライ).
		return false
	}
	if len(codes) == 1 && vowels <= 1 {
		// One vowel letter, one vowel code: long only where English makes
		// the vowel long (not in a closed syllable but before an r that
		// closes it, and a before l), and long or a diphthong before
		// a magic e. An r closes the syllable when neither r nor a vowel
		// follows it.
		rhotic := nextLetter == 'r' && after(1) != 'r' && latinType(after(1)) != 'v' && after(1) != 'y'
		if long && closed && !rhotic && !(first == 'a' && nextLetter == 'l') &&
			!(first == 'o' && nextLetter == 'l' && (after(1) == 'k' || after(1) == 'm')) {
			return false
		}
		if long && first == 'a' && v == 'a' && !rhotic && !(nextLetter == 'l' && after(1) == 'l' && after(2) == 'e') {
			return false // a said アー only before r, or in alle (Carter, Allen アーレン; not Baker バーカー, Albert アールバート)
		}
		if first == 'a' && firstVowel && nextLetter == 'l' && after(1) == 'l' && after(2) == 0 && !(v == 'o' && long) {
			return false // a final all is オール (Hall ホール, not ハル)
		}
		if magic && !long {
			return false
		}
		switch {
		case first == 'e' && nextLetter == 'w':
			return false // ew is one vowel, ユー or ウー (Newton is not ネウトン)
		case first == 'a' && nextLetter == 'y' && latinType(after(1)) != 'v':
			// ay is エイ or エー (Taylor テイラー), not アイ (Tyler タイラー).
			return v == 'e'
		case v == first:
			return true
		case first == 'u' && v == 'a':
			// u said ア: in a closed syllable (Russell, Duncan); ur said
			// アー (Turner).
			return closed && !long || long && nextLetter == 'r'
		case first == 'a' && v == 'e':
			// a said エ or エー: in an open syllable (David, James, Grace),
			// but not before a word's final a (Lara is ララ, not レイラ), or
			// before y or i.
			return openSyllable && !(after(k) == 'a' && after(k+1) == 0) || nextLetter == 'y' || nextLetter == 'i'
		case first == 'e' && v == 'i':
			return long && nextLetter != 'r' && nextLetter != 0 // Peter; Le is not リー
		case first == 'a' && v == 'o':
			// a said オ after w before l or r (Walter ウォルター, Warren
			// ウォーレン), オー before w, u or l (Paul, Hall).
			return prev == 'W' && (nextLetter == 'l' || nextLetter == 'r') ||
				long && (nextLetter == 'w' || nextLetter == 'u' || nextLetter == 'l' && firstVowel)
		case first == 'o' && v == 'a':
			return nextLetter == 'w' || long && nextLetter == 'r'
		case first == 'e' && v == 'a' && !long && nextLetter == 'r' && latinType(after(1)) == 'v' && !firstVowel:
			return true // an e before r and a vowel, unstressed (Catherine キャサリン)
		case (first == 'e' || first == 'i' || first == 'u') && v == 'a':
			// er, ir, ur said アー (Peter, Bird, Turner).
			return long && nextLetter == 'r'
		case first == 'o' && v == 'u':
			return long && (nextLetter == 'o' || nextLetter == 'u')
		}
		return silent&(1<<firstAt) != 0 && !long && epenthetic(v, prev)
	}
	if len(codes) > 1 && vowels <= 1 {
		// Two vowel codes for one vowel letter: a diphthong English says
		// where the vowel is not in a closed syllable (エイ for a in Jacob,
		// アイ for i in Mike, オウ for o), or エア for a before r (Mary).
		switch string(codes[:2]) {
		case "ei":
			return first == 'a' && (openSyllable && !(after(k) == 'a' && after(k+1) == 0) || nextLetter == 'y' || nextLetter == 'i')
		case "ea":
			return first == 'a' && nextLetter == 'r'
		case "ai":
			// i and y said アイ: before a magic e (Mike, Kyle), gh (Wright),
			// a vowel as the word's first vowel after r, or y, before its
			// last syllable when that is closed (Brian, Bryan, Ryan; not
			// Ian, Liam, Maria), as a word's last letter (My), or in an open syllable before the
			// word's last, closed one (Michael, Simon, Tyler); not before a
			// last syllable that ends in a vowel or a silent e (Lisa is
			// リサ, Michelle is not マイケル).
			return first == 'i' && (magic || nextLetter == 'g' && after(1) == 'h' ||
				latinType(nextLetter) == 'v' && firstVowel && lastClosedSyllable(after, 0) &&
					(en[firstAt] == 'y' || letterBefore(before, en, firstAt) == 'r') ||
				nextLetter == 0 || openSyllable && lastClosedSyllable(after, k))
		case "ou", "au":
			return first == 'o' && !closed
		}
		return false
	}
	if vowels >= 2 {
		// Two vowel letters (a y or w after a vowel counts): a digraph.
		dg := digraphLetters(en)
		if len(codes) == 1 {
			// One vowel code for it: as English says the digraph, long,
			// or short only for ea before th and a vowel (エ, Heather; Heath
			// is ヒース), oo, ou (ウ, Brooks,
			// Louis), ou (ア, Douglas) and ae (エ, Michael); never for ea
			// ending a word
			// (Andrea is アンドレア).
			said := digraphVowels(en)
			if said == "" || strings.IndexByte(said, v) < 0 || dg == "ea" && len(rest) == 0 && en[len(en)-1] == 'a' {
				return false
			}
			if long {
				return !(dg == "ea" && v == 'e') // Dean is ディーン, not デーン
			}
			at := bytes.LastIndexByte(en, 'a') + 1
			eaShort := dg == "ea" && v == 'e' && letterAt(en, rest, at) == 't' && letterAt(en, rest, at+1) == 'h' &&
				latinType(letterAt(en, rest, at+2)) == 'v'
			return eaShort || (dg == "oo" || dg == "ou") && v == 'u' || dg == "ou" && v == 'a' || dg == "ae" && v == 'e' ||
				dg == "ai" && v == 'e' && letterAt(en, rest, bytes.LastIndexByte(en, 'i')+1) == 'r' // air: Claire クレア
		}
		// Two vowel codes: the digraph's diphthong (エイ for ai, ay, ei,
		// ey; アイ for ai, ay; アウ or オウ for ou, ow; オイ for oi,
		// oy), or the two letters said apart (ia イア, eo エオ).
		two := string(codes[:2])
		switch dg {
		case "ai", "ay":
			return two == "ei" || two == "ai"
		case "ey":
			return two == "ei" // Casey ケイシー; ei is イー (Neil is not ネイル)
		case "ou", "ow":
			return two == "au" || two == "ou"
		case "oi", "oy":
			return two == "oi"
		}
		return len(dg) == 2 && two == dg
	}
	return v == first
}

// digraphLetters returns the two vowel letters of a digraph in en (a y or
// a w after a vowel counts as one), or "" when en does not hold exactly two.
func digraphLetters(en []byte) string {
	var v [2]byte
	n := 0
	for _, c := range en {
		if latinType(c) == 'v' || (c == 'y' || c == 'w') && n == 1 {
			if n < 2 {
				v[n] = c
			}
			n++
		}
	}
	if n != 2 {
		return ""
	}
	return string(v[:])
}

// digraphVowels returns the vowels katakana writes, with one vowel code, for
// two vowel letters English says as one (ee and ie イー, ea イー or エ, ei and
// ey イー or エー, oo ウー or ウ, ou ウー, ウ or オー, oa and oe オー, ue and
// ew ウー, ai and ay エー, ae エ, au and aw オー), or "" for two vowel letters
// that are not one such pair.
func digraphVowels(en []byte) string {
	switch digraphLetters(en) {
	case "aa":
		return "a"
	case "ee", "ie":
		return "i"
	case "ea":
		return "ie"
	case "ei":
		return "i"
	case "ey":
		return "ie"
	case "oo", "ue", "ew":
		return "u"
	case "ou":
		return "uoa"
	case "oa", "oe":
		return "o"
	case "ui":
		return "ui"
	case "eu":
		return "uo"
	case "ai", "ay", "ae":
		return "e"
	case "au", "aw":
		return "o"
	}
	return ""
}

// foreignKatakana reports whether katakana words are written as a foreign
// name is and a Japanese one is not: with ー, a small vowel kana (ジェ, ティ,
// ファ) or ヴ. Japanese names write long vowels with a kana (ユウコ).
func foreignKatakana(words []string) bool {
	for _, w := range words {
		if strings.ContainsAny(w, "ーァィゥェォヴ") {
			return true
		}
	}
	return false
}

// alignedForeign reports whether a name in Latin letters (its words lw) and
// one in katakana (its words kw) are one name by the aligner: the katakana's
// words run together against the Latin words run together, in their order or,
// when reorder (a full name) for a name of two or three words and as many
// katakana words, moved from its start to its end (the residence card's
// family name first); ordered says whether the order that aligned is the
// written one. Words of one letter (initials) and names the aligner does not
// take are never aligned.
func alignedForeign(lw, kw []string, reorder bool) (ok, ordered bool) {
	if len(lw) == 0 || len(kw) == 0 || len(lw) > 3 {
		return false, false
	}
	var cb [2 * alignMaxLen]byte
	codes, cends := cb[:0], uint64(0)
	for _, k := range kw {
		start := len(codes)
		var good bool
		if codes, good = appendTranscription(codes, k); !good || len(codes) > alignMaxLen {
			return false, false
		}
		// A word of marks alone (ー, ッ) is no part of a name.
		if !bytes.ContainsAny(codes[start:], "AIUEOaiueo0") {
			return false, false
		}
		cends |= 1 << len(codes)
	}
	var lb [2 * alignMaxLen]byte
	letters := lb[:0]
	var spans [3][2]int
	for i, l := range lw {
		start := len(letters)
		var good bool
		letters, good = appendLatinLetters(letters, l)
		if !good || len(letters)-start < 2 || len(letters) > alignMaxLen {
			return false, false
		}
		spans[i] = [2]int{start, len(letters)}
	}
	total := len(letters)
	for k, order := range wordOrders {
		if k > 0 && (!reorder || len(kw) != len(lw)) {
			break // another order only word for word (DAVIDSON is not SON DAVID)
		}
		if !keepsTail(order, len(lw)) || !rotation(order, len(lw)) {
			continue
		}
		ordered, ends := letters[total:total], uint64(0)
		for _, i := range order[:len(lw)] {
			ordered = append(ordered, letters[spans[i][0]:spans[i][1]]...)
			ends |= 1 << len(ordered)
		}
		if alignAccepts(codes, ordered, cends, ends, len(kw) == len(lw) && len(lw) > 1) {
			return true, k == 0
		}
	}
	return false, false
}

// wordOrders are the orders the aligner tries of three words, the written
// one first; those of two words are the ones that keep the third last, and
// of one word the first.
var wordOrders = [...][3]int{{0, 1, 2}, {1, 0, 2}, {2, 0, 1}, {1, 2, 0}, {0, 2, 1}, {2, 1, 0}}

// rotation reports whether the first n words of an order of wordOrders are
// the written ones moved from the start to the end (for three words, 1 2 0
// and 2 0 1; not 1 0 2: MARIA LOPEZ GARCIA is not GARCIA LOPEZ MARIA).
func rotation(order [3]int, n int) bool {
	for i := 1; i < n; i++ {
		if order[i] != (order[0]+i)%n {
			return false
		}
	}
	return true
}

// keepsTail reports whether an order of wordOrders leaves the words from n
// on in their place, so that its first n are an order of n words.
func keepsTail(order [3]int, n int) bool {
	for i := n; i < len(order); i++ {
		if order[i] != i {
			return false
		}
	}
	return true
}
