package match

import (
	"iter"

	"github.com/kycmatch/kycmatch/attr"
	"github.com/kycmatch/kycmatch/locale"
)

// Result is the answer for one attribute. The zero Result means the attribute
// was not requested, and is never written to a response.
type Result uint8

// The three answers of KYC Match (MatchResult).
const (
	// True: the value matches the operator's, "which is equal to a
	// match_score of 100".
	True Result = iota + 1
	// False: the value does not match.
	False
	// NotAvailable: the attribute is not available to validate.
	NotAvailable
)

// String returns "true", "false" or "not_available", the CAMARA strings, or ""
// for the zero Result.
func (r Result) String() string {
	switch r {
	case True:
		return "true"
	case False:
		return "false"
	case NotAvailable:
		return "not_available"
	}
	return ""
}

// Field is the answer for one requested attribute.
type Field struct {
	Result Result
	// Score is the similarity, 0..99, of a False answer; it is meaningful
	// only when HasScore is set, which happens only beside False and only
	// for the 14 scored attributes (kyc-match v0.4.0: score only beside
	// false, 0..99, "true" is 100 and carries none).
	Score    int
	HasScore bool
	// Reason says why, for the operator's logs; it is not part of the CAMARA
	// response.
	Reason locale.Reason
}

// Response is the answer to a request: one [Field] per requested attribute.
// The CAMARA codecs (package camara/matchapi) write it as each API version's
// KYC_MatchResponse. A Response is a value and safe to copy.
type Response struct {
	fields [attr.Count]Field
	// Country is the ISO 3166-1 alpha-2 code of the locale profile that was
	// used, or "" for the generic profile. It is not part of the CAMARA
	// response.
	Country string
}

// Get returns the answer for attribute a, and false when a was not requested.
func (r *Response) Get(a attr.Attribute) (Field, bool) {
	if !a.Valid() || r.fields[a].Result == 0 {
		return Field{}, false
	}
	return r.fields[a], true
}

// All yields the requested attributes and their answers, in the
// specification's order.
func (r *Response) All() iter.Seq2[attr.Attribute, Field] {
	return func(yield func(attr.Attribute, Field) bool) {
		for a := range attr.All() {
			if r.fields[a].Result != 0 && !yield(a, r.fields[a]) {
				return
			}
		}
	}
}

// Len returns the number of answered attributes.
func (r *Response) Len() int {
	n := 0
	for _, f := range r.fields {
		if f.Result != 0 {
			n++
		}
	}
	return n
}
