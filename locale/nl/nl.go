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
//   - region, locality, cityOfBirth: [PlaceComparer];
//   - idDocument: [IDDocumentComparer].
func (p Profile) Comparer(a attr.Attribute) locale.Comparer {
	switch a {
	case attr.Name, attr.GivenName, attr.FamilyName, attr.MiddleNames, attr.FamilyNameAtBirth:
		return NameComparer{}
	case attr.Address, attr.StreetName:
		return AddressComparer{}
	case attr.Region, attr.Locality, attr.CityOfBirth:
		return PlaceComparer{}
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

// Addresses implements [locale.Composer]: the generic compositions, and the
// house number written with its extension joined, as Dutch addresses are
// ("Kerkstraat 12a", "Kerkstraat 12-a"; KYC Match v0.4.0 `address`: "in NLD,
// it can be streetName+streetNumber or
// streetName+streetNumber+houseNumberExtension").
func (p Profile) Addresses(rec *attr.Values, dst []string) []string {
	start := len(dst)
	dst = p.GenericProfile.Addresses(rec, dst)
	street, number, ext := rec[attr.StreetName], rec[attr.StreetNumber], rec[attr.HouseNumberExtension]
	if street == "" || number == "" || ext == "" {
		return dst
	}
	return locale.AppendNew(dst, start, locale.Compose(street, number+ext))
}
