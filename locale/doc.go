// Package locale holds the country profiles that decide, attribute by
// attribute, what counts as the same value and how different values score.
//
// A [Profile] gives every KYC Match attribute a [Comparer], which implements
// three of the four stages of a match (DESIGN.md section 2):
//
//  1. Canon turns one side's value into a small set of canonical [Key]s, each
//     tagged with the [Reason] that produced it ("Müller" gives "müller",
//     "muller" and "mueller").
//  2. [Equal] reports whether a request value and a record value share a key:
//     that is a "true", and the keys' reasons say why.
//  3. Score gives the similarity in [0, 1] of two values that share no key.
//
// The fourth stage, "not_available" when the record lacks the attribute, and
// the composition of a full name or address from its parts ([Profile.Names],
// [Profile.Addresses]) are driven by package match, which chooses the profile
// from the record's country, else the phone number's, else the configured
// default.
//
// [Generic] is the profile used when no country profile fits. Country
// profiles (Spain, the Netherlands, Japan) embed it and override what differs.
// Profiles and comparers are immutable and safe for concurrent use.
package locale
