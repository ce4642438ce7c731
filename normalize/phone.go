package normalize

import (
	"strconv"

	"github.com/nyaruka/phonenumbers/v2"
)

// ValidPhone reports whether s matches the CAMARA phoneNumber pattern
// ^\+[1-9][0-9]{4,14}$ (E.164 with its leading '+').
func ValidPhone(s string) bool {
	if len(s) < 6 || len(s) > 16 || s[0] != '+' || s[1] == '0' {
		return false
	}
	for i := 1; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

// Phone returns the E.164 form of a phone number. A number that already
// matches the CAMARA pattern is returned as it is; any other form is parsed
// with libphonenumber (nyaruka/phonenumbers), so "+34 629 25 58 33" gives
// "+34629255833". It reports false when the number cannot be parsed: a
// national number without its country code, for instance.
func Phone(s string) (string, bool) {
	if ValidPhone(s) {
		return s, true
	}
	n, err := phonenumbers.Parse(s, "")
	if err != nil {
		return "", false
	}
	e := phonenumbers.Format(n, phonenumbers.E164)
	return e, ValidPhone(e)
}

// PhoneRegion returns the ISO 3166-1 alpha-2 country of an E.164 number, or ""
// when it has none (international services, unassigned codes). A country
// calling code used by one country only (+34 Spain, +31 the Netherlands, +81
// Japan) is answered from the calling code alone; a shared one (+1, +7, +44)
// costs a full libphonenumber parse to tell the countries apart.
func PhoneRegion(e164 string) string {
	if !ValidPhone(e164) {
		return ""
	}
	for n := 1; n <= 3 && n < len(e164)-1; n++ {
		cc, _ := strconv.Atoi(e164[1 : 1+n])
		regions := phonenumbers.GetRegionCodesForCountryCode(cc)
		switch {
		case len(regions) == 0:
			continue
		case len(regions) == 1:
			if regions[0] == "001" {
				return ""
			}
			return regions[0]
		}
		num, err := phonenumbers.Parse(e164, "")
		if err != nil {
			return ""
		}
		r := phonenumbers.GetRegionCodeForNumber(num)
		if r == "001" || r == "ZZ" {
			return ""
		}
		return r
	}
	return ""
}
