package nl_test

import (
	"slices"
	"testing"

	"github.com/kycmatch/kycmatch/attr"
	"github.com/kycmatch/kycmatch/internal/comparertest"
	"github.com/kycmatch/kycmatch/locale"
	"github.com/kycmatch/kycmatch/locale/nl"
)

func TestProfile(t *testing.T) {
	t.Parallel()
	comparertest.Profile(t, nl.New(), "NL")
}

func TestAddresses(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		rec  attr.Values
		want []string
	}{
		{
			name: "extension joined",
			rec:  attr.Values{attr.StreetName: "Kerkstraat", attr.StreetNumber: "12", attr.HouseNumberExtension: "a"},
			want: []string{"Kerkstraat 12 a", "Kerkstraat 12", "Kerkstraat 12a"},
		},
		{
			name: "no extension",
			rec:  attr.Values{attr.StreetName: "Kerkstraat", attr.StreetNumber: "12"},
			want: []string{"Kerkstraat 12"},
		},
		{
			name: "extension without number",
			rec:  attr.Values{attr.StreetName: "Kerkstraat", attr.HouseNumberExtension: "a"},
			want: []string{"Kerkstraat a", "Kerkstraat"},
		},
		{name: "no street", rec: attr.Values{attr.StreetNumber: "12", attr.HouseNumberExtension: "a"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			if got := nl.New().Addresses(&tc.rec, nil); !slices.Equal(got, tc.want) {
				t.Errorf("Addresses = %q, want %q", got, tc.want)
			}
		})
	}
	// Through the profile's Sources, as the engine asks.
	rec := attr.Values{attr.StreetName: "Kerkstraat", attr.StreetNumber: "12", attr.HouseNumberExtension: "a"}
	got := nl.New().Sources(attr.Address, &rec, nil)
	if len(got) != 3 || got[2] != (locale.Source{Value: "Kerkstraat 12a", Why: locale.Composed}) {
		t.Errorf("Sources = %+v", got)
	}
}
