package es

import (
	"github.com/kycmatch/kycmatch/normalize"
	"strings"

	"github.com/kycmatch/kycmatch/locale"
)

// dwelling maps the folded words of a Spanish floor and door, and of a house
// number's extension, to one form ("3º izq" and "3 izquierda" are the same
// dwelling): libpostal's Spanish unit and level words (unit_directions.txt,
// level_types_*.txt, unit_types_*.txt) that addresses abbreviate.
var dwelling = map[string]string{
	"izq": "izquierda", "izda": "izquierda", "izqda": "izquierda", "izquierda": "izquierda",
	"dcha": "derecha", "dch": "derecha", "dcho": "derecha", "dra": "derecha", "derecha": "derecha",
	"ctro": "centro", "cto": "centro", "centro": "centro",
	"pta": "puerta", "pt": "puerta", "puerta": "puerta",
	"pl": "planta", "plta": "planta", "planta": "planta", "piso": "piso", "p": "piso",
	"bj": "bajo", "bajo": "bajo", "bajos": "bajo",
	"atico": "atico", "at": "atico", "entlo": "entresuelo", "entresuelo": "entresuelo", "ent": "entresuelo",
	"esc": "escalera", "escalera": "escalera", "portal": "portal", "ptal": "portal",
	"bis": "bis", "duplicado": "bis", "dup": "bis",
}

// addressFormat is how Spanish addresses are written.
var addressFormat = locale.AddressFormat{
	Postcode: func(ws []string, i int) (string, int) {
		if w := ws[i]; len(w) == 5 && allDigits(w) && w >= "01000" && w < "53000" {
			return w, 1
		}
		return "", 0
	},
	StreetType: streetType,
	Extension: func(w string) bool {
		_, ok := dwelling[w]
		return ok
	},
	SameLocality: SamePlace,
	TypeOptional: true,
}

// streetType splits the street type from the start of a Spanish street's
// folded words ("c mayor": "calle", "mayor"), longest form first, and drops
// the "de" or "del" that may follow it ("Calle de Alcalá" is "Calle
// Alcalá").
func streetType(ws []string) (string, []string) {
	t := getTables()
	for n := min(t.maxTypeWords, len(ws)-1); n > 0; n-- {
		if typ, ok := t.streetTypes[strings.Join(ws[:n], " ")]; ok {
			name := ws[n:]
			if len(name) > 1 && (name[0] == "de" || name[0] == "del") {
				name = name[1:]
			}
			return typ, name
		}
	}
	return "", ws
}

// AddressComparer compares Spanish street addresses and street names
// (address, streetName). Its keys are [locale.AddressComparer]'s; besides,
// two values are the same when, read as their parts ([locale.ParseAddress]:
// street type, street, number, extension, postcode, locality, in either
// order), they agree ([locale.SameAddress]): the street type written out or
// abbreviated ("C/", "Avda.", "Pza.", "Pº", "Ctra.", from libpostal's Spanish
// street types), or on one side only (STREET_TYPE); "s/n" for a house
// without a number; floor and door written either way ("3º izq", "3
// izquierda"); and the postcode and locality (with their official and
// common names) counting only where both sides have them (ADDRESS_PARTS).
// The score is [score.Address] with the Spanish street types.
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
	a, b := parse(req.Text), parse(rec.Text)
	return locale.SameAddress(&a, &b, &addressFormat)
}

// Score implements [locale.Comparer] with [score.Address] and the Spanish
// street types.
func (AddressComparer) Score(req, rec *locale.Value) (float64, locale.Reason) {
	return locale.AddressComparer{Rules: &getTables().addressRules}.Score(req, rec)
}

// parse reads a folded Spanish address as its parts, the extension in one
// form.
func parse(text string) locale.ParsedAddress {
	p := locale.ParseAddress(text, &addressFormat)
	p.Ext = extension(p.Ext)
	return p
}

// extension brings an extension to one form, word by word: the ordinal
// mark after digits dropped ("3o" of "3º", "1a" of "1ª"), the dwelling words
// written out ("izq" izquierda).
func extension(ext string) string {
	if ext == "" {
		return ""
	}
	words := strings.Fields(ext)
	for i, w := range words {
		if d, ok := dwelling[w]; ok {
			words[i] = d
			continue
		}
		if n := len(w); n >= 2 && (w[n-1] == 'o' || w[n-1] == 'a') && allDigits(w[:n-1]) {
			words[i] = w[:n-1]
		}
	}
	return strings.Join(words, " ")
}

// HouseNumberComparer compares Spanish house numbers and extensions
// (streetNumber, houseNumberExtension): [locale.HouseNumberComparer]'s
// keys, and the value with the ordinal marks dropped and the floor and door
// words written out ("3º izq" is "3 izquierda") and "s/n" read as no number
// (FORMAT).
type HouseNumberComparer struct{}

// Canon implements [locale.Comparer].
func (HouseNumberComparer) Canon(s string, f *normalize.Folder) locale.Value {
	v := locale.HouseNumberComparer{}.Canon(s, f)
	if v.Empty() {
		return v
	}
	words := strings.Fields(fold(s))
	if len(words) == 2 && words[0] == "s" && words[1] == "n" || len(words) == 1 && words[0] == "sn" {
		v.Add("sn", locale.Format)
		return v
	}
	v.Add(strings.ReplaceAll(extension(strings.Join(words, " ")), " ", ""), locale.Format)
	return v
}

// Score implements [locale.Comparer] as [locale.HouseNumberComparer] does.
func (HouseNumberComparer) Score(req, rec *locale.Value) (float64, locale.Reason) {
	return locale.HouseNumberComparer{}.Score(req, rec)
}
