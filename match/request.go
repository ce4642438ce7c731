package match

import (
	"github.com/kycmatch/kycmatch/attr"
)

// Request is what a customer typed into the API consumer's form, and the
// phone number of the line it is about. Every value is optional; the empty
// string means "not provided".
//
// A Request is a plain value:
//
//	match.Request{PhoneNumber: "+34629255833", Values: attr.Values{attr.GivenName: "Federica"}}
//
// The CAMARA codecs (package camara/matchapi) decode one from a request
// body and validate it before it reaches the engine.
type Request struct {
	// PhoneNumber is the line, in E.164 form; its country chooses the
	// locale profile when the record's does not.
	PhoneNumber string
	// Values are the attributes to match, indexed by attribute.
	Values attr.Values
}

// Record is what the operator holds, verified, for a line, indexed by
// attribute; the empty string means the operator does not hold the
// attribute. Record values are read leniently (a birthdate as YYYYMMDD, a
// gender as M or F, a country as alpha-3), since they come from the
// operator's own systems rather than from a client, and they are bounded
// like any input (DESIGN.md section 5). Package camara reads records held as
// JSON, with the operator's other fields beside them.
type Record attr.Values

// values returns the record as the profiles see it.
func (r *Record) values() *attr.Values { return (*attr.Values)(r) }

// Subject is the line a three-legged access token identified. The engine
// uses its number, else the request's, only to choose the locale profile:
// which line a request is about, and whether the token and the body agree,
// are CAMARA rules that package camara applies before the engine runs. The
// zero Subject leaves the choice to Request.PhoneNumber.
type Subject struct {
	// PhoneNumber is the line's number in E.164 form (other forms with the
	// country code are read too), or "".
	PhoneNumber string
}
