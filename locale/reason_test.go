package locale_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/kycmatch/kycmatch/locale"
)

func TestReasonString(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		r    locale.Reason
		want string
	}{
		{"none", 0, ""},
		{"exact", locale.Exact, "EXACT"},
		{"two in order", locale.DiacriticFold | locale.Composed, "DIACRITIC_FOLD+COMPOSED"},
		{"two out of order", locale.Composed | locale.DiacriticFold, "DIACRITIC_FOLD+COMPOSED"},
		{"difference", locale.Different | locale.OrderSwap | locale.NumberMismatch, "DIFFERENT+ORDER_SWAP+NUMBER_MISMATCH"},
		{"last", locale.ZenginFold, "ZENGIN_FOLD"},
		{"unknown bit", locale.Reason(1 << 24), "UNKNOWN"},
		{"known and unknown", locale.Exact | locale.Reason(1<<31), "EXACT+UNKNOWN"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			if got := tc.r.String(); got != tc.want {
				t.Errorf("Reason(%#x).String() = %q, want %q", uint32(tc.r), got, tc.want)
			}
			b, err := tc.r.MarshalText()
			if err != nil || string(b) != tc.want {
				t.Errorf("MarshalText = %q, %v; want %q", b, err, tc.want)
			}
		})
	}
	t.Run("every code of DESIGN 2.4, in order", func(t *testing.T) {
		t.Parallel()
		all := []struct {
			r    locale.Reason
			code string
		}{
			{locale.Exact, "EXACT"}, {locale.Normalized, "NORMALIZED"},
			{locale.DiacriticFold, "DIACRITIC_FOLD"}, {locale.Transliteration, "TRANSLITERATION"},
			{locale.Spacing, "SPACING"}, {locale.KanaScript, "KANA_SCRIPT"},
			{locale.Format, "FORMAT"}, {locale.Alias, "ALIAS"}, {locale.Composed, "COMPOSED"},
			{locale.Derived, "DERIVED"}, {locale.Different, "DIFFERENT"},
			{locale.OrderSwap, "ORDER_SWAP"}, {locale.NumberMismatch, "NUMBER_MISMATCH"},
			{locale.NotHeld, "NOT_HELD"}, {locale.NotOffered, "NOT_OFFERED"},
			{locale.Unreadable, "UNREADABLE"}, {locale.Particle, "PARTICLE"},
			{locale.Abbreviation, "ABBREVIATION"}, {locale.StreetType, "STREET_TYPE"},
			{locale.AddressParts, "ADDRESS_PARTS"}, {locale.ReadingMatch, "READING_MATCH"},
			{locale.KanjiVariant, "KANJI_VARIANT"}, {locale.Romanization, "ROMANIZATION"},
			{locale.ZenginFold, "ZENGIN_FOLD"},
		}
		var union locale.Reason
		var codes []string
		for i, a := range all {
			if a.r != 1<<i {
				t.Errorf("%s = %#x, want bit %d", a.code, uint32(a.r), i)
			}
			if a.r.String() != a.code {
				t.Errorf("%#x.String() = %q, want %q", uint32(a.r), a.r.String(), a.code)
			}
			union |= a.r
			codes = append(codes, a.code)
		}
		if got, want := union.String(), strings.Join(codes, "+"); got != want {
			t.Errorf("all reasons = %q, want %q", got, want)
		}
	})
}

func TestReasonJSON(t *testing.T) {
	t.Parallel()
	b, err := json.Marshal(struct {
		Why  locale.Reason `json:"why"`
		None locale.Reason `json:"none"`
	}{locale.DiacriticFold | locale.Composed, 0})
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"why":"DIACRITIC_FOLD+COMPOSED","none":""}`; string(b) != want {
		t.Errorf("json = %s, want %s", b, want)
	}
}
