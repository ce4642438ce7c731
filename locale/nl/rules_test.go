package nl_test

import (
	"fmt"
	"testing"

	"github.com/kycmatch/kycmatch/attr"
	"github.com/kycmatch/kycmatch/internal/comparertest"
	"github.com/kycmatch/kycmatch/locale"
	"github.com/kycmatch/kycmatch/locale/nl"
)

// TestRules checks the Dutch comparers, attribute by attribute.
func TestRules(t *testing.T) {
	t.Parallel()
	const (
		n  = locale.Normalized
		d  = locale.DiacriticFold
		f  = locale.Format
		tr = locale.Transliteration
		al = locale.Alias
		pa = locale.Particle
		st = locale.StreetType
		ap = locale.AddressParts
	)
	tests := []struct {
		a    attr.Attribute
		q, r string
		ok   bool
		why  locale.Reason
	}{
		{attr.FamilyName, "Berg, van den", "van den Berg", true, n | pa},
		{attr.FamilyName, "Van Den Berg", "van den Berg", true, n},
		{attr.FamilyName, "vd Berg", "van den Berg", true, n | pa},
		{attr.FamilyName, "vd Berg", "van der Berg", true, n | pa},
		{attr.FamilyName, "v.d. Berg", "van der Berg", true, n | pa},
		{attr.FamilyName, "Dykstra", "Dijkstra", true, n | tr},
		{attr.FamilyName, "Berg", "van den Berg", false, 0},
		{attr.FamilyName, "van der Berg", "van den Berg", false, 0},
		{attr.FamilyName, "van den Broek", "van den Berg", false, 0},
		{attr.Name, "Berg, Jan van den", "Jan van den Berg", true, n | pa},
		{attr.Name, "Kees de Vries", "Cornelis de Vries", false, 0},
		{attr.Address, "Kerkstr. 12a", "Kerkstraat 12 A", true, st | ap},
		{attr.Address, "Kerkstraat 12-A, 1234 AB Amsterdam", "Kerkstraat 12a", true, ap},
		{attr.Address, "Kerkstraat 12a, 1234 AB", "Kerkstraat 12a 1235 AB", false, 0},
		{attr.Address, "Kerkstraat 12", "Kerkstraat 12a", false, 0},
		{attr.Address, "Kerkweg 12", "Kerkstraat 12", false, 0},
		{attr.Address, "Kerk 12", "Kerkstraat 12", false, 0},
		{attr.Address, "Kerkstraat 12, 2511 BT Den Haag", "Kerkstraat 12 2511BT 's-Gravenhage", true, ap | al},
		{attr.StreetName, "Kerkstr.", "Kerkstraat", true, st | ap},
		{attr.Locality, "Den Haag", "'s-Gravenhage", true, n | al},
		{attr.Region, "Fryslân", "Friesland", true, d | al},
		{attr.IDDocument, "12345672", "012345672", true, f},
		{attr.IDDocument, "12345673", "012345673", false, 0},
	}
	p := nl.New()
	for _, tc := range tests {
		comparertest.Rule(t, p, tc.a, tc.q, tc.r, tc.ok, tc.why)
	}
}

func TestNames(t *testing.T) {
	t.Parallel()
	rec := attr.Values{attr.GivenName: "Anna", attr.FamilyName: "Jansen", attr.FamilyNameAtBirth: "de Vries"}
	got := nl.New().Names(&rec, nil)
	want := []string{"Anna Jansen", "Anna de Vries", "Anna Jansen-de Vries", "Anna de Vries-Jansen"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("Names = %q, want %q", got, want)
	}
	// The same name twice composes no combination.
	rec[attr.FamilyNameAtBirth] = "JANSEN"
	if got := nl.New().Names(&rec, nil); len(got) != 2 {
		t.Errorf("Names = %q", got)
	}
}

func TestValidBSN(t *testing.T) {
	t.Parallel()
	for s, want := range map[string]bool{
		"111222333": true, "123456782": true, "012345672": true, "12345672": true, "1112.22.333": true,
		"123456789": false, "000000000": false, "11122233": false, "abcdefghi": false, "": false,
	} {
		if got := nl.ValidBSN(s); got != want {
			t.Errorf("ValidBSN(%q) = %v", s, got)
		}
	}
}

func ExampleValidBSN() {
	fmt.Println(nl.ValidBSN("111222333"), nl.ValidBSN("123456789"))
	// Output: true false
}

func ExampleIsParticle() {
	fmt.Println(nl.IsParticle("van"), nl.IsParticle("den"), nl.IsParticle("klein"))
	// Output: true true false
}

func FuzzAddress(f *testing.F) {
	for _, s := range []string{"Kerkstr. 12a, 1234 AB Amsterdam", "12", "str", "1234 ab"} {
		f.Add(s, "Kerkstraat 12a")
	}
	c := nl.New().Comparer(attr.Address)
	f.Fuzz(func(t *testing.T, a, b string) { comparertest.Symmetric(t, c, a, b) })
}

func FuzzName(f *testing.F) {
	for _, s := range []string{"Berg, van den", "vd", "v d", "v.d. Berg", ","} {
		f.Add(s)
	}
	c := nl.New().Comparer(attr.FamilyName)
	f.Fuzz(func(t *testing.T, s string) { comparertest.Reflexive(t, c, s) })
}
