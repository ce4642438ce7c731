package locale_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/kycmatch/kycmatch/attr"
	"github.com/kycmatch/kycmatch/locale"
)

func val(keys ...locale.Key) locale.Value {
	var v locale.Value
	for _, k := range keys {
		v.Add(k.Form, k.Why)
	}
	return v
}

// equal is locale.Equal on values.
func equal(a, b locale.Value) (locale.Reason, bool) { return locale.Equal(&a, &b) }

func key(form string, why locale.Reason) locale.Key { return locale.Key{Form: form, Why: why} }

func TestEqual(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		a, b  locale.Value
		want  locale.Reason
		equal bool
	}{
		{
			name: "exact both sides",
			a:    val(key("x", locale.Exact)), b: val(key("x", locale.Exact)),
			want: locale.Exact, equal: true,
		},
		{
			// EXACT beside another fold says nothing.
			name: "exact beside a fold",
			a:    val(key("x", locale.Exact)), b: val(key("x", locale.Format)),
			want: locale.Format, equal: true,
		},
		{
			name: "exact beside a fold, swapped",
			a:    val(key("x", locale.Normalized)), b: val(key("x", locale.Exact)),
			want: locale.Normalized, equal: true,
		},
		{
			name: "union of the two reasons",
			a:    val(key("muller", locale.DiacriticFold)), b: val(key("muller", locale.Normalized)),
			want: locale.Normalized | locale.DiacriticFold, equal: true,
		},
		{
			// Two pairs meet; the stricter (N) wins over D|T, even though
			// it is found second.
			name: "strictest pair wins",
			a:    val(key("mueller", locale.Transliteration), key("muller", locale.Normalized)),
			b:    val(key("mueller", locale.DiacriticFold), key("muller", locale.Normalized)),
			want: locale.Normalized, equal: true,
		},
		{
			name: "strictest pair wins, found first",
			a:    val(key("muller", locale.Normalized), key("mueller", locale.Transliteration)),
			b:    val(key("mueller", locale.DiacriticFold), key("muller", locale.Normalized)),
			want: locale.Normalized, equal: true,
		},
		{
			name: "no shared key",
			a:    val(key("muller", locale.Normalized)), b: val(key("mueller", locale.Normalized)),
			want: 0, equal: false,
		},
		{name: "both empty", want: 0, equal: false},
		{name: "one empty", a: val(key("x", locale.Exact)), want: 0, equal: false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			why, ok := equal(tc.a, tc.b)
			if ok != tc.equal || why != tc.want {
				t.Errorf("Equal = %v, %v; want %v, %v", why, ok, tc.want, tc.equal)
			}
			// Equal is symmetric.
			why, ok = equal(tc.b, tc.a)
			if ok != tc.equal || why != tc.want {
				t.Errorf("Equal swapped = %v, %v; want %v, %v", why, ok, tc.want, tc.equal)
			}
		})
	}
}

func TestValueAdd(t *testing.T) {
	t.Parallel()
	t.Run("dedups", func(t *testing.T) {
		t.Parallel()
		var v locale.Value
		v.Add("muller", locale.Normalized)
		v.Add("muller", locale.Normalized)
		v.Add("mueller", locale.Transliteration)
		v.Add("muller", locale.DiacriticFold)
		want := []locale.Key{key("muller", locale.Normalized), key("mueller", locale.Transliteration)}
		if !slices.Equal(v.Keys(), want) {
			t.Errorf("Keys = %v, want %v", v.Keys(), want)
		}
	})
	t.Run("ignores empty", func(t *testing.T) {
		t.Parallel()
		var v locale.Value
		v.Add("", locale.Exact)
		if !v.Empty() || len(v.Keys()) != 0 {
			t.Errorf("Keys = %v, want none", v.Keys())
		}
		v.Add("x", locale.Exact)
		v.Add("", locale.Normalized)
		if v.Empty() || len(v.Keys()) != 1 {
			t.Errorf("Keys = %v, want one", v.Keys())
		}
	})
	t.Run("keeps the stricter reason", func(t *testing.T) {
		t.Parallel()
		// Add's doc: "a form that is already there keeps its stricter
		// reason", whichever comes first.
		var v locale.Value
		v.Add("muller", locale.DiacriticFold)
		v.Add("muller", locale.Normalized)
		want := []locale.Key{key("muller", locale.Normalized)}
		if !slices.Equal(v.Keys(), want) {
			t.Errorf("Keys = %v, want %v", v.Keys(), want)
		}
	})
}

func TestCompose(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		parts []string
		want  string
	}{
		{"none", nil, ""},
		{"one", []string{"a"}, "a"},
		{"several", []string{"a", "b", "c"}, "a b c"},
		{"empty parts skipped", []string{"", "a", "", "b", ""}, "a b"},
		{"all empty", []string{"", ""}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			if got := locale.Compose(tc.parts...); got != tc.want {
				t.Errorf("Compose(%q) = %q, want %q", tc.parts, got, tc.want)
			}
		})
	}
}

func ExampleEqual() {
	c := locale.Generic().Comparer(attr.FamilyName)
	muller := c.Canon("Müller", nil)
	for _, k := range muller.Keys() {
		fmt.Println(k.Form, k.Why)
	}
	mueller, upper := c.Canon("Mueller", nil), c.Canon("MULLER", nil)
	why, ok := locale.Equal(&muller, &mueller)
	fmt.Println("Mueller:", ok, why)
	why, ok = locale.Equal(&muller, &upper)
	fmt.Println("MULLER:", ok, why)
	// Neither side has the umlaut that would join them.
	muller2 := c.Canon("Muller", nil)
	_, ok = locale.Equal(&muller2, &mueller)
	fmt.Println("Muller and Mueller:", ok)
	// Output:
	// Müller EXACT
	// müller NORMALIZED
	// muller DIACRITIC_FOLD
	// mueller TRANSLITERATION
	// Mueller: true NORMALIZED+TRANSLITERATION
	// MULLER: true NORMALIZED+DIACRITIC_FOLD
	// Muller and Mueller: false
}
