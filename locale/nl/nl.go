// Package nl is the locale profile of the Netherlands (NL): what counts as
// the same value, how values score, and how a record's values compose, the
// way Dutch names, addresses and documents are written.
//
// Give the profile to the engine to use it (match.New(cfg, nl.New())); a
// program that does not import this package does not hold its rules.
//
// The Dutch rules (DESIGN.md section 3): names with their particles
// (tussenvoegsels, from the Meertens Familienamenbank) in natural or sort
// form ("van den Berg", "Berg, van den"), vd and v.d., ij = y, the
// naamgebruik combinations of a family name and a family name at birth
// ("Jansen-de Vries"), roepnamen (Kees, Henk, Jan) in the score. Addresses
// read as their parts, the street-type suffixes written out or abbreviated
// (Kerkstraat, Kerkstr.), house number and extension (12a, 12 A, 12-a),
// postcode 1234 AB; the official and common names of places (Den Haag,
// 's-Gravenhage); the BSN eleven-test.
package nl

import (
	"github.com/kycmatch/kycmatch/attr"
	"github.com/kycmatch/kycmatch/locale"
)

// Profile is the Dutch profile. Its zero value is ready to use, immutable and
// safe for concurrent use.
type Profile struct {
	locale.GenericProfile
}

// New returns the Dutch profile.
func New() Profile { return Profile{} }

// Country implements [locale.Profile]: "NL".
func (Profile) Country() string { return "NL" }

// Comparer implements [locale.Profile]: the generic comparers, but for
//   - name, givenName, familyName, middleNames, familyNameAtBirth:
//     [NameComparer];
//   - address, streetName: [AddressComparer];
//   - region, locality, cityOfBirth: [locale.PlaceComparer] with the
//     official and common names of places ([SamePlace]);
//   - idDocument: [IDDocumentComparer].
func (p Profile) Comparer(a attr.Attribute) locale.Comparer {
	switch a {
	case attr.Name, attr.GivenName, attr.FamilyName, attr.MiddleNames, attr.FamilyNameAtBirth:
		return NameComparer{}
	case attr.Address, attr.StreetName:
		return AddressComparer{}
	case attr.Region, attr.Locality, attr.CityOfBirth:
		return locale.PlaceComparer{Places: places()}
	case attr.IDDocument:
		return IDDocumentComparer{}
	}
	return p.GenericProfile.Comparer(a)
}

// Sources implements [locale.Profile] with the generic rules and this
// profile's composition.
func (p Profile) Sources(a attr.Attribute, rec *attr.Values, dst []locale.Source) []locale.Source {
	return locale.SourcesWith(p, a, rec, dst)
}

// Addresses implements [locale.Composer]: the street and house number with
// the extension apart, without it, and joined to the number as Dutch
// addresses write it ("Kerkstraat 12 a", "Kerkstraat 12", "Kerkstraat 12a";
// KYC Match v0.4.0 `address`: "in NLD, it can be streetName+streetNumber or
// streetName+streetNumber+houseNumberExtension"), each followed by the
// postcode and locality when the record holds them. The postcode and
// locality are always part of the composed values, so that a request that
// gives another postcode is not matched through a value without one
// ([AddressComparer] counts them only where both sides have them).
func (p Profile) Addresses(rec *attr.Values, dst []string) []string {
	return locale.PlacedAddresses(rec, dst, true)
}
