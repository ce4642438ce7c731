// Package wire reads the JSON bodies of the CAMARA APIs: one JSON object
// whose properties the API names, each read once, in one pass
// (internal/jsonobj), so that every API reports the same problems the same
// way (DESIGN.md section 1, step 1). Its errors are 400 INVALID_ARGUMENT
// *camara.Error values that name the property and never its value, and
// never name a property the API does not define (its name may be data).
package wire

import (
	"bytes"
	"slices"
	"strconv"

	"github.com/kycmatch/kycmatch/camara"
	"github.com/kycmatch/kycmatch/internal/jsonobj"
)

// MaxProps is the most properties an API's body defines.
const MaxProps = 32

// DefaultMaxBodyBytes is the largest request body when a configuration
// says 0.
const DefaultMaxBodyBytes = 64 << 10

// Body is what a request body says, property by property.
type Body struct {
	Props        [MaxProps]Prop
	unknown      int      // members that are no property of the API
	unknownKeys  []string // their names, to tell a duplicate
	unknownTwice bool
}

// Prop is what a body says of one property.
type Prop struct {
	Seen, Twice, BadUTF8 bool
	Kind                 jsonobj.Kind
	// Str is the decoded value of a string; Raw the value's JSON text.
	Str, Raw string
}

// Read reads body, which may be at most maxBytes long, into b. index gives
// the index (below MaxProps) of the property named key, or -1 for a name
// the API does not define. It reports, as a 400 INVALID_ARGUMENT, a body
// that is too long, empty or white space only, or not a JSON object.
func (b *Body) Read(body []byte, maxBytes int, index func(key string) int) error {
	if len(body) > maxBytes {
		return camara.Invalid("", "The request body must be at most "+strconv.Itoa(maxBytes)+" bytes long.")
	}
	if len(bytes.TrimSpace(body)) == 0 {
		return camara.Invalid("", "A request body is required.")
	}
	// One copy of the body; the values are substrings of it.
	err := jsonobj.Each(string(body), func(m *jsonobj.Member) error {
		i := index(m.Key)
		if i < 0 {
			b.unknown++
			if slices.Contains(b.unknownKeys, m.Key) {
				b.unknownTwice = true
			}
			b.unknownKeys = append(b.unknownKeys, m.Key)
			return nil
		}
		p := &b.Props[i]
		if p.Seen {
			p.Twice = true
			return nil
		}
		*p = Prop{Seen: true, Kind: m.Kind, BadUTF8: m.BadUTF8, Str: m.Str, Raw: m.Raw}
		return nil
	})
	if err != nil {
		return camara.Invalid("", "The request body must be a JSON object.")
	}
	return nil
}

// Once reports a property given twice: encoding/json would keep the last
// value, and a client that sends two must not have one of them quietly
// chosen.
func (b *Body) Once(i int, name string) error {
	if b.Props[i].Twice {
		return camara.Invalid(name, name+" must appear only once.")
	}
	return nil
}

// String moves property i, named name, into *dst when it is there, or
// reports its problem: given twice, not a JSON string (null included),
// invalid UTF-8, empty.
func (b *Body) String(i int, name string, dst *string) error {
	p := &b.Props[i]
	if err := b.Once(i, name); err != nil || !p.Seen {
		return err
	}
	switch {
	case p.Kind != jsonobj.String:
		return camara.Invalid(name, name+" must be a string.")
	case p.BadUTF8:
		return camara.Invalid(name, name+" must be valid UTF-8.")
	case p.Str == "":
		return camara.Invalid(name, name+" must not be empty.")
	}
	*dst = p.Str
	return nil
}

// Phone moves property i, phoneNumber, into *dst when it is there, or
// reports its problem: those of [Body.String], then a number that does not
// fit the E.164 pattern (camara.ValidatePhone). It serves the APIs that
// check phoneNumber while decoding (Age Verification, Tenure); KYC Match
// checks it with the other values, in its Validate step.
func (b *Body) Phone(i int, dst *string) error {
	if err := b.String(i, "phoneNumber", dst); err != nil || *dst == "" {
		return err
	}
	return camara.ValidatePhone(*dst)
}

// Bool moves property i, named name, into *dst when it is there, or
// reports its problem: given twice, not a JSON boolean.
func (b *Body) Bool(i int, name string, dst *bool) error {
	p := &b.Props[i]
	if err := b.Once(i, name); err != nil || !p.Seen {
		return err
	}
	if p.Kind != jsonobj.Bool {
		return camara.Invalid(name, name+" must be a boolean.")
	}
	*dst = p.Raw == "true"
	return nil
}

// Unknown reports a property the API does not define that was given twice,
// and, when reject is set (the v0.5.0 draft's "request body strictness"),
// any property the API does not define, counting them without naming them.
// api names the API and its version in the message ("KYC Match v0.5.0").
func (b *Body) Unknown(reject bool, api string) error {
	switch {
	case b.unknownTwice:
		return camara.Invalid("", "A property of the request body appears more than once.")
	case reject && b.unknown == 1:
		return camara.Invalid("", "The request body has 1 property that "+api+" does not define.")
	case reject && b.unknown > 1:
		return camara.Invalid("", "The request body has "+strconv.Itoa(b.unknown)+" properties that "+api+" does not define.")
	}
	return nil
}
