package locale_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/kycmatch/kycmatch/attr"
	"github.com/kycmatch/kycmatch/locale"
)

// TestGenericComparer checks that every attribute has the comparer of
// DESIGN 2.1, by its type and by a pair it must call equal.
func TestGenericComparer(t *testing.T) {
	t.Parallel()
	tests := []struct {
		a        attr.Attribute
		typ      string // %T of the comparer
		req, rec string // a pair only that comparer calls equal
	}{
		{attr.IDDocument, "locale.CodeComparer", "66666666-Q", "66666666q"},
		{attr.IDDocumentType, "locale.DocumentTypeComparer", "driver_licence", "Driver-Licence"},
		{attr.IDDocumentExpiryDate, "locale.DateComparer", "2027-07-12", "20270712"},
		{attr.BankAccountNumber, "locale.CodeComparer", "IBAN:NL59ABNA0123456789", "iban nl59 abna 0123 4567 89"},
		{attr.Name, "locale.NameComparer", "Federica Sánchez", "FEDERICA SANCHEZ"},
		{attr.GivenName, "locale.NameComparer", "Müller", "Mueller"},
		{attr.FamilyName, "locale.NameComparer", "Mc Donald", "McDonald"},
		{attr.NameKanaHankaku, "locale.KanaComparer", "ﾀﾛｳ", "たろう"},
		{attr.NameKanaZenkaku, "locale.KanaComparer", "タロウ", "たろう"},
		{attr.MiddleNames, "locale.NameComparer", "O'Brien", "OBrien"},
		{attr.FamilyNameAtBirth, "locale.NameComparer", "Sánchez", "SANCHEZ"},
		{attr.Address, "locale.AddressComparer", "Calle Mayor, 4", "calle mayor 4"},
		{attr.StreetName, "locale.AddressComparer", "Nicolás Salmerón", "NICOLAS SALMERON"},
		{attr.StreetNumber, "locale.HouseNumberComparer", "12 A", "12a"},
		{attr.PostalCode, "locale.CodeComparer", "102-8460", "1028460"},
		{attr.Region, "locale.TextComparer", "Ｔｏｋｙｏ", "tokyo"},
		{attr.Locality, "locale.TextComparer", "Málaga", "MALAGA"},
		{attr.Country, "locale.CountryComparer", "es", "ESP"},
		{attr.HouseNumberExtension, "locale.HouseNumberComparer", "12-a", "12a"},
		{attr.Birthdate, "locale.DateComparer", "1978-08-22", "19780822"},
		{attr.Email, "locale.EmailComparer", "ABC@Example.com", "abc@example.com"},
		{attr.Gender, "locale.GenderComparer", "FEMALE", "f"},
		{attr.CityOfBirth, "locale.TextComparer", "Málaga", "malaga"},
		{attr.CountryOfBirth, "locale.CountryComparer", "UK", "GB"},
		{attr.Nationality, "locale.CountryComparer", "es", "ESP"},
	}
	if len(tests) != attr.Count {
		t.Fatalf("%d attributes, want %d", len(tests), attr.Count)
	}
	g := locale.Generic()
	seen := map[attr.Attribute]bool{}
	for _, tc := range tests {
		if seen[tc.a] {
			t.Fatalf("%s listed twice", tc.a)
		}
		seen[tc.a] = true
		t.Run(tc.a.String(), func(t *testing.T) {
			t.Parallel()
			c := g.Comparer(tc.a)
			if c == nil {
				t.Fatalf("Comparer(%s) = nil", tc.a)
			}
			if got := fmt.Sprintf("%T", c); got != tc.typ {
				t.Errorf("Comparer(%s) is %s, want %s", tc.a, got, tc.typ)
			}
			if _, ok := equal(c.Canon(tc.req, nil), c.Canon(tc.rec, nil)); !ok {
				t.Errorf("Comparer(%s): %q and %q differ", tc.a, tc.req, tc.rec)
			}
		})
	}
	for _, a := range []attr.Attribute{attr.Attribute(attr.Count), 200, 255} {
		if c := g.Comparer(a); c != nil {
			t.Errorf("Comparer(%v) = %T, want nil", a, c)
		}
	}
}

func TestGenericNames(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		rec  attr.Values
		want []string
	}{
		{
			name: "given and family",
			rec:  attr.Values{attr.GivenName: "Federica", attr.FamilyName: "Sanchez Arjona"},
			want: []string{"Federica Sanchez Arjona"},
		},
		{
			name: "with middle names",
			rec:  attr.Values{attr.GivenName: "Federica", attr.MiddleNames: "Maria", attr.FamilyName: "Sanchez"},
			want: []string{"Federica Maria Sanchez", "Federica Sanchez"},
		},
		{
			name: "with family name at birth",
			rec:  attr.Values{attr.GivenName: "Federica", attr.MiddleNames: "Maria", attr.FamilyName: "Sanchez", attr.FamilyNameAtBirth: "Arjona"},
			want: []string{"Federica Maria Sanchez", "Federica Sanchez", "Federica Maria Arjona", "Federica Arjona"},
		},
		{
			name: "family name at birth without middle names",
			rec:  attr.Values{attr.GivenName: "Federica", attr.FamilyName: "Sanchez", attr.FamilyNameAtBirth: "Arjona"},
			want: []string{"Federica Sanchez", "Federica Arjona"},
		},
		{
			name: "family name at birth the same",
			rec:  attr.Values{attr.GivenName: "Federica", attr.FamilyName: "Sanchez", attr.FamilyNameAtBirth: "Sanchez"},
			want: []string{"Federica Sanchez"},
		},
		{
			// Names' doc: a family name "current or at birth".
			name: "only family name at birth",
			rec:  attr.Values{attr.GivenName: "Federica", attr.FamilyNameAtBirth: "Arjona"},
			want: []string{"Federica Arjona"},
		},
		{name: "no given name", rec: attr.Values{attr.MiddleNames: "Maria", attr.FamilyName: "Sanchez"}, want: nil},
		{name: "no family name", rec: attr.Values{attr.GivenName: "Federica", attr.MiddleNames: "Maria"}, want: nil},
		{name: "nothing", want: nil},
		{
			// The composer appends to what dst holds, and keeps it.
			name: "name held is not a part",
			rec:  attr.Values{attr.Name: "Federica Sanchez", attr.GivenName: "Fede", attr.FamilyName: "Sanchez"},
			want: []string{"Fede Sanchez"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			got := locale.Generic().Names(&tc.rec, nil)
			if !slices.Equal(got, tc.want) {
				t.Errorf("Names(%q) = %q, want %q", tc.rec, got, tc.want)
			}
			// Appending after other values: they are kept, and a value
			// equal to one of them is still composed (AppendNew looks only
			// at what the composer appended).
			pre := []string{"x", "Federica Sanchez"}
			got = locale.Generic().Names(&tc.rec, pre)
			if !slices.Equal(got[:2], pre) || !slices.Equal(got[2:], tc.want) {
				t.Errorf("Names after %q = %q, want %q", pre, got, append(pre, tc.want...))
			}
		})
	}
}

func TestGenericAddresses(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		rec  attr.Values
		want []string
	}{
		{
			name: "street only",
			rec:  attr.Values{attr.StreetName: "Calle Mayor"},
			want: []string{"Calle Mayor"},
		},
		{
			name: "street and number",
			rec:  attr.Values{attr.StreetName: "Calle Mayor", attr.StreetNumber: "4"},
			want: []string{"Calle Mayor 4"},
		},
		{
			name: "with extension",
			rec:  attr.Values{attr.StreetName: "Calle Mayor", attr.StreetNumber: "4", attr.HouseNumberExtension: "B"},
			want: []string{"Calle Mayor 4 B", "Calle Mayor 4"},
		},
		{
			name: "with postal code and locality",
			rec: attr.Values{
				attr.StreetName: "Calle Mayor", attr.StreetNumber: "4", attr.HouseNumberExtension: "B",
				attr.PostalCode: "28013", attr.Locality: "Madrid",
			},
			want: []string{"Calle Mayor 4 B", "Calle Mayor 4", "Calle Mayor 4 B 28013 Madrid"},
		},
		{
			name: "with locality only",
			rec:  attr.Values{attr.StreetName: "Calle Mayor", attr.StreetNumber: "4", attr.Locality: "Madrid"},
			want: []string{"Calle Mayor 4", "Calle Mayor 4 Madrid"},
		},
		{
			name: "with postal code only",
			rec:  attr.Values{attr.StreetName: "Calle Mayor", attr.StreetNumber: "4", attr.PostalCode: "28013"},
			want: []string{"Calle Mayor 4", "Calle Mayor 4 28013"},
		},
		{
			name: "region and country are not composed",
			rec:  attr.Values{attr.StreetName: "Calle Mayor", attr.StreetNumber: "4", attr.Region: "Madrid", attr.Country: "ES"},
			want: []string{"Calle Mayor 4"},
		},
		{
			name: "no street name",
			rec:  attr.Values{attr.StreetNumber: "4", attr.PostalCode: "28013", attr.Locality: "Madrid"},
			want: nil,
		},
		{name: "nothing", want: nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			got := locale.Generic().Addresses(&tc.rec, nil)
			if !slices.Equal(got, tc.want) {
				t.Errorf("Addresses(%q) = %q, want %q", tc.rec, got, tc.want)
			}
		})
	}
}

// TestSourcesWith checks the generic rule of where a record's values come
// from (DESIGN 2.3), through the generic profile.
func TestSourcesWith(t *testing.T) {
	t.Parallel()
	src := func(v string, why locale.Reason) locale.Source { return locale.Source{Value: v, Why: why} }
	tests := []struct {
		name string
		a    attr.Attribute
		rec  attr.Values
		want []locale.Source
	}{
		{"held", attr.GivenName, attr.Values{attr.GivenName: "Federica"}, []locale.Source{src("Federica", 0)}},
		{"not held", attr.GivenName, attr.Values{attr.FamilyName: "Sanchez"}, nil},
		{"name held is not composed", attr.Name,
			attr.Values{attr.Name: "F S", attr.GivenName: "Federica", attr.FamilyName: "Sanchez"},
			[]locale.Source{src("F S", 0)}},
		{"name composed", attr.Name,
			attr.Values{attr.GivenName: "Federica", attr.FamilyName: "Sanchez"},
			[]locale.Source{src("Federica Sanchez", locale.Composed)}},
		{"address composed", attr.Address,
			attr.Values{attr.StreetName: "Calle Mayor", attr.StreetNumber: "4"},
			[]locale.Source{src("Calle Mayor 4", locale.Composed)}},
		{"hankaku from zenkaku", attr.NameKanaHankaku,
			attr.Values{attr.NameKanaZenkaku: "ヤマダ タロウ"},
			[]locale.Source{src("ヤマダ タロウ", locale.Derived)}},
		{"zenkaku from hankaku", attr.NameKanaZenkaku,
			attr.Values{attr.NameKanaHankaku: "ﾔﾏﾀﾞ ﾀﾛｳ"},
			[]locale.Source{src("ﾔﾏﾀﾞ ﾀﾛｳ", locale.Derived)}},
		{"hankaku held", attr.NameKanaHankaku,
			attr.Values{attr.NameKanaHankaku: "ﾀﾛｳ", attr.NameKanaZenkaku: "タロウ"},
			[]locale.Source{src("ﾀﾛｳ", 0)}},
		{"other attributes derive nothing", attr.StreetName,
			attr.Values{attr.Address: "Calle Mayor 4"}, nil},
		{"not an attribute", attr.Attribute(attr.Count), attr.Values{attr.GivenName: "x"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			got := locale.Generic().Sources(tc.a, &tc.rec, nil)
			if !slices.Equal(got, tc.want) {
				t.Errorf("Sources(%s) = %+v, want %+v", tc.a, got, tc.want)
			}
		})
	}
}

// familyFirst is a country profile that writes names family name first: the
// seam lets it reuse the generic rules with its own composition.
type familyFirst struct{ locale.GenericProfile }

func (familyFirst) Country() string { return "JP" }

func (p familyFirst) Sources(a attr.Attribute, rec *attr.Values, dst []locale.Source) []locale.Source {
	return locale.SourcesWith(p, a, rec, dst)
}

func (familyFirst) Names(rec *attr.Values, dst []string) []string {
	return append(dst, rec[attr.FamilyName]+rec[attr.GivenName])
}

func TestSourcesWithComposer(t *testing.T) {
	t.Parallel()
	rec := attr.Values{attr.GivenName: "太郎", attr.FamilyName: "山田", attr.StreetName: "Calle Mayor"}
	var p locale.Profile = familyFirst{}
	if got := p.Sources(attr.Name, &rec, nil); !slices.Equal(got, []locale.Source{{Value: "山田太郎", Why: locale.Composed}}) {
		t.Errorf("name = %+v", got)
	}
	// Addresses come from the embedded generic composer.
	if got := p.Sources(attr.Address, &rec, nil); !slices.Equal(got, []locale.Source{{Value: "Calle Mayor", Why: locale.Composed}}) {
		t.Errorf("address = %+v", got)
	}
}
