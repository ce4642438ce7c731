package es

import (
	"github.com/kycmatch/kycmatch/locale"
	"github.com/kycmatch/kycmatch/normalize"
)

// dniLetters are the check letters of the DNI and NIE, by the number modulo
// 23 (Real Decreto 1553/2005; python-stdnum es/dni.py documents the same).
const dniLetters = "TRWAGMYFPDXBNJZSQVHLCKE"

// ValidDNI reports whether s is a Spanish DNI number, eight digits and the
// check letter they give, in any case, with or without separators
// ("12345678Z", "12345678-z").
func ValidDNI(s string) bool {
	c := normalize.Code(s)
	return len(c) == 9 && allDigits(c[:8]) && checkLetter(c[:8]) == upper(c[8])
}

// ValidNIE reports whether s is a Spanish NIE (foreigner's identity number):
// X, Y or Z, seven digits and the check letter of the number with X, Y, Z
// read as 0, 1, 2 ("X1234567L").
func ValidNIE(s string) bool {
	c := normalize.Code(s)
	if len(c) != 9 || !allDigits(c[1:8]) {
		return false
	}
	lead := map[byte]byte{'x': '0', 'y': '1', 'z': '2'}[c[0]]
	return lead != 0 && checkLetter(string(lead)+c[1:8]) == upper(c[8])
}

// checkLetter returns the check letter of eight digits.
func checkLetter(digits string) byte {
	n := 0
	for i := 0; i < len(digits); i++ {
		n = n*10 + int(digits[i]-'0')
	}
	return dniLetters[n%23]
}

func upper(c byte) byte {
	if c >= 'a' && c <= 'z' {
		return c - 'a' + 'A'
	}
	return c
}

// IDDocumentComparer compares identity document numbers: the generic code
// fold ([locale.CodeComparer]: letters and digits only, any case), and a DNI
// written without its leading zeros ("1234567L") read with them (FORMAT)
// when the padded number's check letter is right: the check letter
// confirms the reading. A number whose check letter is wrong is not
// rejected (KYC Match has no error for it, and the document type, which
// would say whether the number must be a DNI, is a separate attribute): it
// is compared as any code, so it is "true" only against the record's same
// characters, and "false" otherwise.
type IDDocumentComparer struct{}

// Canon implements [locale.Comparer].
func (IDDocumentComparer) Canon(s string, f *normalize.Folder) locale.Value {
	v := locale.CodeComparer{}.Canon(s, f)
	c := f.Code(s)
	if n := len(c); n >= 2 && n < 9 && allDigits(c[:n-1]) {
		padded := "00000000"[:9-n] + c
		if ValidDNI(padded) {
			v.Add(padded, locale.Format)
		}
	}
	return v
}

// Score implements [locale.Comparer]; idDocument has no score.
func (IDDocumentComparer) Score(req, rec *locale.Value) (float64, locale.Reason) {
	return 0, locale.Different
}
