package locale

import (
	"maps"
	"slices"

	"github.com/kycmatch/kycmatch/score"
)

// Attribute names, as in the CAMARA request and response (KYC Match v0.4.0).
// A Profile answers Comparer for each of them.
const (
	AttrIDDocument           = "idDocument"
	AttrIDDocumentType       = "idDocumentType"
	AttrIDDocumentExpiryDate = "idDocumentExpiryDate"
	AttrName                 = "name"
	AttrGivenName            = "givenName"
	AttrFamilyName           = "familyName"
	AttrNameKanaHankaku      = "nameKanaHankaku"
	AttrNameKanaZenkaku      = "nameKanaZenkaku"
	AttrMiddleNames          = "middleNames"
	AttrFamilyNameAtBirth    = "familyNameAtBirth"
	AttrAddress              = "address"
	AttrStreetName           = "streetName"
	AttrStreetNumber         = "streetNumber"
	AttrPostalCode           = "postalCode"
	AttrRegion               = "region"
	AttrLocality             = "locality"
	AttrCountry              = "country"
	AttrHouseNumberExtension = "houseNumberExtension"
	AttrBirthdate            = "birthdate"
	AttrEmail                = "email"
	AttrGender               = "gender"
	AttrCityOfBirth          = "cityOfBirth"
	AttrCountryOfBirth       = "countryOfBirth"
	AttrNationality          = "nationality"
)

// NameParts are the parts of a name that a record holds, from which a full
// name can be composed when the record has none.
type NameParts struct {
	GivenName, MiddleNames, FamilyName, FamilyNameAtBirth string
}

// AddressParts are the parts of an address that a record holds, from which a
// full address can be composed when the record has none.
type AddressParts struct {
	StreetName, StreetNumber, HouseNumberExtension string
	PostalCode, Locality, Region, Country          string
}

// A Profile holds the matching rules of one country, or the generic ones.
// Implementations are immutable and safe for concurrent use.
type Profile interface {
	// Country returns the ISO 3166-1 alpha-2 code the profile serves, or ""
	// for the generic profile.
	Country() string
	// Comparer returns the comparer of the attribute with the given CAMARA
	// name; it returns nil for a name that is not an attribute.
	Comparer(attribute string) Comparer
	// Names returns the full names that the parts compose, in the ways the
	// country writes them, or nil when the parts do not make a full name.
	Names(p NameParts) []string
	// Addresses returns the full addresses that the parts compose, in the
	// ways the country writes them, or nil when they do not make an address.
	Addresses(p AddressParts) []string
}

// GenericProfile is the profile used when no country profile fits. Its zero
// value is ready to use; country profiles embed it and override what differs.
type GenericProfile struct{}

// Generic returns the generic profile.
func Generic() Profile { return GenericProfile{} }

// Country implements [Profile]: "" for the generic profile.
func (GenericProfile) Country() string { return "" }

// Comparer implements [Profile]:
//   - idDocument, postalCode: [CodeComparer];
//   - idDocumentType: [DocumentTypeComparer];
//   - idDocumentExpiryDate, birthdate: [DateComparer];
//   - nameKanaHankaku, nameKanaZenkaku: [KanaComparer];
//   - streetNumber, houseNumberExtension: [HouseNumberComparer];
//   - country, countryOfBirth, nationality: [CountryComparer];
//   - email: [EmailComparer]; gender: [GenderComparer];
//   - name: [NameComparer] with [score.GenericNameRules];
//   - every other attribute (name parts, address, streetName, region,
//     locality, cityOfBirth): [TextComparer].
func (GenericProfile) Comparer(attribute string) Comparer {
	switch attribute {
	case AttrIDDocument, AttrPostalCode:
		return CodeComparer{}
	case AttrIDDocumentType:
		return DocumentTypeComparer
	case AttrIDDocumentExpiryDate, AttrBirthdate:
		return DateComparer
	case AttrNameKanaHankaku, AttrNameKanaZenkaku:
		return KanaComparer{}
	case AttrStreetNumber, AttrHouseNumberExtension:
		return HouseNumberComparer{}
	case AttrCountry, AttrCountryOfBirth, AttrNationality:
		return CountryComparer
	case AttrEmail:
		return EmailComparer{}
	case AttrGender:
		return GenderComparer
	case AttrName:
		return NameComparer{Rules: score.GenericNameRules()}
	case AttrGivenName, AttrFamilyName, AttrMiddleNames, AttrFamilyNameAtBirth,
		AttrAddress, AttrStreetName, AttrRegion, AttrLocality, AttrCityOfBirth:
		return TextComparer{}
	}
	return nil
}

// Names implements [Profile] with the generic order, given names first: with
// and without the middle names, and with the family name at birth in place of
// the family name (KYC Match v0.4.0 `name`: "in NLD, it can be
// name+middleNames+familyName or name+middleNames+familyNameAtBirth"). It
// needs a given name and a family name (current or at birth).
func (GenericProfile) Names(p NameParts) []string {
	if p.GivenName == "" || p.FamilyName == "" && p.FamilyNameAtBirth == "" {
		return nil
	}
	var out []string
	for _, family := range []string{p.FamilyName, p.FamilyNameAtBirth} {
		if family == "" {
			continue
		}
		out = appendNew(out, Compose(p.GivenName, p.MiddleNames, family))
		out = appendNew(out, Compose(p.GivenName, family))
	}
	return out
}

// Addresses implements [Profile] with the generic order, street first:
// "streetName streetNumber houseNumberExtension", the same without the
// extension, and the first followed by "postalCode locality" (KYC Match
// v0.4.0 `address`: "in ESP, streetName+streetNumber; in NLD, it can be
// streetName+streetNumber or streetName+streetNumber+houseNumberExtension"). It
// needs a street name.
func (GenericProfile) Addresses(p AddressParts) []string {
	if p.StreetName == "" {
		return nil
	}
	full := Compose(p.StreetName, p.StreetNumber, p.HouseNumberExtension)
	out := []string{full}
	out = appendNew(out, Compose(p.StreetName, p.StreetNumber))
	if p.PostalCode != "" || p.Locality != "" {
		out = appendNew(out, Compose(full, p.PostalCode, p.Locality))
	}
	return out
}

// builtin holds the country profiles, by ISO 3166-1 alpha-2 code. It is never
// written after initialisation.
var builtin = map[string]Profile{}

// Lookup returns the profile for an ISO 3166-1 alpha-2 country code (upper
// case), and false, with the generic profile, when the country has none.
func Lookup(country string) (Profile, bool) {
	if p, ok := builtin[country]; ok {
		return p, true
	}
	return GenericProfile{}, false
}

// Countries returns the ISO codes of the built-in country profiles, sorted.
func Countries() []string {
	return slices.Sorted(maps.Keys(builtin))
}
