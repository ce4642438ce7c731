package jp

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// isRomajiAddress reports whether an address (after NFKC) is written in
// Latin letters: it has Latin letters and no kana or kanji.
func isRomajiAddress(s string) bool {
	latin := false
	for _, r := range s {
		switch {
		case r < 0x80 && unicode.IsLetter(r):
			latin = true
		case isHan(r) || r >= 0x3040 && r <= 0x30ff:
			return false
		}
	}
	return latin
}

// romajiUnits are the suffixes of a romaji place, and the kanji they stand
// for; with the English words for them, as written after the name (Chiyoda
// City, Nishi Ward: the English the municipalities and map services use).
// City stands for 市 and for the 区 of Tokyo's special wards
// ([unitMatches]).
var romajiUnits = map[string]string{
	"to": "都", "do": "道", "fu": "府", "ken": "県",
	"shi": "市", "ku": "区", "gun": "郡",
	"cho": "町", "machi": "町", "mura": "村", "son": "村",
	"city": "市", "ward": "区", "district": "郡", "county": "郡", "town": "町", "village": "村",
}

// englishUnits are the Japanese suffixes of romajiUnits' English words, but
// city, which stands for two.
var englishUnits = map[string]string{"ward": "ku", "district": "gun", "county": "gun", "town": "cho", "village": "mura"}

// parseRomajiAddress reads an address in romaji, in Japanese order (Tokyo-to
// Chiyoda-ku Iidabashi 3-10-10) or in Western order (3-10-10 Iidabashi,
// Chiyoda-ku, Tokyo 102-0072, Japan): each word is told apart by its suffix
// (-to, -do, -fu, -ken: the prefecture; -shi, -ku, -gun, and -cho, -machi,
// -mura, -son after a county: the city, and the English words for them,
// City, Ward, District, Town, Village; N-chome, 3-chōme-10-10: the chōme;
// N-jo: a 条 of the town), its digits (the numbers and the postcode) or its
// name (a prefecture's); Japan is dropped. The city is put back in Japanese
// order (Nishi-ku, Yokohama-shi as yokohama-shi nishi-ku). The other words
// are the town's, but for a building: after the numbers in Japanese order,
// or a first part ending in a room before the block's in Western order
// (cutLeadingBuilding); Kyoto's street directions are set apart
// (cutRomajiStreetDirections).
func parseRomajiAddress(s string) Address {
	a := Address{Prefecture: -1, Romaji: true}
	s = strings.ToLower(s)
	var other []string
	if building, rest, ok := cutLeadingBuilding(s); ok {
		other, s = strings.Fields(building), rest
	}
	words := strings.FieldsFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || r == ',' || r == '〒'
	})
	type word struct{ name, unit string }
	// The words with a suffix or a name, in order, on the stack: an address
	// has few.
	var placedBuf [8]word
	placed := placedBuf[:0]
	numbersAt := -1 // len(placed) when the first number or chōme came
	prefAt := -1    // len(placed) when the prefecture came
	prefBare := ""  // the prefecture, when written without its suffix (Osaka)
	for i := 0; i < len(words); i++ {
		w := strings.Trim(words[i], ".")
		if w == "" {
			continue
		}
		if numbersAt < 0 && (a.Chome > 0 || len(a.Numbers) > 0) {
			numbersAt = len(placed)
		}
		// The country, in an address written for abroad.
		if w == "japan" {
			continue
		}
		// 大字 and 字 before a town's name, which kanji addresses drop too
		// (Ooaza Niizo, 大字新曽); a block's or lot's mark written as a word
		// of its own (10 banchi).
		if isAzaWord(w) && i+1 < len(words) || isNumberMarkWord(w) && len(a.Numbers) > 0 {
			continue
		}
		// A postcode, maybe in brackets ((102-0073)), or written as two
		// words (102 0073) at the end or before a word that is no number.
		if pw := strings.Trim(w, "()"); pw != "" {
			if pc, n := postcodeAt(pw); n == len(pw) {
				a.Postcode = pc
				continue
			}
			if len(pw) == 3 && readNumbers(pw) != nil && i+1 < len(words) {
				next := strings.Trim(words[i+1], ".()")
				if pc, n := postcodeAt(pw + " " + next); n == len(pw)+1+len(next) &&
					(i+2 == len(words) || readNumbers(strings.Trim(words[i+2], ".()")) == nil) {
					a.Postcode = pc
					i++
					continue
				}
			}
		}
		// 3-chōme-10-10, 3 Chome-10-10: the chōme written into the numbers,
		// as map services write it.
		if n, rest, ok := cutChomeInfix(w); ok {
			if n < 0 {
				if a.Chome > 0 || len(a.Numbers) == 0 {
					other = append(other, w)
					continue
				}
				n, a.Numbers = a.Numbers[len(a.Numbers)-1], a.Numbers[:len(a.Numbers)-1]
			}
			a.Chome = n
			a.Numbers = append(a.Numbers, rest...)
			continue
		}
		// N-chome, N chome, Nchome, chome N; a name run into it
		// (Nishi6-chome).
		if name, n, ok := chomeWord(w); ok {
			if name != "" {
				placed = append(placed, word{name, ""})
			}
			a.Chome = n
			continue
		}
		// A numbered 条 (24-jo, 24 jo, Kita24-jo): a part of the town's name,
		// written N-jo.
		if n, rest, ok := cutJoPrefix(w); ok {
			// 1-jo-dori: the 条 and the name after it (旭川市1条通), read
			// one after the other.
			placed = append(placed, word{joName(n), ""})
			words[i] = rest
			i--
			continue
		}
		if name, n, ok := joWord(w); ok {
			if name != "" {
				placed = append(placed, word{name, ""})
			}
			placed = append(placed, word{joName(n), ""})
			continue
		}
		if (w == "chome" || w == "chōme") && a.Chome == 0 {
			if len(a.Numbers) > 0 {
				a.Chome, a.Numbers = a.Numbers[len(a.Numbers)-1], a.Numbers[:len(a.Numbers)-1]
			} else if i+1 < len(words) {
				if ns := readNumbers(words[i+1]); len(ns) == 1 {
					a.Chome = ns[0]
					i++
				}
			}
			continue
		}
		// Numbers: 3-10-10, 10, No. 5; a number before jo is a 条 (24 jo).
		if ns := readNumbers(w); ns != nil {
			if len(ns) == 1 && i+1 < len(words) && isJo(strings.Trim(words[i+1], ".")) {
				placed = append(placed, word{joName(ns[0]), ""})
				i++
				continue
			}
			if len(ns) == 1 && ns[0] >= 1 && ns[0] <= 99 && i+1 < len(words) {
				// Kita 24 Jonishi: the 条 run into the name after it, as map
				// services write Sapporo's grid.
				if rest, ok := cutJoStart(strings.Trim(words[i+1], ".")); ok {
					placed = append(placed, word{joName(ns[0]), ""})
					words[i+1] = rest
					continue
				}
			}
			a.Numbers = append(a.Numbers, ns...)
			continue
		}
		// Tokyo Metropolis, Kanagawa Prefecture: the English after a
		// prefecture's name.
		if (w == "prefecture" || w == "pref" || w == "metropolis") && a.Prefecture >= 0 {
			continue
		}
		name, unit, hasUnit := cutUnit(w)
		if !hasUnit && i+1 < len(words) {
			// Tokyo to, Chiyoda ku, Chiyoda City: the suffix as a word of
			// its own.
			if _, ok := romajiUnits[strings.Trim(words[i+1], ".")]; ok && isRomajiName(w) {
				name, unit, hasUnit = w, strings.Trim(words[i+1], "."), true
				i++
			}
		}
		if u, ok := englishUnits[unit]; ok {
			unit = u
		}
		switch {
		case hasUnit && (unit == "to" || unit == "do" || unit == "fu" || unit == "ken") && a.Prefecture < 0:
			if p, ok := Prefecture(name + " " + unit); ok {
				a.Prefecture, prefAt = p, len(placed)
				continue
			}
		case !hasUnit && a.Prefecture < 0:
			if p, ok := Prefecture(w); ok {
				a.Prefecture, prefAt, prefBare = p, len(placed), w
				continue
			}
		}
		switch {
		case hasUnit:
			placed = append(placed, word{name, unit})
		case isRomajiName(w):
			placed = append(placed, word{w, ""})
		default:
			other = append(other, w)
		}
	}
	// The city: the words with -shi, -ku or -gun, and a -cho, -machi, -mura
	// or -son next to a -gun or, with no -shi, -ku or -gun, the first one;
	// the other words are the town's. A name without a suffix is the
	// city's after the last -shi, -ku or -gun in Western order (numbers
	// before them, or the prefecture after them: 1-1 Minatomirai, Nishi-ku,
	// Yokohama), and before a first -ku with no -shi in Japanese order
	// (Yokohama Nishi-ku Minatomirai).
	cityLevel, shi, gunAt, firstCity, lastCity := false, false, -1, -1, -1
	for i, w := range placed {
		switch w.unit {
		case "shi", "city", "ku", "gun":
			cityLevel, lastCity = true, i
			shi = shi || w.unit == "shi" || w.unit == "city"
			if firstCity < 0 {
				firstCity = i
			}
			if w.unit == "gun" {
				gunAt = i
			}
		}
	}
	western := numbersAt == 0 || firstCity >= 0 && (numbersAt >= 0 && numbersAt <= firstCity || prefAt > firstCity) ||
		firstCity < 0 && prefAt > 0
	bareCityFirst := !western && !shi && firstCity == 1 && placed[1].unit == "ku"
	// With no -shi, -ku or -gun at all, of two names or more the city is the
	// last in Western order (3-10-10 Iidabashi, Chiyoda, Tokyo) and the first
	// in Japanese order (Tokyo Chiyoda Iidabashi 3-10-10); not among a 条's
	// names (Kita 24-jo Nishi).
	bareCityAt := -1
	if firstCity < 0 {
		var bare []int
		jo := false
		for i, w := range placed {
			switch {
			case w.unit != "":
			case strings.HasSuffix(w.name, "-jo"):
				jo = true
			case western || numbersAt < 0 || i < numbersAt:
				bare = append(bare, i)
			}
		}
		if len(bare) >= 2 && !jo {
			if western {
				bareCityAt = bare[len(bare)-1]
			} else {
				bareCityAt = bare[0]
			}
		}
	}
	var cityBuf, townBuf [4]string
	city, town := cityBuf[:0], townBuf[:0]
	nCity := 0 // how many of city's words are a city or a county: they come first
	townUnitAsCity := false
	for i, w := range placed {
		s := w.name
		if w.unit != "" {
			s += "-" + w.unit
		}
		switch w.unit {
		case "shi", "city", "gun", "":
			if w.unit != "" || western && i > lastCity && firstCity >= 0 || bareCityFirst && i == 0 || i == bareCityAt {
				// In Japanese order, whichever order it was written in:
				// the city or county before its ward or town (Kita-ku,
				// Sapporo-shi as sapporo-shi kita-ku, as 札幌市北区).
				city = append(city, "")
				copy(city[nCity+1:], city[nCity:])
				city[nCity] = s
				nCity++
				continue
			}
		case "ku":
			city = append(city, s)
			continue
		case "cho", "machi", "mura", "son":
			if gunAt >= 0 && (i == gunAt+1 || i == gunAt-1) || !cityLevel && !townUnitAsCity {
				city = append(city, s)
				townUnitAsCity = true
				continue
			}
		}
		if !western && numbersAt >= 0 && i >= numbersAt && w.unit == "" {
			// After the numbers in Japanese order: a building's name
			// (Iidabashi 3-10-10 Iidabashi Haitsu 301).
			other = append(other, s)
			continue
		}
		town = append(town, s)
	}
	if prefBare != "" && nCity == 0 && firstCity >= 0 && designatedNamesake(a.Prefecture) {
		// Osaka Kita-ku, Nakagyo-ku, Kyoto: a prefecture written without its
		// suffix before or after a ward, and no city, is also the
		// designated city of its name (大阪市北区, 京都市中京区).
		city = append([]string{prefBare}, city...)
	}
	a.City = strings.Join(city, " ")
	town, street := cutRomajiStreetDirections(town)
	a.Town = strings.Join(town, " ")
	a.Street = strings.Join(street, " ")
	a.Other = strings.Join(other, " ")
	if a.Chome == 0 && len(a.Numbers) >= 3 {
		a.Chome, a.Numbers, a.nml = a.Numbers[0], a.Numbers[1:], true
	}
	return a
}

// designatedNamesake reports whether prefecture p has a designated city of
// its name, divided into wards (大阪府 大阪市, 京都府 京都市; not 東京都, whose
// wards are no city's).
func designatedNamesake(p int) bool {
	if p < 0 || p >= len(prefectures) {
		return false
	}
	return slices.Contains(designatedCities[:], prefectureStem(prefectures[p].kanji)+"市")
}

// cutLeadingBuilding cuts the building and room that Western order may
// write first, as their own part before the block's (Iidabashi Heights
// 301, 3-10-10 Iidabashi, Chiyoda-ku, …): a first part of names ending in a
// room number, followed by a part that starts with the block's numbers
// (3-10-10, 3-chōme-10-10). It returns the building and room, and the rest.
func cutLeadingBuilding(s string) (building, rest string, ok bool) {
	first, rest, found := strings.Cut(s, ",")
	if !found {
		return "", s, false
	}
	fw, rw := strings.Fields(first), strings.Fields(rest)
	if len(fw) < 2 || len(rw) == 0 {
		return "", s, false
	}
	if ns := readNumbers(fw[len(fw)-1]); len(ns) != 1 {
		return "", s, false
	}
	for _, w := range fw[:len(fw)-1] {
		if _, _, unit := cutUnit(w); unit || readNumbers(w) != nil {
			return "", s, false
		}
	}
	if ns := readNumbers(rw[0]); len(ns) < 2 {
		if _, _, ok := cutChomeInfix(rw[0]); !ok {
			return "", s, false
		}
	}
	return first, rest, true
}

// romajiDirections are Kyoto's street directions in romaji
// ([cutStreetDirections]): north, south, east and west of the crossing.
var romajiDirections = [...]string{"agaru", "sagaru", "higashiiru", "higashi-iru", "nishiiru", "nishi-iru"}

// isRomajiDirection reports whether a word is, or ends with, a street
// direction: sagaru, Matsubara-sagaru.
func isRomajiDirection(w string) bool {
	for _, d := range romajiDirections {
		if w == d || len(w) > len(d) && strings.HasSuffix(w, d) && w[len(w)-len(d)-1] == '-' {
			return true
		}
	}
	return false
}

// mayHoldRomajiDirection reports whether s, in any case, holds agaru or
// iru, as every one of romajiDirections ends: a cheap test before the words
// are split.
func mayHoldRomajiDirection(s string) bool {
	return containsASCIIFold(s, "agaru") || containsASCIIFold(s, "iru")
}

// containsASCIIFold reports whether s holds sub (lower-case ASCII), ASCII
// letters compared in either case.
func containsASCIIFold(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		j := 0
		for j < len(sub) && s[i+j]|0x20 == sub[j] {
			j++
		}
		if j == len(sub) {
			return true
		}
	}
	return false
}

// isRomajiStreet reports whether a word names a street: dori, Kawaramachi-dori.
func isRomajiStreet(w string) bool {
	for _, d := range doriSpellings {
		if strings.HasSuffix(w, d) {
			return true
		}
	}
	return false
}

// doriSpellings are the romaji spellings of 通 (dōri), a street.
var doriSpellings = [...]string{"dori", "dōri", "doori", "douri"}

// cutRomajiStreetDirections splits Kyoto's street directions off the words
// of a romaji town, as cutStreetDirections does in kanji: the words after
// the last direction are the town (Kawaramachi Nijo-sagaru Ichinofunairi-cho),
// or, with none after it, the words before the first street
// (Chuan-cho Yanaginobamba-dori Matsubara-sagaru).
func cutRomajiStreetDirections(town []string) (name, street []string) {
	d := -1
	for i, w := range town {
		if isRomajiDirection(w) {
			d = i
		}
	}
	switch {
	case d <= 0:
		return town, nil
	case d < len(town)-1:
		return town[d+1:], town[:d+1]
	}
	for k, w := range town[:d] {
		if isRomajiStreet(w) {
			if k == 0 {
				break
			}
			return town[:k], town[k:]
		}
	}
	return town, nil
}

// cutUnit splits the administrative suffix off a romaji word: chiyoda-ku
// gives chiyoda and ku.
func cutUnit(w string) (name, unit string, ok bool) {
	i := strings.LastIndexByte(w, '-')
	if i <= 0 {
		return w, "", false
	}
	if _, found := romajiUnits[w[i+1:]]; !found {
		return w, "", false
	}
	return w[:i], w[i+1:], true
}

// chomeWord reads 3-chome, 3chome, 3-chōme, and a name run into them
// (nishi6-chome, nishi-6-chome): the name ("" for none) and the number.
func chomeWord(w string) (name string, n int, ok bool) {
	for _, suf := range chomeSpellings {
		if num, found := strings.CutSuffix(w, suf); found { // nameAndNumber drops the hyphen of 3-chome
			if name, n, ok := nameAndNumber(num); ok {
				return name, n, true
			}
		}
	}
	return "", 0, false
}

// chomeSpellings are the ways romaji writes 丁目 (chōme).
var chomeSpellings = [...]string{"chome", "chōme", "choume"}

// cutChomeInfix reads a chōme written into the numbers: 3-chōme-10-10 gives
// 3 and [10 10]; chome-10-10, after a word 3, gives -1 (the number before)
// and [10 10].
func cutChomeInfix(w string) (n int, rest []int, ok bool) {
	for _, c := range chomeSpellings {
		i := strings.Index(w, c+"-")
		if i < 0 {
			continue
		}
		rest = readNumbers(strings.TrimRight(w[i+len(c)+1:], "-"))
		if rest == nil {
			return 0, nil, false
		}
		if i == 0 {
			return -1, rest, true
		}
		num := strings.TrimSuffix(w[:i], "-")
		if ns := readNumbers(num); len(ns) == 1 {
			return ns[0], rest, true
		}
		return 0, nil, false
	}
	return 0, nil, false
}

// joSpellings are the ways romaji writes 条 (jō).
var joSpellings = [...]string{"jo", "jō", "jou", "joh", "jô"}

// isJo reports whether w is 条 in romaji.
func isJo(w string) bool { return slices.Contains(joSpellings[:], w) }

// joWord reads a numbered 条 in romaji (24-jo, 24jo, 24-jō, 24-jou), and a
// name run into it (kita24-jo, kita-24-jo): the name ("" for none) and the
// number ([numberedJo]).
func joWord(w string) (name string, n int, ok bool) {
	for _, s := range joSpellings {
		if num, found := strings.CutSuffix(w, s); found {
			if name, n, ok := nameAndNumber(strings.TrimSuffix(num, "-")); ok && n >= 1 && n <= 99 {
				return name, n, true
			}
		}
	}
	return "", 0, false
}

// cutJoPrefix cuts a numbered 条 off the start of a word that goes on
// after it (1-jo-dori): the number and the rest.
func cutJoPrefix(w string) (n int, rest string, ok bool) {
	num, tail, found := strings.Cut(w, "-")
	if !found || num == "" || len(num) > 2 || strings.Trim(num, "0123456789") != "" {
		return 0, "", false
	}
	if n, _ = strconv.Atoi(num); n < 1 {
		return 0, "", false
	}
	for _, sp := range joSpellings {
		if rest, found := strings.CutPrefix(tail, sp+"-"); found && rest != "" {
			return n, rest, true
		}
	}
	return 0, "", false
}

// cutJoStart cuts 条 off the start of a word that runs it into the
// direction or street after it (jonishi, jōhigashi, jodori): the rest. Only
// those, so that Joyo (城陽) stays a name.
func cutJoStart(w string) (string, bool) {
	for _, sp := range joSpellings {
		if rest, found := strings.CutPrefix(w, sp); found {
			if rest == "nishi" || rest == "higashi" || rest == "minami" || rest == "kita" || slices.Contains(doriSpellings[:], rest) {
				return rest, true
			}
		}
	}
	return "", false
}

// mayHoldJo reports whether a romaji place, in lower case, may hold a
// numbered 条 ([joSpellings]): a cheap test before it is read again.
func mayHoldJo(s string) bool {
	return strings.Contains(s, "jo") || strings.Contains(s, "jō") || strings.Contains(s, "jô")
}

// joName is how a town in romaji holds the numbered 条 n: 24-jo.
func joName(n int) string { return strconv.Itoa(n) + "-jo" }

// joNumber reads a word that joName wrote: 24-jo is 24.
func joNumber(w string) (int, bool) {
	num, ok := strings.CutSuffix(w, "-jo")
	if !ok {
		return 0, false
	}
	n, err := strconv.Atoi(num)
	return n, err == nil && n >= 1 && num == strconv.Itoa(n)
}

// nameAndNumber reads a number, with or without a romaji name before it
// (6, nishi6, nishi-6), trailing hyphens dropped: the name and the number.
func nameAndNumber(s string) (name string, n int, ok bool) {
	s = strings.TrimSuffix(s, "-")
	i := len(s)
	for i > 0 && isDigit(s[i-1]) {
		i--
	}
	if i == len(s) || len(s)-i > 9 {
		return "", 0, false
	}
	n, _ = strconv.Atoi(s[i:])
	if i == 0 {
		return "", n, true
	}
	name = strings.TrimSuffix(s[:i], "-")
	if !isRomajiName(name) {
		return "", 0, false
	}
	return name, n, true
}

// readNumbers reads 3-10-10, 10, #10, no.10 as numbers; nil for a word that
// is not one.
func readNumbers(w string) []int {
	w = strings.TrimPrefix(strings.TrimPrefix(w, "no."), "#")
	if w == "" {
		return nil
	}
	var out []int
	for part := range strings.SplitSeq(w, "-") {
		if len(out) > 0 && isNumberMarkWord(part) {
			continue // 10-ban, 10-go: 10番, 10号
		}
		n, i := 0, 0
		for ; i < len(part) && isDigit(part[i]); i++ {
			n = n*10 + int(part[i]-'0')
		}
		if i == 0 || i > 9 || i < len(part) && !isNumberMarkWord(part[i:]) {
			return nil
		}
		out = append(out, n)
	}
	return out
}

// isAzaWord reports whether w is the romaji of 大字 or 字, the marks of a
// town's section: oaza, ooaza, ōaza, ohaza, aza.
func isAzaWord(w string) bool {
	switch w {
	case "oaza", "ooaza", "ōaza", "ohaza", "aza":
		return true
	}
	return false
}

// isNumberMarkWord reports whether w is the romaji of a mark after a block
// or lot number: ban (番), banchi (番地), go (号).
func isNumberMarkWord(w string) bool {
	switch w {
	case "ban", "banchi", "go", "gō", "goh":
		return true
	}
	return false
}

// isRomajiName reports whether w reads as romaji.
func isRomajiName(w string) bool {
	_, ok := ParseRomaji(w)
	return ok
}
