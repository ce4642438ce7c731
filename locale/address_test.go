package locale_test

import (
	"strings"
	"testing"

	"github.com/kycmatch/kycmatch/locale"
)

// format is a small address format for the tests: five-digit postcodes,
// "calle" and "c" as a street type, "izq" as an extension word.
var format = locale.AddressFormat{
	Postcode: func(ws []string, i int) (string, int) {
		if len(ws[i]) == 5 && strings.Trim(ws[i], "0123456789") == "" {
			return ws[i], 1
		}
		return "", 0
	},
	StreetType: func(ws []string) (string, []string) {
		if len(ws) > 1 && (ws[0] == "calle" || ws[0] == "c") {
			return "calle", ws[1:]
		}
		return "", ws
	},
	Extension: func(w string) bool { return w == "izq" },
	SameLocality: func(a, b string) bool {
		return a == "la coruna" && b == "a coruna" || a == "a coruna" && b == "la coruna"
	},
	TypeOptional: true,
}

func TestParseAddress(t *testing.T) {
	t.Parallel()
	tests := []struct {
		text string
		want locale.ParsedAddress
	}{
		{"calle mayor 12", locale.ParsedAddress{Type: "calle", Street: "mayor", Number: "12"}},
		{"12 calle mayor", locale.ParsedAddress{Type: "calle", Street: "mayor", Number: "12"}},
		{"c mayor 12a", locale.ParsedAddress{Type: "calle", Street: "mayor", Number: "12", Ext: "a"}},
		{"c mayor 12 a", locale.ParsedAddress{Type: "calle", Street: "mayor", Number: "12", Ext: "a"}},
		{"calle mayor 12 3 izq 28013 madrid", locale.ParsedAddress{Type: "calle", Street: "mayor", Number: "12", Ext: "3 izq", Postcode: "28013", Locality: "madrid"}},
		{"calle mayor 12 madrid", locale.ParsedAddress{Type: "calle", Street: "mayor", Number: "12", Locality: "madrid"}},
		{"calle mayor s n", locale.ParsedAddress{Type: "calle", Street: "mayor", Number: "sn"}},
		{"mayor", locale.ParsedAddress{Street: "mayor"}},
		{"3-10-10", locale.ParsedAddress{Number: "3-10-10"}},
		{"", locale.ParsedAddress{}},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			t.Parallel()
			if got := locale.ParseAddress(tc.text, &format); got != tc.want {
				t.Errorf("ParseAddress(%q) = %+v, want %+v", tc.text, got, tc.want)
			}
		})
	}
}

func TestSameAddress(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		a, b string
		want locale.Reason
		ok   bool
	}{
		{"same", "calle mayor 12", "c mayor 12", locale.AddressParts, true},
		{"type on one side", "mayor 12", "calle mayor 12", locale.AddressParts | locale.StreetType, true},
		{"number first", "12 calle mayor", "calle mayor 12", locale.AddressParts, true},
		{"extension apart", "calle mayor 12 a", "calle mayor 12a", locale.AddressParts, true},
		{"postcode on one side", "calle mayor 12 28013 madrid", "calle mayor 12", locale.AddressParts, true},
		{"locality alias", "calle mayor 12 15001 la coruna", "calle mayor 12 15001 a coruna", locale.AddressParts | locale.Alias, true},
		{"other postcode", "calle mayor 12 28013", "calle mayor 12 28014", 0, false},
		{"other locality", "calle mayor 12 madrid", "calle mayor 12 toledo", 0, false},
		{"other number", "calle mayor 12", "calle mayor 13", 0, false},
		{"number on one side", "calle mayor", "calle mayor 12", 0, false},
		{"other extension", "calle mayor 12a", "calle mayor 12b", 0, false},
		{"extension on one side", "calle mayor 12", "calle mayor 12a", 0, false},
		{"other street", "calle menor 12", "calle mayor 12", 0, false},
		{"no street", "12", "12", 0, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			a, b := locale.ParseAddress(tc.a, &format), locale.ParseAddress(tc.b, &format)
			why, ok := locale.SameAddress(&a, &b, &format)
			if ok != tc.ok || why != tc.want {
				t.Errorf("SameAddress(%q, %q) = %v, %v; want %v, %v", tc.a, tc.b, why, ok, tc.want, tc.ok)
			}
			// Symmetric.
			if why2, ok2 := locale.SameAddress(&b, &a, &format); ok2 != ok || why2 != why {
				t.Errorf("not symmetric: %v %v", why2, ok2)
			}
		})
	}
	// Without TypeOptional, a type on one side only is another street.
	strict := format
	strict.TypeOptional = false
	a, b := locale.ParseAddress("mayor 12", &strict), locale.ParseAddress("calle mayor 12", &strict)
	if _, ok := locale.SameAddress(&a, &b, &strict); ok {
		t.Error("a type on one side only matched without TypeOptional")
	}
}

func FuzzParseAddress(f *testing.F) {
	for _, s := range []string{"calle mayor 12 3 izq 28013 madrid", "12", "s n", "c 1 2 3 4 5", "a b c"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p := locale.ParseAddress(strings.Join(strings.Fields(s), " "), &format)
		if _, ok := locale.SameAddress(&p, &p, &format); !ok && p.Street != "" {
			t.Fatalf("%+v is not the same as itself", p)
		}
	})
}

func TestNaturalName(t *testing.T) {
	t.Parallel()
	particle := func(w string) bool { return w == "van" || w == "den" || w == "de" || w == "la" }
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"Berg, van den", "van den berg", true},
		{"Berg, Jan van den", "jan van den berg", true},
		{"Sánchez Arjona, Federica", "federica sanchez arjona", true},
		{"Berg van den", "van den berg", true},
		{"van den Berg", "", false},
		{"Berg", "", false},
		{"Berg,", "", false},
		{", van den", "", false},
		{"", "", false},
	}
	for _, tc := range tests {
		got, ok := locale.NaturalName(tc.in, particle)
		if got != tc.want || ok != tc.ok {
			t.Errorf("NaturalName(%q) = %q, %v; want %q, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

func FuzzNaturalName(f *testing.F) {
	for _, s := range []string{"Berg, van den", ",", ", ,", "a b, c"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, ok := locale.NaturalName(s, func(w string) bool { return w == "van" })
		if ok && (got == "" || strings.HasPrefix(got, " ") || strings.HasSuffix(got, " ")) {
			t.Fatalf("NaturalName(%q) = %q", s, got)
		}
	})
}
