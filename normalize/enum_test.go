package normalize_test

import (
	"testing"

	"github.com/kycmatch/kycmatch/normalize"
)

func TestCountry(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		in   string
		want string // "" when refused
	}{
		{"lower case", "es", "ES"},
		{"upper case", "ES", "ES"},
		{"mixed case", "eS", "ES"},
		{"japan", "JP", "JP"},
		// DESIGN 1.2 and 2.1: UK = GB, TP = TL, ZR = CD, BU = MM.
		{"reserved UK", "UK", "GB"},
		{"reserved uk lower", "uk", "GB"},
		{"east timor", "TP", "TL"},
		{"zaire", "ZR", "CD"},
		{"burma", "BU", "MM"},
		{"transitional YU", "YU", "YU"},
		{"unknown ZZ", "ZZ", ""},
		{"union EU", "EU", ""},
		{"private use XX", "XX", ""},
		{"private use QO", "QO", ""},
		{"private use AA", "AA", ""},
		// Like EU, the exceptionally reserved codes of the Eurozone and the
		// United Nations name no country.
		{"eurozone EZ", "EZ", ""},
		{"united nations UN", "UN", ""},
		{"digits", "34", ""},
		{"alpha-3", "USA", ""},
		{"one letter", "S", ""},
		{"empty", "", ""},
		{"space", "E ", ""},
		{"non-ascii", "ÉS", ""},
		{"full-width", "ＥＳ", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			got, ok := normalize.Country(tc.in)
			if ok != (tc.want != "") || got != tc.want {
				t.Errorf("Country(%q) = %q, %v, want %q", tc.in, got, ok, tc.want)
			}
		})
	}
}

func TestRecordCountry(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		in   string
		want string // "" when refused
	}{
		{"alpha-3", "ESP", "ES"},
		{"alpha-3 lower", "esp", "ES"},
		{"alpha-3 spaced", " ESP ", "ES"},
		{"alpha-3 GBR", "GBR", "GB"},
		{"alpha-3 USA", "USA", "US"},
		{"alpha-2", "es", "ES"},
		{"alpha-2 spaced", " es\t", "ES"},
		{"alias", "UK", "GB"},
		{"unknown alpha-3", "XXX", ""},
		// x/text gives ZZZ as the alpha-3 of UK, which has none: ZZZ is no
		// country.
		{"ZZZ is not UK", "ZZZ", ""},
		{"alpha-3 of a deleted code", "SUN", "SU"},
		{"alpha-3 with digit", "ES1", ""},
		{"four letters", "ESPA", ""},
		{"empty", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			got, ok := normalize.RecordCountry(tc.in)
			if ok != (tc.want != "") || got != tc.want {
				t.Errorf("RecordCountry(%q) = %q, %v, want %q", tc.in, got, ok, tc.want)
			}
		})
	}
}

func TestGender(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		in   string
		want string
	}{
		{"male", "MALE", "MALE"},
		{"female", "FEMALE", "FEMALE"},
		{"other", "OTHER", "OTHER"},
		// The enum is case-sensitive in the request (DESIGN 1.2).
		{"lower case", "female", ""},
		{"title case", "Male", ""},
		{"letter", "M", ""},
		{"spaced", " MALE", ""},
		{"empty", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			got, ok := normalize.Gender(tc.in)
			if ok != (tc.want != "") || got != tc.want {
				t.Errorf("Gender(%q) = %q, %v, want %q", tc.in, got, ok, tc.want)
			}
		})
	}
}

func TestRecordGender(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		in   string
		want string
	}{
		{"enum", "FEMALE", "FEMALE"},
		{"lower", "female", "FEMALE"},
		{"f", "f", "FEMALE"},
		{"woman", "Woman", "FEMALE"},
		{"m", "M", "MALE"},
		{"man", "man", "MALE"},
		{"male spaced", " male ", "MALE"},
		{"o", "o", "OTHER"},
		{"x", "X", "OTHER"},
		{"other", "Other", "OTHER"},
		{"unknown", "unknown", ""},
		{"u", "U", ""},
		{"empty", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			got, ok := normalize.RecordGender(tc.in)
			if ok != (tc.want != "") || got != tc.want {
				t.Errorf("RecordGender(%q) = %q, %v, want %q", tc.in, got, ok, tc.want)
			}
		})
	}
}

// documentTypes is the idDocumentType enum of kyc-match v0.4.0.
var documentTypes = []string{"passport", "national_id_card", "residence_permit", "diplomatic_id", "driver_licence", "social_security_id", "other"}

func TestDocumentType(t *testing.T) {
	t.Parallel()
	for _, dt := range documentTypes {
		t.Run(dt, func(t *testing.T) {
			t.Parallel()
			if got, ok := normalize.DocumentType(dt); !ok || got != dt {
				t.Errorf("DocumentType(%q) = %q, %v", dt, got, ok)
			}
		})
	}
	for _, s := range []string{"Passport", "PASSPORT", "driver_license", "driver-licence", "national id card", "id", "", "passport "} {
		t.Run("refused "+s, func(t *testing.T) {
			t.Parallel()
			if got, ok := normalize.DocumentType(s); ok || got != "" {
				t.Errorf("DocumentType(%q) = %q, %v, want refused", s, got, ok)
			}
		})
	}
}

func TestRecordDocumentType(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		in   string
		want string
	}{
		{"enum", "passport", "passport"},
		{"upper", "PASSPORT", "passport"},
		{"hyphen and case", "Driver-Licence", "driver_licence"},
		{"american spelling", "driver_license", "driver_licence"},
		{"american with space", "Driver License", "driver_licence"},
		{"spaces", "National ID Card", "national_id_card"},
		{"surrounding space", " residence_permit ", "residence_permit"},
		{"unknown", "id", ""},
		{"empty", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			got, ok := normalize.RecordDocumentType(tc.in)
			if ok != (tc.want != "") || got != tc.want {
				t.Errorf("RecordDocumentType(%q) = %q, %v, want %q", tc.in, got, ok, tc.want)
			}
		})
	}
}

func isUpperASCII2(s string) bool {
	return len(s) == 2 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z'
}

func FuzzCountry(f *testing.F) {
	for _, s := range []string{"es", "ES", "UK", "TP", "ZZ", "EU", "XX", "34", "USA", "S", "YU", "ESP", " gb ", "", "\xff\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if c, ok := normalize.Country(s); ok {
			if !isUpperASCII2(c) {
				t.Fatalf("Country(%q) = %q: not two upper-case letters", s, c)
			}
			if again, ok := normalize.Country(c); !ok || again != c {
				t.Fatalf("Country(%q) = %q, but Country of that = %q, %v", s, c, again, ok)
			}
		} else if c != "" {
			t.Fatalf("Country(%q) = %q, false", s, c)
		}
		if c, ok := normalize.RecordCountry(s); ok {
			if !isUpperASCII2(c) {
				t.Fatalf("RecordCountry(%q) = %q: not two upper-case letters", s, c)
			}
			if again, ok := normalize.Country(c); !ok || again != c {
				t.Fatalf("RecordCountry(%q) = %q, but Country of that = %q, %v", s, c, again, ok)
			}
		}
		// The request's reading is never more lenient than the record's.
		if c, ok := normalize.Country(s); ok {
			if r, rok := normalize.RecordCountry(s); !rok || r != c {
				t.Fatalf("Country(%q) = %q, RecordCountry = %q, %v", s, c, r, rok)
			}
		}
	})
}
