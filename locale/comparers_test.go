package locale_test

import (
	"math"
	"testing"

	"github.com/kycmatch/kycmatch/attr"
	"github.com/kycmatch/kycmatch/locale"
	"github.com/kycmatch/kycmatch/score"
)

// pair is a request value and a record value, and what Equal must say of
// their canonical forms.
type pair struct {
	name     string
	req, rec string
	equal    bool
	why      locale.Reason // when equal
}

func checkPairs(t *testing.T, c locale.Comparer, pairs []pair) {
	t.Helper()
	for _, p := range pairs {
		t.Run(p.name, func(t *testing.T) {
			t.Parallel()
			a, b := c.Canon(p.req, nil), c.Canon(p.rec, nil)
			why, ok := equal(a, b)
			if ok != p.equal || (ok && why != p.why) {
				t.Errorf("Equal(Canon(%q), Canon(%q)) = %v, %v; want %v, %v\nreq keys %v\nrec keys %v",
					p.req, p.rec, why, ok, p.why, p.equal, a.Keys(), b.Keys())
			}
		})
	}
}

const (
	n  = locale.Normalized
	d  = locale.DiacriticFold
	tr = locale.Transliteration
	sp = locale.Spacing
	k  = locale.KanaScript
	f  = locale.Format
	al = locale.Alias
)

// The examples of DESIGN 2.1, comparer by comparer. Every comparer's first
// key is the value itself (EXACT), so a side that needs no fold adds no
// reason: "66666666-Q" against "66666666q" is FORMAT alone.

func TestTextComparer(t *testing.T) {
	t.Parallel()
	checkPairs(t, locale.TextComparer{}, []pair{
		{"accent and case", "Sánchez", "SANCHEZ", true, n | d},
		{"umlaut spelt out", "Müller", "Mueller", true, n | tr},
		{"umlaut dropped", "Müller", "Muller", true, n | d},
		{"umlaut spelt out, record side", "Mueller", "Müller", true, n | tr},
		// Neither side has the umlaut that would join them.
		{"muller is not mueller", "Muller", "Mueller", false, 0},
		{"words run together", "Mc Donald", "McDonald", true, n | sp},
		{"apostrophe and space", "O'Brien", "O Brien", true, n},
		{"apostrophe run together", "O'Brien", "OBrien", true, n | sp},
		{"space run together", "O Brien", "OBrien", true, n | sp},
		{"full-width", "Ｔｏｋｙｏ", "tokyo", true, n},
		{"case only", "FEDERICA", "federica", true, n},
		{"same text", "Federica", "Federica", true, locale.Exact},
		{"ae ligature", "Æsa", "aesa", true, d},
		{"o stroke", "Ørsted", "Orsted", true, n | d},
		{"o stroke, record folded", "Ørsted", "orsted", true, d},
		// A diacritic on a letter of the table: the acute goes, then ø
		// folds to o (DESIGN 2.1).
		{"o stroke acute", "Ǿrsted", "Orsted", true, n | d},
		// Digits are never run together.
		{"1 23 is not 12 3", "Calle 1 23", "Calle 12 3", false, 0},
		{"digits keep their spaces", "Calle 1 23", "Calle 123", false, 0},
		{"kana voicing kept", "が", "か", false, 0},
		{"different", "Clara", "Carla", false, 0},
		// Unicode case folding maps Cherokee small letters to the capitals;
		// a title-case name and the same name in capitals are the same
		// value (see normalize TestText, golang/go#46101).
		{"cherokee title case and capitals", "\u13e3\uab83\uab79", "\u13e3\u13b3\u13a9", true, n},
	})
	t.Run("nothing to compare", func(t *testing.T) {
		t.Parallel()
		for _, s := range []string{"", " ", "--", "\u0301"} {
			if v := (locale.TextComparer{}).Canon(s, nil); !v.Empty() || v.Text != "" {
				t.Errorf("Canon(%q) = %+v, want empty", s, v)
			}
		}
	})
	t.Run("keys of Müller", func(t *testing.T) {
		t.Parallel()
		v := locale.TextComparer{}.Canon("Müller", nil)
		want := []locale.Key{{Form: "Müller", Why: locale.Exact}, {Form: "müller", Why: n}, {Form: "muller", Why: d}, {Form: "mueller", Why: tr}}
		if !keysEqual(v.Keys(), want) || v.Text != "muller" {
			t.Errorf("Canon(Müller) = %+v, want keys %v, text muller", v, want)
		}
	})
	t.Run("keys of Mc Donald", func(t *testing.T) {
		t.Parallel()
		v := locale.TextComparer{}.Canon("Mc Donald", nil)
		want := []locale.Key{{Form: "Mc Donald", Why: locale.Exact}, {Form: "mc donald", Why: n}, {Form: "mcdonald", Why: sp}}
		if !keysEqual(v.Keys(), want) || v.Text != "mc donald" {
			t.Errorf("Canon(Mc Donald) = %+v, want keys %v", v, want)
		}
	})
}

func keysEqual(a, b []locale.Key) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestKanaComparer(t *testing.T) {
	t.Parallel()
	checkPairs(t, locale.KanaComparer{}, []pair{
		{"half-width and full-width", "ﾀﾛｳ", "タロウ", true, n},
		{"hiragana and katakana", "タロウ", "たろう", true, k},
		{"half-width and hiragana", "ﾀﾛｳ", "たろう", true, n | k},
		{"space removed", "ヤマダ タロウ", "ヤマダタロウ", true, sp},
		{"half-width with space", "ﾔﾏﾀﾞ ﾀﾛｳ", "ヤマダタロウ", true, sp},
		{"voicing kept", "が", "か", false, 0},
		{"voicing kept in katakana", "ダ", "タ", false, 0},
		{"latin reading", "FEDERICA", "federica", true, n},
	})
}

func TestCodeComparer(t *testing.T) {
	t.Parallel()
	checkPairs(t, locale.CodeComparer{}, []pair{
		{"dni", "66666666-Q", "66666666q", true, f},
		{"dni full-width", "６６６６６６６６Ｑ", "66666666q", true, n},
		{"dutch postcode", "1234 AB", "1234ab", true, f},
		{"japanese postcode", "102-8460", "1028460", true, f},
		{"different", "66666666-Q", "66666666-R", false, 0},
	})
	if v := (locale.CodeComparer{}).Canon("--", nil); !v.Empty() {
		t.Errorf("Canon(--) = %+v, want empty", v)
	}
}

func TestHouseNumberComparer(t *testing.T) {
	t.Parallel()
	checkPairs(t, locale.HouseNumberComparer{}, []pair{
		{"space letter", "12 A", "12a", true, f},
		{"hyphen letter", "12-a", "12a", true, f},
		// Both fold to "12 a" (NORMALIZED) before they fold to "12a".
		{"space and hyphen", "12 A", "12-a", true, n},
		{"range is not run together", "12-14", "1214", false, 0},
		{"1 23 is not 12 3", "1 23", "12 3", false, 0},
		{"different", "4", "5", false, 0},
	})
}

func TestDateComparer(t *testing.T) {
	t.Parallel()
	checkPairs(t, locale.DateComparer{}, []pair{
		{"same", "1978-08-22", "1978-08-22", true, locale.Exact},
		{"compact record", "1978-08-22", "19780822", true, f},
		{"slashes record", "1978-08-22", "1978/08/22", true, f},
		{"date-time record", "1978-08-22", "1978-08-22T10:00:00Z", true, f},
		{"different", "1978-08-22", "1978-08-23", false, 0},
		{"record not a date", "1978-08-22", "22/08/1978", false, 0},
	})
	if v := (locale.DateComparer{}).Canon("not a date", nil); !v.Empty() {
		t.Errorf("Canon(not a date) = %+v, want empty", v)
	}
}

func TestEmailComparer(t *testing.T) {
	t.Parallel()
	checkPairs(t, locale.EmailComparer{}, []pair{
		{"case", "ABC@Example.com", "abc@example.com", true, n},
		{"local part case", "Abc@example.com", "aBC@EXAMPLE.COM", true, n},
		{"different", "abc@example.com", "abd@example.com", false, 0},
	})
}

func TestEnumComparers(t *testing.T) {
	t.Parallel()
	t.Run("gender", func(t *testing.T) {
		t.Parallel()
		checkPairs(t, locale.GenderComparer{}, []pair{
			{"same", "FEMALE", "FEMALE", true, locale.Exact},
			{"record letter", "FEMALE", "f", true, n},
			{"record lower case", "MALE", "male", true, n},
			{"record x", "OTHER", "X", true, n},
			{"different", "FEMALE", "M", false, 0},
			{"record unreadable", "FEMALE", "unknown", false, 0},
		})
	})
	t.Run("document type", func(t *testing.T) {
		t.Parallel()
		checkPairs(t, locale.DocumentTypeComparer{}, []pair{
			{"same", "passport", "passport", true, locale.Exact},
			{"record case and hyphen", "driver_licence", "Driver-Licence", true, n},
			{"record american", "driver_licence", "driver_license", true, n},
			{"different", "passport", "national_id_card", false, 0},
		})
	})
	t.Run("country", func(t *testing.T) {
		t.Parallel()
		checkPairs(t, locale.CountryComparer{}, []pair{
			{"same", "ES", "ES", true, locale.Exact},
			{"case", "es", "ES", true, n},
			{"alpha-3 record", "es", "ESP", true, n | al},
			{"alias", "UK", "GB", true, al},
			{"transitional alias", "TP", "TL", true, al},
			{"different", "ES", "PT", false, 0},
		})
	})
}

func TestScores(t *testing.T) {
	t.Parallel()
	g := locale.Generic()
	tests := []struct {
		name     string
		a        attr.Attribute
		req, rec string
		want     float64
		why      locale.Reason
	}{
		{"one word", attr.GivenName, "Clara", "Carla", score.Similarity("clara", "carla"), locale.Different},
		// Scored on the diacritic-folded form.
		{"diacritics folded", attr.GivenName, "Clára", "Carla", score.Similarity("clara", "carla"), locale.Different},
		{"order swap", attr.FamilyName, "Sanchez Arjona", "Arjona Sanchez", 0.95, locale.Different | locale.OrderSwap},
		// A different house number halves the street's score (score.Address).
		{"number mismatch", attr.Address, "Calle Mayor 4", "Calle Mayor 5", 0.5, locale.Different | locale.NumberMismatch},
		{"kana", attr.NameKanaZenkaku, "ヤマダ タロウ", "やまだ たろ", score.Tokens([]string{"ヤマダ", "タロウ"}, []string{"ヤマダ", "タロ"}).S, locale.Different},
		{"house number", attr.StreetNumber, "12", "21", 0.5, locale.Different | locale.NumberMismatch},
		{"house number letter", attr.StreetNumber, "12 A", "12b", 0.85, locale.Different},
		{"house number words", attr.StreetNumber, "bis", "ter", score.Similarity("bis", "ter"), locale.Different},
		{"email", attr.Email, "ABC@example.com", "abd@example.com", score.Similarity("abc@example.com", "abd@example.com"), locale.Different},
		{"id document has no score", attr.IDDocument, "66666666Q", "66666666R", 0, locale.Different},
		{"postal code has no score", attr.PostalCode, "28013", "28014", 0, locale.Different},
		{"birthdate has no score", attr.Birthdate, "1978-08-22", "1978-08-23", 0, locale.Different},
		{"gender has no score", attr.Gender, "MALE", "FEMALE", 0, locale.Different},
		{"country has no score", attr.Country, "ES", "PT", 0, locale.Different},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			c := g.Comparer(tc.a)
			req, rec := c.Canon(tc.req, nil), c.Canon(tc.rec, nil)
			s, why := c.Score(&req, &rec)
			if math.Abs(s-tc.want) > 1e-9 || why != tc.why {
				t.Errorf("%s: Score(%q, %q) = %v, %v; want %v, %v", tc.a, tc.req, tc.rec, s, why, tc.want, tc.why)
			}
			if !(s >= 0 && s <= 1) {
				t.Errorf("score %v out of [0, 1]", s)
			}
		})
	}
}
