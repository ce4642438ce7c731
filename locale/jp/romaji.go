package jp

import (
	"strings"
	"sync"
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
	toKana  map[string]string // romaji syllable to kana; the first listed wins
	maxLen  int               // the longest romaji syllable
}

var tables = sync.OnceValue(func() *romajiTables {
	t := &romajiTables{digraph: map[string]string{}, toKana: map[string]string{}}
	for _, s := range syllables {
		if rs := []rune(s.kana); len(rs) == 1 {
			t.single[rs[0]-0x30a1] = s.roman[0]
		} else {
			t.digraph[s.kana] = s.roman[0]
		}
		for _, r := range s.roman {
			if _, ok := t.toKana[r]; !ok {
				t.toKana[r] = s.kana
			}
			t.maxLen = max(t.maxLen, len(r))
		}
	}
	return t
})

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
	var b strings.Builder
	for i, w := range KanaWords(s) {
		if i > 0 {
			b.WriteByte(' ')
		}
		writeRomaji(&b, []rune(w), true)
	}
	return b.String()
}

// writeRomaji writes the Hepburn spelling of the katakana k; passport drops
// long vowels and writes ん as m before labials.
func writeRomaji(b *strings.Builder, k []rune, passport bool) {
	t := tables()
	geminate := false
	var last byte // the last vowel written
	for i := 0; i < len(k); {
		r := k[i]
		switch {
		case r == 'ー':
			if !passport && last != 0 {
				b.WriteByte(last)
			}
			i++
			continue
		case r == 'ッ':
			geminate = true
			i++
			continue
		case r == 'ン':
			if passport && i+1 < len(k) && labial(k[i+1]) {
				b.WriteByte('m')
			} else {
				b.WriteByte('n')
				if !passport && i+1 < len(k) && vowelOrY(k[i+1]) {
					b.WriteByte('\'')
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
			var pair [2]rune
			pair[0], pair[1] = r, k[i+1]
			if s, ok := t.digraph[string(pair[:])]; ok {
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
				b.WriteRune(r)
			}
			geminate, last = false, 0
			i++
			continue
		}
		if geminate {
			if strings.HasPrefix(syl, "ch") {
				b.WriteByte('t')
			} else if c := syl[0]; !isVowel(c) {
				b.WriteByte(c)
			}
			geminate = false
		}
		b.WriteString(syl)
		last = syl[len(syl)-1]
		if !isVowel(last) {
			last = 0
		}
		i += n
	}
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
	s = norm.NFKD.String(strings.ToLower(s))
	var b strings.Builder
	ok := true
	word := false
	sep := func() {
		if word {
			b.WriteByte(' ')
			word = false
		}
	}
	t := tables()
	i := 0
	for i < len(s) {
		c := s[i]
		switch {
		case c == '\'' || c == '-' && i > 0 && i+1 < len(s) && isASCIILetter(s[i-1]) && isASCIILetter(s[i+1]) && !suffixAhead(s[i+1:]):
			i++ // Shin'ichi; a hyphen inside a word
			continue
		case c == 0xcc && i+1 < len(s) && (s[i+1] == 0x84 || s[i+1] == 0x82):
			// U+0304 (macron) or U+0302 (circumflex) after a vowel: long.
			if word {
				b.WriteString("ー")
			}
			i += 2
			continue
		case !isASCIILetter(c):
			if c >= utf8.RuneSelf {
				r, n := utf8.DecodeRuneInString(s[i:])
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
		rest := s[i:]
		// ッ: a doubled consonant, or t before ch.
		if len(rest) >= 2 && !isVowel(rest[0]) && rest[0] != 'n' && rest[0] != 'm' && (rest[1] == rest[0] || rest[0] == 't' && strings.HasPrefix(rest[1:], "ch") || rest[0] == 'c' && strings.HasPrefix(rest[1:], "ch")) {
			b.WriteString("ッ")
			i++
			continue
		}
		// ン.
		if rest[0] == 'n' && (len(rest) == 1 || !isVowel(rest[1]) && rest[1] != 'y') {
			b.WriteString("ン")
			i++
			if len(rest) > 1 && rest[1] == 'n' && (len(rest) == 2 || !isVowel(rest[2]) && rest[2] != 'y') {
				i++ // wāpuro nn
			}
			continue
		}
		if rest[0] == 'm' && len(rest) > 1 && (rest[1] == 'b' || rest[1] == 'm' || rest[1] == 'p') {
			b.WriteString("ン")
			i++
			continue
		}
		// oh before a consonant or the end: a long o.
		if rest[0] == 'h' && i > 0 && s[i-1] == 'o' && (len(rest) == 1 || !isASCIILetter(rest[1]) || !isVowel(rest[1]) && rest[1] != 'y') {
			b.WriteString("ー")
			i++
			continue
		}
		matched := false
		for n := min(t.maxLen, len(rest)); n > 0; n-- {
			if k, found := t.toKana[rest[:n]]; found {
				b.WriteString(k)
				i += n
				matched = true
				break
			}
		}
		if !matched {
			ok = false
			i++
		}
	}
	out := strings.TrimRight(b.String(), " ")
	return out, ok && out != ""
}

// suffixAhead reports whether s starts with an administrative suffix of a
// romaji address (to, do, fu, ken, shi, ku, cho, machi, mura, gun, chome)
// ending the word: the hyphen before it separates words.
func suffixAhead(s string) bool {
	for _, suf := range addressSuffixes {
		if strings.HasPrefix(s, suf) && (len(s) == len(suf) || !isASCIILetter(s[len(suf)])) {
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
	k := s
	if !IsKana(s) {
		var ok bool
		if k, ok = ParseRomaji(s); !ok {
			return ""
		}
	}
	return romajiKey(Kana(k))
}

// romajiKey is the key of a canonical katakana string ([Kana]).
func romajiKey(k string) string {
	rs := []rune(k)
	out := rs[:0]
	for i, r := range rs {
		if r == 'ー' {
			continue
		}
		if i > 0 && len(out) > 0 {
			v := vowelOf(out[len(out)-1])
			if r == 'ウ' && (v == 'o' || v == 'u') || r == 'オ' && v == 'o' {
				continue
			}
		}
		out = append(out, r)
	}
	var b strings.Builder
	writeRomaji(&b, out, false)
	return strings.ReplaceAll(b.String(), "'", "")
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
