package es_test

import (
	"fmt"
	"testing"

	"github.com/kycmatch/kycmatch/attr"
	"github.com/kycmatch/kycmatch/internal/comparertest"
	"github.com/kycmatch/kycmatch/locale"
	"github.com/kycmatch/kycmatch/locale/es"
)

// TestRules checks the Spanish comparers, attribute by attribute: what is
// the same value (and why), and what is not.
func TestRules(t *testing.T) {
	t.Parallel()
	const (
		n  = locale.Normalized
		d  = locale.DiacriticFold
		f  = locale.Format
		al = locale.Alias
		ab = locale.Abbreviation
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
		{attr.Name, "Fco José García", "Francisco José García", true, d | ab},
		{attr.Name, "Federico José García", "Fco. José García", true, d | ab},
		{attr.GivenName, "Mª del Carmen", "María del Carmen", true, d | ab},
		{attr.GivenName, "Ma del Carmen", "María del Carmen", false, 0},
		{attr.FamilyName, "Glez. Pérez", "González Pérez", true, d | ab},
		{attr.FamilyName, "Sánchez-Arjona", "Sánchez Arjona", true, n},
		{attr.Name, "Sánchez Arjona, Federica", "Federica Sánchez Arjona", true, d | f},
		{attr.Name, "Fuente, María de la", "María de la Fuente", true, d | pa},
		{attr.FamilyName, "Sánchez", "Sánchez Arjona", false, 0},
		{attr.FamilyName, "Arjona Sánchez", "Sánchez Arjona", false, 0},
		{attr.FamilyName, "Ortega Gasset", "Ortega y Gasset", false, 0},
		{attr.GivenName, "María Carmen", "María del Carmen", false, 0},
		{attr.Name, "Paco García", "Francisco García", false, 0},
		{attr.Address, "C/ Mayor 12", "Calle Mayor 12", true, ap},
		{attr.Address, "Mayor 12", "Calle Mayor 12", true, st | ap},
		{attr.Address, "Plaza Mayor 12", "Calle Mayor 12", false, 0},
		{attr.Address, "Calle Mayor, 12, 3º izq, 28013 Madrid", "Calle Mayor 12 3 izquierda", true, ap},
		{attr.Address, "Calle Mayor 12, 28013 Madrid", "Calle Mayor 12 28014 Madrid", false, 0},
		{attr.Address, "Calle Mayor 12, 15001 La Coruña", "Calle Mayor 12 15001 A Coruña", true, ap | al},
		{attr.Address, "Avda. de la Constitución s/n", "Avenida de la Constitución S/N", true, ap},
		{attr.Address, "Calle de Alcalá 5", "Calle Alcalá 5", true, ap},
		{attr.Address, "Calle Mayor", "Calle Mayor 12", false, 0},
		{attr.StreetName, "C/ Mayor", "Mayor", true, st | ap},
		{attr.StreetNumber, "s/n", "SN", true, n | f},
		{attr.HouseNumberExtension, "3º izq", "3 izquierda", true, f},
		{attr.HouseNumberExtension, "3º izq", "3 dcha", false, 0},
		{attr.Locality, "La Coruña", "A Coruña", true, d | al},
		{attr.Region, "Gerona", "Girona", true, n | al},
		{attr.Region, "Gerona", "Madrid", false, 0},
		{attr.IDDocument, "1234567L", "01234567L", true, n | f},
		{attr.IDDocument, "1234567X", "01234567X", false, 0},
	}
	p := es.New()
	for _, tc := range tests {
		comparertest.Rule(t, p, tc.a, tc.q, tc.r, tc.ok, tc.why)
	}
}

func TestScores(t *testing.T) {
	t.Parallel()
	p := es.New()
	score := func(a attr.Attribute, q, r string) float64 {
		c := p.Comparer(a)
		qv, rv := c.Canon(q, nil), c.Canon(r, nil)
		s, _ := c.Score(&qv, &rv)
		return s
	}
	// A hypocoristic scores high; a missing second surname too.
	if s := score(attr.Name, "Paco García", "Francisco García"); s < 0.9 {
		t.Errorf("Paco García: %v", s)
	}
	if s := score(attr.FamilyName, "Sánchez", "Sánchez Arjona"); s < 0.8 {
		t.Errorf("missing second surname: %v", s)
	}
	// A street type counts less than the street's name.
	if a, b := score(attr.Address, "Plaza Mayor 12", "Calle Mayor 12"), score(attr.Address, "Calle Menor 12", "Calle Mayor 12"); !(a > 0.5) || !(b < 0.9) {
		t.Errorf("other type %v, other name %v", a, b)
	}
}

func TestValidDNI(t *testing.T) {
	t.Parallel()
	for s, want := range map[string]bool{
		"12345678Z": true, "12345678z": true, "12345678-Z": true, "01234567L": true,
		"12345678A": false, "1234567L": false, "1234567890": false, "": false, "ABCDEFGHZ": false,
	} {
		if got := es.ValidDNI(s); got != want {
			t.Errorf("ValidDNI(%q) = %v", s, got)
		}
	}
	for s, want := range map[string]bool{
		"X1234567L": true, "x1234567l": true, "Y1234567X": true, "Z1234567R": true,
		"X1234567A": false, "W1234567L": false, "X123456L": false,
	} {
		if got := es.ValidNIE(s); got != want {
			t.Errorf("ValidNIE(%q) = %v", s, got)
		}
	}
}

func ExampleValidDNI() {
	fmt.Println(es.ValidDNI("12345678Z"), es.ValidDNI("12345678A"), es.ValidNIE("X1234567L"))
	// Output: true false true
}

func ExampleSamePlace() {
	fmt.Println(es.SamePlace("a coruna", "la coruna"), es.SamePlace("girona", "gerona"), es.SamePlace("girona", "lleida"))
	// Output: true true false
}

func FuzzAddress(f *testing.F) {
	for _, s := range []string{"C/ Mayor, 12, 3º izq, 28013 Madrid", "s/n", "12", "Avda. 1 2 3"} {
		f.Add(s, "Calle Mayor 12")
	}
	c := es.New().Comparer(attr.Address)
	f.Fuzz(func(t *testing.T, a, b string) { comparertest.Symmetric(t, c, a, b) })
}

func FuzzName(f *testing.F) {
	for _, s := range []string{"Mª del Carmen", "Fco., José", "Sánchez Arjona, Federica", ",", "Glez.,"} {
		f.Add(s)
	}
	c := es.New().Comparer(attr.Name)
	f.Fuzz(func(t *testing.T, s string) { comparertest.Reflexive(t, c, s) })
}
