package score

import (
	_ "embed"
	"strings"
	"sync"
	"unsafe"
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
// Addresses of more than 32 words are compared as one string, their words
// joined with spaces. rules may be nil. Address allocates nothing for
// addresses of up to 32 words, unless the house numbers written apart from
// their letter ("12 a") take more than 64 bytes in all.
func Address(q, r []string, rules *AddressRules) Alignment {
	if rules == nil {
		rules = &AddressRules{}
	}
	if len(q) == 0 || len(r) == 0 {
		return Alignment{}
	}
	if len(q) > maxTokens || len(r) > maxTokens {
		al := Alignment{S: similarityJoined(q, r)}
		return capNumbers(al, q, r)
	}
	if len(q) <= smallWords && len(r) <= smallWords {
		var qb, rb [smallWords]nameWord
		var qa, ra [smallWords]int8
		return address(q, r, rules, qb[:], rb[:], qa[:], ra[:])
	}
	return addressLarge(q, r, rules)
}

// addressLarge is address with tables for maxTokens words a side, in a
// frame of its own.
//
//go:noinline
func addressLarge(q, r []string, rules *AddressRules) Alignment {
	var qb, rb [maxTokens]nameWord
	var qa, ra [maxTokens]int8
	return address(q, r, rules, qb[:], rb[:], qa[:], ra[:])
}

// address is Address with tables for the street words (qb, rb) and the
// places of the numbers (qa, ra), as long as q and r.
func address(q, r []string, rules *AddressRules, qb, rb []nameWord, qa, ra []int8) Alignment {
	qw, nq := streetWords(q, rules, qb, qa)
	rw, nr := streetWords(r, rules, rb, ra)
	p := &defaultParams
	var al Alignment
	switch {
	case len(qw) == 0 && len(rw) == 0:
		// Numbers only ("12" against "12a"): no street to weigh.
		al.S = 1
	case len(qw) == 0 || len(rw) == 0:
		al.S = 0
	case len(qw) == 1 && len(rw) == 1:
		al.S = p.singleSim(&NameRules{}, &qw[0], &rw[0])
	default:
		al = p.align(&NameRules{}, qw, rw, false)
	}
	switch {
	case nq > 0 && nr > 0:
		n := numbers2(q, r, qa[:nq], ra[:nr])
		if n < 1 {
			al.NumberMismatch = n < sameNumber
			al.S *= numberFloor + (1-numberFloor)*n
		} else {
			al.S = max(al.S, numberOnly)
		}
	case nq > 0 || nr > 0:
		al.S *= missingNumber
	}
	return al
}

// maxNumberBytes is the room on the stack for the house numbers of two
// addresses that are written anew (a number and the letter after it).
const maxNumberBytes = 64

// streetWords splits an address's words (at most len(dst)) into the
// street's, written into dst (street types marked as particles), and the
// numbers', whose places it writes into at, returning their count: at[k] is
// 2i for the word i, 2i+1 for the word i and the single letter after it,
// its extension ("12 a" is "12a").
func streetWords(ws []string, rules *AddressRules, dst []nameWord, at []int8) ([]nameWord, int) {
	nw, nn := 0, 0
	for i, w := range ws {
		if hasDigit(w) {
			at[nn] = int8(2 * i)
			nn++
			continue
		}
		if i > 0 && hasDigit(ws[i-1]) && runeLen(w) == 1 {
			at[nn-1]++
			continue
		}
		r := roleMiddle
		if rules.StreetType != nil && rules.StreetType(w) {
			r = roleParticle
		}
		dst[nw] = newWord(w, r)
		nw++
	}
	return dst[:nw], nn
}

// numberWord returns the number that streetWords placed at in ws: the word
// itself, or the word and its extension run together, written into free
// while it has room (the string shares its memory), else on the heap. It
// returns what is left of free.
func numberWord(ws []string, at int8, free []byte) (string, []byte) {
	w := ws[at/2]
	if at%2 == 0 {
		return w, free
	}
	ext := ws[at/2+1]
	n := len(w) + len(ext)
	if n > len(free) {
		return w + ext, free
	}
	copy(free[copy(free, w):], ext)
	return unsafe.String(&free[0], n), free[n:]
}

// numbers2 returns the similarity of the numbers of two addresses, which
// streetWords placed at qa in q and ra in r: [Number] of the two when each
// has one, and otherwise the mean of the best pairing's similarities over
// the longer list (a number left over counts 0). The numbers are written
// here, so that those run together with their letter stay on the stack.
func numbers2(q, r []string, qa, ra []int8) float64 {
	var arena [maxNumberBytes]byte
	if len(qa) == 1 && len(ra) == 1 {
		a, free := numberWord(q, qa[0], arena[:])
		b, _ := numberWord(r, ra[0], free)
		return Number(a, b)
	}
	var qn, rn [maxTokens]string
	free := arena[:]
	for k, at := range qa {
		qn[k], free = numberWord(q, at, free)
	}
	for k, at := range ra {
		rn[k], free = numberWord(r, at, free)
	}
	al := Tokens(qn[:len(qa)], rn[:len(ra)])
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
