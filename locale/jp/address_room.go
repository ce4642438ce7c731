package jp

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A room is what follows an address's numbers as CompareAddress compares
// it (a building, a room): the room's number, the building's own numbers
// and letters (A棟, 1号棟, 2号館, 第1ビル, B-301, the 1 of 1-101), the floor
// (3階, 3F), the building's name without them, and whether that name is
// written in Latin letters. Each counts only where both sides hold it, the
// name only in one script ([room.agrees]).
type room struct {
	number   string // the last number: 301 of 飯田橋ハイツ301号室, 101 of 1-101
	ids      string // the building's numbers and single letters, in order: "a", "1"
	floor    string // the number before 階 or F
	building string // the rest, without roomMarks and spaces; in kanji or kana folded as placeKey
	romaji   bool   // the building's name is in Latin letters (else the address is)
	// place is the text, folded, when it reads as a part of an address
	// rather than a building ([addressPart]: 大阪府, 新宿区, 5丁目, 4番地,
	// Osaka); "" for none.
	place string
}

// agrees reports whether two rooms may be the same: the same number, the
// same building numbers and letters and the same floor where both hold
// them, not a floor alone against a room number alone, and the same building's name when both name one in the same script
// (飯田橋ハイツ and Iidabashi Haitsu are not compared). Text that reads as
// a part of an address ([room.place]) agrees only with the same text: 大阪府
// after the lot is another address, or a part of one, not a building that
// one side leaves out.
func (q room) agrees(r room) bool {
	same := func(a, b string) bool { return a == "" || b == "" || a == b }
	// A floor alone against a room alone: 5F is not room 301, and which
	// floor a room is on is not written.
	floorOnly := func(x room) bool { return x.floor != "" && x.number == "" }
	numberOnly := func(x room) bool { return x.number != "" && x.floor == "" }
	if floorOnly(q) && numberOnly(r) || numberOnly(q) && floorOnly(r) {
		return false
	}
	return q.place == r.place && same(q.number, r.number) && same(q.ids, r.ids) && same(q.floor, r.floor) &&
		(q.building == "" || r.building == "" || q.romaji != r.romaji || q.building == r.building)
}

// roomMarks are what a room's text writes around its numbers, dropped from
// the building's name: 301号室, 1号棟, #301.
var roomMarks = strings.NewReplacer("号室", "", "室", "", "号", "", "#", "", "-", "", " ", "", "\u3000", "")

// roomWords are the English words for a room (Room 301, Apt. 301), which
// name no building, in any script of the address.
var roomWords = [...]string{"room", "rm", "apt", "apartment", "unit", "no"}

// readRoom reads what follows an address's numbers, or a
// houseNumberExtension, as a room. The text is read as [Kana] with a space
// where a separator stood, so that the grouping of the numbers counts
// (1-101 and 11-01 are not 1101: DESIGN.md's 12-14 is not 1214); kanji
// numerals before 号室, 号, 室, 階, 棟 or 館, or after 第, are read as
// numbers (三〇一号室 is 301号室, 第一ビル 第1ビル); a number before 階 or F
// is the floor (3階 = 3F). Of the other numbers the last is the room's, the
// others the building's, with the single Latin letters (A棟, B-301). The
// building's name is what remains, without the roomWords; its own script
// decides whether it is compared ([room.agrees]: Brillia and ブリリア are
// not), and in kanji or kana it is folded as a place's ([placeKey]: 髙橋ビル
// is 高橋ビル, 市ヶ谷 市ケ谷). romaji is whether the address is in romaji.
func readRoom(s string, romaji bool) room {
	r := room{romaji: romaji}
	var buf [64]byte
	k := string(appendKana(buf[:0], s, true))
	if addressPart(s) {
		r.place = strings.ReplaceAll(k, " ", "")
	}
	rs := roomNumerals([]rune(k))
	var ids []string
	last := -1 // the index in ids of the last number
	var name []rune
	for i := 0; i < len(rs); {
		c := rs[i]
		switch {
		case isDigitRune(c):
			j := i
			for j < len(rs) && isDigitRune(rs[j]) {
				j++
			}
			d := string(rs[i:j])
			if len(name) > 0 && name[len(name)-1] == 'ー' {
				// A hyphen after kana, which Kana writes ー: ハイツ-301.
				name = name[:len(name)-1]
			}
			switch {
			case j < len(rs) && rs[j] == '階',
				j < len(rs) && rs[j] == 'f' && (j+1 == len(rs) || !isLatinLower(rs[j+1])):
				// A basement floor, 地下1階 or B1F, is not the first.
				if n := len(name); n >= 2 && name[n-2] == '地' && name[n-1] == '下' {
					name, d = name[:n-2], "B"+d
				} else if i > 0 && rs[i-1] == 'b' && len(ids) > 0 && ids[len(ids)-1] == "b" {
					ids, d = ids[:len(ids)-1], "B"+d
				}
				r.floor, i = d, j+1
				continue
			}
			last = len(ids)
			ids = append(ids, d)
			i = j
		case isLatinLower(c):
			j := i
			for j < len(rs) && isLatinLower(rs[j]) {
				j++
			}
			switch {
			case j-i == 1:
				ids = append(ids, string(c))
			case !isRoomWord(rs[i:j]):
				name = append(name, rs[i:j]...)
			}
			i = j
		default:
			name = append(name, c)
			i++
		}
	}
	if last >= 0 {
		r.number = ids[last]
		ids = slices.Delete(ids, last, last+1)
	}
	r.ids = strings.Join(ids, ",")
	if b := roomMarks.Replace(string(name)); b != "" {
		// The building's own script decides whether two names are compared
		// (Brillia and ブリリア are not), not the address's; a name in
		// kanji or kana folded as a place's is (髙橋ビル, 高橋ビル; 市ヶ谷,
		// 市ケ谷).
		r.romaji = !strings.ContainsFunc(b, func(r rune) bool { return !isLatinLower(r) })
		if !r.romaji {
			b = placeKey(b)
		}
		r.building = b
	}
	return r
}

// isRoomWord reports whether a word in Latin letters, in lower case, is
// one of the roomWords (Room 301, Apt. 3B), which name no building.
func isRoomWord(w []rune) bool {
	for _, rw := range roomWords {
		if len(w) == len(rw) && string(w) == rw {
			return true
		}
	}
	return false
}

func isLatinLower(r rune) bool { return r >= 'a' && r <= 'z' }

// roomNumerals writes in Arabic digits, in place, the kanji numerals of a
// room's text that are numbers: before 号室, 号, 室, 階, 棟 or 館, or after
// 第 (三〇一号室, 二号棟, 第一ビル). Other kanji numerals are names
// (三井ビル).
func roomNumerals(rs []rune) []rune {
	for i := 0; i < len(rs); i++ {
		if !isKanjiDigit(rs[i]) {
			continue
		}
		j := i
		for j < len(rs) && isKanjiDigit(rs[j]) {
			j++
		}
		number := i > 0 && rs[i-1] == '第' || j < len(rs) && strings.ContainsRune("号室階棟館", rs[j])
		if n, ok := parseKanjiNumber(rs[i:j]); number && ok {
			d := []rune(strconv.Itoa(n))
			rs = slices.Replace(rs, i, j, d...)
			j = i + len(d)
		}
		i = j - 1
	}
	return rs
}

// roomOfNumbers is the room written as numbers after the lot
// (3-10-10-301, 3-10-10-1-101): the last the room's, the others the
// building's.
func roomOfNumbers(ns []int, romaji bool) room {
	r := room{romaji: romaji}
	if len(ns) == 0 {
		return r
	}
	r.number = strconv.Itoa(ns[len(ns)-1])
	var b []byte
	for i, n := range ns[:len(ns)-1] {
		if i > 0 {
			b = append(b, ',')
		}
		b = strconv.AppendInt(b, int64(n), 10)
	}
	r.ids = string(b)
	return r
}

// withOther returns r, a room read from the numbers after the lot, with
// what follows them (o, [readRoom]): its number when r has none (else r's
// stands), its building's numbers and letters after r's, its floor and its
// building's name.
func (r room) withOther(o room) room {
	switch {
	case r.number == "":
		r.number, r.ids = o.number, o.ids
	case r.ids == "":
		r.ids = o.ids
	case o.ids != "":
		r.ids += "," + o.ids
	}
	r.floor, r.building, r.place = o.floor, o.building, o.place
	if o.building != "" {
		r.romaji = o.romaji // the building's script
	}
	return r
}

// addressPart reports whether what follows an address's numbers (or a
// houseNumberExtension) reads as a part of an address, not as a building or
// a room: a prefecture (大阪府, anywhere in it); a city, a ward or a county
// ([cutCity]: 新宿区, 大阪市北区梅田) ending the text or followed by a
// number; a number before 丁目 (a chōme), 番地, 地割, or 番 ending the text or
// before the lot (4番, 4番の1; not 1番館, a building); a number in digits
// before 条, 線, 番町 or 番丁 (a numbered part of a town, [numberedPart]);
// Kyoto's street directions (河原町通三条上る); in Latin letters, a word with
// the suffix of a prefecture, a city, a ward or a county (Shinjuku-ku,
// Tokyo-to), or the English word for one after a name (Shinjuku City), or
// a prefecture's name (Osaka) that ends the text or comes before one of
// them. Such text is another address, or a part of one, written after the
// lot: no building one side may leave out.
func addressPart(s string) bool {
	if s == "" {
		return false
	}
	for _, p := range prefectures {
		if strings.Contains(s, p.kanji) {
			return true
		}
	}
	for _, d := range streetDirections {
		if i := strings.Index(s, d); i > 0 {
			before, _ := utf8.DecodeLastRuneInString(s[:i])
			after := s[i+len(d):]
			if isHan(before) && !strings.HasPrefix(after, "口") {
				return true
			}
		}
	}
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		switch r := rs[i]; {
		case isHan(r) && !isKanjiDigit(r) && (i == 0 || !isHan(rs[i-1])):
			// A run of kanji: a city, a ward or a county, ending the text
			// or followed by a number.
			j := i
			for j < len(rs) && (isHan(rs[j]) || rs[j] == 'ヶ' || rs[j] == 'ケ' && j+1 < len(rs) && isHan(rs[j+1])) {
				j++
			}
			if j == len(rs) || isDigitRune(rs[j]) || unicode.IsSpace(rs[j]) {
				city, _ := cutCity(string(rs[i:j]))
				if strings.HasSuffix(city, "市") || strings.HasSuffix(city, "区") || strings.Contains(city, "郡") {
					return true
				}
			}
		case (isDigitRune(r) || isKanjiDigit(r)) && (i == 0 || !isDigitRune(rs[i-1]) && !isKanjiDigit(rs[i-1])):
			_, used, ok := readNumber(rs[i:])
			if !ok {
				continue
			}
			rest := rs[i+used:]
			switch {
			case hasPrefixRunes(rest, "丁目"), hasPrefixRunes(rest, "番地"), hasPrefixRunes(rest, "地割"):
				return true
			case isDigitRune(r) && (hasPrefixRunes(rest, "条") || hasPrefixRunes(rest, "線") ||
				hasPrefixRunes(rest, "番町") || hasPrefixRunes(rest, "番丁")):
				return true
			case hasPrefixRunes(rest, "番") && (len(rest) == 1 || numberAhead(rest[1:]) || isNo(rest[1]) ||
				strings.ContainsRune(hyphens, rest[1])):
				return true
			}
		}
	}
	return latinAddressPart(s)
}

// latinAddressPart is [addressPart] of the words of s in Latin letters.
func latinAddressPart(s string) bool {
	if !strings.ContainsFunc(s, func(r rune) bool { return r < 0x80 && unicode.IsLetter(r) }) {
		return false
	}
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r == '-' || strings.ContainsRune("āīūēōâîûêô", r))
	})
	// A prefecture's, a city's, a ward's or a county's unit, in romaji or
	// English (romajiUnits), not a town's or village's.
	placeUnit := func(unit string) bool { return strings.ContainsAny(romajiUnits[unit], "都道府県市区郡") }
	unitWord := func(w string) bool {
		name, unit, ok := cutUnit(strings.Trim(w, "-"))
		return ok && placeUnit(unit) && isRomajiName(name)
	}
	for k, w := range words {
		switch {
		case unitWord(w):
			return true
		case k > 0 && isRomajiName(words[k-1]) && (placeUnit(w) || w == "prefecture"):
			return true
		}
		if _, ok := Prefecture(w); ok && (k == len(words)-1 || unitWord(words[k+1])) {
			return true
		}
	}
	return false
}
