// Package attr names the attributes of a CAMARA Know Your Customer Match
// request: one typed identity, [Attribute], shared by requests, records,
// responses, configuration and locale profiles, with the CAMARA property
// names in one table. A request's or a record's values are a [Values], an
// array indexed by attribute.
//
// The package is at the bottom of the module's import graph: it imports
// nothing of the module. Everything in it is immutable and safe for
// concurrent use.
package attr

import (
	"iter"
	"strconv"
)

// Attribute is one of the attributes of a KYC Match request that get an
// answer: every request property but phoneNumber. The order is that of the
// specification's response schema (KYC Match v0.5.0 draft, which adds
// bankAccountNumber after idDocumentExpiryDate to v0.4.0's 24).
type Attribute uint8

// The attributes, in the order of KYC_MatchResponse.
const (
	IDDocument Attribute = iota
	IDDocumentType
	IDDocumentExpiryDate
	// BankAccountNumber is in the v0.5.0 draft only; v0.4.0 does not
	// define it.
	BankAccountNumber
	Name
	GivenName
	FamilyName
	NameKanaHankaku
	NameKanaZenkaku
	MiddleNames
	FamilyNameAtBirth
	Address
	StreetName
	StreetNumber
	PostalCode
	Region
	Locality
	Country
	HouseNumberExtension
	Birthdate
	Email
	Gender
	CityOfBirth
	CountryOfBirth
	Nationality
)

// Count is the number of attributes.
const Count = int(Nationality) + 1

// info describes an attribute.
type info struct {
	name   string // CAMARA property name
	scored bool   // has an xMatchScore in v0.4.0 and the v0.5.0 draft
	maxLen int    // maxLength of the v0.5.0 draft, in characters
}

// table is indexed by Attribute. Limits: kyc-match wip (v0.5.0 target)
// maxLength; scored: kyc-match v0.4.0 KYC_MatchResponse, which has a
// *MatchScore for exactly these 14 attributes (the v0.5.0 draft too).
var table = [Count]info{
	IDDocument:           {"idDocument", false, 50},
	IDDocumentType:       {"idDocumentType", false, 50},
	IDDocumentExpiryDate: {"idDocumentExpiryDate", false, 10},
	BankAccountNumber:    {"bankAccountNumber", false, 50},
	Name:                 {"name", true, 256},
	GivenName:            {"givenName", true, 100},
	FamilyName:           {"familyName", true, 150},
	NameKanaHankaku:      {"nameKanaHankaku", true, 256},
	NameKanaZenkaku:      {"nameKanaZenkaku", true, 256},
	MiddleNames:          {"middleNames", true, 100},
	FamilyNameAtBirth:    {"familyNameAtBirth", true, 150},
	Address:              {"address", true, 256},
	StreetName:           {"streetName", true, 150},
	StreetNumber:         {"streetNumber", true, 20},
	PostalCode:           {"postalCode", false, 20},
	Region:               {"region", true, 100},
	Locality:             {"locality", true, 100},
	Country:              {"country", false, 2},
	HouseNumberExtension: {"houseNumberExtension", false, 20},
	Birthdate:            {"birthdate", false, 10},
	Email:                {"email", true, 254},
	Gender:               {"gender", false, 6},
	CityOfBirth:          {"cityOfBirth", true, 100},
	CountryOfBirth:       {"countryOfBirth", false, 2},
	Nationality:          {"nationality", false, 2},
}

// Valid reports whether a is one of the attributes.
func (a Attribute) Valid() bool { return int(a) < Count }

// String returns the attribute's CAMARA property name ("familyName"), or
// "Attribute(N)" for a value that is not an attribute.
func (a Attribute) String() string {
	if a.Valid() {
		return table[a].name
	}
	return "Attribute(" + strconv.Itoa(int(a)) + ")"
}

// Scored reports whether the attribute has a match score in KYC Match v0.4.0
// and the v0.5.0 draft: name, givenName, familyName, middleNames,
// familyNameAtBirth, nameKanaHankaku, nameKanaZenkaku, address, streetName,
// streetNumber, region, locality, email, cityOfBirth.
func (a Attribute) Scored() bool { return a.Valid() && table[a].scored }

// MaxLength returns the maximum length of the attribute's value in
// characters in the KYC Match v0.5.0 draft, or 0 for a value that is not an
// attribute.
func (a Attribute) MaxLength() int {
	if a.Valid() {
		return table[a].maxLen
	}
	return 0
}

// UnknownError is the error of [Attribute.UnmarshalText] for a name that is
// not an attribute. Its message quotes the name only when it looks like a
// property name (an ASCII letter, then at most 63 ASCII letters, digits or
// '_'), never anything that could be data.
type UnknownError struct{ Name string }

func (e *UnknownError) Error() string {
	if isPropertyName(e.Name) {
		return "attr: " + strconv.Quote(e.Name) + " is not a KYC Match attribute"
	}
	return "attr: a name is not a KYC Match attribute"
}

// isPropertyName reports whether s looks like a property name rather than
// data, so that an error message may quote it: an ASCII letter followed by at
// most 63 ASCII letters, digits or '_'.
func isPropertyName(s string) bool {
	if s == "" || len(s) > 64 || !isLetter(s[0]) {
		return false
	}
	for i := 1; i < len(s); i++ {
		if c := s[i]; !isLetter(c) && !(c >= '0' && c <= '9') && c != '_' {
			return false
		}
	}
	return true
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// MarshalText implements [encoding.TextMarshaler] with the CAMARA name, so
// that attributes read as names in JSON (and as JSON object keys).
func (a Attribute) MarshalText() ([]byte, error) {
	if !a.Valid() {
		return nil, &UnknownError{}
	}
	return []byte(table[a].name), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler]: the CAMARA name,
// exactly (case-sensitive, as in the specification).
func (a *Attribute) UnmarshalText(b []byte) error {
	p, ok := Parse(string(b))
	if !ok {
		return &UnknownError{Name: string(b)}
	}
	*a = p
	return nil
}

// Parse returns the attribute with the given CAMARA property name, matched
// exactly.
func Parse(name string) (Attribute, bool) {
	for a := range Attribute(Count) {
		if table[a].name == name {
			return a, true
		}
	}
	return 0, false
}

// All yields every attribute, in the specification's order.
func All() iter.Seq[Attribute] {
	return func(yield func(Attribute) bool) {
		for a := range Attribute(Count) {
			if !yield(a) {
				return
			}
		}
	}
}

// Values holds one value per attribute, indexed by [Attribute]: what a
// customer typed, or what an operator holds. The empty string means "not
// provided" or "not held". A Values is a plain array, so a literal names the
// attributes it sets:
//
//	attr.Values{attr.GivenName: "Federica", attr.FamilyName: "Sanchez Arjona"}
type Values [Count]string

// Len returns the number of attributes that have a value.
func (v *Values) Len() int {
	n := 0
	for _, s := range v {
		if s != "" {
			n++
		}
	}
	return n
}

// All yields the attributes that have a value, with their values, in the
// specification's order.
func (v *Values) All() iter.Seq2[Attribute, string] {
	return func(yield func(Attribute, string) bool) {
		for a, s := range v {
			if s != "" && !yield(Attribute(a), s) {
				return
			}
		}
	}
}

// Set is a set of attributes.
type Set uint32

// SetOf returns the set of the given attributes.
func SetOf(as ...Attribute) Set {
	var s Set
	for _, a := range as {
		s = s.With(a)
	}
	return s
}

// AllSet is the set of every attribute.
const AllSet Set = 1<<Count - 1

// Has reports whether a is in s.
func (s Set) Has(a Attribute) bool { return a.Valid() && s&(1<<a) != 0 }

// With returns s with a added; a value that is not an attribute is ignored.
func (s Set) With(a Attribute) Set {
	if !a.Valid() {
		return s
	}
	return s | 1<<a
}

// Without returns s with a removed.
func (s Set) Without(a Attribute) Set {
	if !a.Valid() {
		return s
	}
	return s &^ (1 << a)
}

// All yields the attributes of s, in the specification's order.
func (s Set) All() iter.Seq[Attribute] {
	return func(yield func(Attribute) bool) {
		for a := range Attribute(Count) {
			if s.Has(a) && !yield(a) {
				return
			}
		}
	}
}
