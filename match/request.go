package match

import (
	"encoding/json"

	"github.com/kycmatch/kycmatch/attr"
)

// Request is the body of a KYC Match request: what a customer typed into
// the API consumer's form, and optionally the phone number of the line. Every
// value is optional; the empty string means "not provided".
//
// A Request is a plain value: build it in Go,
//
//	match.Request{PhoneNumber: "+34629255833", Values: attr.Values{attr.GivenName: "Federica"}}
//
// or decode a JSON body with [Engine.DecodeRequest], which reports what a
// Request cannot represent (a number where a string belongs, an empty
// string). It marshals to the CAMARA KYC_MatchRequestBody JSON.
type Request struct {
	// PhoneNumber is the body's phoneNumber: the line, in E.164 form.
	PhoneNumber string
	// Values are the attributes to match, indexed by attribute.
	Values attr.Values
}

// MarshalJSON writes the request body: phoneNumber, then the attributes
// that have a value, in the specification's order, under their CAMARA names.
func (r Request) MarshalJSON() ([]byte, error) {
	return marshalValues(r.PhoneNumber, &r.Values)
}

// marshalValues writes a flat JSON object of strings.
func marshalValues(phone string, v *attr.Values) ([]byte, error) {
	b := make([]byte, 0, 64+48*v.Len())
	b = append(b, '{')
	if phone != "" {
		b = append(b, `"phoneNumber":`...)
		b, _ = appendJSONString(b, phone)
	}
	for a, s := range v.All() {
		if len(b) > 1 {
			b = append(b, ',')
		}
		b = append(append(append(b, '"'), a.String()...), `":`...)
		var err error
		if b, err = appendJSONString(b, s); err != nil {
			return nil, err
		}
	}
	return append(b, '}'), nil
}

func appendJSONString(b []byte, s string) ([]byte, error) {
	q, err := json.Marshal(s)
	return append(b, q...), err
}

// Record is what the operator holds, verified, for a line, indexed by
// attribute; the empty string means the operator does not hold the
// attribute. Record values are read leniently (a birthdate as YYYYMMDD, a
// gender as M or F, a country as alpha-3), since they come from the
// operator's own systems rather than from a client, and they are bounded
// like any input (DESIGN.md section 5). [DecodeRecord] reads one held as
// JSON.
type Record attr.Values

// values returns the record as the profiles see it.
func (r *Record) values() *attr.Values { return (*attr.Values)(r) }

// MarshalJSON writes the record as [DecodeRecord] reads it: a JSON object of
// the attributes it holds, under their CAMARA names.
func (r Record) MarshalJSON() ([]byte, error) {
	return marshalValues("", r.values())
}

// UnmarshalJSON reads a record as [DecodeRecord] does.
func (r *Record) UnmarshalJSON(data []byte) error {
	rec, err := DecodeRecord(data)
	if err != nil {
		return err
	}
	*r = rec
	return nil
}

// Subject says what the access token identified. The zero Subject stands for
// a two-legged token, or a three-legged one that identifies no single line:
// the request's phoneNumber must then name the line.
type Subject struct {
	// PhoneNumber is the number of the line a three-legged access token
	// identified, in E.164 form ("+34629255833"; other forms with the
	// country code are accepted and normalised), or "" when the token
	// identified none.
	PhoneNumber string
}
