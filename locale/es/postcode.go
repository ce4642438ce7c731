package es

import (
	"github.com/kycmatch/kycmatch/locale"
	"github.com/kycmatch/kycmatch/normalize"
)

// PostalCodeComparer compares Spanish postcodes, five digits whose first two
// are the province (01 to 52). On top of the generic code fold
// ([locale.CodeComparer]: letters and digits only), a postcode of four digits
// is read with its leading zero restored (FORMAT): no Spanish postcode has
// four digits, and spreadsheets and forms that store it as a number drop the
// zero, so "8001" is 08001, Barcelona, on either side.
type PostalCodeComparer struct{}

// Canon implements [locale.Comparer].
func (PostalCodeComparer) Canon(s string, f *normalize.Folder) locale.Value {
	v := locale.CodeComparer{}.Canon(s, f)
	if c := f.Code(s); len(c) == 4 && allDigits(c) {
		v.Add("0"+c, locale.Format)
	}
	return v
}

// Score implements [locale.Comparer]; postalCode has no score.
func (PostalCodeComparer) Score(req, rec *locale.Value) (float64, locale.Reason) {
	return 0, locale.Different
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
