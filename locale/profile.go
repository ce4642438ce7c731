package locale

import (
	"github.com/kycmatch/kycmatch/attr"
)

// A Profile holds the matching rules of one country, or the generic ones:
// the comparer of each attribute, and where a record's values for an
// attribute come from. Implementations are immutable and safe for concurrent
// use.
//
// An embedder chooses the profiles an engine holds when it builds it (see
// package match); nothing registers itself. A country profile usually embeds
// [GenericProfile] and overrides what differs, reusing its pieces:
// [GenericProfile.Comparer], [SourcesWith] and the comparers of this package.
type Profile interface {
	// Country returns the ISO 3166-1 alpha-2 code (upper case) of the
	// country the profile serves, or "" for the generic profile.
	Country() string
	// Comparer returns the comparer of attribute a. It is never nil for a
	// valid attribute.
	Comparer(a attr.Attribute) Comparer
	// Sources appends to dst the record's values for attribute a, each with
	// the reason a match through it adds: the value the record holds for a
	// (no reason); or, when it holds none, the values the country composes
	// from other attributes (a full name from its parts, an address from
	// its parts: [Composed]) or derives from them (one kana reading from the
	// other: [Derived]). It appends nothing when the record has no value for
	// a and none can be made. rec must not be modified.
	Sources(a attr.Attribute, rec *attr.Values, dst []Source) []Source
}

// A Source is one of a record's values for an attribute, and the reason a
// match through it adds: 0 for a value the record holds, [Composed] or
// [Derived] for one made from other attributes.
type Source struct {
	Value string
	Why   Reason
	// Confirms says that the value can confirm the request's but not refute
	// it: the same value, the answer is "true"; another, the engine answers
	// as if the record held no value from this source ("not_available" when
	// it holds no other), and scores none. A kana reading derived from a
	// name in Latin letters is one: a transcription the rules take is the
	// name's, one they refuse may still be (a French name's katakana).
	Confirms bool
}

// A Composer composes a record's full values from their parts, the way a
// country writes them. [SourcesWith] calls it when the record lacks a full
// name or address.
type Composer interface {
	// Names appends to dst the full names that the record's name parts
	// compose (givenName, middleNames, familyName, familyNameAtBirth), or
	// nothing when they do not make a full name.
	Names(rec *attr.Values, dst []string) []string
	// Addresses appends to dst the full addresses that the record's
	// address parts compose (streetName, streetNumber,
	// houseNumberExtension, postalCode, locality, ...), or nothing when they
	// do not make an address.
	Addresses(rec *attr.Values, dst []string) []string
}

// SourcesWith implements [Profile.Sources] with the generic rules, composing
// names and addresses with c:
//   - the value the record holds for a, when it holds one;
//   - name: the full names c.Names composes ([Composed]);
//   - address: the full addresses c.Addresses composes ([Composed]);
//   - nameKanaHankaku, nameKanaZenkaku: the record's reading in the other
//     width ([Derived]); the two differ only in width, which the kana
//     comparer folds.
func SourcesWith(c Composer, a attr.Attribute, rec *attr.Values, dst []Source) []Source {
	if !a.Valid() {
		return dst
	}
	if v := rec[a]; v != "" {
		return append(dst, Source{Value: v})
	}
	var alt []string
	switch a {
	case attr.Name:
		// Declared here: a buffer given to an interface method is on the
		// heap, and only a composition needs one.
		var buf [maxComposed]string
		alt = c.Names(rec, buf[:0])
	case attr.Address:
		var buf [maxComposed]string
		alt = c.Addresses(rec, buf[:0])
	case attr.NameKanaHankaku:
		if v := rec[attr.NameKanaZenkaku]; v != "" {
			return append(dst, Source{Value: v, Why: Derived})
		}
	case attr.NameKanaZenkaku:
		if v := rec[attr.NameKanaHankaku]; v != "" {
			return append(dst, Source{Value: v, Why: Derived})
		}
	}
	for _, v := range alt {
		dst = append(dst, Source{Value: v, Why: Composed})
	}
	return dst
}

// maxComposed is the room SourcesWith keeps on its stack for composed values;
// a composer may return more (they are then allocated).
const maxComposed = 8

// GenericProfile is the profile used when no country profile fits. Its zero
// value is ready to use; country profiles embed it and override what differs.
type GenericProfile struct{}

// Generic returns the generic profile.
func Generic() GenericProfile { return GenericProfile{} }

// Country implements [Profile]: "" for the generic profile.
func (GenericProfile) Country() string { return "" }

// genericComparers is indexed by attribute; it is never written.
var genericComparers = [attr.Count]Comparer{
	attr.IDDocument:           CodeComparer{},
	attr.IDDocumentType:       DocumentTypeComparer{},
	attr.IDDocumentExpiryDate: DateComparer{},
	attr.BankAccountNumber:    CodeComparer{},
	attr.Name:                 NameComparer{},
	attr.GivenName:            NameComparer{},
	attr.FamilyName:           NameComparer{},
	attr.NameKanaHankaku:      KanaComparer{},
	attr.NameKanaZenkaku:      KanaComparer{},
	attr.MiddleNames:          NameComparer{},
	attr.FamilyNameAtBirth:    NameComparer{},
	attr.Address:              AddressComparer{},
	attr.StreetName:           AddressComparer{},
	attr.StreetNumber:         HouseNumberComparer{},
	attr.PostalCode:           CodeComparer{},
	attr.Region:               TextComparer{},
	attr.Locality:             TextComparer{},
	attr.Country:              CountryComparer{},
	attr.HouseNumberExtension: HouseNumberComparer{},
	attr.Birthdate:            DateComparer{},
	attr.Email:                EmailComparer{},
	attr.Gender:               GenderComparer{},
	attr.CityOfBirth:          TextComparer{},
	attr.CountryOfBirth:       CountryComparer{},
	attr.Nationality:          CountryComparer{},
}

// Comparer implements [Profile]:
//   - idDocument, bankAccountNumber, postalCode: [CodeComparer];
//   - idDocumentType: [DocumentTypeComparer];
//   - idDocumentExpiryDate, birthdate: [DateComparer];
//   - nameKanaHankaku, nameKanaZenkaku: [KanaComparer];
//   - streetNumber, houseNumberExtension: [HouseNumberComparer];
//   - country, countryOfBirth, nationality: [CountryComparer];
//   - email: [EmailComparer]; gender: [GenderComparer];
//   - name, givenName, familyName, middleNames, familyNameAtBirth:
//     [NameComparer] with the generic rules ([score.GenericNameRules]);
//   - address, streetName: [AddressComparer] with the generic rules
//     ([score.GenericAddressRules]);
//   - every other attribute (region, locality, cityOfBirth): [TextComparer].
//
// It returns nil for a value that is not an attribute.
func (GenericProfile) Comparer(a attr.Attribute) Comparer {
	if !a.Valid() {
		return nil
	}
	return genericComparers[a]
}

// Sources implements [Profile] with [SourcesWith] and the generic
// composition ([GenericProfile.Names], [GenericProfile.Addresses]).
func (g GenericProfile) Sources(a attr.Attribute, rec *attr.Values, dst []Source) []Source {
	return SourcesWith(g, a, rec, dst)
}

// Names implements [Composer] with the generic order, given names first:
// "givenName middleNames familyName", "givenName familyName", and the same
// two with familyNameAtBirth (KYC Match v0.4.0 `name`: "in NLD, it can be
// name+middleNames+familyName or name+middleNames+familyNameAtBirth"). It
// needs a given name and a family name (current or at birth).
func (GenericProfile) Names(rec *attr.Values, dst []string) []string {
	given, middle := rec[attr.GivenName], rec[attr.MiddleNames]
	if given == "" {
		return dst
	}
	start := len(dst)
	for _, family := range [2]string{rec[attr.FamilyName], rec[attr.FamilyNameAtBirth]} {
		if family == "" {
			continue
		}
		dst = AppendNew(dst, start, Compose(given, middle, family))
		dst = AppendNew(dst, start, Compose(given, family))
	}
	return dst
}

// Addresses implements [Composer] with the generic order, street first:
// "streetName streetNumber houseNumberExtension", the same without the
// extension, and the first followed by "postalCode locality" (KYC Match
// v0.4.0 `address`: "in ESP, streetName+streetNumber; in NLD, it can be
// streetName+streetNumber or streetName+streetNumber+houseNumberExtension").
// It needs a street name.
func (GenericProfile) Addresses(rec *attr.Values, dst []string) []string {
	street := rec[attr.StreetName]
	if street == "" {
		return dst
	}
	start := len(dst)
	number, ext := rec[attr.StreetNumber], rec[attr.HouseNumberExtension]
	full := Compose(street, number, ext)
	dst = AppendNew(dst, start, full)
	dst = AppendNew(dst, start, Compose(street, number))
	if pc, loc := rec[attr.PostalCode], rec[attr.Locality]; pc != "" || loc != "" {
		dst = AppendNew(dst, start, Compose(full, pc, loc))
	}
	return dst
}

// Compose joins the non-empty parts with single spaces.
func Compose(parts ...string) string {
	n := 0
	for _, p := range parts {
		n += len(p) + 1
	}
	b := make([]byte, 0, n)
	for _, p := range parts {
		if p == "" {
			continue
		}
		if len(b) > 0 {
			b = append(b, ' ')
		}
		b = append(b, p...)
	}
	return string(b)
}

// AppendNew appends s to list unless it is empty or already among
// list[from:], the values a composer has appended so far.
func AppendNew(list []string, from int, s string) []string {
	if s == "" {
		return list
	}
	for _, v := range list[from:] {
		if v == s {
			return list
		}
	}
	return append(list, s)
}
