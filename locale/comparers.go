package locale

import (
	"strings"

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
func (TextComparer) Canon(s string) Value {
	v, t, l := textCanon(s)
	if v.Empty() {
		return v
	}
	if u := normalize.Umlaut(t); u != t {
		v.Add(normalize.Latin(u), Transliteration)
	}
	if strings.IndexByte(l, ' ') >= 0 && !strings.ContainsAny(l, "0123456789") {
		v.Add(normalize.Compact(l), Spacing)
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
func textCanon(s string) (v Value, t, l string) {
	t = normalize.Text(s)
	if t == "" {
		return Value{}, "", ""
	}
	l = normalize.Latin(t)
	v.Add(s, Exact)
	v.Add(t, Normalized)
	v.Add(l, DiacriticFold)
	return v, t, l
}

// scoreWords aligns the space-separated words of q and r.
func scoreWords(q, r string) (float64, Reason) {
	var qb, rb [8]string
	al := score.Tokens(fields(q, qb[:0]), fields(r, rb[:0]))
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

// KanaComparer compares the kana readings of a name (nameKanaHankaku,
// nameKanaZenkaku). On top of [TextComparer]'s keys, hiragana are written in
// katakana (KANA_SCRIPT). Half-width katakana are already full-width after
// NFKC, so a half-width reading and a full-width one are NORMALIZED-equal.
type KanaComparer struct{}

// Canon implements [Comparer].
func (KanaComparer) Canon(s string) Value {
	v, _, l := textCanon(s)
	if v.Empty() {
		return v
	}
	k := normalize.Katakana(l)
	v.Add(k, KanaScript)
	if strings.IndexByte(k, ' ') >= 0 {
		v.Add(normalize.Compact(k), Spacing)
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
func (CodeComparer) Canon(s string) Value { return formatCanon(s, normalize.Code) }

// Score implements [Comparer]; there is no score.
func (CodeComparer) Score(req, rec *Value) (float64, Reason) { return 0, Different }

// HouseNumberComparer compares house numbers and their extensions: equal
// when [normalize.HouseNumber] is (FORMAT), scored with [score.Tokens], which
// compares them with [score.Number] when they hold digits ("12a", "3-10-10"),
// so a different number stays at 0.6 or below, and with Jaro-Winkler
// otherwise ("bis" and "ter").
type HouseNumberComparer struct{}

// Canon implements [Comparer].
func (HouseNumberComparer) Canon(s string) Value { return formatCanon(s, normalize.HouseNumber) }

// Score implements [Comparer].
func (HouseNumberComparer) Score(req, rec *Value) (float64, Reason) {
	return scoreWords(req.Text, rec.Text)
}

// formatCanon returns the keys of a formatted value: the value itself
// (EXACT), its [normalize.Text] fold (NORMALIZED) and fold(s) (FORMAT), which
// is also the text it is scored on; no key when fold(s) is empty.
func formatCanon(s string, fold func(string) string) Value {
	f := fold(s)
	if f == "" {
		return Value{}
	}
	var v Value
	v.Add(s, Exact)
	v.Add(normalize.Text(s), Normalized)
	v.Add(f, Format)
	v.Text = f
	return v
}

// EmailComparer compares e-mail addresses case-insensitively
// ([normalize.Email]), scored with Jaro-Winkler on the whole folded address.
type EmailComparer struct{}

// Canon implements [Comparer].
func (EmailComparer) Canon(s string) Value {
	e := normalize.Email(s)
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
func (DateComparer) Canon(s string) Value {
	return enumCanon(s, func(s string) (string, bool) { return normalize.RecordDate(strings.TrimSpace(s)) }, Format)
}

// Score implements [Comparer]; there is no score.
func (DateComparer) Score(req, rec *Value) (float64, Reason) { return 0, Different }

// CountryComparer compares ISO 3166-1 country codes in any case, alpha-3 on
// the record side too, with the aliases of [normalize.Country] (ALIAS).
type CountryComparer struct{}

// Canon implements [Comparer].
func (CountryComparer) Canon(s string) Value { return enumCanon(s, normalize.RecordCountry, Alias) }

// Score implements [Comparer]; there is no score.
func (CountryComparer) Score(req, rec *Value) (float64, Reason) { return 0, Different }

// GenderComparer compares the gender enum; the record may hold M, F, O or X
// ([normalize.RecordGender]).
type GenderComparer struct{}

// Canon implements [Comparer].
func (GenderComparer) Canon(s string) Value { return enumCanon(s, normalize.RecordGender, Normalized) }

// Score implements [Comparer]; there is no score.
func (GenderComparer) Score(req, rec *Value) (float64, Reason) { return 0, Different }

// DocumentTypeComparer compares the idDocumentType enum
// ([normalize.RecordDocumentType]).
type DocumentTypeComparer struct{}

// Canon implements [Comparer].
func (DocumentTypeComparer) Canon(s string) Value {
	return enumCanon(s, normalize.RecordDocumentType, Normalized)
}

// Score implements [Comparer]; there is no score.
func (DocumentTypeComparer) Score(req, rec *Value) (float64, Reason) { return 0, Different }
