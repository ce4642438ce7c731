package jp

import (
	"bytes"
	"strings"
	"sync"
	"unicode/utf8"
)

// prefectures are the 47 prefectures of Japan in JIS X 0401 order (their
// code is the index plus one), with their readings without the suffix.
var prefectures = [47]struct{ kanji, reading string }{
	{"北海道", "ホッカイドウ"}, {"青森県", "アオモリ"}, {"岩手県", "イワテ"}, {"宮城県", "ミヤギ"},
	{"秋田県", "アキタ"}, {"山形県", "ヤマガタ"}, {"福島県", "フクシマ"}, {"茨城県", "イバラキ"},
	{"栃木県", "トチギ"}, {"群馬県", "グンマ"}, {"埼玉県", "サイタマ"}, {"千葉県", "チバ"},
	{"東京都", "トウキョウ"}, {"神奈川県", "カナガワ"}, {"新潟県", "ニイガタ"}, {"富山県", "トヤマ"},
	{"石川県", "イシカワ"}, {"福井県", "フクイ"}, {"山梨県", "ヤマナシ"}, {"長野県", "ナガノ"},
	{"岐阜県", "ギフ"}, {"静岡県", "シズオカ"}, {"愛知県", "アイチ"}, {"三重県", "ミエ"},
	{"滋賀県", "シガ"}, {"京都府", "キョウト"}, {"大阪府", "オオサカ"}, {"兵庫県", "ヒョウゴ"},
	{"奈良県", "ナラ"}, {"和歌山県", "ワカヤマ"}, {"鳥取県", "トットリ"}, {"島根県", "シマネ"},
	{"岡山県", "オカヤマ"}, {"広島県", "ヒロシマ"}, {"山口県", "ヤマグチ"}, {"徳島県", "トクシマ"},
	{"香川県", "カガワ"}, {"愛媛県", "エヒメ"}, {"高知県", "コウチ"}, {"福岡県", "フクオカ"},
	{"佐賀県", "サガ"}, {"長崎県", "ナガサキ"}, {"熊本県", "クマモト"}, {"大分県", "オオイタ"},
	{"宮崎県", "ミヤザキ"}, {"鹿児島県", "カゴシマ"}, {"沖縄県", "オキナワ"},
}

// suffixReading is the reading of a prefecture's suffix: 都 と, 道 どう (part
// of ホッカイドウ), 府 ふ, 県 けん.
func suffixReading(kanji string) string {
	switch {
	case strings.HasSuffix(kanji, "都"):
		return "ト"
	case strings.HasSuffix(kanji, "府"):
		return "フ"
	case strings.HasSuffix(kanji, "県"):
		return "ケン"
	}
	return ""
}

// prefectureStem returns a prefecture's name without its suffix: 東京 of
// 東京都, 京都 of 京都府 (whose name ends in 都 too, so that trimming the
// suffixes as a set leaves 京); 北海道 whole.
func prefectureStem(kanji string) string {
	if kanji == "北海道" {
		return kanji
	}
	_, size := utf8.DecodeLastRuneInString(kanji)
	return kanji[:len(kanji)-size]
}

// prefectureKeys maps the forms a prefecture is written in to its index: the
// kanji with and without the suffix (東京都, 東京), the reading in katakana with
// and without it (トウキョウト, トウキョウ) and the romaji keys of those
// (tokyo, tokyoto).
var prefectureKeys = sync.OnceValue(func() map[string]int {
	m := map[string]int{}
	for i, p := range prefectures {
		m[p.kanji] = i
		stem := prefectureStem(p.kanji)
		if p.kanji != "北海道" {
			m[stem] = i
		}
		m[p.reading] = i
		m[p.reading+suffixReading(p.kanji)] = i
		m[romajiKey(p.reading)] = i
		m[romajiKey(p.reading+suffixReading(p.kanji))] = i
	}
	return m
})

// Prefecture returns the index (JIS X 0401 code minus one) of the prefecture
// s names, in kanji with or without its suffix (東京都, 東京), in kana
// (とうきょうと), or in romaji with or without the suffix or the English word
// (Tokyo, Tōkyō-to, TOKYO TO, Tokyo Metropolis, Osaka Prefecture,
// Hokkaido), and whether it names one.
func Prefecture(s string) (int, bool) {
	var kb [64]byte
	return prefectureOf(s, appendKana(kb[:0], s, false))
}

// prefectureOf is [Prefecture] of s, whose [Kana] is k.
func prefectureOf(s string, k []byte) (int, bool) {
	if len(k) == 0 {
		return 0, false
	}
	m := prefectureKeys()
	if bytes.ContainsFunc(k, func(r rune) bool { return r >= 0x2e80 }) {
		if i, ok := m[FoldKanji(string(k))]; ok {
			return i, true
		}
	} else if i, ok := m[string(k)]; ok { // FoldKanji changes nothing
		return i, true
	}
	if bytes.ContainsFunc(k, isHan) || allKatakana(k) {
		return 0, false
	}
	if isASCII(s) {
		var wb, pb, rb [64]byte
		key := appendRomajiKey(rb[:0], prefectureWords(wb[:0], pb[:0], s))
		i, ok := m[string(key)]
		return i, ok
	}
	words := strings.Fields(strings.ToLower(strings.NewReplacer("-", " ", ",", " ").Replace(s)))
	if n := len(words); n > 1 && englishUnit(words[n-1]) {
		words = words[:n-1]
	}
	i, ok := m[RomajiKey(strings.Join(words, " "))]
	return i, ok
}

// englishUnit reports whether a word is English for a prefecture.
func englishUnit(w string) bool {
	switch w {
	case "prefecture", "pref", "metropolis", "metropolitan", "prefectural":
		return true
	}
	return false
}

// prefectureWords returns the katakana [Prefecture] reads in a name in
// ASCII, without spaces (ParseRomaji of its words in lower case, hyphens and
// commas as spaces, an English last word dropped), written in w and p; nil
// when it does not read as romaji.
func prefectureWords(w, p []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '-' || c == ',':
			c = ' '
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		w = append(w, c)
	}
	// The last word, when there are several: an English one is dropped.
	end := len(w)
	for end > 0 && asciiSpace(w[end-1]) {
		end--
	}
	start := end
	for start > 0 && !asciiSpace(w[start-1]) {
		start--
	}
	if len(bytes.TrimLeft(w[:start], " \t\n\v\f\r")) > 0 && englishUnit(string(w[start:end])) {
		w = w[:start]
	}
	// ParseRomaji reads any run of spaces as one.
	k, ok := parseLetters(p, w, false)
	if !ok {
		return nil
	}
	return dropByte(k, ' ')
}

// PrefectureName returns the kanji name of the prefecture of index i (0 to
// 46), "" for any other.
func PrefectureName(i int) string {
	if i < 0 || i >= len(prefectures) {
		return ""
	}
	return prefectures[i].kanji
}
