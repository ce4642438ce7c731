package locale_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/kycmatch/kycmatch/locale"
)

// TestGenericComparer checks that every attribute has the comparer of
// DESIGN 2.1, by its type and by a pair it must call equal.
func TestGenericComparer(t *testing.T) {
	t.Parallel()
	tests := []struct {
		attr     string
		typ      string // %T of the comparer
		req, rec string // a pair only that comparer calls equal
	}{
		{locale.AttrIDDocument, "locale.CodeComparer", "66666666-Q", "66666666q"},
		{locale.AttrIDDocumentType, "locale.enumComparer", "driver_licence", "Driver-Licence"},
		{locale.AttrIDDocumentExpiryDate, "locale.enumComparer", "2027-07-12", "20270712"},
		{locale.AttrName, "locale.NameComparer", "Federica Sánchez", "FEDERICA SANCHEZ"},
		{locale.AttrGivenName, "locale.TextComparer", "Müller", "Mueller"},
		{locale.AttrFamilyName, "locale.TextComparer", "Mc Donald", "McDonald"},
		{locale.AttrNameKanaHankaku, "locale.KanaComparer", "ﾀﾛｳ", "たろう"},
		{locale.AttrNameKanaZenkaku, "locale.KanaComparer", "タロウ", "たろう"},
		{locale.AttrMiddleNames, "locale.TextComparer", "O'Brien", "OBrien"},
		{locale.AttrFamilyNameAtBirth, "locale.TextComparer", "Sánchez", "SANCHEZ"},
		{locale.AttrAddress, "locale.TextComparer", "Calle Mayor, 4", "calle mayor 4"},
		{locale.AttrStreetName, "locale.TextComparer", "Nicolás Salmerón", "NICOLAS SALMERON"},
		{locale.AttrStreetNumber, "locale.HouseNumberComparer", "12 A", "12a"},
		{locale.AttrPostalCode, "locale.CodeComparer", "102-8460", "1028460"},
		{locale.AttrRegion, "locale.TextComparer", "Ｔｏｋｙｏ", "tokyo"},
		{locale.AttrLocality, "locale.TextComparer", "Málaga", "MALAGA"},
		{locale.AttrCountry, "locale.enumComparer", "es", "ESP"},
		{locale.AttrHouseNumberExtension, "locale.HouseNumberComparer", "12-a", "12a"},
		{locale.AttrBirthdate, "locale.enumComparer", "1978-08-22", "19780822"},
		{locale.AttrEmail, "locale.EmailComparer", "ABC@Example.com", "abc@example.com"},
		{locale.AttrGender, "locale.enumComparer", "FEMALE", "f"},
		{locale.AttrCityOfBirth, "locale.TextComparer", "Málaga", "malaga"},
		{locale.AttrCountryOfBirth, "locale.enumComparer", "UK", "GB"},
		{locale.AttrNationality, "locale.enumComparer", "es", "ESP"},
	}
	if len(tests) != 24 {
		t.Fatalf("%d attributes, KYC Match v0.4.0 has 24", len(tests))
	}
	g := locale.Generic()
	seen := map[string]bool{}
	for _, tc := range tests {
		if seen[tc.attr] {
			t.Fatalf("%s listed twice", tc.attr)
		}
		seen[tc.attr] = true
		t.Run(tc.attr, func(t *testing.T) {
			t.Parallel()
			c := g.Comparer(tc.attr)
			if c == nil {
				t.Fatalf("Comparer(%q) = nil", tc.attr)
			}
			if got := fmt.Sprintf("%T", c); got != tc.typ {
				t.Errorf("Comparer(%q) is %s, want %s", tc.attr, got, tc.typ)
			}
			if _, ok := equal(c.Canon(tc.req), c.Canon(tc.rec)); !ok {
				t.Errorf("Comparer(%q): %q and %q differ", tc.attr, tc.req, tc.rec)
			}
		})
	}
	for _, name := range []string{"", "phoneNumber", "Name", "GIVENNAME", "given_name", "nameKana", "unknown"} {
		t.Run("unknown "+name, func(t *testing.T) {
			t.Parallel()
			if c := g.Comparer(name); c != nil {
				t.Errorf("Comparer(%q) = %T, want nil", name, c)
			}
		})
	}
}

func TestGenericNames(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		p    locale.NameParts
		want []string
	}{
		{
			name: "given and family",
			p:    locale.NameParts{GivenName: "Federica", FamilyName: "Sanchez Arjona"},
			want: []string{"Federica Sanchez Arjona"},
		},
		{
			name: "with middle names",
			p:    locale.NameParts{GivenName: "Federica", MiddleNames: "Maria", FamilyName: "Sanchez"},
			want: []string{"Federica Maria Sanchez", "Federica Sanchez"},
		},
		{
			name: "with family name at birth",
			p:    locale.NameParts{GivenName: "Federica", MiddleNames: "Maria", FamilyName: "Sanchez", FamilyNameAtBirth: "Arjona"},
			want: []string{"Federica Maria Sanchez", "Federica Sanchez", "Federica Maria Arjona", "Federica Arjona"},
		},
		{
			name: "family name at birth without middle names",
			p:    locale.NameParts{GivenName: "Federica", FamilyName: "Sanchez", FamilyNameAtBirth: "Arjona"},
			want: []string{"Federica Sanchez", "Federica Arjona"},
		},
		{
			name: "family name at birth the same",
			p:    locale.NameParts{GivenName: "Federica", FamilyName: "Sanchez", FamilyNameAtBirth: "Sanchez"},
			want: []string{"Federica Sanchez"},
		},
		{
			// The code accepts the family name at birth in place of the
			// family name (Names' doc: "current or at birth").
			name: "only family name at birth",
			p:    locale.NameParts{GivenName: "Federica", FamilyNameAtBirth: "Arjona"},
			want: []string{"Federica Arjona"},
		},
		{name: "no given name", p: locale.NameParts{MiddleNames: "Maria", FamilyName: "Sanchez"}, want: nil},
		{name: "no family name", p: locale.NameParts{GivenName: "Federica", MiddleNames: "Maria"}, want: nil},
		{name: "nothing", p: locale.NameParts{}, want: nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			got := locale.Generic().Names(tc.p)
			if !slices.Equal(got, tc.want) || (tc.want == nil) != (got == nil) {
				t.Errorf("Names(%+v) = %q, want %q", tc.p, got, tc.want)
			}
		})
	}
}

func TestGenericAddresses(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		p    locale.AddressParts
		want []string
	}{
		{
			name: "street only",
			p:    locale.AddressParts{StreetName: "Calle Mayor"},
			want: []string{"Calle Mayor"},
		},
		{
			name: "street and number",
			p:    locale.AddressParts{StreetName: "Calle Mayor", StreetNumber: "4"},
			want: []string{"Calle Mayor 4"},
		},
		{
			name: "with extension",
			p:    locale.AddressParts{StreetName: "Calle Mayor", StreetNumber: "4", HouseNumberExtension: "B"},
			want: []string{"Calle Mayor 4 B", "Calle Mayor 4"},
		},
		{
			name: "with postal code and locality",
			p: locale.AddressParts{
				StreetName: "Calle Mayor", StreetNumber: "4", HouseNumberExtension: "B",
				PostalCode: "28013", Locality: "Madrid",
			},
			want: []string{"Calle Mayor 4 B", "Calle Mayor 4", "Calle Mayor 4 B 28013 Madrid"},
		},
		{
			name: "with locality only",
			p:    locale.AddressParts{StreetName: "Calle Mayor", StreetNumber: "4", Locality: "Madrid"},
			want: []string{"Calle Mayor 4", "Calle Mayor 4 Madrid"},
		},
		{
			name: "with postal code only",
			p:    locale.AddressParts{StreetName: "Calle Mayor", StreetNumber: "4", PostalCode: "28013"},
			want: []string{"Calle Mayor 4", "Calle Mayor 4 28013"},
		},
		{
			name: "region and country are not composed",
			p:    locale.AddressParts{StreetName: "Calle Mayor", StreetNumber: "4", Region: "Madrid", Country: "ES"},
			want: []string{"Calle Mayor 4"},
		},
		{
			name: "no street name",
			p:    locale.AddressParts{StreetNumber: "4", PostalCode: "28013", Locality: "Madrid"},
			want: nil,
		},
		{name: "nothing", p: locale.AddressParts{}, want: nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			got := locale.Generic().Addresses(tc.p)
			if !slices.Equal(got, tc.want) || (tc.want == nil) != (got == nil) {
				t.Errorf("Addresses(%+v) = %q, want %q", tc.p, got, tc.want)
			}
		})
	}
}

func TestLookup(t *testing.T) {
	t.Parallel()
	// This release ships the generic profile only (DESIGN 3).
	for _, c := range []string{"ES", "NL", "JP", "", "es"} {
		p, ok := locale.Lookup(c)
		if ok || p == nil || p.Country() != "" {
			t.Errorf("Lookup(%q) = %v, %v; want the generic profile, false", c, p, ok)
		}
	}
	if got := locale.Countries(); len(got) != 0 {
		t.Errorf("Countries() = %q, want none", got)
	}
	if locale.Generic().Country() != "" {
		t.Errorf("Generic().Country() = %q", locale.Generic().Country())
	}
}
