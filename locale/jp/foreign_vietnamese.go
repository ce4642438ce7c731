package jp

import "strings"

// Vietnamese names in Latin letters against katakana. Vietnamese residents
// are the largest group of foreign residents in Japan whose names are held in
// Latin letters, as the residence card writes them: without their diacritics
// (Nguyễn Văn Đức is NGUYEN VAN DUC), family name first. Their katakana
// follows Vietnamese sounds, not English spelling: NGUYEN グエン, TRAN チャン,
// THANH タイン, HUONG フオン, DUNG ズン; the aligner's English rules refuse
// half of them (an n unsaid before g, nh as ン, tr as チ, d as ズ). Every word
// of Vietnamese is one syllable, an initial, a group of vowels and a final,
// each from a short list, so a word that is such a syllable is also
// transcribed syllable by syllable, as Japanese writes Vietnamese names:
// the initial's katakana row (one or two: d as ズ or ドゥ, v as ヴァ or バ; r
// and s only as ラ and サ, as Japanese names and pinyin read them), a
// vowel kana for each further vowel letter, and the final (n, ng, nh ン, a
// final nh after a also イン, c ック or ク, m ム); an open syllable may
// end in ー (LE レー).

// vnNuclei are the groups of vowel letters of Vietnamese syllables, written
// without diacritics (ươ is uo, iê ie), but the ay of ay, oay and uay (ăy:
// MAY, said マイ): in names it is rare, and English names end in it (May
// メイ).
var vnNuclei = [...]string{"a", "e", "i", "o", "u", "y", "ai", "ao", "au", "eo", "eu",
	"ia", "ie", "iu", "oa", "oe", "oi", "oo", "ua", "ue", "ui", "uo", "uu", "uy", "ye",
	"ieu", "oai", "oao", "oeo", "uai", "uoi", "uou", "uya", "uye", "uyu", "yeu"}

// vnRows are the katakana rows an initial of Vietnamese spelling is written
// with ("" for none; q for the q of qu, whose u is a vowel: QUANG クアン),
// each the kana of
// a, i, u, e and o ("" where the row writes none): d as ザ (the North's z)
// or ダ (Đ, written D without its stroke; [vnSyllable.writes] narrows the
// two); tu before another vowel as トゥ or ト (TUAN トアン, トゥアン); r as ラ
// and s as サ alone (not the North's ザ nor the South's シャ: REN is not ゼン,
// SONG not ション); gi as ザ (GIANG ザン; ジャン is Jean's, Zhang's).
func vnRows(initial []byte) [][5]string { return vnInitialRows[string(initial)] }

// The rows of [vnRows] that more than one initial shares.
var (
	vnVowels = [5]string{"ア", "イ", "ウ", "エ", "オ"}
	vnRowB   = [5]string{"バ", "ビ", "ブ", "ベ", "ボ"}
	vnRowK   = [5]string{"カ", "キ", "ク", "ケ", "コ"}
	vnRowCh  = [5]string{"チャ", "チ", "チュ", "チェ", "チョ"}
	vnRowZ   = [5]string{"ザ", "ジ", "ズ", "ゼ", "ゾ"}
	vnRowG   = [5]string{"ガ", "ギ", "グ", "ゲ", "ゴ"}
	vnRowL   = [5]string{"ラ", "リ", "ル", "レ", "ロ"}
	vnRowS   = [5]string{"サ", "シ", "ス", "セ", "ソ"}
	vnRowsT  = [][5]string{{"タ", "ティ", "トゥ", "テ", "ト"}, {"", "", "ト", "", ""}}
)

// vnInitialRows holds the rows of [vnRows] by initial; its keys are the
// initials [readVNSyllable] reads.
var vnInitialRows = map[string][][5]string{
	"":  {vnVowels},
	"b": {vnRowB},
	"c": {vnRowK}, "k": {vnRowK}, "kh": {vnRowK}, "q": {vnRowK},
	"ch": {vnRowCh}, "tr": {vnRowCh},
	"d":  {vnRowZ, {"ダ", "ディ", "ドゥ", "デ", "ド"}},
	"gi": {vnRowZ},
	"g":  {vnRowG}, "gh": {vnRowG}, "ng": {vnRowG}, "ngh": {vnRowG},
	"h": {{"ハ", "ヒ", "フ", "ヘ", "ホ"}},
	"l": {vnRowL}, "r": {vnRowL},
	"m":  {{"マ", "ミ", "ム", "メ", "モ"}},
	"n":  {{"ナ", "ニ", "ヌ", "ネ", "ノ"}},
	"nh": {{"ニャ", "ニ", "ニュ", "ニェ", "ニョ"}},
	"p":  {{"パ", "ピ", "プ", "ペ", "ポ"}},
	"ph": {{"ファ", "フィ", "フ", "フェ", "フォ"}},
	"s":  {vnRowS}, "x": {vnRowS},
	"t": vnRowsT, "th": vnRowsT,
	"v": {{"ヴァ", "ヴィ", "ヴ", "ヴェ", "ヴォ"}, vnRowB},
}

// vnVowel is the index of a vowel letter in a row of [vnRows] (y as i), -1
// for another letter.
func vnVowel(c byte) int {
	if c == 'y' {
		return 1
	}
	return strings.IndexByte("aiueo", c)
}

// vnSyllable is a Latin word read as a Vietnamese syllable.
type vnSyllable struct {
	initial, nucleus, final []byte // of the letters read
}

// readVNSyllable reads letters (a to z) as one Vietnamese syllable, and
// reports whether they are one: an initial, a group of vowels and a final
// of the spelling's lists, where c is written before a, o, u and k before
// e, i, y; q only in qu; x only before two vowels (XUAN; not the pinyin
// XU); ue only after q or h (QUE, HUE: not SUE); ch, nh
// end only a group ending in a, e, i or y, and c, ng one ending in another
// vowel (ICH, INH: not KING, RIC); uang only after q (QUANG: HUANG is
// Chinese, ホアン).
func readVNSyllable(w []byte) (vnSyllable, bool) {
	// The longest initial first: ngh, ng, n.
	for n := min(3, len(w)); n >= 0; n-- {
		ini := w[:n]
		if vnRows(ini) == nil {
			continue
		}
		rest := w[n:]
		if string(ini) == "gi" && (len(rest) == 0 || vnVowel(rest[0]) < 0) {
			continue // gi before a consonant is g and the vowel i (GIN)
		}
		if len(rest) == 0 || vnVowel(rest[0]) < 0 {
			return vnSyllable{}, false
		}
		switch first := rest[0]; string(ini) {
		case "c":
			if first == 'e' || first == 'i' || first == 'y' {
				return vnSyllable{}, false
			}
		case "k":
			if first != 'e' && first != 'i' && first != 'y' {
				return vnSyllable{}, false
			}
		case "q":
			if first != 'u' || len(rest) < 2 || vnVowel(rest[1]) < 0 {
				return vnSyllable{}, false
			}
		case "x":
			// x only before two vowels (XUAN, XUYEN): XU and XI are pinyin
			// (徐 シュー), and スー is another name's (蘇 Su).
			if len(rest) < 2 || vnVowel(rest[1]) < 0 {
				return vnSyllable{}, false
			}
		}
		k := 0
		for k < len(rest) && vnVowel(rest[k]) >= 0 {
			k++
		}
		nucleus, final := rest[:k], rest[k:]
		known := false
		for _, n := range vnNuclei {
			known = known || n == string(nucleus)
		}
		if !known {
			return vnSyllable{}, false
		}
		if q := string(ini) == "q"; string(nucleus) == "ue" && !q && string(ini) != "h" || string(nucleus) == "ua" && string(final) == "ng" && !q {
			return vnSyllable{}, false
		}
		last := nucleus[len(nucleus)-1]
		switch string(final) {
		case "", "m", "n", "p", "t":
		case "c", "ng":
			if last == 'e' || last == 'i' || last == 'y' {
				return vnSyllable{}, false
			}
		case "ch", "nh":
			if last != 'a' && last != 'e' && last != 'i' && last != 'y' {
				return vnSyllable{}, false
			}
		default:
			return vnSyllable{}, false
		}
		return vnSyllable{ini, nucleus, final}, true
	}
	return vnSyllable{}, false
}

// vnFinals are the katakana a final is written with after a group of vowels
// ending in last: n, ng ン; nh after a or e イン or ン (ANH アイン, アン),
// after i or y ン (MINH ミン); c ック or ク, ch after a or e also イック;
// t ット or ト; p ップ or プ; m ム; none, or ー after an open syllable (LE
// レー).
func vnFinals(final []byte, last byte) []string {
	if last == 'a' || last == 'e' {
		if f, ok := vnFinalsAfterAE[string(final)]; ok {
			return f
		}
	}
	return vnFinalKana[string(final)]
}

// vnFinalKana holds the katakana of [vnFinals] by final, and
// vnFinalsAfterAE those that differ after a or e.
var (
	vnFinalKana = map[string][]string{
		"": {"", "ー"}, "n": {"ン"}, "ng": {"ン"}, "nh": {"ン"}, "m": {"ム"},
		"c": {"ック", "ク"}, "ch": {"ック", "ク"}, "t": {"ット", "ト"}, "p": {"ップ", "プ"},
	}
	vnFinalsAfterAE = map[string][]string{"nh": {"イン", "ン"}, "ch": {"イック", "ック", "ク"}}
)

// writes reports whether kana is a transcription of the syllable. A d
// before a, e or o is written ダ, デ, ド alone: the names that spell it so
// are mostly Đ's (Đặng ダン, Đỗ ドー, Đạt ダット; not ザン, which is Giang),
// those before i, u or y either's (Đức ドゥック, Dũng ズン; Đinh ディン, Diễm
// ジエム).
func (s vnSyllable) writes(kana string) bool { return s.then(kana, nil, 0) }

// then reports whether kana starts with a transcription of the syllable and,
// with a name, the rest is a transcription of its syllables from the next-th
// on ([vnName.from]); without one, whether kana is a transcription.
func (s vnSyllable) then(kana string, name *vnName, next int) bool {
	v := s.nucleus
	rows := vnRows(s.initial)
	if string(s.initial) == "d" && (v[0] == 'a' || v[0] == 'e' || v[0] == 'o') {
		rows = rows[1:]
	}
	for _, row := range rows {
		cv := row[vnVowel(v[0])]
		if cv == "" || !strings.HasPrefix(kana, cv) {
			continue
		}
		if s.vowelsFrom(v, 1, kana[len(cv):], name, next) {
			return true
		}
	}
	return false
}

// vowelsFrom reports whether kana writes the vowels of the nucleus v from
// its k-th letter on, then the final, then what [vnSyllable.then] asks: a
// vowel kana each, but the y of uye, which may go unwritten, the e then
// large or small (NGUYEN グエン, グェン), and the second u of uu, which may
// be ー.
func (s vnSyllable) vowelsFrom(v []byte, k int, kana string, name *vnName, next int) bool {
	if k == len(v) {
		for _, f := range vnFinals(s.final, v[len(v)-1]) {
			if name == nil && kana == f || name != nil && strings.HasPrefix(kana, f) && name.from(next, kana[len(f):]) {
				return true
			}
		}
		return false
	}
	c := v[k]
	if c == 'y' && v[k-1] == 'u' && k+1 < len(v) && v[k+1] == 'e' {
		// uye: the y unwritten, the e large or small (グエン, グェン).
		if s.vowelsFrom(v, k+1, kana, name, next) ||
			strings.HasPrefix(kana, "ェ") && s.vowelsFrom(v, k+2, kana[len("ェ"):], name, next) {
			return true
		}
	}
	if c == 'u' && v[k-1] == 'u' && strings.HasPrefix(kana, "ー") && s.vowelsFrom(v, k+1, kana[len("ー"):], name, next) {
		return true
	}
	vk := vnVowels[vnVowel(c)]
	return strings.HasPrefix(kana, vk) && s.vowelsFrom(v, k+1, kana[len(vk):], name, next)
}

// A vnName is the syllables of a Vietnamese name, read in an order: the
// written one moved by shift words (its first shift words put at its end).
type vnName struct {
	syl   [vnMaxWords]vnSyllable
	n     int
	shift int
}

// from reports whether kana is a transcription of the name's syllables from
// the i-th on, in its order, run together.
func (v *vnName) from(i int, kana string) bool {
	if i == v.n {
		return kana == ""
	}
	return v.syl[(i+v.shift)%v.n].then(kana, v, i+1)
}

// vnMaxWords bounds the words of a Vietnamese name the matcher pairs
// (NGUYEN THI THU HUONG has four).
const vnMaxWords = 5

// vietnameseAligned reports whether a name in Latin letters (its words lw),
// every word of which is a Vietnamese syllable, and one in katakana (its
// words kw) are one name written as Japanese writes Vietnamese
// ([vnSyllable.writes]): with as many words, each katakana word that of the
// Latin word of its rank, the Latin words in the written order or, when
// rotate (a full name), moved from its start to its end (the family name
// last, or the given name first: VAN NAM NGUYEN, NAM NGUYEN VAN, not VAN
// NGUYEN NAM); with fewer, the katakana run together that of the Latin
// words run together in the written order (グエンティトゥフオン; SON HAN is
// not ハンソン). ordered says whether the order is the written one. A name with a word
// that is no such syllable (SMITH) is the aligner's alone: English names of
// one syllable (KING, RICH, SUE) are kept from Vietnamese readings that way,
// as far as the spelling allows.
func vietnameseAligned(lw, kw []string, rotate bool) (ok, ordered bool) {
	n := len(lw)
	if n == 0 || len(kw) == 0 || len(kw) > n || n > vnMaxWords {
		return false, false
	}
	var name vnName
	var lb [vnMaxWords][32]byte
	for i, w := range lw {
		l, good := appendLatinLetters(lb[i][:0], w)
		if !good {
			return false, false
		}
		if name.syl[i], good = readVNSyllable(l); !good {
			return false, false
		}
	}
	name.n = n
	shifts := 1
	if rotate {
		shifts = n
	}
	if len(kw) < n {
		// Run together, in the written order only, as the aligner reads
		// them: HAN SON is not ハンソン (Hanson).
		return name.from(0, strings.Join(kw, "")), true
	}
	// same[i][r]: 1 when Latin word i writes katakana word r, 2 when not,
	// 0 before it is worked out.
	var same [vnMaxWords][vnMaxWords]byte
	for k := range shifts {
		all := true
		for r := 0; r < n && all; r++ {
			i := (r + k) % n
			if same[i][r] == 0 {
				same[i][r] = 2
				if name.syl[i].writes(kw[r]) {
					same[i][r] = 1
				}
			}
			all = same[i][r] == 1
		}
		if all {
			return true, k == 0
		}
	}
	return false, false
}
