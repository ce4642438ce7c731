package jp

import (
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

// cityUnits are the suffixes of a romaji city, and the kanji they stand for.
var romajiUnits = map[string]string{
	"to": "都", "do": "道", "fu": "府", "ken": "県",
	"shi": "市", "ku": "区", "gun": "郡",
	"cho": "町", "machi": "町", "mura": "村", "son": "村",
}

// parseRomajiAddress reads an address in romaji, in Japanese order (Tokyo-to
// Chiyoda-ku Iidabashi 3-10-10) or in Western order (3-10-10 Iidabashi,
// Chiyoda-ku, Tokyo 102-0072): each word is told apart by its suffix
// (-to, -do, -fu, -ken: the prefecture; -shi, -ku, -gun, and -cho, -machi,
// -mura, -son after a county: the city; N-chome: the chōme), its digits (the
// numbers and the postcode) or its name (a prefecture's); the other words
// are the town's.
func parseRomajiAddress(s string) Address {
	a := Address{Prefecture: -1, Romaji: true}
	s = strings.ToLower(s)
	words := strings.FieldsFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || r == ',' || r == '〒'
	})
	type word struct{ name, unit string }
	var placed []word // the words with a suffix or a name, in order
	var other []string
	for i := 0; i < len(words); i++ {
		w := strings.Trim(words[i], ".")
		if w == "" {
			continue
		}
		// A postcode.
		if pc, n := postcodeAt(w); n == len(w) {
			a.Postcode = pc
			continue
		}
		// N-chome, N chome, Nchome, chome N.
		if n, ok := chomeWord(w); ok {
			a.Chome = n
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
		// Numbers: 3-10-10, 10, No. 5.
		if ns := readNumbers(w); ns != nil {
			a.Numbers = append(a.Numbers, ns...)
			continue
		}
		name, unit, hasUnit := cutUnit(w)
		if !hasUnit && i+1 < len(words) {
			// Tokyo to, Chiyoda ku: the suffix as a word of its own.
			if _, ok := romajiUnits[words[i+1]]; ok && isRomajiName(w) {
				name, unit, hasUnit = w, words[i+1], true
				i++
			}
		}
		switch {
		case hasUnit && (unit == "to" || unit == "do" || unit == "fu" || unit == "ken") && a.Prefecture < 0:
			if p, ok := Prefecture(name + " " + unit); ok {
				a.Prefecture = p
				continue
			}
		case !hasUnit && a.Prefecture < 0:
			if p, ok := Prefecture(w); ok {
				a.Prefecture = p
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
	// the other words are the town's.
	cityLevel, gunAt := false, -1
	for i, w := range placed {
		switch w.unit {
		case "shi", "ku":
			cityLevel = true
		case "gun":
			cityLevel, gunAt = true, i
		}
	}
	var city, town []string
	townUnitAsCity := false
	for i, w := range placed {
		s := w.name
		if w.unit != "" {
			s += "-" + w.unit
		}
		switch w.unit {
		case "shi", "ku", "gun":
			city = append(city, s)
			continue
		case "cho", "machi", "mura", "son":
			if gunAt >= 0 && (i == gunAt+1 || i == gunAt-1) || !cityLevel && !townUnitAsCity {
				city = append(city, s)
				townUnitAsCity = true
				continue
			}
		}
		town = append(town, s)
	}
	a.City = strings.Join(city, " ")
	a.Town = strings.Join(town, " ")
	a.Other = strings.Join(other, " ")
	if a.Chome == 0 && len(a.Numbers) >= 3 {
		a.Chome, a.Numbers = a.Numbers[0], a.Numbers[1:]
	}
	return a
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

// chomeWord reads 3-chome, 3chome, 3-chōme.
func chomeWord(w string) (int, bool) {
	for _, suf := range []string{"-chome", "chome", "-chōme", "chōme", "-choume", "choume"} {
		if num, ok := strings.CutSuffix(w, suf); ok {
			if ns := readNumbers(num); len(ns) == 1 {
				return ns[0], true
			}
		}
	}
	return 0, false
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
		if part == "" || len(part) > 9 {
			return nil
		}
		n := 0
		for i := 0; i < len(part); i++ {
			if !isDigit(part[i]) {
				return nil
			}
			n = n*10 + int(part[i]-'0')
		}
		out = append(out, n)
	}
	return out
}

// isRomajiName reports whether w reads as romaji.
func isRomajiName(w string) bool {
	_, ok := ParseRomaji(w)
	return ok
}
