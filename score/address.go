package score

import (
	_ "embed"
	"strings"
	"sync"
)

// AddressRules are the facts of a language that the address scorer uses.
// The zero value knows none. The function is given folded words.
type AddressRules struct {
	// StreetType reports a word that names a kind of street ("street",
	// "crescent", "calle", "laan"), weighed below the street's name.
	StreetType func(w string) bool
}

// The constants of the address scorer.
const (
	// numberFloor is the factor a different house number leaves of the
	// street's score: the street may be the right one, the house is not.
	// The number's own similarity ([Number]: 0.85 for another letter, up
	// to 0.6 for close digits) lifts the factor from there to 1.
	numberFloor = 0.5
	// missingNumber is the factor applied when only one side has a house
	// number: the street may be the same, the house is unknown.
	missingNumber = 0.9
	// numberOnly is the least S of two addresses with the same house number
	// and streets that do not match (or a street on one side only): the
	// number is some evidence, far from enough.
	numberOnly = 0.3
)

// Address compares a street address as the customer typed it (q) with the
// one the operator holds (r), both split into folded words, and returns their
// similarity in [0, 1]. The words that hold digits are the house number (and
// its extension); the others name the street, wherever they stand, so that
// "8 stanley street" and "stanley street 8" compare alike.
//
//   - The street's words are paired as a name's are ([Word] for each pair,
//     adjacent words joined where that meets a word of the other side), a
//     street-type word weighing 0.3 and every other word 1 (two streets of
//     the same name and another type are close, two streets of another name
//     and the same type far), and an unpaired
//     word counting as a miss (0.8 of its weight when the customer typed it,
//     0.2 when only the record holds it; 1.5 each when both sides leave words
//     unpaired). S is multiplied by 0.95 when the words cross.
//   - When both sides have a house number, S is scaled by 0.5 + 0.5*n, where
//     n is the numbers' similarity ([Number]): the same number keeps S, the
//     same digits with another letter ("12a", "12b") scale it by 0.925, and
//     another number by 0.5 to 0.8. A different house is a different place,
//     but the street still counts, so the score ranks a true street with a
//     mistyped number above another street (no clamp to a fixed value).
//   - When only one side has a house number, S is scaled by 0.9.
//   - The same house number on streets that do not match (or with no street
//     on one side) gives S 0.3 at least: some evidence, far from enough.
//
// rules may be nil.
func Address(q, r []string, rules *AddressRules) Alignment {
	if rules == nil {
		rules = &AddressRules{}
	}
	if len(q) == 0 || len(r) == 0 {
		return Alignment{}
	}
	if len(q) > maxTokens || len(r) > maxTokens {
		al := Alignment{S: Similarity(strings.Join(q, " "), strings.Join(r, " "))}
		return capNumbers(al, q, r)
	}
	var qb, rb [maxTokens]nameWord
	var qn, rn [8]string
	qw, qnum := streetWords(q, rules, qb[:0], qn[:0])
	rw, rnum := streetWords(r, rules, rb[:0], rn[:0])
	p := &defaultParams
	var al Alignment
	switch {
	case len(qw) == 0 && len(rw) == 0:
		// Numbers only ("12" against "12a"): no street to weigh.
		al.S = 1
	case len(qw) == 0 || len(rw) == 0:
		al.S = 0
	case len(qw) == 1 && len(rw) == 1:
		al.S = wordSim(p, &NameRules{}, &qw[0], &rw[0], true)
	default:
		al = p.alignStreet(qw, rw)
	}
	switch {
	case len(qnum) > 0 && len(rnum) > 0:
		n := numbers2(qnum, rnum)
		if n < 1 {
			al.NumberMismatch = n < sameNumber
			al.S *= numberFloor + (1-numberFloor)*n
		} else {
			al.S = max(al.S, numberOnly)
		}
	case len(qnum) > 0 || len(rnum) > 0:
		al.S *= missingNumber
	}
	return al
}

// alignStreet pairs the words of two street names.
func (p *params) alignStreet(qw, rw []nameWord) Alignment {
	return p.align(&NameRules{}, qw, rw, false)
}

// streetWords splits an address's words into the street's (street types
// marked as particles) and the numbers' (a single letter after a number
// joined to it).
func streetWords(ws []string, rules *AddressRules, dst []nameWord, nums []string) ([]nameWord, []string) {
	for i, w := range ws {
		if hasDigit(w) {
			nums = append(nums, w)
			continue
		}
		if i > 0 && hasDigit(ws[i-1]) && runeLen(w) == 1 {
			// A letter after a number is its extension: "12 a" is "12a".
			nums[len(nums)-1] += w
			continue
		}
		nw := nameWord{w: w, role: roleMiddle}
		if rules.StreetType != nil && rules.StreetType(w) {
			nw.role = roleParticle
		}
		dst = append(dst, nw)
	}
	return dst, nums
}

// numbers2 returns the similarity of two lists of number words: [Number] of
// the two when each has one, and otherwise the mean of the best pairing's
// similarities over the longer list (a number left over counts 0).
func numbers2(q, r []string) float64 {
	if len(q) == 1 && len(r) == 1 {
		return Number(q[0], r[0])
	}
	al := Tokens(q, r)
	if al.NumberMismatch {
		return min(al.S, numberCap)
	}
	return al.S
}

// streetTypesEN is libpostal's English street types
// (resources/dictionaries/en/street_types.txt, openvenues/libpostal @
// 4c030d8f, MIT, data/LICENSE.libpostal): one kind of street a line, its
// name and abbreviations separated by '|'.
//
//go:embed data/street_types_en.txt
var streetTypesEN string

// GenericAddressRules returns the rules of the generic profile: the English
// street types of libpostal (names and abbreviations of two letters or more,
// single words only).
func GenericAddressRules() AddressRules { return genericAddressRules() }

var genericAddressRules = sync.OnceValue(func() AddressRules {
	return AddressRules{StreetType: wordSet(StreetTypeWords(streetTypesEN))}
})

// StreetTypeWords returns the single-word forms of two letters or more of a
// libpostal dictionary ("street|st|str" gives street, st and str).
func StreetTypeWords(dict string) []string {
	var out []string
	for line := range strings.Lines(dict) {
		for _, f := range strings.Split(strings.TrimSpace(line), "|") {
			if len(f) >= 2 && !strings.ContainsAny(f, " .#-") {
				out = append(out, f)
			}
		}
	}
	return out
}
