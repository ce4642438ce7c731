package match

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strconv"

	"github.com/kycmatch/kycmatch/attr"
	"github.com/kycmatch/kycmatch/internal/jsonobj"
)

// v04 is the set of attributes KYC Match v0.4.0 defines: every attribute but
// the v0.5.0 draft's bankAccountNumber.
const v04 = attr.AllSet &^ (1 << attr.BankAccountNumber)

// DecodeRequest decodes a KYC Match request body. It reports, as a 400
// INVALID_ARGUMENT *Error, what a [Request] cannot represent: no body, a body
// larger than Config.MaxBodyBytes, a body that is not a JSON object, and,
// naming the property, one given twice, one whose value is not a JSON string
// (null included), or a string that is empty or not valid UTF-8; with
// Config.RejectUnknownProperties, a property v0.4.0 does not define. A
// property v0.4.0 does not define is never named (its name may be data), nor
// is one that appears twice among them. The problems are reported in the
// specification's property order, after the body's JSON as a whole. The
// values themselves are checked by [Engine.Validate], which [Engine.Match]
// runs.
func (e *Engine) DecodeRequest(body []byte) (Request, error) {
	if len(body) > e.maxBody {
		return Request{}, invalid("", "The request body must be at most "+strconv.Itoa(e.maxBody)+" bytes long.")
	}
	if len(bytes.TrimSpace(body)) == 0 {
		return Request{}, invalid("", "A request body is required.")
	}
	// One copy of the body; the values are substrings of it.
	var d requestDecoder
	if err := jsonobj.Each(string(body), d.member); err != nil {
		return Request{}, invalid("", "The request body must be a JSON object.")
	}
	var req Request
	if err := d.property(0, "phoneNumber", &req.PhoneNumber); err != nil {
		return Request{}, err
	}
	for a := range v04.All() {
		if err := d.property(1+int(a), a.String(), &req.Values[a]); err != nil {
			return Request{}, err
		}
	}
	switch {
	case d.unknownTwice:
		return Request{}, invalid("", "A property of the request body appears more than once.")
	case e.cfg.RejectUnknownProperties && d.unknown == 1:
		return Request{}, invalid("", "The request body has 1 property that KYC Match v0.4.0 does not define.")
	case e.cfg.RejectUnknownProperties && d.unknown > 1:
		return Request{}, invalid("", "The request body has "+strconv.Itoa(d.unknown)+" properties that KYC Match v0.4.0 does not define.")
	}
	return req, nil
}

// requestDecoder collects the members of a request body: one slot for
// phoneNumber and one per attribute.
type requestDecoder struct {
	slots        [1 + attr.Count]slot
	unknown      int      // members that are no v0.4.0 property
	unknownKeys  []string // their names, to tell a duplicate
	unknownTwice bool
}

// slot is what a body says of one property.
type slot struct {
	seen, twice, bad bool
	kind             jsonobj.Kind
	value            string
}

func (d *requestDecoder) member(m *jsonobj.Member) error {
	i := -1
	if m.Key == "phoneNumber" {
		i = 0
	} else if a, ok := attr.Parse(m.Key); ok && v04.Has(a) {
		i = 1 + int(a)
	}
	if i < 0 {
		d.unknown++
		if slices.Contains(d.unknownKeys, m.Key) {
			d.unknownTwice = true
		}
		d.unknownKeys = append(d.unknownKeys, m.Key)
		return nil
	}
	sl := &d.slots[i]
	if sl.seen {
		sl.twice = true
		return nil
	}
	*sl = slot{seen: true, kind: m.Kind, bad: m.BadUTF8, value: m.Str}
	return nil
}

// property moves slot i, the property name, into *dst, or reports its
// problem.
func (d *requestDecoder) property(i int, name string, dst *string) error {
	sl := &d.slots[i]
	switch {
	case !sl.seen:
		return nil
	case sl.twice:
		// encoding/json would keep the last value: a client that sends two
		// must not have one of them quietly chosen.
		return invalid(name, name+" must appear only once.")
	case sl.kind != jsonobj.String:
		return invalid(name, name+" must be a string.")
	case sl.bad:
		return invalid(name, name+" must be valid UTF-8.")
	case sl.value == "":
		return invalid(name, name+" must not be empty.")
	}
	*dst = sl.value
	return nil
}

// DecodeRecord decodes a record held as JSON: an object whose properties are
// attribute names (and phoneNumber, which is the key the record is held by
// and is ignored) and whose values are strings, "" or null meaning "not
// held". It refuses anything else, so that a typo in an operator's data
// cannot quietly answer not_available: a property that is not an attribute
// (said by its position, never by its name, which may be data), one given
// twice, a value that is not a string. Invalid UTF-8 in a value is replaced
// by U+FFFD, as encoding/json does. Its errors never hold a value.
func DecodeRecord(data []byte) (Record, error) {
	var rec Record
	var seen [1 + attr.Count]bool
	err := jsonobj.Each(string(data), func(m *jsonobj.Member) error {
		i := -1
		if m.Key == "phoneNumber" {
			i = 0
		} else if a, ok := attr.Parse(m.Key); ok {
			i = 1 + int(a)
		}
		switch {
		case i < 0:
			return fmt.Errorf("match: record: property %d (counting from 1) is not a KYC Match request property", m.Index+1)
		case seen[i]:
			return fmt.Errorf("match: record: %s appears more than once", m.Key)
		case m.Kind != jsonobj.String && m.Kind != jsonobj.Null:
			return fmt.Errorf("match: record: the value of %s is not a string", m.Key)
		}
		seen[i] = true
		if i > 0 {
			rec[i-1] = m.Str
		}
		return nil
	})
	if _, ok := errors.AsType[*jsonobj.Error](err); ok {
		return Record{}, errors.New("match: record: not a JSON object of strings")
	}
	if err != nil {
		return Record{}, err
	}
	return rec, nil
}

// MaxBodyBytes returns the largest request body [Engine.DecodeRequest]
// accepts.
func (e *Engine) MaxBodyBytes() int { return e.maxBody }
