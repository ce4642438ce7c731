package jp

import (
	"bytes"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// syllables lists each kana syllable with its Hepburn spelling; the first
// spelling is the one Romaji writes, the others are what ParseRomaji accepts
// too (Kunrei-shiki and Nihon-shiki, wāpuro, and the spellings of the
// katakana used for foreign words).
var syllables = [...]struct {
	kana  string
	roman []string
}{
	{"ア", []string{"a"}}, {"イ", []string{"i"}}, {"ウ", []string{"u"}}, {"エ", []string{"e"}}, {"オ", []string{"o"}},
	{"カ", []string{"ka", "ca"}}, {"キ", []string{"ki"}}, {"ク", []string{"ku", "cu", "qu"}}, {"ケ", []string{"ke"}}, {"コ", []string{"ko", "co"}},
	{"サ", []string{"sa"}}, {"シ", []string{"shi", "si"}}, {"ス", []string{"su"}}, {"セ", []string{"se"}}, {"ソ", []string{"so"}},
	{"タ", []string{"ta"}}, {"チ", []string{"chi", "ti"}}, {"ツ", []string{"tsu", "tu"}}, {"テ", []string{"te"}}, {"ト", []string{"to"}},
	{"ナ", []string{"na"}}, {"ニ", []string{"ni"}}, {"ヌ", []string{"nu"}}, {"ネ", []string{"ne"}}, {"ノ", []string{"no"}},
	{"ハ", []string{"ha"}}, {"ヒ", []string{"hi"}}, {"フ", []string{"fu", "hu"}}, {"ヘ", []string{"he"}}, {"ホ", []string{"ho"}},
	{"マ", []string{"ma"}}, {"ミ", []string{"mi"}}, {"ム", []string{"mu"}}, {"メ", []string{"me"}}, {"モ", []string{"mo"}},
	{"ヤ", []string{"ya"}}, {"ユ", []string{"yu"}}, {"ヨ", []string{"yo"}},
	{"ラ", []string{"ra", "la"}}, {"リ", []string{"ri", "li"}}, {"ル", []string{"ru", "lu"}}, {"レ", []string{"re", "le"}}, {"ロ", []string{"ro", "lo"}},
	{"ワ", []string{"wa"}}, {"ヰ", []string{"i", "wi"}}, {"ヱ", []string{"e", "we"}}, {"ヲ", []string{"o", "wo"}},
	{"ガ", []string{"ga"}}, {"ギ", []string{"gi"}}, {"グ", []string{"gu"}}, {"ゲ", []string{"ge"}}, {"ゴ", []string{"go"}},
	{"ザ", []string{"za"}}, {"ジ", []string{"ji", "zi", "jyi"}}, {"ズ", []string{"zu"}}, {"ゼ", []string{"ze"}}, {"ゾ", []string{"zo"}},
	{"ダ", []string{"da"}}, {"ヂ", []string{"ji", "di"}}, {"ヅ", []string{"zu", "du", "dzu"}}, {"デ", []string{"de"}}, {"ド", []string{"do"}},
	{"バ", []string{"ba"}}, {"ビ", []string{"bi"}}, {"ブ", []string{"bu"}}, {"ベ", []string{"be"}}, {"ボ", []string{"bo"}},
	{"パ", []string{"pa"}}, {"ピ", []string{"pi"}}, {"プ", []string{"pu"}}, {"ペ", []string{"pe"}}, {"ポ", []string{"po"}},
	{"キャ", []string{"kya"}}, {"キュ", []string{"kyu"}}, {"キョ", []string{"kyo"}},
	{"シャ", []string{"sha", "sya"}}, {"シュ", []string{"shu", "syu"}}, {"ショ", []string{"sho", "syo"}},
	{"チャ", []string{"cha", "tya", "cya"}}, {"チュ", []string{"chu", "tyu", "cyu"}}, {"チョ", []string{"cho", "tyo", "cyo"}},
	{"ニャ", []string{"nya"}}, {"ニュ", []string{"nyu"}}, {"ニョ", []string{"nyo"}},
	{"ヒャ", []string{"hya"}}, {"ヒュ", []string{"hyu"}}, {"ヒョ", []string{"hyo"}},
	{"ミャ", []string{"mya"}}, {"ミュ", []string{"myu"}}, {"ミョ", []string{"myo"}},
	{"リャ", []string{"rya", "lya"}}, {"リュ", []string{"ryu", "lyu"}}, {"リョ", []string{"ryo", "lyo"}},
	{"ギャ", []string{"gya"}}, {"ギュ", []string{"gyu"}}, {"ギョ", []string{"gyo"}},
	{"ジャ", []string{"ja", "zya", "jya"}}, {"ジュ", []string{"ju", "zyu", "jyu"}}, {"ジョ", []string{"jo", "zyo", "jyo"}},
	{"ヂャ", []string{"ja", "dya"}}, {"ヂュ", []string{"ju", "dyu"}}, {"ヂョ", []string{"jo", "dyo"}},
	{"ビャ", []string{"bya"}}, {"ビュ", []string{"byu"}}, {"ビョ", []string{"byo"}},
	{"ピャ", []string{"pya"}}, {"ピュ", []string{"pyu"}}, {"ピョ", []string{"pyo"}},
	// Katakana for foreign words.
	{"シェ", []string{"she"}}, {"ジェ", []string{"je"}}, {"チェ", []string{"che"}},
	{"ティ", []string{"ti"}}, {"トゥ", []string{"tu"}}, {"ディ", []string{"di"}}, {"ドゥ", []string{"du"}}, {"デュ", []string{"dyu"}},
	{"ツァ", []string{"tsa"}}, {"ツィ", []string{"tsi"}}, {"ツェ", []string{"tse"}}, {"ツォ", []string{"tso"}},
	{"ファ", []string{"fa"}}, {"フィ", []string{"fi"}}, {"フェ", []string{"fe"}}, {"フォ", []string{"fo"}}, {"フュ", []string{"fyu"}},
	{"ウィ", []string{"wi"}}, {"ウェ", []string{"we"}}, {"ウォ", []string{"wo"}},
	{"ヴァ", []string{"va"}}, {"ヴィ", []string{"vi"}}, {"ヴ", []string{"vu"}}, {"ヴェ", []string{"ve"}}, {"ヴォ", []string{"vo"}},
	{"クァ", []string{"kwa", "qa"}}, {"グァ", []string{"gwa"}}, {"イェ", []string{"ye"}},
	{"ァ", []string{"a"}}, {"ィ", []string{"i"}}, {"ゥ", []string{"u"}}, {"ェ", []string{"e"}}, {"ォ", []string{"o"}},
	{"ャ", []string{"ya"}}, {"ュ", []string{"yu"}}, {"ョ", []string{"yo"}}, {"ヮ", []string{"wa"}},
	{"ヵ", []string{"ka"}}, {"ヶ", []string{"ke"}},
}

// romajiTables are the kana-to-Hepburn tables and the romaji-to-kana table
// ParseRomaji reads, built once.
type romajiTables struct {
	single  [0x5a]string      // one katakana (U+30A1 + index) to Hepburn
	digraph map[string]string // two katakana (キャ, ファ) to Hepburn
	// The romaji syllables as a trie of their letters: next[n][c-'a'] is
	// the node after letter c from node n (the root is 0, and 0 is none),
	// kana[n] the kana of the syllable that ends at n, the first listed.
	next [][26]uint16
	kana []string
}

var tables = sync.OnceValue(func() *romajiTables {
	t := &romajiTables{digraph: map[string]string{}, next: make([][26]uint16, 1), kana: make([]string, 1)}
	for _, s := range syllables {
		if rs := []rune(s.kana); len(rs) == 1 {
			t.single[rs[0]-0x30a1] = s.roman[0]
		} else {
			t.digraph[s.kana] = s.roman[0]
		}
		for _, r := range s.roman {
			n := 0
			for i := 0; i < len(r); i++ {
				c := r[i] - 'a'
				if t.next[n][c] == 0 {
					t.next[n][c] = uint16(len(t.next))
					t.next = append(t.next, [26]uint16{})
					t.kana = append(t.kana, "")
				}
				n = int(t.next[n][c])
			}
			if t.kana[n] == "" {
				t.kana[n] = s.kana
			}
		}
	}
	return t
})

// syllable returns the kana of the longest romaji syllable s starts with,
// and its length; 0 when none.
func (t *romajiTables) syllable(s []byte) (string, int) {
	kana, size := "", 0
	n := 0
	for i, c := range s {
		if c < 'a' || c > 'z' {
			break
		}
		if n = int(t.next[n][c-'a']); n == 0 {
			break
		}
		if t.kana[n] != "" {
			kana, size = t.kana[n], i+1
		}
	}
	return kana, size
}

// romanOf returns the Hepburn of one katakana, or "".
func (t *romajiTables) romanOf(r rune) string {
	if r < 0x30a1 || r >= 0x30a1+rune(len(t.single)) {
		return ""
	}
	return t.single[r-0x30a1]
}

// isSmallKana reports whether r is a small katakana that makes a digraph
// with the kana before it.
func isSmallKana(r rune) bool {
	switch r {
	case 'ァ', 'ィ', 'ゥ', 'ェ', 'ォ', 'ャ', 'ュ', 'ョ', 'ヮ':
		return true
	}
	return false
}

// Romaji returns the passport Hepburn spelling of a kana reading, in lower
// case, one word for each word of s (the rules of the Japanese passport, as
// published by the Ministry of Foreign Affairs and the prefectures): おお, おう
// and うう are written o and u (a name-final おお keeps oo: SENOO), ー is not
// written, ん is m before b, m and p (NAMBA, HOMMA), っ doubles the consonant
// and is t before ch (HATCHO). Runes that are not kana are left out; a kanji
// has no spelling here.
func Romaji(s string) string {
	var out []byte
	var rb [64]rune
	for i, w := range KanaWords(s) {
		if i > 0 {
			out = append(out, ' ')
		}
		out = appendRomaji(out, appendRunes(rb[:0], w), true)
	}
	return string(out)
}

// appendRunes appends the runes of s to dst.
func appendRunes(dst []rune, s string) []rune {
	for _, r := range s {
		dst = append(dst, r)
	}
	return dst
}

// appendRomaji appends the Hepburn spelling of the katakana k to dst;
// passport drops long vowels and writes ん as m before labials.
func appendRomaji(dst []byte, k []rune, passport bool) []byte {
	t := tables()
	geminate := false
	var last byte // the last vowel written
	for i := 0; i < len(k); {
		r := k[i]
		switch {
		case r == 'ー':
			if !passport && last != 0 {
				dst = append(dst, last)
			}
			i++
			continue
		case r == 'ッ':
			geminate = true
			i++
			continue
		case r == 'ン':
			if passport && i+1 < len(k) && labial(k[i+1]) {
				dst = append(dst, 'm')
			} else {
				dst = append(dst, 'n')
				if !passport && i+1 < len(k) && vowelOrY(k[i+1]) {
					dst = append(dst, '\'')
				}
			}
			geminate, last = false, 0
			i++
			continue
		}
		if passport && last != 0 {
			// おう, おお and うう: the second vowel is not written, but a
			// name-final おお keeps it.
			// ウエ after o is the syllable ue of 上 (INOUE, ONOUE), not a
			// long vowel.
			if (r == 'ウ' && (last == 'o' || last == 'u') && (i+1 == len(k) || k[i+1] != 'エ')) ||
				(r == 'オ' && last == 'o' && i+1 < len(k)) {
				last = 0
				i++
				continue
			}
		}
		var syl string
		n := 0
		if i+1 < len(k) && isSmallKana(k[i+1]) {
			var pair [2 * utf8.UTFMax]byte
			p := utf8.AppendRune(utf8.AppendRune(pair[:0], r), k[i+1])
			if s, ok := t.digraph[string(p)]; ok {
				syl, n = s, 2
			}
		}
		if n == 0 {
			if s := t.romanOf(r); s != "" {
				syl, n = s, 1
			}
		}
		if n == 0 {
			// Not kana: Latin letters and digits are kept as they are.
			if r < utf8.RuneSelf {
				dst = append(dst, byte(r))
			}
			geminate, last = false, 0
			i++
			continue
		}
		if geminate {
			if strings.HasPrefix(syl, "ch") {
				dst = append(dst, 't')
			} else if c := syl[0]; !isVowel(c) {
				dst = append(dst, c)
			}
			geminate = false
		}
		dst = append(dst, syl...)
		last = syl[len(syl)-1]
		if !isVowel(last) {
			last = 0
		}
		i += n
	}
	return dst
}

func isVowel(c byte) bool { return c == 'a' || c == 'i' || c == 'u' || c == 'e' || c == 'o' }

// labial reports whether the kana starts with b, m or p.
func labial(r rune) bool {
	switch unvoiced(r) {
	case 'ハ', 'ヒ', 'フ', 'ヘ', 'ホ':
		return r != unvoiced(r) // バ行 and パ行, not ハ行
	case 'マ', 'ミ', 'ム', 'メ', 'モ':
		return true
	}
	return false
}

func vowelOrY(r rune) bool {
	switch r {
	case 'ア', 'イ', 'ウ', 'エ', 'オ', 'ヤ', 'ユ', 'ヨ':
		return true
	}
	return false
}

// ParseRomaji reads a name or a place written in Latin letters as Japanese
// romaji and returns its reading in katakana, words separated by single
// spaces, and whether every letter was read. It reads passport and modified
// Hepburn (Tarō, Ohno, Homma, Hatchō), Kunrei-shiki and Nihon-shiki (Tarou,
// Hutosi, Tyouhu), wāpuro (Shin'ichi, Shinnichi) and the spellings of
// foreign-word katakana (fa, ti, va). A vowel with a macron or circumflex,
// and oh before a consonant or at the end of a word, are read as the vowel
// and ー; m before b, m and p, and n before a consonant, an apostrophe or
// the end of a word, are ン; a doubled consonant (and tch) is ッ.
func ParseRomaji(s string) (string, bool) {
	var buf [64]byte
	k, ok := appendParseRomaji(buf[:0], s, true)
	return string(k), ok
}

// appendParseRomaji appends [ParseRomaji] of s to dst, and with partial
// false nothing useful when it fails. It allocates nothing
// when dst has room and s is short and in ASCII or Latin letters with
// diacritics ([romajiLetters]).
func appendParseRomaji(dst []byte, s string, partial bool) ([]byte, bool) {
	var lb [128]byte
	return parseLetters(dst, romajiLetters(lb[:0], s), partial)
}

// parseLetters appends the katakana of romaji letters in lower case and NFKD
// ([romajiLetters]) to dst.
// With partial false it stops at the first letter it cannot read, since
// the caller wants nothing of a failed reading.
func parseLetters(dst []byte, in []byte, partial bool) ([]byte, bool) {
	start := len(dst)
	ok := true
	word := false
	sep := func() {
		if word {
			dst = append(dst, ' ')
			word = false
		}
	}
	t := tables()
	i := 0
	for i < len(in) {
		if !ok && !partial {
			return dst, false
		}
		c := in[i]
		switch {
		case c == '\'' || c == '-' && i > 0 && i+1 < len(in) && isASCIILetter(in[i-1]) && isASCIILetter(in[i+1]) && !suffixAhead(in[i+1:]):
			i++ // Shin'ichi; a hyphen inside a word
			continue
		case c == 0xcc && i+1 < len(in) && (in[i+1] == 0x84 || in[i+1] == 0x82):
			// U+0304 (macron) or U+0302 (circumflex) after a vowel: long.
			if word {
				dst = append(dst, "ー"...)
			}
			i += 2
			continue
		case !isASCIILetter(c):
			if c >= utf8.RuneSelf {
				r, n := utf8.DecodeRune(in[i:])
				if isMark(r) {
					i += n
					continue
				}
				ok = false
				i += n
			} else {
				if c >= '0' && c <= '9' {
					ok = false
				}
				i++
			}
			sep()
			continue
		}
		word = true
		rest := in[i:]
		// ッ: a doubled consonant, or t before ch.
		if len(rest) >= 2 && !isVowel(rest[0]) && rest[0] != 'n' && rest[0] != 'm' && (rest[1] == rest[0] || rest[0] == 't' && bytes.HasPrefix(rest[1:], ch) || rest[0] == 'c' && bytes.HasPrefix(rest[1:], ch)) {
			dst = append(dst, "ッ"...)
			i++
			continue
		}
		// ン.
		if rest[0] == 'n' && (len(rest) == 1 || !isVowel(rest[1]) && rest[1] != 'y') {
			dst = append(dst, "ン"...)
			i++
			if len(rest) > 1 && rest[1] == 'n' && (len(rest) == 2 || !isVowel(rest[2]) && rest[2] != 'y') {
				i++ // wāpuro nn
			}
			continue
		}
		if rest[0] == 'm' && len(rest) > 1 && (rest[1] == 'b' || rest[1] == 'm' || rest[1] == 'p') {
			dst = append(dst, "ン"...)
			i++
			continue
		}
		// oh before a consonant or the end: a long o; but not before an n
		// that ends the word (JOHN is no Japanese name's ジョーン).
		finalN := len(rest) > 1 && rest[1] == 'n' && (len(rest) == 2 || !isASCIILetter(rest[2]))
		if rest[0] == 'h' && i > 0 && in[i-1] == 'o' && !finalN && (len(rest) == 1 || !isASCIILetter(rest[1]) || !isVowel(rest[1]) && rest[1] != 'y') {
			dst = append(dst, "ー"...)
			i++
			continue
		}
		if k, n := t.syllable(rest); n > 0 {
			dst = append(dst, k...)
			i += n
		} else {
			ok = false
			i++
		}
	}
	for len(dst) > start && dst[len(dst)-1] == ' ' {
		dst = dst[:len(dst)-1]
	}
	return dst, ok && len(dst) > start
}

var ch = []byte("ch")

// romajiLetters appends s as ParseRomaji reads it to dst: in lower case and
// in NFKD, so that a macron or a circumflex is a mark of its own after its
// vowel. Runes in ASCII and the Latin blocks with diacritics are
// decomposed rune by rune from a table, without allocating; any other rune
// makes it fall back to x/text's NFKD of the whole string. (The two differ
// only in the order of several marks after one letter, which ParseRomaji
// does not read.)
func romajiLetters(dst []byte, s string) []byte {
	start := len(dst)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		d, ok := latinNFKD(unicode.ToLower(r))
		if !ok || r == utf8.RuneError && n == 1 {
			return append(dst[:start], norm.NFKD.String(strings.ToLower(s))...)
		}
		dst = append(dst, d...)
		i += n
	}
	return dst
}

// latinNFKD returns the NFKD of r for the Latin blocks (U+0080 to U+024F,
// U+1E00 to U+1EFF) and the combining diacritical marks (U+0300 to U+036F),
// from a table built once.
func latinNFKD(r rune) (string, bool) {
	if i, ok := latinIndex(r); ok {
		return latinDecomp()[i], true
	}
	return "", false
}

var latinDecomp = sync.OnceValue(func() []string {
	return latinTable(func(r rune) string { return norm.NFKD.String(string(r)) })
})

// latinRunes is the number of runes [latinIndex] numbers: U+0080 to U+036F
// (Latin-1, the Latin Extended blocks, IPA, the modifiers and the combining
// diacritical marks) and U+1E00 to U+1EFF (Latin Extended Additional).
const latinRunes = 0x36f - 0x80 + 1 + 0x100

// latinIndex numbers the runes of the Latin blocks the tables built by
// [latinTable] hold, from 0; ok false for another rune.
func latinIndex(r rune) (int, bool) {
	switch {
	case r >= 0x80 && r <= 0x36f:
		return int(r - 0x80), true
	case r >= 0x1e00 && r <= 0x1eff:
		return int(r-0x1e00) + 0x36f - 0x80 + 1, true
	}
	return 0, false
}

// latinTable returns f of every rune [latinIndex] numbers, in its order.
func latinTable(f func(rune) string) []string {
	t := make([]string, 0, latinRunes)
	for _, blk := range [...][2]rune{{0x80, 0x36f}, {0x1e00, 0x1eff}} {
		for r := blk[0]; r <= blk[1]; r++ {
			t = append(t, f(r))
		}
	}
	return t
}

// suffixAhead reports whether s starts with an administrative suffix of a
// romaji address (to, do, fu, ken, shi, ku, cho, machi, mura, gun, chome)
// ending the word: the hyphen before it separates words.
func suffixAhead(s []byte) bool {
	for _, suf := range addressSuffixes {
		if bytes.HasPrefix(s, []byte(suf)) && (len(s) == len(suf) || !isASCIILetter(s[len(suf)])) {
			return true
		}
	}
	return false
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func isMark(r rune) bool { return r >= 0x300 && r <= 0x36f }

// RomajiKey returns the key two spellings of the same Japanese name share:
// the kana reading (a kana string, or [ParseRomaji] of a Latin one) spelled
// in Hepburn with every long vowel dropped (ー, the second vowel of おう, おお
// and うう, name-final ones included), ヲ as o, ヂ and ヅ as ji and zu, ん
// always n, words run together. Tarō, Tarou, Taroh, Taro and タロウ give
// "taro"; Ōno, Ohno, Oono, Ono and オオノ give "ono"; Homma and Honma give
// "honma". It returns "" when s is neither kana nor romaji.
func RomajiKey(s string) string {
	var buf [64]byte
	return string(appendRomajiKeyOf(buf[:0], s))
}

// appendRomajiKeyOf appends [RomajiKey] of s to dst.
func appendRomajiKeyOf(dst []byte, s string) []byte {
	var kb, rb [64]byte
	k := appendKana(kb[:0], s, false)
	if !allKatakana(k) {
		var ok bool
		if k, ok = appendParseRomaji(rb[:0], s, false); !ok {
			return dst
		}
		// Kana of ParseRomaji's katakana is the katakana without its
		// spaces (TestParseRomajiIsKana).
		k = dropByte(k, ' ')
	}
	return appendRomajiKey(dst, k)
}

// dropByte removes every c from b, in place.
func dropByte(b []byte, c byte) []byte {
	out := b[:0]
	for _, x := range b {
		if x != c {
			out = append(out, x)
		}
	}
	return out
}

// romajiKey is the key of a canonical katakana string ([Kana]).
func romajiKey(k string) string {
	var buf [64]byte
	return string(appendRomajiKey(buf[:0], []byte(k)))
}

// appendRomajiKey appends the key of a canonical katakana string ([Kana])
// to dst.
func appendRomajiKey(dst []byte, k []byte) []byte {
	var rb [64]rune
	out := rb[:0]
	for len(k) > 0 {
		r, n := utf8.DecodeRune(k)
		k = k[n:]
		if r == 'ー' {
			continue
		}
		if len(out) > 0 {
			v := vowelOf(out[len(out)-1])
			if r == 'ウ' && (v == 'o' || v == 'u') || r == 'オ' && v == 'o' {
				continue
			}
		}
		out = append(out, r)
	}
	start := len(dst)
	dst = appendRomaji(dst, out, false)
	// Without the apostrophe of n' (Shin'ichi as shinichi).
	w := start
	for _, c := range dst[start:] {
		if c != '\'' {
			dst[w] = c
			w++
		}
	}
	return dst[:w]
}

// vowelOf returns the vowel a katakana ends with, or 0.
func vowelOf(r rune) byte {
	if s := tables().romanOf(r); s != "" {
		return s[len(s)-1]
	}
	return 0
}

// addressSuffixes are the romaji suffixes of Japanese administrative units,
// as a romaji address writes them after a hyphen (Tokyo-to, Chiyoda-ku).
var addressSuffixes = [...]string{"to", "do", "fu", "ken", "shi", "ku", "gun", "cho", "machi", "mura", "son", "chome"}
