package locale

import (
	"math/bits"
	"strings"
)

// Reason is a set of reasons for an answer: why two values were called the
// same, why they differ, or why an attribute could not be answered. Reasons are
// codes for operators' logs and auditors; they are never part of the CAMARA
// response and never hold personal data.
type Reason uint32

// The reasons, from the strictest fold to the most lenient. Each canonical key
// carries one of the fold reasons; a "true" carries the union of the reasons of
// the two keys that met, plus the reason of the record source.
const (
	// Exact: the two values are byte for byte the same.
	Exact Reason = 1 << iota
	// Normalized: equal after NFKC (full-width and half-width forms), case
	// folding, and punctuation and spacing folded to single spaces.
	Normalized
	// DiacriticFold: equal once the diacritics of Latin letters are removed.
	DiacriticFold
	// Transliteration: equal once ä, ö, ü are written ae, oe, ue.
	Transliteration
	// Spacing: equal once the spaces between words are removed ("Mc Donald"
	// and "McDonald").
	Spacing
	// KanaScript: equal once hiragana are written in katakana.
	KanaScript
	// Format: equal once formatting is removed from an identifier, postcode,
	// house number or date ("66666666-Q" and "66666666q").
	Format
	// Alias: two codes that name the same thing (country UK and GB).
	Alias
	// Composed: the record's value was composed from its parts (a full name
	// from givenName and familyName, an address from streetName and
	// streetNumber).
	Composed
	// Derived: the record's value was derived from another attribute (a
	// half-width kana reading from the full-width one).
	Derived
	// Different: no key in common; the answer is "false".
	Different
	// OrderSwap: the same words in a different order.
	OrderSwap
	// NumberMismatch: both values hold numbers and the numbers differ.
	NumberMismatch
	// NotHeld: the record has no value for the attribute and none can be
	// derived.
	NotHeld
	// NotOffered: the operator does not offer the attribute
	// (Config.DisabledAttributes).
	NotOffered
	// Unreadable: the record holds a value that cannot be read as the
	// attribute's type (a birthdate that is not a date).
	Unreadable
	// Particle: equal once the particles of a name are read in their place
	// ("Berg, van den" and "van den Berg"; "vd Berg") or, where a country
	// makes them optional, left out ("María del Carmen", "María Carmen").
	Particle
	// Abbreviation: equal once the usual abbreviations of a country are
	// written out ("Mª" María, "Fco." Francisco, "Glez." González).
	Abbreviation
	// StreetType: equal once the type of a street is written out ("C/",
	// "Calle"; "Kerkstr.", "Kerkstraat") or, on one side only, left out.
	StreetType
	// AddressParts: equal once a free-text address is read as its parts
	// (street, house number, extension, postcode, locality), in either
	// order, the postcode and locality counting only where both sides have
	// them.
	AddressParts
	// ReadingMatch: a name or place in kanji read as the other side's kana
	// or romaji (山田太郎 and ヤマダ タロウ), through a dictionary reading
	// (locale/jp).
	ReadingMatch
	// KanjiVariant: equal once old and variant kanji are written in their
	// standard form (髙 and 高, 邊 and 辺).
	KanjiVariant
	// Romanization: two romaji spellings of one Japanese reading (Tarō,
	// Tarou, Taro), or a kana reading and its romaji.
	Romanization
	// ZenginFold: equal once kana are folded by the Zengin bank-transfer
	// rules (small kana large, ヲ as オ), an option of locale/jp.
	ZenginFold

	lastReason = ZenginFold
)

var reasonNames = [...]string{
	"EXACT", "NORMALIZED", "DIACRITIC_FOLD", "TRANSLITERATION", "SPACING",
	"KANA_SCRIPT", "FORMAT", "ALIAS", "COMPOSED", "DERIVED", "DIFFERENT",
	"ORDER_SWAP", "NUMBER_MISMATCH", "NOT_HELD", "NOT_OFFERED", "UNREADABLE",
	"PARTICLE", "ABBREVIATION", "STREET_TYPE", "ADDRESS_PARTS",
	"READING_MATCH", "KANJI_VARIANT", "ROMANIZATION", "ZENGIN_FOLD",
}

// String returns the reasons' codes joined by '+', in the order of the
// constants ("DIACRITIC_FOLD+COMPOSED"), or "" for none.
func (r Reason) String() string {
	var b strings.Builder
	for r != 0 {
		i := bits.TrailingZeros32(uint32(r))
		r &^= 1 << i
		if b.Len() > 0 {
			b.WriteByte('+')
		}
		if i < len(reasonNames) {
			b.WriteString(reasonNames[i])
		} else {
			b.WriteString("UNKNOWN")
		}
	}
	return b.String()
}

// MarshalText implements [encoding.TextMarshaler] with [Reason.String].
func (r Reason) MarshalText() ([]byte, error) { return []byte(r.String()), nil }
