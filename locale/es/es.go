// Package es is the locale profile of Spain (ES): what counts as the same
// value, how values score, and how a record's values compose, the way
// Spanish names, addresses and documents are written.
//
// Give the profile to the engine to use it (match.New(cfg, es.New())); a
// program that does not import this package does not hold its rules.
//
// The Spanish rules (DESIGN.md section 3): names with two surnames, in their
// order, the second optional in the score but never for "true"; the
// particles de, del, de la, y optional; the abbreviations Mª, Fco., Glez.,
// Fdez.; hypocoristics (Paco, Pepe, Lola) in the score. Addresses read as
// their parts in either order, with the street types of libpostal folded
// (C/, Avda., Pza., Pº, Ctra.), s/n, floor and door (3º izq); five-digit
// postcodes; the official and common names of places (A Coruña, La Coruña);
// the DNI check letter.
package es

import (
	"github.com/kycmatch/kycmatch/attr"
	"github.com/kycmatch/kycmatch/locale"
)

// Profile is the Spanish profile. Its zero value is ready to use, immutable
// and safe for concurrent use.
type Profile struct {
	locale.GenericProfile
}

// New returns the Spanish profile.
func New() Profile { return Profile{} }

// Country implements [locale.Profile]: "ES".
func (Profile) Country() string { return "ES" }

// Comparer implements [locale.Profile]: the generic comparers, but for
//   - name, givenName, familyName, middleNames, familyNameAtBirth:
//     [NameComparer];
//   - address, streetName: [AddressComparer];
//   - streetNumber, houseNumberExtension: [HouseNumberComparer];
//   - region, locality, cityOfBirth: [locale.PlaceComparer] with the
//     official and common names of places ([SamePlace]);
//   - idDocument: [IDDocumentComparer];
//   - postalCode: [PostalCodeComparer].
func (p Profile) Comparer(a attr.Attribute) locale.Comparer {
	switch a {
	case attr.Name, attr.GivenName, attr.FamilyName, attr.MiddleNames, attr.FamilyNameAtBirth:
		return NameComparer{}
	case attr.Address, attr.StreetName:
		return AddressComparer{}
	case attr.StreetNumber, attr.HouseNumberExtension:
		return HouseNumberComparer{}
	case attr.Region, attr.Locality, attr.CityOfBirth:
		return locale.PlaceComparer{Places: places()}
	case attr.IDDocument:
		return IDDocumentComparer{}
	case attr.PostalCode:
		return PostalCodeComparer{}
	}
	return p.GenericProfile.Comparer(a)
}

// Sources implements [locale.Profile] with the generic rules and this
// profile's composition.
func (p Profile) Sources(a attr.Attribute, rec *attr.Values, dst []locale.Source) []locale.Source {
	return locale.SourcesWith(p, a, rec, dst)
}

// Addresses implements [locale.Composer]: "streetName streetNumber
// houseNumberExtension", and the same without the extension (floor and
// door), each followed by the postcode and locality when the record holds
// them (KYC Match v0.4.0 `address`: "in ESP, streetName+streetNumber"). The
// postcode and locality are always part of the composed values, so that a
// request that gives another postcode is not matched through a value
// without one ([AddressComparer] counts them only where both sides have
// them).
func (p Profile) Addresses(rec *attr.Values, dst []string) []string {
	return locale.PlacedAddresses(rec, dst, false)
}
