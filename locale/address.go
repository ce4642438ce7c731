package locale

import (
	"strings"

	"github.com/kycmatch/kycmatch/attr"
)

// AddressFormat is how a country writes a street address, for
// [ParseAddress]. Its functions are given folded words ([normalize.Text],
// then [normalize.Latin]); each may be nil.
type AddressFormat struct {
	// Postcode reports whether ws[i:] starts with a postcode: its canonical
	// form and the number of words it takes ("1234 ab" is two words), or
	// n 0.
	Postcode func(ws []string, i int) (code string, n int)
	// StreetType splits a street's words into its type, in canonical form
	// ("calle" for "c", "straat" for "str"), and its name; typ is "" when
	// the street names no type.
	StreetType func(ws []string) (typ string, name []string)
	// Extension reports a word that belongs to the house number's extension
	// or to the dwelling (floor, door: "bis", "izq", "hs"), rather than to
	// the locality, when it follows the number.
	Extension func(w string) bool
	// SameLocality reports two names of one place ("a coruna", "la
	// coruna"); nil knows none.
	SameLocality func(a, b string) bool
	// TypeOptional lets a street type written on one side only count as
	// the same street ("Mayor" and "Calle Mayor"), where the type is a word
	// of its own that forms drop; in Dutch it is part of the name.
	TypeOptional bool
}

// ParsedAddress is a street address read as its parts, each folded.
type ParsedAddress struct {
	// Type is the street type in canonical form, "" when none is written.
	Type string
	// Street is the street's name without its type, words joined by single
	// spaces.
	Street string
	// Number is the house number: its digits (with '-' between groups),
	// "sn" for a house without one ("s/n"), "" when none is written.
	Number string
	// Ext is the extension and dwelling (letters after the number, "bis",
	// floor and door), words separated by single spaces; "" when none.
	Ext string
	// Postcode and Locality are "" when not written.
	Postcode, Locality string
}

// ParseAddress reads a folded address (words separated by single spaces) as
// its parts, with the street first or the house number first: "calle mayor
// 12 3 izq 28013 madrid", "12 calle mayor", "kerkstraat 12a 1234 ab
// amsterdam". The postcode is found by f.Postcode anywhere after the street;
// the words after it are the locality. Of the words between the house number
// and the postcode, those f.Extension accepts, and every word with a digit,
// are the extension; the first other word starts the locality.
func ParseAddress(text string, f *AddressFormat) ParsedAddress {
	var buf [32]string
	ws := fields(text, buf[:0])
	var p ParsedAddress
	if len(ws) == 0 {
		return p
	}
	// The postcode, and the locality after it.
	end := len(ws)
	if f.Postcode != nil {
		for i := 1; i < len(ws); i++ {
			if code, n := f.Postcode(ws, i); n > 0 {
				p.Postcode = code
				p.Locality = strings.Join(ws[i+n:], " ")
				end = i
				break
			}
		}
	}
	ws = ws[:end]
	// The house number: the first word that starts with a digit, or "s n".
	num := -1
	for i, w := range ws {
		if w != "" && w[0] >= '0' && w[0] <= '9' {
			num = i
			break
		}
		if w == "s" && i+1 < len(ws) && ws[i+1] == "n" || w == "sn" {
			num = i
			break
		}
	}
	var street, rest []string
	switch {
	case num < 0:
		street = ws
	case num == 0:
		// Number first: "12 calle mayor", "12a kerkstraat".
		p.Number, p.Ext = splitNumber(ws[0])
		street = ws[1:]
	default:
		street = ws[:num]
		if ws[num] == "s" {
			p.Number, rest = "sn", ws[num+2:]
		} else {
			p.Number, p.Ext = splitNumber(ws[num])
			rest = ws[num+1:]
		}
	}
	// The extension, then the locality when no postcode announced it.
	ext := []string{}
	if p.Ext != "" {
		ext = append(ext, p.Ext)
	}
	k := 0
	for ; k < len(rest); k++ {
		w := rest[k]
		if !strings.ContainsAny(w, "0123456789") && len(w) > 1 && (f.Extension == nil || !f.Extension(w)) {
			break
		}
		ext = append(ext, w)
	}
	p.Ext = strings.Join(ext, " ")
	if k < len(rest) && p.Locality == "" {
		p.Locality = strings.Join(rest[k:], " ")
	}
	if f.StreetType != nil {
		typ, name := f.StreetType(street)
		p.Type, p.Street = typ, strings.Join(name, " ")
	} else {
		p.Street = strings.Join(street, " ")
	}
	return p
}

// splitNumber splits a word that starts with a digit into the number (its
// leading digits and '-') and the letters that follow ("12a": "12", "a").
func splitNumber(w string) (num, ext string) {
	i := 0
	for i < len(w) && (w[i] >= '0' && w[i] <= '9' || w[i] == '-') {
		i++
	}
	return strings.TrimRight(w[:i], "-"), w[i:]
}

// SameAddress reports whether two parsed addresses are the same address, and
// why: the same street name (spaces aside) with the same type, or, where
// f.TypeOptional, a type on one side only ([StreetType]); the same house
// number and extension (spaces aside: "12 a" is "12a"); and the same
// postcode and locality where both sides have one (f.SameLocality tells two
// names of one place from two places, [Alias]). A house number on one side
// only is a difference: another house, or none.
func SameAddress(a, b *ParsedAddress, f *AddressFormat) (Reason, bool) {
	if a.Street == "" || b.Street == "" || a.Number != b.Number ||
		strings.ReplaceAll(a.Ext, " ", "") != strings.ReplaceAll(b.Ext, " ", "") {
		return 0, false
	}
	if a.Street != b.Street && strings.ReplaceAll(a.Street, " ", "") != strings.ReplaceAll(b.Street, " ", "") {
		return 0, false
	}
	why := AddressParts
	if a.Type != b.Type {
		if a.Type != "" && b.Type != "" || !f.TypeOptional {
			return 0, false
		}
		why |= StreetType
	}
	if a.Postcode != "" && b.Postcode != "" && a.Postcode != b.Postcode {
		return 0, false
	}
	if a.Locality != "" && b.Locality != "" && a.Locality != b.Locality {
		if f.SameLocality == nil || !f.SameLocality(a.Locality, b.Locality) {
			return 0, false
		}
		why |= Alias
	}
	return why, true
}

// PlacedAddresses composes a record's address from its parts, as the Spanish
// and Dutch profiles do: the street and house number with the extension
// apart, and without it; with joined, also with the number and extension
// run together ("Kerkstraat 12a"); each followed by the postcode and
// locality when the record holds them, so that a request that gives another
// postcode is never matched through a value without one ([SameAddress]
// counts them only where both sides have them). It needs a street name.
func PlacedAddresses(rec *attr.Values, dst []string, joined bool) []string {
	street := rec[attr.StreetName]
	if street == "" {
		return dst
	}
	start := len(dst)
	number, ext := rec[attr.StreetNumber], rec[attr.HouseNumberExtension]
	pc, loc := rec[attr.PostalCode], rec[attr.Locality]
	dst = AppendNew(dst, start, Compose(street, number, ext, pc, loc))
	if ext != "" {
		dst = AppendNew(dst, start, Compose(street, number, pc, loc))
		if joined && number != "" {
			dst = AppendNew(dst, start, Compose(street, number+ext, pc, loc))
		}
	}
	return dst
}
