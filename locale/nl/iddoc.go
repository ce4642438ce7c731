package nl

import (
	"github.com/kycmatch/kycmatch/locale"
	"github.com/kycmatch/kycmatch/normalize"
)

// ValidBSN reports whether s is a Dutch citizen service number
// (burgerservicenummer): nine digits (eight with the leading zero lost are
// read with it) that pass the eleven-test, the sum of the first eight
// digits weighted 9 down to 2, minus the last, a multiple of 11 (python-stdnum
// nl/bsn.py documents the same), and not all zero.
func ValidBSN(s string) bool {
	c := normalize.Code(s)
	if len(c) == 8 {
		c = "0" + c
	}
	if len(c) != 9 || c == "000000000" {
		return false
	}
	sum := 0
	for i := 0; i < 9; i++ {
		d := int(c[i] - '0')
		if d < 0 || d > 9 {
			return false
		}
		if i < 8 {
			sum += (9 - i) * d
		} else {
			sum -= d
		}
	}
	return sum%11 == 0
}

// IDDocumentComparer compares identity document numbers: the generic code
// fold ([locale.CodeComparer]: letters and digits only, any case), and a BSN
// of eight digits (its leading zero lost) read with it (FORMAT) when the
// padded number passes the eleven-test. A number that fails the test is not
// rejected (KYC Match has no error for it, and whether the document is a
// BSN is told by idDocumentType, a separate attribute): it is compared as any
// code.
type IDDocumentComparer struct{}

// Canon implements [locale.Comparer].
func (IDDocumentComparer) Canon(s string, f *normalize.Folder) locale.Value {
	v := locale.CodeComparer{}.Canon(s, f)
	if c := f.Code(s); len(c) == 8 && ValidBSN("0"+c) {
		v.Add("0"+c, locale.Format)
	}
	return v
}

// Score implements [locale.Comparer]; idDocument has no score.
func (IDDocumentComparer) Score(req, rec *locale.Value) (float64, locale.Reason) {
	return 0, locale.Different
}
