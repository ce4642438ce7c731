// Package locale holds the profiles that decide, attribute by attribute, what
// counts as the same value, how different values score, and where a record's
// values come from.
//
// A [Profile] gives every KYC Match attribute ([attr.Attribute]) a
// [Comparer], which implements three of the four stages of a match
// (DESIGN.md section 2):
//
//  1. Canon turns one side's value into a small set of canonical [Key]s, each
//     tagged with the [Reason] that produced it ("Müller" gives "müller",
//     "muller" and "mueller"). It writes the folded forms into the
//     [normalize.Folder] it is given (the engine's pooled one, so that
//     matching allocates nothing), or allocates them when it is nil.
//  2. [Equal] reports whether a request value and a record value share a key:
//     that is a "true", and the keys' reasons say why. A comparer whose
//     equality is not a shared key implements [Equaler].
//  3. Score gives the similarity in [0, 1] of two values that are not equal.
//
// The profile also says where a record's values come from
// ([Profile.Sources]): the value held, or one composed from the record's
// parts (a full name, an address) or derived from another attribute (one
// kana reading from the other). The fourth stage, "not_available" when the
// record has no value, is the engine's (package match).
//
// [Generic] is the profile used when no country profile fits. Country
// profiles live in packages of their own below this one (locale/es,
// locale/nl, locale/jp), embed [GenericProfile] and override what differs;
// an embedder passes the ones it wants to the engine, and nothing registers
// itself. Profiles and comparers are immutable and safe for concurrent use.
package locale
