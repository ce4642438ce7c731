package jp

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// An Address is a Japanese address split into the components geolonia's
// normalize-japanese-addresses returns (matching-anchors.md b.8): postcode,
// prefecture, city (with its ward or county), town (町字), the chōme, the
// block and lot numbers, and what follows them (a building, a room).
type Address struct {
	// Postcode is the seven digits of the postcode the address holds, or "".
	Postcode string
	// Prefecture is the index of the prefecture (see [Prefecture]), or -1.
	Prefecture int
	// City is the municipality: 千代田区, 札幌市中央区, 愛知郡東郷町; in
	// romaji, its units in lower case (chiyoda-ku).
	City string
	// Town is the town (町字) without its chōme: 飯田橋, 奈佐原; in romaji,
	// its words in lower case.
	Town string
	// Chome is the chōme (丁目) number, 0 when the address has none.
	Chome int
	// chomeMark is how the chōme was written: 丁目, or 丁 alone.
	chomeMark string
	// Numbers are the block (番地) and lot (号) numbers that follow, in order:
	// 10番10号, 10-10, 10の10 and 10番地の10 are [10 10].
	Numbers []int
	// Street is Kyoto's street directions (通り名), set apart from the
	// town: 河原町通三条上る of 河原町通三条上る下丸屋町, the way to the town
	// from a crossing ([cutStreetDirections]); in romaji, its words in lower
	// case. "" for none.
	Street string
	// Other is what follows the numbers (a building, a room), folded.
	Other string
	// Romaji reports that the address is written in Latin letters.
	Romaji bool
	// variant reports that an old or variant kanji was read in its
	// standard form (縣 as 県, 區 as 区: [foldVariantRunes]).
	variant bool
	// nml reports that the chōme was read from three numbers N-M-L
	// written without 丁目 (22-3-101), which a town without chōme writes
	// for a block, a lot and a room.
	nml bool
	// marked reports that the block and lot were written with their marks
	// (番地, 番, 号, の: 22番3号, 22番地の3), not with hyphens alone.
	marked bool
}

// Block returns the numbers joined with '-' (10-10), as geolonia's 番地号.
func (a *Address) Block() string {
	var b strings.Builder
	for i, n := range a.Numbers {
		if i > 0 {
			b.WriteByte('-')
		}
		b.WriteString(strconv.Itoa(n))
	}
	return b.String()
}

// TownWithChome returns the town with its chōme in kanji numerals, as
// geolonia writes it (飯田橋三丁目).
func (a *Address) TownWithChome() string {
	if a.Chome == 0 || a.Romaji {
		return a.Town
	}
	mark := a.chomeMark
	if mark == "" {
		mark = "丁目"
	}
	return a.Town + KanjiNumber(a.Chome) + mark
}

// allNumbers returns the chōme followed by the block numbers: 3丁目10番10号 and
// 3-10-10 both give [3 10 10].
func (a *Address) allNumbers() []int {
	if a.Chome == 0 {
		return a.Numbers
	}
	return append([]int{a.Chome}, a.Numbers...)
}

// designatedCities are the cities designated by government ordinance
// (政令指定都市), divided into wards: X市Y区 is one municipality.
var designatedCities = [...]string{
	"札幌市", "仙台市", "さいたま市", "千葉市", "横浜市", "川崎市", "相模原市", "新潟市",
	"静岡市", "浜松市", "名古屋市", "京都市", "大阪市", "堺市", "神戸市", "岡山市",
	"広島市", "北九州市", "福岡市", "熊本市",
}

// hyphens are the characters written for a hyphen between two numbers
// (geolonia's prenormalize list; after NFKC, which writes a few of them,
// ﹣ ‑ ﹘ ｰ, as others of the list).
const hyphens = "-﹣−‐⁃‑‒–—﹘―⎯⏤ーｰ─━"

// ParseAddress splits a Japanese address, in kanji and kana or in romaji,
// into its components. It applies geolonia's rules: NFKC (full-width digits
// and letters), old and variant kanji in their standard forms (兵庫縣,
// 千代田區, 横濱市: [foldVariantRunes]), spaces and 〒 removed, the hyphen look-alikes (－ ‐ ー ― and
// more) between numbers read as '-', 大字 dropped, a chōme in Arabic or kanji
// numerals (3丁目, 三丁目, 3丁), and N番地M号, N番M号, N番地のM, N番のM, N-M,
// NのM and NノM as the numbers N and M (kanji numerals in them read as
// numbers: 三の十の十 is 3-10-10). Without a chōme,
// three numbers N-M-L are read as the chōme N, block M and lot L. A number
// before 条, 線, 号, 地割, 番町, 番丁 or 軒 belongs to the town, in kanji
// numerals ([numberedPart]), and
// Kyoto's street directions are set apart from it ([Address.Street]).
//
// The city is found without a list of municipalities: it ends at the first 市,
// 区 or 郡 (then 町 or 村) that leaves it at least two characters, with the
// ward of a designated city (札幌市中央区) and a repeated 市 (四日市市) kept;
// a municipality that is a 町 or 村 with no county ends at that character.
func ParseAddress(s string) Address {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, " ")
	}
	s = norm.NFKC.String(s)
	if isRomajiAddress(s) {
		return parseRomajiAddress(s)
	}
	a := Address{Prefecture: -1}
	// A postcode marked with 〒 or in brackets, anywhere (3-10-10 〒530-0001
	// 飯田橋ハイツ301, 3-10-10(102-0073)).
	pc, s, marked := cutMarkedPostcode(s)
	s = dropSpaces(s)
	// A postcode at the start or the end.
	if marked {
		a.Postcode = pc
	} else if pc, rest, ok := cutPostcode(s); ok {
		a.Postcode, s = pc, rest
	}
	// The prefecture and the city, read with their old and variant kanji in
	// their standard forms (兵庫縣, 千代田區, 横濱市), as the town's are
	// compared; the city is kept as written, for placeKey folds it.
	f, variant := foldVariantRunes(s)
	pref, rest := cutPrefecture(f)
	city, rest := cutCity(rest)
	a.Prefecture = pref
	if a.Prefecture < 0 {
		a.Prefecture = prefectureOfCity(city)
	}
	if variant {
		// The same runes of s: the fold is rune for rune.
		rs := []rune(s)
		end := len(rs) - utf8.RuneCountInString(rest)
		start := end - utf8.RuneCountInString(city)
		a.variant = string(rs[:end]) != f[:len(f)-len(rest)]
		city, rest = string(rs[start:end]), string(rs[end:])
	}
	a.City = city
	a.Town, a.Chome, a.chomeMark, a.Numbers, a.Other, a.marked = cutTown(rest)
	a.nml = a.Chome > 0 && a.chomeMark == ""
	a.Town, a.Street = cutStreetDirections(a.Town)
	return a
}

// cutPrefecture reads a prefecture at the start of an address (after
// dropSpaces), with or without its suffix, and returns its index (-1 for
// none) and the rest. A name followed by 市 is a city's (京都市, 千葉市), and
// one followed by 郡 a county's (石川郡石川町 lies in 福島県, 宮城郡 in 宮城県
// but named for its county); without its suffix, a prefecture's name is one
// only before a city ([startsWithCity]: 東京千代田区, but 長野原町 is a town).
func cutPrefecture(s string) (int, string) {
	for i, p := range prefectures {
		stem := prefectureStem(p.kanji)
		switch {
		case strings.HasPrefix(s, p.kanji):
			return i, s[len(p.kanji):]
		case p.kanji != "北海道" && strings.HasPrefix(s, stem) && len(s) > len(stem) &&
			!strings.HasPrefix(s[len(stem):], "市") && !strings.HasPrefix(s[len(stem):], "郡") &&
			startsWithCity(s[len(stem):]):
			return i, s[len(stem):]
		}
	}
	return -1, s
}

// startsWithCity reports whether s starts with a city, a ward or a county
// ([cutCity]; not a town or village alone, 町 or 村): what follows a
// prefecture written without its suffix, which is otherwise the start of a
// town's name (長野原町, 福島町 are not 長野 and 福島 then 原町 and 町).
func startsWithCity(s string) bool {
	city, _ := cutCity(s)
	return strings.HasSuffix(city, "市") || strings.HasSuffix(city, "区") || strings.Contains(city, "郡")
}

// prefectureOfCity returns the prefecture of a city named as it is
// (京都市北区 in 京都府, 青森市 in 青森県: every city whose name is a
// prefecture's lies in that prefecture), or -1.
func prefectureOfCity(city string) int {
	for i, p := range prefectures {
		if p.kanji != "北海道" && strings.HasPrefix(city, prefectureStem(p.kanji)+"市") {
			return i
		}
	}
	return -1
}

// streetDirections are the marks that end Kyoto's street directions (通り名),
// longest first: north of the crossing (上ル), south (下ル), east (東入),
// west (西入).
var streetDirections = [...]string{"上がる", "下がる", "東入ル", "東入る", "西入ル", "西入る", "上ル", "上る", "下ル", "下る", "東入", "西入"}

// cutStreetDirections splits Kyoto's street directions (通り名) off a town,
// as geolonia drops them: the town, and the directions ("" for none). They
// come before the town (河原町通三条上る下丸屋町, 河原町二条下ル一之船入町) or
// after it (忠庵町柳馬場通松原下ル, the town maybe restated in brackets). Only
// a town that ends in 町 is cut out after them, and only one before a street
// (…通) before them, so that a name such as 東入間 is left whole.
func cutStreetDirections(town string) (string, string) {
	at, end := -1, -1
	for _, d := range streetDirections {
		if i := strings.LastIndex(town, d); i >= 0 && i+len(d) > end {
			at, end = i, i+len(d)
		}
	}
	if at <= 0 {
		return town, ""
	}
	before, after := town[:at], town[end:]
	// A town restated in brackets after the directions: 忠庵町柳馬場通松原下ル(忠庵町),
	// in ASCII or full-width brackets (a streetName is not NFKC'd).
	for _, br := range [...][2]string{{"(", ")"}, {"（", "）"}} {
		if inner, ok := strings.CutPrefix(after, br[0]); ok {
			if j := strings.Index(inner, br[1]); j > 0 {
				if rest := inner[j+len(br[1]):]; rest != "" {
					after = rest
				} else {
					after = inner[:j]
				}
			}
		}
	}
	if after != "" {
		if !strings.HasSuffix(after, "町") {
			return town, ""
		}
		return after, strings.TrimPrefix(before, after) + town[at:end]
	}
	// The town before the street: the name up to its first 町 before the
	// street's 通.
	k := strings.Index(before, "通")
	if k <= 0 {
		return town, ""
	}
	head := before[:k]
	for j, r := range head {
		if r == '町' && j > 0 && j+len("町") < len(head) {
			return head[:j+len("町")], before[j+len("町"):] + town[at:end]
		}
	}
	return town, ""
}

// dropSpaces removes the spaces, 〒 and commas of an address, but for a space
// between two digits (10-15 2階) and a 〒 after a digit (3-10-10 〒530-0001),
// which become U+3000, a separator the numbers stop at, and the separators
// between two words in Latin letters, which become one space (Kita-ku,
// Osaka).
func dropSpaces(s string) string {
	rs := []rune(s)
	out := rs[:0]
	for i, r := range rs {
		if unicode.IsSpace(r) || r == '〒' || r == ',' || r == '、' {
			if r == '〒' && len(out) > 0 && isDigitRune(out[len(out)-1]) {
				// A postcode after the numbers (3-10-10 〒530-0001): apart
				// from them, so that cutPostcode finds it.
				out = append(out, '\u3000')
				continue
			}
			if len(out) > 0 && isDigitRune(out[len(out)-1]) {
				j := i
				for j < len(rs) && unicode.IsSpace(rs[j]) {
					j++
				}
				if j < len(rs) && isDigitRune(rs[j]) && r != '、' && r != ',' {
					out = append(out, '\u3000')
				}
			}
			if len(out) > 0 && isLatinLetter(out[len(out)-1]) {
				// Words in Latin letters stay apart (Kita-ku, Osaka), so
				// that what follows the numbers is read word by word
				// ([addressPart]).
				j := i
				for j < len(rs) && (unicode.IsSpace(rs[j]) || rs[j] == ',' || rs[j] == '、') {
					j++
				}
				if j < len(rs) && isLatinLetter(rs[j]) {
					out = append(out, ' ') // once: the separators after see the space
				}
			}
			continue
		}
		if r == '\u3000' {
			continue
		}
		out = append(out, r)
	}
	return strings.ReplaceAll(string(out), "\u3000\u3000", "\u3000")
}

func isDigitRune(r rune) bool { return r >= '0' && r <= '9' }

// isLatinLetter reports whether r is an ASCII letter.
func isLatinLetter(r rune) bool { return r|0x20 >= 'a' && r|0x20 <= 'z' }

// cutMarkedPostcode removes from s (after NFKC, before dropSpaces) a
// postcode marked as one, wherever it stands: after 〒 (〒530-0001, 〒102
// 0073), or alone in brackets ((102-0073), (〒102-0073)). The postcode is
// replaced with a space, so that what stood on either side stays apart.
func cutMarkedPostcode(s string) (pc, rest string, ok bool) {
	if !strings.ContainsAny(s, "〒(") {
		return "", s, false
	}
	skip := func(i int) int {
		for i < len(s) && (s[i] == ' ' || strings.HasPrefix(s[i:], "\u3000")) {
			if s[i] == ' ' {
				i++
			} else {
				i += len("\u3000")
			}
		}
		return i
	}
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '(':
			j := skip(i + 1)
			if strings.HasPrefix(s[j:], "〒") {
				j = skip(j + len("〒"))
			}
			if p, n := postcodeAt(s[j:]); n > 0 {
				if k := skip(j + n); k < len(s) && s[k] == ')' {
					return p, joinCut(s[:i], s[k+1:]), true
				}
			}
		case strings.HasPrefix(s[i:], "〒"):
			j := skip(i + len("〒"))
			if p, n := postcodeAt(s[j:]); n > 0 {
				return p, joinCut(s[:i], s[j+n:]), true
			}
		}
	}
	return "", s, false
}

// joinCut joins what stood before and after a piece cut out of a string
// with a space; without copying when either is empty (〒102-8460 at the
// start).
func joinCut(before, after string) string {
	switch {
	case before == "":
		return after
	case after == "":
		return before
	}
	return before + " " + after
}

// cutPostcode removes a postcode (NNN-NNNN or NNNNNNN, hyphen look-alikes
// included, or NNN NNNN, a space between) from the start or the end of s
// (after dropSpaces, which writes that space U+3000). Four digits before the
// four (1234-5678) make no postcode.
func cutPostcode(s string) (string, string, bool) {
	if pc, n := postcodeAt(s); n > 0 {
		return pc, s[n:], true
	}
	// At the end: find the last run of seven digits with an optional hyphen.
	for i := len(s) - 7; i >= 0 && i >= len(s)-12; i-- {
		if pc, n := postcodeAt(s[i:]); n > 0 && i+n == len(s) && (i == 0 || !isDigit(s[i-1])) {
			return pc, s[:i], true
		}
	}
	return "", s, false
}

// postcodeAt reads a postcode at the start of s: three digits, a hyphen
// look-alike, a space (U+0020 or U+3000) or none, four digits, not followed
// by a digit. It returns the seven digits (a piece of s when they are
// written together) and their length in s.
func postcodeAt(s string) (string, int) {
	i := 0
	var d [7]byte
	n := 0
	for i < len(s) && isDigit(s[i]) && n < 3 {
		d[n] = s[i]
		n, i = n+1, i+1
	}
	if n != 3 {
		return "", 0
	}
	hyphen := false
	if r, size := utf8.DecodeRuneInString(s[i:]); strings.ContainsRune(hyphens, r) || r == ' ' || r == '\u3000' {
		i += size
		hyphen = true
	}
	for i < len(s) && isDigit(s[i]) && n < 7 {
		d[n] = s[i]
		n, i = n+1, i+1
	}
	if n != 7 || i < len(s) && isDigit(s[i]) {
		return "", 0
	}
	if !hyphen {
		return s[:7], i // the digits as written
	}
	return string(d[:]), i
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// PostalCode returns the seven digits of a Japanese postcode written in any
// of its forms (102-8460, 1028460, 〒102-8460, １０２－８４６０, 102 8460),
// and whether s is one.
func PostalCode(s string) (string, bool) {
	s = norm.NFKC.String(s)
	s = strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || r == '〒' {
			return -1
		}
		return r
	}, s)
	pc, n := postcodeAt(s)
	if n == 0 || n != len(s) {
		return "", false
	}
	return pc, true
}

// cutCity splits the municipality off the start of s.
func cutCity(s string) (city, rest string) {
	rs := []rune(s)
	end := -1
	for i, r := range rs {
		if i == 0 {
			continue
		}
		if r == '市' || r == '区' {
			end = i + 1
			if r == '区' {
				// A ward follows 市 or stands alone (Tokyo's): after a 町
				// or 村, the municipality ended there and the 区 is the
				// town's (せたな町北檜山区北檜山).
				for k := 1; k < i-1; k++ {
					if rs[k] == '町' || rs[k] == '村' {
						end = k + 1
						break
					}
				}
			}
			break
		}
		if r == '郡' {
			// The county's town or village (杵島郡大町町: the suffix
			// repeated).
			for j := i + 2; j < len(rs); j++ {
				if rs[j] == '町' || rs[j] == '村' {
					end = j + 1
					if end < len(rs) && rs[end] == rs[j] {
						end++
					}
					break
				}
			}
			break
		}
	}
	if end < 0 {
		// A town or village with no county written: the first 町 or 村 that
		// leaves two characters.
		for i := 1; i < len(rs); i++ {
			if rs[i] == '町' || rs[i] == '村' {
				end = i + 1
				break
			}
		}
	}
	if end < 0 {
		return "", s
	}
	city = string(rs[:end])
	// The cities whose name holds 市 (四日市市, 廿日市市, 野々市市; but
	// 市川市市川 is the town 市川 of 市川市).
	for _, c := range citiesNamedShi {
		if city == c && end < len(rs) && rs[end] == '市' {
			end++
			city = string(rs[:end])
		}
	}
	// The ward of a designated city.
	for _, d := range designatedCities {
		if city == d {
			for j := end + 1; j < len(rs) && j < end+5; j++ {
				if rs[j] == '区' {
					city, end = string(rs[:j+1]), j+1
					break
				}
			}
			break
		}
	}
	return city, string(rs[end:])
}

// cutTown reads the town, the chōme, the numbers and what follows from the
// rest of an address after its city.
func cutTown(s string) (town string, chome int, mark string, numbers []int, other string, marked bool) {
	rs := []rune(s)
	// The town runs to the first number that is a chōme, a block or a lot.
	// A number before 条, 線, 号, 地割, 番町, 番丁 or 軒 is part of it,
	// written in kanji numerals ([numberedPart]).
	var tb []rune // the town before start, when a part's number was rewritten
	i, start := 0, 0
	for i < len(rs) {
		if n, j, mark, ok := numberedPart(rs[i:]); ok {
			tb = append(append(tb, rs[start:i]...), []rune(KanjiNumber(n))...)
			tb = append(tb, []rune(mark)...)
			i += j + utf8.RuneCountInString(mark)
			start = i
			continue
		}
		if rs[i] >= '0' && rs[i] <= '9' {
			break
		}
		if isKanjiDigit(rs[i]) {
			j := i
			for j < len(rs) && isKanjiDigit(rs[j]) {
				j++
			}
			if isNumberMark(rs, j) {
				break
			}
			i = j
			continue
		}
		i++
	}
	if tb != nil {
		town = string(append(tb, rs[start:i]...))
	} else {
		town = string(rs[:i])
	}
	town = strings.TrimPrefix(town, "大字")
	rs = rs[i:]
	// The chōme.
	if n, j, ok := readNumber(rs); ok {
		switch {
		case hasPrefixRunes(rs[j:], "丁目"):
			chome, mark, rs = n, "丁目", rs[j+2:]
		case hasPrefixRunes(rs[j:], "丁") && (j+1 == len(rs) || rs[j+1] >= '0' && rs[j+1] <= '9' || isKanjiDigit(rs[j+1])):
			chome, mark, rs = n, "丁", rs[j+1:]
		}
	}
	// The block and lot numbers.
	for {
		n, j, ok := readNumber(rs)
		if !ok || hasPrefixRunes(rs[j:], "室") || hasPrefixRunes(rs[j:], "号室") {
			break // 101号室: a room, never a block or a lot
		}
		numbers = append(numbers, n)
		rs = rs[j:]
		sep := 0
		for _, mark := range []string{"番地", "番", "号", "地割", "の", "-"} {
			if hasPrefixRunes(rs, mark) {
				sep = utf8.RuneCountInString(mark)
				break
			}
		}
		switch {
		case sep > 0 && rs[0] == '番' && len(rs) > sep && isNo(rs[sep]) && numberAhead(rs[sep+1:]):
			// 7番地の1, 7番の1: the lot after the block, as geolonia reads
			// them (7-1).
			sep++
		case sep == 0 && len(rs) > 0 && rs[0] == 'ノ' && numberAhead(rs[1:]):
			sep = 1 // 3ノ10ノ10, as 3の10の10
		}
		if sep == 0 && len(rs) > 0 && strings.ContainsRune(hyphens, rs[0]) && numberAhead(rs[1:]) {
			sep = 1
		}
		lot := sep > 0 && rs[0] == '号'
		marked = marked || sep > 0 && (rs[0] == '番' || lot || isNo(rs[0]))
		rs = rs[sep:]
		if sep == 0 || lot {
			// A number after the lot's 号 is a room (22番3号101号室, 22番3号
			// 101), not a third number that would make 22 a chōme.
			break
		}
	}
	if chome == 0 && len(numbers) >= 3 {
		chome, numbers = numbers[0], numbers[1:]
	}
	other = strings.TrimLeft(string(rs), hyphens+"\u3000")
	return town, chome, mark, numbers, other, marked && chome == 0
}

// townMarks are the marks after a number that make it part of a town's
// name, as geolonia's town patterns list them: the 条 (jō) of the 条丁目
// grid of Sapporo and other cities of Hokkaido (北24条西), the numbered 線
// (sen) and 号 (gō) of Hokkaido's rural grids (東川町東7号北5線, 旭川市東旭川町
// 共栄11線12号), Iwate's 地割 (第10地割), 番町 and 番丁 (三番町, 和歌山市七番丁)
// and 軒 (二十四軒).
var townMarks = [...]string{"条", "線", "号", "地割", "番町", "番丁", "軒"}

// numberedPart reads a number (1 to 99, in digits or kanji numerals) and one
// of the townMarks at the start of rs (北24条, 北二十四条, 5線, 第10地割): a
// numbered part of the town's name, which geolonia writes in kanji numerals
// (北二十四条西六丁目, 東七号北五線, 第十地割). It returns the number, the runes
// it took before the mark, and the mark. A 号 before 室 is a room (5号室).
func numberedPart(rs []rune) (n, used int, mark string, ok bool) {
	j := 0
	for j < len(rs) && (isDigitRune(rs[j]) || isKanjiDigit(rs[j])) {
		j++
	}
	if j == 0 || j == len(rs) {
		return 0, 0, "", false
	}
	for _, m := range townMarks {
		if hasPrefixRunes(rs[j:], m) {
			mark = m
			break
		}
	}
	if mark == "" || mark == "号" && hasPrefixRunes(rs[j+1:], "室") {
		return 0, 0, "", false
	}
	n, used, ok = readNumber(rs)
	if !ok || used != j || n < 1 || n > 99 {
		return 0, 0, "", false
	}
	return n, used, mark, true
}

// numberedJo reads a number and 条 at the start of rs (北24条, 北二十四条), a
// [numberedPart] whose mark is 条. It returns the number and the runes it
// took before 条.
func numberedJo(rs []rune) (n, used int, ok bool) {
	n, used, mark, ok := numberedPart(rs)
	if !ok || mark != "条" {
		return 0, 0, false
	}
	return n, used, true
}

// hasNumberedPart reports whether a kanji town, as cutTown writes it, holds
// a [numberedPart] that numbers a block of a grid: a kanji numeral followed
// by one of the townMarks but 軒 (北二十四条西, 東七号北五線, 長山第十地割,
// 三番町; not 三軒茶屋, a name).
func hasNumberedPart(town string) bool {
	for i, r := range town {
		if !isKanjiDigit(r) {
			continue
		}
		rest := town[i+utf8.RuneLen(r):]
		for _, m := range townMarks {
			if m != "軒" && strings.HasPrefix(rest, m) {
				return true
			}
		}
	}
	return false
}

// kanjiTownNumbers writes in kanji numerals the numbers in digits that a
// town's name holds before one of the townMarks or a chōme (丁目, 丁), as
// geolonia writes them: 飯田橋3丁目 is 飯田橋三丁目, 北3条西 北三条西. It
// returns s itself when s holds no digit.
func kanjiTownNumbers(s string) string {
	if !strings.ContainsFunc(s, isAnyDigit) {
		return s
	}
	rs := []rune(s)
	out := make([]rune, 0, len(rs))
	for i := 0; i < len(rs); {
		j, n := i, 0
		for j < len(rs) && isAnyDigit(rs[j]) {
			if j-i < 3 {
				n = n*10 + digitValue(rs[j])
			}
			j++
		}
		switch {
		case j == i:
			out = append(out, rs[i])
			j++
		case j-i <= 2 && n >= 1 && townNumberMark(rs[j:]):
			out = append(out, []rune(KanjiNumber(n))...)
		default:
			out = append(out, rs[i:j]...)
		}
		i = j
	}
	return string(out)
}

// townNumberMark reports whether rs starts with a mark after which a number
// is part of a town's name as a streetName writes it: one of the townMarks
// (but 号室, a room) or a chōme (丁目, 丁).
func townNumberMark(rs []rune) bool {
	if hasPrefixRunes(rs, "丁") {
		return true
	}
	for _, m := range townMarks {
		if hasPrefixRunes(rs, m) {
			return m != "号" || !hasPrefixRunes(rs[1:], "室")
		}
	}
	return false
}

// isAnyDigit reports whether r is a digit, ASCII or full-width.
func isAnyDigit(r rune) bool { return isDigitRune(r) || r >= '０' && r <= '９' }

// digitValue is the value of a digit, ASCII or full-width.
func digitValue(r rune) int {
	if r >= '０' {
		return int(r - '０')
	}
	return int(r - '0')
}

// chomeAhead reports whether rs starts with a number and 丁目.
func chomeAhead(rs []rune) bool {
	_, j, ok := readNumber(rs)
	return ok && hasPrefixRunes(rs[j:], "丁目")
}

func hasPrefixRunes(rs []rune, p string) bool {
	for _, r := range p {
		if len(rs) == 0 || rs[0] != r {
			return false
		}
		rs = rs[1:]
	}
	return true
}

// isNumberMark reports whether rs[j:] starts with what follows a number that
// is not part of a town's name: 丁目, 丁 before a number, 番地, 番, 号, or a
// hyphen before a number.
func isNumberMark(rs []rune, j int) bool {
	rest := rs[j:]
	switch {
	case hasPrefixRunes(rest, "番町"), hasPrefixRunes(rest, "番丁"):
		return false // 一番町, 三番丁: a town's name
	case hasPrefixRunes(rest, "番") && chomeAhead(rest[1:]):
		return false // 麻布十番2丁目: a chōme comes before the block
	case hasPrefixRunes(rest, "丁目"), hasPrefixRunes(rest, "番"), hasPrefixRunes(rest, "号"):
		return true
	case hasPrefixRunes(rest, "丁") && len(rest) > 1 && (rest[1] >= '0' && rest[1] <= '9' || isKanjiDigit(rest[1])):
		return true
	case len(rest) > 1 && strings.ContainsRune(hyphens, rest[0]) && numberAhead(rest[1:]):
		return true
	case len(rest) > 1 && isNo(rest[0]) && numberAhead(rest[1:]):
		return true // 三の十の十: の between numbers, as a hyphen (一の宮 is a name)
	}
	return len(rest) == 0 && j > 0
}

// numberAhead reports whether rs starts with a digit or a kanji numeral.
func numberAhead(rs []rune) bool {
	return len(rs) > 0 && (isDigitRune(rs[0]) || isKanjiDigit(rs[0]))
}

// isNo reports whether r is the particle の, in hiragana or katakana, which
// addresses write between numbers for a hyphen (3の10, 7番地の1).
func isNo(r rune) bool { return r == 'の' || r == 'ノ' }

// readNumber reads a number in Arabic digits or kanji numerals at the start
// of rs, and how many runes it took.
func readNumber(rs []rune) (n, used int, ok bool) {
	j := 0
	for j < len(rs) && rs[j] >= '0' && rs[j] <= '9' {
		j++
	}
	if j > 0 {
		if j > 9 {
			return 0, 0, false
		}
		v, _ := strconv.Atoi(string(rs[:j]))
		return v, j, true
	}
	for j < len(rs) && isKanjiDigit(rs[j]) {
		j++
	}
	if j == 0 {
		return 0, 0, false
	}
	v, ok := parseKanjiNumber(rs[:j])
	return v, j, ok
}

func isKanjiDigit(r rune) bool {
	return strings.ContainsRune("〇一二三四五六七八九十百千壱弐参", r)
}

// parseKanjiNumber reads kanji numerals: positional (二〇三) or with
// multipliers (二百三, 十五), up to 9999.
func parseKanjiNumber(rs []rune) (int, bool) {
	digit := func(r rune) int {
		return strings.IndexRune("〇一二三四五六七八九", r) / 3
	}
	if strings.ContainsAny(string(rs), "十百千") {
		total, cur := 0, 0
		for _, r := range rs {
			switch r {
			case '十', '百', '千':
				m := map[rune]int{'十': 10, '百': 100, '千': 1000}[r]
				if cur == 0 {
					cur = 1
				}
				total += cur * m
				cur = 0
			case '壱':
				cur = 1
			case '弐':
				cur = 2
			case '参':
				cur = 3
			default:
				cur = digit(r)
			}
		}
		return total + cur, true
	}
	v := 0
	for _, r := range rs {
		d := 0
		switch r {
		case '壱':
			d = 1
		case '弐':
			d = 2
		case '参':
			d = 3
		default:
			d = digit(r)
		}
		v = v*10 + d
		if v > 9999 {
			return 0, false
		}
	}
	return v, true
}

// KanjiNumber writes n (1 to 99) in kanji numerals as addresses write a
// chōme: 3 as 三, 10 as 十, 24 as 二十四; other numbers in Arabic digits.
func KanjiNumber(n int) string {
	const d = "〇一二三四五六七八九"
	digit := func(i int) string { return d[i*3 : i*3+3] }
	switch {
	case n <= 0 || n >= 100:
		return strconv.Itoa(n)
	case n < 10:
		return digit(n)
	}
	s := ""
	if n/10 > 1 {
		s = digit(n / 10)
	}
	s += "十"
	if n%10 > 0 {
		s += digit(n % 10)
	}
	return s
}
