package jp

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/kycmatch/kycmatch/score"
)

// Weights of an address's components in its score; a different number caps
// the score, as for house numbers (DESIGN.md section 2: a different number is
// a different place).
const (
	weightPrefecture = 0.1
	weightCity       = 0.3
	weightTown       = 0.3
	weightNumbers    = 0.3
	numberCap        = 0.6
)

// CompareAddress compares two Japanese addresses ([ParseAddress]), in kanji
// or romaji: equal when the postcodes agree where both hold one, the
// prefectures agree (or one side leaves it out),
// the cities and towns are the same (variant kanji and geolonia's kana
// classes folded; across scripts, a kanji name read as the romaji one), the
// chōme, block and lot numbers are the same, and what follows them agrees
// where both sides hold it: the room (a number after the lot, 3-10-10-301,
// or the last number after them, 飯田橋ハイツ301号室) and, in one script, the
// building's name without its numbers and room marks. Kyoto's street
// directions ([Address.Street]) are compared as a building's name is.
// Otherwise the score weighs the components (prefecture 0.1, city, town and
// numbers 0.3 each), lowered by 5 % for a different room or building and by
// 5 % for different directions, scaled by 0.5 + 0.5·[score.Number] of two
// postcodes that differ, and a different number caps it at 0.6, as does a
// different town when both are blocks of a numbered grid (北24条西, 南24条西;
// 東七号北五線, 東七号北六線; 第十地割, 第十一地割: [numberedPart]).
func CompareAddress(req, rec string) Match {
	return compareAddresses(newAddress(req), newAddress(rec), true)
}

// An address is an address as CompareAddress reads it: its parts, its
// numbers and the keys of its places, worked out once.
type address struct {
	Address
	numbers          []int  // allNumbers up to the lot: the chōme, block and lot
	block            string // the numbers joined, as joinInts
	cityKey, townKey string // the keys of placeSim
	streetKey        string // streetKey(Street)
	room             room   // the room and building after the numbers
	grid             bool   // the town holds a numbered part (hasGrid)
	other            room   // readRoom(Other), for altRoom
}

// hasGrid reports whether a town is a block of a numbered grid: in kanji,
// it holds a [numberedPart] (北二十四条西, 東七号北五線, 長山第十地割, 三番町); in
// romaji, a numbered 条 (kita 24-jo nishi).
func hasGrid(town string, romaji bool) bool {
	if romaji {
		return strings.Contains(town, "-jo") && len(romajiJoParts(town)) > 1
	}
	return hasNumberedPart(town)
}

func newAddress(s string) *address {
	a := &address{Address: ParseAddress(s)}
	a.numbers = a.allNumbers()
	a.room.romaji = a.Romaji
	if a.Chome > 0 && len(a.numbers) > 3 {
		// 3-10-10-301: a number after the lot is the room; 3-10-10-1-101,
		// the building's and the room's.
		a.room = roomOfNumbers(a.numbers[3:], a.Romaji)
		a.numbers = a.numbers[:3]
	}
	a.block = joinInts(a.numbers)
	a.cityKey, a.townKey = placeSimKey(a.City, a.Romaji), placeSimKey(a.Town, a.Romaji)
	a.streetKey = streetKey(a.Street, a.Romaji)
	if a.Other != "" {
		a.other = readRoom(a.Other, a.Romaji)
		a.room = a.room.withOther(a.other)
	}
	a.grid = hasGrid(a.Town, a.Romaji)
	return a
}

// compareAddresses is [CompareAddress] of two addresses worked out. Without
// scored it only tells whether they are equal: the parts that need no
// reading are compared first, and the places, whose readings are most of
// the cost, only when those agree (Match.Score is then 0).
func compareAddresses(q, r *address, scored bool) Match {
	var f Fold
	if q.Romaji != r.Romaji {
		f |= FoldRomaji | FoldReading
	}
	pref := 1.0
	if q.Prefecture >= 0 && r.Prefecture >= 0 && q.Prefecture != r.Prefecture {
		pref = 0
	}
	numEq := slices.Equal(q.numbers, r.numbers)
	otherEq := q.room.agrees(r.room)
	// 22-3-101 against 22番3号 or 22番地の3: a side that marks its block
	// and lot without a chōme tells that its town has none, and the other
	// side's N-M-L is then a block, a lot and a room.
	switch {
	case numEq:
	case q.nml && r.marked && q.blockLotIs(r.numbers):
		numEq, otherEq = true, q.altRoom().agrees(r.room)
	case r.nml && q.marked && r.blockLotIs(q.numbers):
		numEq, otherEq = true, q.room.agrees(r.altRoom())
	}
	// Kyoto's street directions, within one script, when both hold them: a
	// town's name can repeat within a ward, and the directions tell them
	// apart.
	streetEq := q.Street == "" || r.Street == "" || q.Romaji != r.Romaji || q.streetKey == r.streetKey
	// The postcode, when both hold one, as the Spanish and Dutch profiles
	// count it (locale.SameAddress).
	postEq := q.Postcode == "" || r.Postcode == "" || q.Postcode == r.Postcode
	if !scored && (pref == 0 || !numEq || !otherEq || !streetEq || !postEq) {
		return Match{}
	}
	city, cityEq := placeSim(q.City, q.cityKey, r.City, r.cityKey, q.Romaji, r.Romaji, true)
	if !scored && !cityEq {
		return Match{}
	}
	town, townEq := placeSim(q.Town, q.townKey, r.Town, r.townKey, q.Romaji, r.Romaji, false)
	if pref == 1 && cityEq && townEq && numEq && otherEq && streetEq && postEq && (q.City != "" || q.Town != "" || len(q.numbers) > 0) {
		if q.Romaji == r.Romaji {
			f |= FoldWidth
		}
		if q.variant || r.variant {
			f |= FoldVariant
		}
		return Match{Equal: true, Folds: f}
	}
	nums := 1.0
	if !numEq {
		nums = score.Number(q.block, r.block)
		f |= FoldNumber
	}
	s := weightPrefecture*pref + weightCity*city + weightTown*town + weightNumbers*nums
	if !otherEq {
		s *= 0.95
	}
	if !streetEq {
		s *= 0.95
	}
	if !postEq {
		// A different postcode scales the score as a different house
		// number does in the generic and Spanish address score (DESIGN.md
		// section 2.2: 0.5 + 0.5·Number).
		s *= 0.5 + 0.5*score.Number(q.Postcode, r.Postcode)
		f |= FoldNumber
	}
	if !numEq {
		s = min(s, numberCap)
	}
	if !townEq && q.grid && r.grid {
		// Two towns of a numbered grid that differ (北24条西, 北23条西,
		// 南24条西; 東七号北五線, 東七号北六線; 第十地割, 第十一地割) are
		// different blocks of it: a different number.
		s = min(s, numberCap)
		f |= FoldNumber
	}
	return Match{Score: s, Folds: f}
}

// blockLotIs reports whether the N-M-L of a (nml) read as a block, a lot
// and a room (22-3-101: block 22, lot 3, room 101), as a town without chōme
// writes them, has the block and lot ns.
func (a *address) blockLotIs(ns []int) bool {
	return a.nml && len(ns) == 2 && len(a.Numbers) >= 2 && ns[0] == a.Chome && ns[1] == a.Numbers[0]
}

// altRoom is the room of a's N-M-L read as a block, a lot and a room
// ([address.blockLotIs]): the numbers after the lot, then what follows.
func (a *address) altRoom() room {
	r := roomOfNumbers(a.Numbers[1:], a.Romaji)
	if a.Other != "" {
		r = r.withOther(a.other)
	}
	return r
}

func joinInts(ns []int) string {
	a := Address{Numbers: ns}
	return a.Block()
}

// appendInts appends the numbers joined with '-' (joinInts) to dst.
func appendInts(dst []byte, ns []int) []byte {
	for i, n := range ns {
		if i > 0 {
			dst = append(dst, '-')
		}
		dst = strconv.AppendInt(dst, int64(n), 10)
	}
	return dst
}

// placeSimKey is the key placeSim compares a place name by: [romajiPlaceKey]
// in romaji, else [placeKey]; "" for no place.
func placeSimKey(s string, romaji bool) string {
	switch {
	case s == "":
		return ""
	case romaji:
		return romajiPlaceKey(s)
	}
	return placeKey(s)
}

// placeSim compares two city or town names, each in kanji or romaji, with
// their keys ([placeSimKey]): whether they are the same place, and their
// similarity.
func placeSim(q, qKey, r, rKey string, qRomaji, rRomaji, city bool) (float64, bool) {
	switch {
	case q == "" && r == "":
		return 1, true
	case q == "" || r == "":
		return 0, false
	case qRomaji == rRomaji:
		if qKey == rKey || city && qRomaji && sameRomajiCity(q, r) || city && !qRomaji && sameKanjiCity(q, r) {
			return 1, true
		}
		if !qRomaji {
			if s, eq, ok := kanaPlace(q, r, city); ok {
				return s, eq
			}
		}
		return score.Similarity(qKey, rKey), false
	case qRomaji:
		return readPlace(r, q, city)
	default:
		return readPlace(q, r, city)
	}
}

// streetKey folds Kyoto's street directions ([Address.Street]) as a place
// ([placeSimKey]), written with or without the street's 通 (通り, -dori) and
// with either spelling of a direction (上る, 上ル, 上がる; 東入, 東入ル;
// higashi-iru, higashiiru).
func streetKey(s string, romaji bool) string {
	if s == "" {
		return ""
	}
	if !romaji {
		return streetKeyFold.Replace(placeKey(s))
	}
	var b strings.Builder
	for w := range strings.FieldsSeq(s) {
		for _, d := range doriSpellings {
			if n, ok := strings.CutSuffix(w, d); ok && n != "" {
				w = strings.TrimSuffix(n, "-")
				break
			}
		}
		b.WriteString(strings.ReplaceAll(w, "-", ""))
	}
	return romajiPlaceKey(b.String())
}

// streetKeyFold drops the street's 通 and spells each direction one way,
// after placeKey (katakana).
var streetKeyFold = strings.NewReplacer("通リ", "", "通", "", "上ガル", "上ル", "下ガル", "下ル", "入ル", "入")

// placeKey folds a place name in kanji: variant kanji, and geolonia's classes
// of kana and kanji written for one another in place names ([ヶケが],
// [ヵカか力], [之ノの], [ッツっつ]), 大字 and 字 dropped: 大字 at the start,
// and every 字, the mark of a small section (字) that records write or leave
// out (勝浦字家六, 勝浦家六). The few names that hold 字 (大文字町, 十文字) lose it
// on both sides alike.
func placeKey(s string) string {
	s = FoldKanji(Kana(s))
	s = strings.TrimPrefix(s, "大字")
	if strings.Contains(s, "番丁") {
		// 七番丁 and 七番町, which geolonia's town patterns take for one
		// another (和歌山市7番町19 is its 七番丁).
		s = strings.ReplaceAll(s, "番丁", "番町")
	}
	return strings.Map(func(r rune) rune {
		switch r {
		case 'ヶ', 'ガ':
			return 'ケ'
		case 'ヵ', '力':
			return 'カ'
		case '之', 'の':
			return 'ノ'
		case 'ッ':
			return 'ツ'
		case '字':
			return -1
		}
		return r
	}, s)
}

// romajiPlaceKey folds a romaji place: its units' suffixes as one spelling
// (machi and town as cho, son and village as mura, ward as ku, district and
// county as gun; city stays, standing for shi and ku), the names as
// [RomajiKey].
func romajiPlaceKey(s string) string {
	var b strings.Builder
	for w := range strings.FieldsSeq(s) {
		name, unit, _ := cutUnit(w)
		if k := RomajiKey(strings.ReplaceAll(name, "-", " ")); k != "" {
			b.WriteString(k)
		} else {
			b.WriteString(name) // not romaji: as written
		}
		switch unit {
		case "machi", "town":
			unit = "cho"
		case "son", "village":
			unit = "mura"
		case "ward":
			unit = "ku"
		case "district", "county":
			unit = "gun"
		}
		b.WriteString(unit)
	}
	return b.String()
}

// kanjiUnits splits a kanji city into its units, each a name and its suffix
// (札幌市中央区: 札幌 市, 中央 区; 愛知郡東郷町: 愛知 郡, 東郷 町): at each 市, 区
// and 郡, and at a final 町 or 村, so that 東村山市 and 京都市 are one unit.
func kanjiUnits(s string) [][2]string {
	var out [][2]string
	rs := []rune(s)
	start := 0
	for i := 1; i < len(rs); i++ {
		last := i == len(rs)-1
		if (strings.ContainsRune("市区郡", rs[i]) || last && strings.ContainsRune("町村", rs[i])) && i > start && (last || rs[i+1] != rs[i]) {
			name, unit := string(rs[start:i]), string(rs[i])
			if unit == "市" && slices.Contains(citiesNamedShi[:], string(rs[start:i+1])) {
				// 四日市 for 四日市市: the city's name, written without
				// its suffix, not 四日 and 市.
				name, unit = string(rs[start:i+1]), ""
			}
			out = append(out, [2]string{name, unit})
			start = i + 1
		}
	}
	if start < len(rs) {
		out = append(out, [2]string{string(rs[start:]), ""})
	}
	return out
}

// repeatMarks returns s with a kanji repeated written 々, as [FoldKanji]
// writes it (四日市市 as 四日市々), and nothing else folded.
func repeatMarks(s string) string {
	b := make([]byte, 0, len(s))
	var prev rune
	for _, r := range s {
		b, prev = appendRepeatMarked(b, r, prev)
	}
	return string(b)
}

// citiesNamedShi are the cities whose name ends in 市 (四日市市, 廿日市市,
// 野々市市), which people write without their suffix (四日市).
var citiesNamedShi = [...]string{"四日市", "廿日市", "野々市", "野野市"}

// unitMatches reports whether a romaji suffix stands for a kanji one; a
// name without its suffix (Chiyoda or 千代田 for 千代田区) stands for any.
func unitMatches(kanji, romaji string) bool {
	return romaji == "" || kanji == "" || romajiUnits[romaji] == kanji || romaji == "city" && kanji == "区"
}

// wardLevel are the romaji suffixes of a ward or of a county's town or
// village, which Western order writes before their city or county.
var wardLevel = map[string]bool{"ku": true, "ward": true, "cho": true, "machi": true, "town": true, "mura": true, "son": true, "village": true}

// readPlace compares a place in kanji with one in romaji: unit by unit for a
// city (a county may be left out), by the reading of the name.
func readPlace(kanji, romaji string, city bool) (float64, bool) {
	ku := kanjiUnits(kanji)
	var buf [4][2]string
	ru := appendRomajiUnits(buf[:0], romaji, city)
	if !city && strings.Contains(romaji, "-jo") {
		if eq, ok := readJoTown(kanji, romaji); ok {
			if eq {
				return 1, true
			}
			return placeReadingScore(kanji, romaji), false
		}
	}
	if !city {
		// A town is one name: its words run together, with its suffix
		// (Higashimukainaka-cho, Higashimukainakacho).
		ku = [][2]string{{kanji, ""}}
		if k := []rune(kanji); len(k) > 1 && (k[len(k)-1] == '町' || k[len(k)-1] == '村') {
			ku = [][2]string{{string(k[:len(k)-1]), string(k[len(k)-1])}}
		}
		var name strings.Builder
		unit := ""
		for i, u := range ru {
			name.WriteString(u[0])
			if i == len(ru)-1 {
				unit = u[1]
			} else if u[1] != "" {
				name.WriteString(u[1])
			}
		}
		ru = [][2]string{{name.String(), unit}}
	}
	if len(ku) > len(ru) {
		// A county left out: 上川郡東神楽町 as Higashikagura-cho.
		ku = dropUnit(ku, "郡")
	}
	if len(ku) != len(ru) || len(ku) == 0 {
		return placeReadingScore(kanji, romaji), false
	}
	for i := range ku {
		if !unitMatches(ku[i][1], ru[i][1]) {
			return placeReadingScore(kanji, romaji), false
		}
		m := readPlaceName(ku[i][0], ru[i][0])
		if !m.True() && !city && ku[i][1] != "" && ru[i][1] == "" {
			// A town's 町 or 村 may be written into its name
			// (Higashimukainakacho; Yoshidahonmachi, where 本町 is one
			// word).
			m = readPlaceName(ku[i][0]+ku[i][1], ru[i][0])
		}
		if !m.True() {
			return placeReadingScore(kanji, romaji), false
		}
	}
	return 1, true
}

// appendRomajiUnits appends to dst the words of a romaji place, each a
// name and its suffix ([cutUnit]); a city's in Japanese order (Nishi Ward,
// Yokohama for 横浜市西区: Western order writes the ward first).
func appendRomajiUnits(dst [][2]string, romaji string, city bool) [][2]string {
	start := len(dst)
	for w := range strings.FieldsSeq(romaji) {
		name, unit, _ := cutUnit(w)
		dst = append(dst, [2]string{name, unit})
	}
	ru := dst[start:]
	if city && len(ru) > 1 && wardLevel[ru[0][1]] && !wardLevel[ru[len(ru)-1][1]] {
		slices.Reverse(ru)
	}
	return dst
}

// dropUnit removes from units, in place, those whose suffix is unit (a
// county, which people leave out of a city).
func dropUnit(units [][2]string, unit string) [][2]string {
	return slices.DeleteFunc(units, func(u [2]string) bool { return u[1] == unit })
}

// sameRomajiCity reports whether two romaji cities name the same place, as
// [readPlace] reads a kanji one against romaji: unit by unit, each name of
// one romaji key ([RomajiKey]) and each suffix standing for the same kanji
// one, City for -shi and for -ku (Chiyoda City, Chiyoda-ku), a suffix left
// out standing for any (Chiyoda), a county left out (Higashikagura-cho for
// Kamikawa-gun Higashikagura-cho).
func sameRomajiCity(q, r string) bool {
	var qb, rb [4][2]string
	qu, ru := appendRomajiUnits(qb[:0], q, true), appendRomajiUnits(rb[:0], r, true)
	if len(qu) > len(ru) {
		qu = dropUnit(qu, "gun")
	} else if len(ru) > len(qu) {
		ru = dropUnit(ru, "gun")
	}
	if len(qu) != len(ru) || len(qu) == 0 {
		return false
	}
	for i := range qu {
		qk := RomajiKey(strings.ReplaceAll(qu[i][0], "-", " "))
		if qk == "" || qk != RomajiKey(strings.ReplaceAll(ru[i][0], "-", " ")) || !sameRomajiUnit(qu[i][1], ru[i][1]) {
			return false
		}
	}
	return true
}

// sameKanjiCity reports whether two kanji cities whose keys differ name the
// same place, unit by unit ([kanjiUnits]) as [sameRomajiCity] reads two
// romaji ones: each name of one key ([placeKey]) with the same suffix, a
// name without its suffix standing for any (横浜 for 横浜市, 千代田 for
// 千代田区, as Yokohama and Chiyoda do), and a county left out (串本町 for
// 東牟婁郡串本町: records hold it, people leave it out, as geolonia's test
// addresses do). A city is also one written without its last suffix when
// its name ends in a suffix's kanji (羽村 for 羽村市, 大町 for 大町市), which
// the units cannot tell.
func sameKanjiCity(q, r string) bool {
	if withoutLastUnit(q, r) || withoutLastUnit(r, q) {
		return true
	}
	qu, ru := kanjiUnits(q), kanjiUnits(r)
	if len(qu) > len(ru) {
		qu = dropCounty(qu)
	} else if len(ru) > len(qu) {
		ru = dropCounty(ru)
	}
	if len(qu) != len(ru) || len(qu) == 0 {
		return false
	}
	for i := range qu {
		if qu[i][1] != ru[i][1] && qu[i][1] != "" && ru[i][1] != "" || placeKey(qu[i][0]) != placeKey(ru[i][0]) {
			return false
		}
	}
	return true
}

// withoutLastUnit reports whether the kanji city long is short with a last
// suffix, 市, 区, 町 or 村, after it (羽村市, 羽村).
func withoutLastUnit(short, long string) bool {
	last, size := utf8.DecodeLastRuneInString(long)
	name := long[:len(long)-size]
	return name != "" && strings.ContainsRune("市区町村", last) && placeKey(name) == placeKey(short)
}

// dropCounty removes from kanji units, in place, a county followed by its
// town or village (東牟婁郡 of 東牟婁郡串本町); not the 郡 inside a city's
// name (大和郡山市: 大和 郡, 山 市).
func dropCounty(units [][2]string) [][2]string {
	for i := 0; i+1 < len(units); i++ {
		if units[i][1] == "郡" && (units[i+1][1] == "町" || units[i+1][1] == "村") {
			return slices.Delete(units, i, i+1)
		}
	}
	return units
}

// sameRomajiUnit reports whether two romaji suffixes may stand for one
// kanji suffix ([romajiUnits]): the same, City for 市 or 区, none for any.
func sameRomajiUnit(a, b string) bool {
	ka, kb := romajiUnits[a], romajiUnits[b]
	return a == "" || b == "" || ka == kb || a == "city" && kb == "区" || b == "city" && ka == "区"
}

// A joPart is a part of a town with numbered 条 ([numberedJo]): a name and
// the 条 number that follows it (0 for none). 北二十四条西 is 北 24, 西 0.
type joPart struct {
	name string
	jo   int
}

// readJoTown compares a town in kanji with a romaji one that holds a
// numbered 条 (kita 24-jo nishi, as parseRomajiAddress writes it): ok when
// the romaji does, and then whether the numbers are the same and each name
// between them reads as the romaji one. A town without one (九条町, read
// Kujo-cho) is left to the reading of the whole name.
func readJoTown(kanji, romaji string) (equal, ok bool) {
	rp := romajiJoParts(romaji)
	if len(rp) == 1 {
		return false, false
	}
	kp := kanjiJoParts(kanji)
	if len(kp) != len(rp) {
		return false, true
	}
	for i := range kp {
		switch {
		case kp[i].jo != rp[i].jo:
			return false, true
		case kp[i].name == "" && rp[i].name == "":
			continue
		case kp[i].name == "" || rp[i].name == "":
			return false, true
		}
		if _, eq := readPlace(kp[i].name, rp[i].name, false); eq {
			continue
		}
		// A name after a 条 is read with it, as one word, so that its first
		// kana may take the voicing a compound gives it (1条通, 1-jo-dori,
		// いちじょうどおり).
		if i == 0 {
			return false, true
		}
		if _, eq := readPlace("条"+kp[i].name, "jo"+rp[i].name, false); !eq {
			return false, true
		}
	}
	return true, true
}

// romajiJoParts splits a romaji town at its numbered 条 (kita 24-jo nishi:
// kita 24, nishi 0); one part when it holds none.
func romajiJoParts(romaji string) []joPart {
	var parts []joPart
	var name []string
	for w := range strings.FieldsSeq(romaji) {
		if n, ok := joNumber(w); ok {
			parts = append(parts, joPart{strings.Join(name, " "), n})
			name = name[:0]
			continue
		}
		name = append(name, w)
	}
	return append(parts, joPart{strings.Join(name, " "), 0})
}

// kanjiJoParts splits a kanji town at its numbered 条 ([numberedJo]:
// 北二十四条西 is 北 24, 西 0); one part when it holds none.
func kanjiJoParts(kanji string) []joPart {
	var parts []joPart
	rs := []rune(kanji)
	start := 0
	for i := 0; i < len(rs); {
		if n, j, found := numberedJo(rs[i:]); found {
			parts = append(parts, joPart{string(rs[start:i]), n})
			i += j + 1
			start = i
			continue
		}
		i++
	}
	return append(parts, joPart{string(rs[start:]), 0})
}

// readPlaceName reads a place name in kanji as a romaji one. A place the IPA
// dictionary knows as a whole is read as the dictionaries read the whole
// word, as a place or as a family name: a reading built from its parts
// (飯田橋 as Handabashi, through the family name 飯田 ハンダ and 橋 バシ) is
// KANJIDIC's, never "true".
func readPlaceName(kanji, romaji string) ReadingMatch {
	k, ok := ParseRomaji(strings.ReplaceAll(romaji, "-", ""))
	if !ok {
		return ReadingMatch{}
	}
	return readPlaceAs(strings.Join(kanjiWords(kanji), ""), romajiKey(Kana(k)), formRomaji)
}

// readPlaceAs reads a place's kanji word as target, in form f: as
// [matchWords] reads a name, with the readings of places and family names,
// but a place the IPA dictionary knows as a whole only as the dictionaries
// read the whole word.
func readPlaceAs(word, target string, f form) ReadingMatch {
	m := matchWords([]string{word}, []string{target}, f, classPlace|classFamily, false)
	if m.OK && m.Source > SourceIPA && len(appendIPAReadings(nil, word, classPlace)) > 0 {
		m.Source = SourceKANJIDIC
	}
	return m
}

// kanaPlace compares two places one of which is written in kana and the
// other in kanji (いいだばし, 飯田橋; よこはまし, 横浜市): ok when they are,
// their similarity and whether the kanji read as the kana, as
// [readPlaceName] reads them as romaji (a place the IPA dictionary knows
// read whole); a city unit by unit ([kanaCity]). The score is the best
// Jaro-Winkler of a reading of the kanji with the kana.
func kanaPlace(q, r string, city bool) (s float64, equal, ok bool) {
	qk, rk := IsKana(q), IsKana(r)
	if qk == rk {
		return 0, false, false
	}
	kana, kanji := Kana(q), r
	if rk {
		kana, kanji = Kana(r), q
	}
	if ScriptOf(kanji) != ScriptKanji {
		return 0, false, false
	}
	word := strings.Join(kanjiWords(kanji), "")
	if city {
		// Unit by unit in romaji, a county maybe left out, as a romaji
		// city is read.
		key := romajiKey(kana)
		units := kanjiUnits(word)
		county := slices.ContainsFunc(units, func(u [2]string) bool { return u[1] == "郡" })
		if len(units) <= maxCityUnits && (kanaCity(units, key) || county && kanaCity(dropCounty(units), key)) {
			return 1, true, true
		}
	}
	if m := readPlaceAs(word, kana, formKana); !city && m.True() {
		return 1, true, true
	}
	for _, c := range candidateReadings([]string{word}, []string{kana}, formKana, maxCandidates) {
		s = max(s, score.Similarity(c.text, kana))
	}
	return s, false, true
}

// maxCityUnits bounds the units of a kanji city read against kana (a county,
// a city, a ward: 上川郡東神楽町, 札幌市中央区), and maxRomajiPerKanji the
// romaji letters a kanji of a place's name is read in (一 ichi, 宮 miya;
// 志 kokorozashi, 11).
const (
	maxCityUnits      = 3
	maxRomajiPerKanji = 12
)

// kanaCity reports whether a city in kanji, as its units ([kanjiUnits]),
// reads as key, the romaji key of a city in kana ([romajiKey]): each unit's
// name as [readPlaceAs] reads a place, each suffix as the romaji of
// [romajiUnits] (市 shi, 区 ku, 町 cho or machi), or left out as a romaji
// name may leave it (よこはま for 横浜市).
func kanaCity(units [][2]string, key string) bool {
	if len(units) == 0 {
		return key == ""
	}
	last := units[len(units)-1]
	for romaji, kanji := range romajiUnits {
		if kanji != last[1] || englishUnits[romaji] != "" || romaji == "city" {
			continue
		}
		if rest, found := strings.CutSuffix(key, romaji); found && kanaCityName(units, rest) {
			return true
		}
	}
	return kanaCityName(units, key)
}

// kanaCityName is [kanaCity] once the last unit's suffix is cut off key:
// its name reads as an end of key, and the units before it as the rest.
func kanaCityName(units [][2]string, key string) bool {
	name := units[len(units)-1][0]
	// A name is read in at most maxRomajiPerKanji letters a kanji, so only
	// the ends of key that short are tried: the search stays linear in the
	// units, not in the key's length.
	from := max(0, len(key)-maxRomajiPerKanji*utf8.RuneCountInString(name))
	for i := from; i < len(key); i++ {
		if i == 0 && len(units) > 1 {
			continue
		}
		if m := readPlaceAs(name, key[i:], formRomaji); m.True() && kanaCity(units[:len(units)-1], key[:i]) {
			return true
		}
	}
	return false
}

// placeReadingScore is the similarity of a kanji place and a romaji one: the
// best Jaro-Winkler of a reading of the kanji with the romaji, suffixes read
// as the romaji writes them.
func placeReadingScore(kanji, romaji string) float64 {
	target := romajiPlaceKey(romaji)
	best := 0.0
	for _, c := range candidateReadings([]string{FoldKanji(Kana(kanji))}, []string{target}, formRomaji, maxCandidates) {
		best = max(best, score.Similarity(c.text, target))
	}
	return best
}
