// Package nl is the locale profile of the Netherlands (NL): what counts as
// the same value, how values score, and how a record's values compose, the
// way Dutch names, addresses and documents are written.
//
// Give the profile to the engine to use it (match.New(cfg, nl.New())); a
// program that does not import this package does not hold its rules.
//
// This first profile differs from the generic one only in its country and in
// how an address is composed (DESIGN.md section 3): Dutch rules
// (tussenvoegsels, street-type suffixes, BSN) are added here as they are
// written.
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
