package nl

import (
	"github.com/kycmatch/kycmatch/normalize"
	"strings"

	"github.com/kycmatch/kycmatch/locale"
)

// extensionWords are the folded words that follow a Dutch house number as
// its toevoeging or the dwelling: huis (hs), bis, and floors written as
// Roman numerals or words (BAG: a huisletter and a toevoeging of up to four
// characters).
var extensionWords = map[string]bool{
	"hs": true, "huis": true, "bis": true, "i": true, "ii": true, "iii": true, "iv": true,
	"bg": true, "beg": true, "boven": true, "beneden": true, "zw": true, "rd": true, "bv": true,
}

// addressFormat is how Dutch addresses are written: street first, the type
// a suffix of the street's name, postcode 1234 AB.
var addressFormat = locale.AddressFormat{
	Postcode:     postcode,
	StreetType:   streetType,
	Extension:    func(w string) bool { return extensionWords[w] },
	SameLocality: SamePlace,
}

// postcode reads a Dutch postcode at ws[i]: four digits, the first not 0,
// and two letters, as one word or two ("1234ab", "1234 ab"), the letters
// not SA, SD or SS (which PostNL does not use).
func postcode(ws []string, i int) (string, int) {
	w, n := ws[i], 1
	if len(w) == 4 && i+1 < len(ws) && len(ws[i+1]) == 2 {
		w, n = w+ws[i+1], 2
	}
	if len(w) != 6 || w[0] < '1' || w[0] > '9' || !allDigits(w[1:4]) || !isLetter(w[4]) || !isLetter(w[5]) {
		return "", 0
	}
	switch w[4:] {
	case "sa", "sd", "ss":
		return "", 0
	}
	return w, n
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' }

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// streetType splits the type from a Dutch street's folded words: the last
// word when it is a type of its own ("kerk straat"), or the suffix that ends
// it, written out or abbreviated ("kerkstraat", "kerkstr": "straat",
// "kerk"), longest first, leaving at least three letters.
func streetType(ws []string) (string, []string) {
	if len(ws) == 0 {
		return "", ws
	}
	t := getTables()
	last := ws[len(ws)-1]
	if typ, ok := t.streetTypes[last]; ok && len(ws) > 1 {
		return typ, ws[:len(ws)-1]
	}
	best, typ := 0, ""
	for suf, full := range t.suffixes {
		if len(suf) > best && len(last) >= len(suf)+3 && strings.HasSuffix(last, suf) {
			best, typ = len(suf), full
		}
	}
	if best == 0 {
		return "", ws
	}
	name := append(append([]string(nil), ws[:len(ws)-1]...), last[:len(last)-best])
	return typ, name
}

// canonStreet writes a folded address with its street's type suffix in
// full ("kerkstr 12" gives "kerkstraat 12"), for the score.
func canonStreet(text string) string {
	p := locale.ParseAddress(text, &addressFormat)
	if p.Type == "" || p.Street == "" {
		return text
	}
	parts := []string{compact(p.Street) + p.Type}
	if p.Number != "" {
		parts = append(parts, p.Number)
	}
	if p.Ext != "" {
		parts = append(parts, p.Ext)
	}
	if p.Postcode != "" {
		parts = append(parts, p.Postcode)
	}
	if p.Locality != "" {
		parts = append(parts, p.Locality)
	}
	return strings.Join(parts, " ")
}

// AddressComparer compares Dutch street addresses and street names
// (address, streetName). Its keys are [locale.AddressComparer]'s; besides,
// two values are the same when, read as their parts ([locale.ParseAddress]),
// they agree ([locale.SameAddress]): the street's type suffix written out
// or abbreviated ("Kerkstr." is "Kerkstraat", libpostal's Dutch suffixes),
// the house number with its extension written "12a", "12 a" or "12-A", and
// the postcode (1234 AB) and locality counting only where both sides have
// them (ADDRESS_PARTS). The type is part of a Dutch street's name: a street
// without it is another street. The score is [score.Address] on the
// addresses with their type suffixes written out.
type AddressComparer struct{}

// Canon implements [locale.Comparer].
func (AddressComparer) Canon(s string, f *normalize.Folder) locale.Value {
	return locale.AddressComparer{}.Canon(s, f)
}

// Equal implements [locale.Equaler].
func (AddressComparer) Equal(req, rec *locale.Value) (locale.Reason, bool) {
	if why, ok := locale.Equal(req, rec); ok {
		return why, true
	}
	a := locale.ParseAddress(req.Text, &addressFormat)
	b := locale.ParseAddress(rec.Text, &addressFormat)
	why, ok := locale.SameAddress(&a, &b, &addressFormat)
	if ok && compact(streetPart(req.Text)) != compact(streetPart(rec.Text)) {
		// The parts agree and the streets are written otherwise: the
		// type suffix was abbreviated on one side.
		why |= locale.StreetType
	}
	return why, ok
}

// streetPart returns the words of a folded address before its first word
// with a digit.
func streetPart(text string) string {
	if i := strings.IndexAny(text, "0123456789"); i >= 0 {
		return text[:i]
	}
	return text
}

// Score implements [locale.Comparer] with [score.Address], on the addresses
// with their type suffixes written out.
func (AddressComparer) Score(req, rec *locale.Value) (float64, locale.Reason) {
	q, r := *req, *rec
	q.Text, r.Text = canonStreet(req.Text), canonStreet(rec.Text)
	return locale.AddressComparer{Rules: &getTables().addressRules}.Score(&q, &r)
}
