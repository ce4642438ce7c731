// Package es is the locale profile of Spain (ES): what counts as the same
// value, how values score, and how a record's values compose, the way
// Spanish names, addresses and documents are written.
//
// Give the profile to the engine to use it (match.New(cfg, es.New())); a
// program that does not import this package does not hold its rules.
//
// This first profile differs from the generic one only in its country, and
// in its postcodes (DESIGN.md section 3): Spanish rules (two surnames,
// particles, street types, DNI/NIE) are added here as they are written.
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
// postalCode ([PostalCodeComparer]).
func (p Profile) Comparer(a attr.Attribute) locale.Comparer {
	if a == attr.PostalCode {
		return PostalCodeComparer{}
	}
	return p.GenericProfile.Comparer(a)
}

// Sources implements [locale.Profile] with the generic rules and this
// profile's composition.
func (p Profile) Sources(a attr.Attribute, rec *attr.Values, dst []locale.Source) []locale.Source {
	return locale.SourcesWith(p, a, rec, dst)
}
