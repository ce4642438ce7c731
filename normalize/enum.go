package normalize

import (
	"strings"
	"sync"

	"golang.org/x/text/language"
)

// countryAliases maps codes that name the same country as another code: the
// exceptionally reserved UK, and the transitional codes of countries that
// were renamed without splitting (ISO 3166-3).
var countryAliases = map[string]string{
	"UK": "GB", // exceptionally reserved for the United Kingdom
	"TP": "TL", // East Timor → Timor-Leste
	"ZR": "CD", // Zaire → Congo, Democratic Republic
	"BU": "MM", // Burma → Myanmar
}

// notCountries are codes that x/text counts as countries but that name
// organisations: the United Nations and the eurozone (EU, already refused,
// is the European Union).
var notCountries = map[string]bool{"UN": true, "EZ": true}

// Country returns the canonical ISO 3166-1 alpha-2 code of s, upper-case, when
// s is two ASCII letters, in any case, that name a country or territory: an
// assigned code, a transitional or deleted one (YU, SU, DD, CS: people were
// born there), an exceptionally reserved one (UK, IC, EA, ...), or XK, the
// code in common use for Kosovo. Codes that name the same country compare
// equal: UK gives GB. Codes that name no country (ZZ, EU, UN, EZ, QO, XX) are
// refused.
func Country(s string) (string, bool) {
	if len(s) != 2 || !isASCIILetter(s[0]) || !isASCIILetter(s[1]) {
		return "", false
	}
	c := countryTable()[(s[0]|0x20)-'a'][(s[1]|0x20)-'a']
	return c, c != ""
}

// countryTable holds, for every pair of letters, the canonical code of the
// country it names, or "" (see [Country]). It is built once, from x/text's
// region data, and only read afterwards.
var countryTable = sync.OnceValue(func() *[26][26]string {
	var t [26][26]string
	for i := range 26 {
		for j := range 26 {
			u := string([]byte{'A' + byte(i), 'A' + byte(j)})
			r, err := language.ParseRegion(u)
			if err != nil || !r.IsCountry() || notCountries[u] {
				continue
			}
			if a, ok := countryAliases[u]; ok {
				u = a
			}
			t[i][j] = u
		}
	}
	return &t
})

// RecordCountry is [Country] for a value held by the operator, read
// leniently: surrounding space is ignored and ISO 3166-1 alpha-3 codes
// ("ESP") are accepted too.
func RecordCountry(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if len(s) == 3 {
		c, ok := alpha3Table()[strings.ToUpper(s)]
		return c, ok
	}
	return Country(s)
}

// alpha3Table maps the alpha-3 code of every country [Country] accepts to its
// canonical alpha-2 code. It is built once, from countryTable and x/text's
// region data, and only read afterwards.
var alpha3Table = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for i := range 26 {
		for j := range 26 {
			c := countryTable()[i][j]
			if c == "" {
				continue
			}
			r, err := language.ParseRegion(string([]byte{'A' + byte(i), 'A' + byte(j)}))
			if err != nil {
				continue
			}
			// Only codes that name the region back: x/text answers ZZZ for
			// codes without an alpha-3, such as UK.
			if a3 := r.ISO3(); len(a3) == 3 {
				if back, err := language.ParseRegion(a3); err == nil && back == r {
					m[a3] = c
				}
			}
		}
	}
	return m
})

// Gender returns s when it is one of the CAMARA values MALE, FEMALE and OTHER,
// which are case-sensitive in the schema.
func Gender(s string) (string, bool) {
	switch s {
	case "MALE", "FEMALE", "OTHER":
		return s, true
	}
	return "", false
}

// RecordGender is [Gender] for a value held by the operator, read leniently,
// in any case: M and MAN give MALE, F and WOMAN give FEMALE, O and X (the
// passport marker for an unspecified sex) give OTHER.
func RecordGender(s string) (string, bool) {
	switch strings.ToUpper(strings.TrimSpace(s)) {
	case "MALE", "M", "MAN":
		return "MALE", true
	case "FEMALE", "F", "WOMAN":
		return "FEMALE", true
	case "OTHER", "O", "X":
		return "OTHER", true
	}
	return "", false
}

// DocumentType returns s when it is one of the values of the CAMARA
// idDocumentType enum: passport, national_id_card, residence_permit,
// diplomatic_id, driver_licence, social_security_id, other (case-sensitive,
// as in the schema).
func DocumentType(s string) (string, bool) {
	switch s {
	case "passport", "national_id_card", "residence_permit", "diplomatic_id",
		"driver_licence", "social_security_id", "other":
		return s, true
	}
	return "", false
}

var documentTypeSeparators = strings.NewReplacer(" ", "_", "-", "_")

// RecordDocumentType is [DocumentType] for a value held by the operator, read
// leniently: any case, spaces and '-' as '_', and the American spelling
// driver_license.
func RecordDocumentType(s string) (string, bool) {
	t := documentTypeSeparators.Replace(strings.ToLower(strings.TrimSpace(s)))
	if t == "driver_license" {
		t = "driver_licence"
	}
	return DocumentType(t)
}
