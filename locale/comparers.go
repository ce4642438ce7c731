package locale

import (
	"strings"
	"sync"

	"github.com/kycmatch/kycmatch/normalize"
	"github.com/kycmatch/kycmatch/score"
)

// TextComparer compares free text: names, streets, places. Its keys are the
// value itself (EXACT), [normalize.Text] (NORMALIZED), then [normalize.Latin] of it
// (DIACRITIC_FOLD), the [normalize.Umlaut] spelling (TRANSLITERATION), and,
// for values of several words without digits, the words run together
// (SPACING). Digits are never run together: "1 23" and "12 3" are different
// numbers. Its score is [score.Tokens] on the diacritic-folded words.
type TextComparer struct{}

// Canon implements [Comparer].
func (TextComparer) Canon(s string, f *normalize.Folder) Value {
	v, t, l := textCanon(s, f)
	if v.Empty() {
		return v
	}
	if u := f.Umlaut(t); u != t {
		v.Add(f.Latin(u), Transliteration)
	}
	if strings.IndexByte(l, ' ') >= 0 && !strings.ContainsAny(l, "0123456789") {
		v.Add(f.Compact(l), Spacing)
	}
	v.Text = l
	return v
}

// Score implements [Comparer] with [score.Tokens].
func (TextComparer) Score(req, rec *Value) (float64, Reason) {
	return scoreWords(req.Text, rec.Text)
}

// textCanon returns the keys every free-text value has: the value itself
// (EXACT), its [normalize.Text] fold t (NORMALIZED) and the [normalize.Latin]
// fold of that, l (DIACRITIC_FOLD); no key when t is empty.
func textCanon(s string, f *normalize.Folder) (v Value, t, l string) {
	t = f.Text(s)
	if t == "" {
		return Value{}, "", ""
	}
	l = f.Latin(t)
	v.Add(s, Exact)
	v.Add(t, Normalized)
	v.Add(l, DiacriticFold)
	return v, t, l
}

// scoreWords aligns the space-separated words of q and r.
func scoreWords(q, r string) (float64, Reason) {
	var qb, rb [8]string
	return alignment(score.Tokens(fields(q, qb[:0]), fields(r, rb[:0])))
}

// alignment returns an alignment's similarity and the reasons of the
// difference: DIFFERENT, with ORDER_SWAP and NUMBER_MISMATCH when they apply.
func alignment(al score.Alignment) (float64, Reason) {
	why := Different
	if al.Swapped {
		why |= OrderSwap
	}
	if al.NumberMismatch {
		why |= NumberMismatch
	}
	return al.S, why
}

// fields appends the space-separated words of s (already folded: single
// spaces, none at the ends) to dst.
func fields(s string, dst []string) []string {
	for s != "" {
		i := strings.IndexByte(s, ' ')
		if i < 0 {
			return append(dst, s)
		}
		dst = append(dst, s[:i])
		s = s[i+1:]
	}
	return dst
}

// NameComparer compares a person's full name (or an organisation's): its
// keys are [TextComparer]'s, its score [score.Name] on the diacritic-folded
// words with Rules (titles, particles, nicknames), or with
// [score.GenericNameRules] when Rules is nil.
type NameComparer struct {
	Rules *score.NameRules
}

// Canon implements [Comparer].
func (NameComparer) Canon(s string, f *normalize.Folder) Value { return TextComparer{}.Canon(s, f) }

// Score implements [Comparer] with [score.Name].
func (c NameComparer) Score(req, rec *Value) (float64, Reason) {
	rules := c.Rules
	if rules == nil {
		rules = genericNameRules()
	}
	var qb, rb [8]string
	return alignment(score.Name(fields(req.Text, qb[:0]), fields(rec.Text, rb[:0]), rules))
}

// genericNameRules holds the generic name rules, built on first use.
var genericNameRules = sync.OnceValue(func() *score.NameRules {
	r := score.GenericNameRules()
	return &r
})

// AddressComparer compares street addresses and street names: its keys are
// [TextComparer]'s, its score [score.Address] on the diacritic-folded words
// with Rules (street types), or with [score.GenericAddressRules] when Rules
// is nil: the house number scales the street's score, wherever it stands.
type AddressComparer struct {
	Rules *score.AddressRules
}

// Canon implements [Comparer]: [TextComparer]'s keys, and for an address
// written number first ("8 Stanley Street") the same words street first
// ("stanley street 8", FORMAT), the order in which a record's parts compose.
func (AddressComparer) Canon(s string, f *normalize.Folder) Value {
	v := TextComparer{}.Canon(s, f)
	if f := numberLast(v.Text); f != v.Text {
		v.Add(f, Format)
	}
	return v
}

// numberLast moves the words with digits at the start of a folded address
// after the others: "8 stanley street" gives "stanley street 8". It returns
// s itself when s does not start with a number, or is nothing else.
func numberLast(s string) string {
	i := 0
	for i < len(s) {
		j := strings.IndexByte(s[i:], ' ')
		if j < 0 || !strings.ContainsAny(s[i:i+j], "0123456789") {
			break
		}
		i += j + 1
	}
	if i == 0 || i >= len(s) {
		return s
	}
	return s[i:] + " " + s[:i-1]
}

// Score implements [Comparer] with [score.Address].
func (c AddressComparer) Score(req, rec *Value) (float64, Reason) {
	rules := c.Rules
	if rules == nil {
		rules = genericAddressRules()
	}
	var qb, rb [8]string
	return alignment(score.Address(fields(req.Text, qb[:0]), fields(rec.Text, rb[:0]), rules))
}

// genericAddressRules holds the generic address rules, built on first use.
var genericAddressRules = sync.OnceValue(func() *score.AddressRules {
	r := score.GenericAddressRules()
	return &r
})

// KanaComparer compares the kana readings of a name (nameKanaHankaku,
// nameKanaZenkaku). On top of [TextComparer]'s keys, hiragana are written in
// katakana (KANA_SCRIPT). Half-width katakana are already full-width after
// NFKC, so a half-width reading and a full-width one are NORMALIZED-equal.
type KanaComparer struct{}

// Canon implements [Comparer].
func (KanaComparer) Canon(s string, f *normalize.Folder) Value {
	v, _, l := textCanon(s, f)
	if v.Empty() {
		return v
	}
	k := f.Katakana(l)
	v.Add(k, KanaScript)
	if strings.IndexByte(k, ' ') >= 0 {
		v.Add(f.Compact(k), Spacing)
	}
	v.Text = k
	return v
}

// Score implements [Comparer] with [score.Tokens] on the katakana words.
func (KanaComparer) Score(req, rec *Value) (float64, Reason) {
	return scoreWords(req.Text, rec.Text)
}

// CodeComparer compares identifiers and postcodes: equal when their letters
// and digits are ([normalize.Code], FORMAT). It has no score: KYC Match
// defines none for idDocument and postalCode, and a score on an identity
// document number would help guess it (KnowYourCustomer#216).
type CodeComparer struct{}

// Canon implements [Comparer].
func (CodeComparer) Canon(s string, f *normalize.Folder) Value {
	return formatCanon(s, f, (*normalize.Folder).Code)
}

// Score implements [Comparer]; there is no score.
func (CodeComparer) Score(req, rec *Value) (float64, Reason) { return 0, Different }

// HouseNumberComparer compares house numbers and their extensions: equal
// when [normalize.HouseNumber] is (FORMAT), scored with [score.Tokens], which
// compares them with [score.Number] when they hold digits ("12a", "3-10-10"),
// so a different number stays at 0.6 or below, and with Jaro-Winkler
// otherwise ("bis" and "ter").
type HouseNumberComparer struct{}

// Canon implements [Comparer].
func (HouseNumberComparer) Canon(s string, f *normalize.Folder) Value {
	return formatCanon(s, f, (*normalize.Folder).HouseNumber)
}

// Score implements [Comparer].
func (HouseNumberComparer) Score(req, rec *Value) (float64, Reason) {
	return scoreWords(req.Text, rec.Text)
}

// formatCanon returns the keys of a formatted value: the value itself
// (EXACT), its [normalize.Text] fold (NORMALIZED) and fold(s) (FORMAT), which
// is also the text it is scored on; no key when fold(s) is empty.
func formatCanon(s string, f *normalize.Folder, fold func(*normalize.Folder, string) string) Value {
	form := fold(f, s)
	if form == "" {
		return Value{}
	}
	var v Value
	v.Add(s, Exact)
	v.Add(f.Text(s), Normalized)
	v.Add(form, Format)
	v.Text = form
	return v
}

// EmailComparer compares e-mail addresses case-insensitively
// ([normalize.Email]), scored with Jaro-Winkler on the whole folded address.
type EmailComparer struct{}

// Canon implements [Comparer].
func (EmailComparer) Canon(s string, f *normalize.Folder) Value {
	e := f.Email(s)
	if e == "" {
		return Value{}
	}
	var v Value
	v.Add(s, Exact)
	v.Add(e, Normalized)
	v.Text = e
	return v
}

// Score implements [Comparer] with [score.Similarity].
func (EmailComparer) Score(req, rec *Value) (float64, Reason) {
	return score.Similarity(req.Text, rec.Text), Different
}

// enumCanon returns the key of a value of a closed set: canon's form of s,
// EXACT when it is s itself, NORMALIZED when it differs from s only in case
// and surrounding space, why for any other rewrite; no key when canon refuses
// s.
func enumCanon(s string, canon func(string) (string, bool), why Reason) Value {
	f, ok := canon(s)
	if !ok {
		return Value{}
	}
	var v Value
	switch {
	case f == s:
		v.Add(f, Exact)
	case strings.EqualFold(f, strings.TrimSpace(s)):
		v.Add(f, Normalized)
	default:
		v.Add(f, why)
	}
	v.Text = f
	return v
}

// DateComparer compares calendar dates (birthdate, idDocumentExpiryDate) as
// dates: the record may hold YYYY-MM-DD, YYYYMMDD, YYYY/MM/DD or an RFC 3339
// date-time ([normalize.RecordDate], FORMAT). There is no score: KYC Match
// defines none, and Jaro-Winkler on dates is meaningless.
type DateComparer struct{}

// Canon implements [Comparer].
func (DateComparer) Canon(s string, f *normalize.Folder) Value {
	d, ok := f.RecordDate(strings.TrimSpace(s))
	return enumCanon(s, func(string) (string, bool) { return d, ok }, Format)
}

// Score implements [Comparer]; there is no score.
func (DateComparer) Score(req, rec *Value) (float64, Reason) { return 0, Different }

// CountryComparer compares ISO 3166-1 country codes in any case, alpha-3 on
// the record side too, with the aliases of [normalize.Country] (ALIAS).
type CountryComparer struct{}

// Canon implements [Comparer].
func (CountryComparer) Canon(s string, f *normalize.Folder) Value {
	return enumCanon(s, normalize.RecordCountry, Alias)
}

// Score implements [Comparer]; there is no score.
func (CountryComparer) Score(req, rec *Value) (float64, Reason) { return 0, Different }

// GenderComparer compares the gender enum; the record may hold M, F, O or X
// ([normalize.RecordGender]).
type GenderComparer struct{}

// Canon implements [Comparer].
func (GenderComparer) Canon(s string, f *normalize.Folder) Value {
	return enumCanon(s, normalize.RecordGender, Normalized)
}

// Score implements [Comparer]; there is no score.
func (GenderComparer) Score(req, rec *Value) (float64, Reason) { return 0, Different }

// DocumentTypeComparer compares the idDocumentType enum
// ([normalize.RecordDocumentType]).
type DocumentTypeComparer struct{}

// Canon implements [Comparer].
func (DocumentTypeComparer) Canon(s string, f *normalize.Folder) Value {
	return enumCanon(s, normalize.RecordDocumentType, Normalized)
}

// Score implements [Comparer]; there is no score.
func (DocumentTypeComparer) Score(req, rec *Value) (float64, Reason) { return 0, Different }
