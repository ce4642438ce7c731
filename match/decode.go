package match

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"unicode/utf8"

	"github.com/kycmatch/kycmatch/attr"
)

// v04 is the set of attributes KYC Match v0.4.0 defines: every attribute but
// the v0.5.0 draft's bankAccountNumber.
const v04 = attr.AllSet &^ (1 << attr.BankAccountNumber)

// requestProperty returns the field of req that holds the request property
// with the given CAMARA name (phoneNumber or a v0.4.0 attribute), or nil.
func requestProperty(req *Request, name string) *string {
	if name == "phoneNumber" {
		return &req.PhoneNumber
	}
	if a, ok := attr.Parse(name); ok && v04.Has(a) {
		return &req.Values[a]
	}
	return nil
}

// DecodeRequest decodes a KYC Match request body. It reports, as a 400
// INVALID_ARGUMENT *Error naming the property, what a [Request] cannot
// represent: no body, a body larger than Config.MaxBodyBytes, a body that is
// not a JSON object, a property whose value is not a JSON string (null
// included), a string that is empty or not valid UTF-8, and, with
// Config.RejectUnknownProperties, a property v0.4.0 does not define. The
// values themselves are checked by [Engine.Validate], which [Engine.Match]
// runs.
//
// A property given twice keeps its last value, as encoding/json does.
func (e *Engine) DecodeRequest(body []byte) (Request, error) {
	if len(body) > e.maxBody {
		return Request{}, invalid("", "The request body must be at most "+strconv.Itoa(e.maxBody)+" bytes long.")
	}
	if len(bytes.TrimSpace(body)) == 0 {
		return Request{}, invalid("", "A request body is required.")
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(body, &m); err != nil || m == nil {
		return Request{}, invalid("", "The request body must be a JSON object.")
	}
	var req Request
	if err := decodeString(m, "phoneNumber", &req.PhoneNumber); err != nil {
		return Request{}, err
	}
	for a := range v04.All() {
		if err := decodeString(m, a.String(), &req.Values[a]); err != nil {
			return Request{}, err
		}
	}
	if e.cfg.RejectUnknownProperties && len(m) > 0 {
		// The known properties were deleted as they were read.
		name := ""
		for k := range m {
			if name == "" || k < name {
				name = k
			}
		}
		if !isPropertyName(name) {
			return Request{}, invalid("", "The request body has a property that KYC Match does not define.")
		}
		return Request{}, invalid(name, "The request body has the property "+name+", which KYC Match does not define.")
	}
	return req, nil
}

// decodeString moves property name of m, if present, into *dst.
func decodeString(m map[string]json.RawMessage, name string, dst *string) error {
	raw, ok := m[name]
	if !ok {
		return nil
	}
	delete(m, name)
	switch {
	case !utf8.Valid(raw) && len(raw) > 0 && raw[0] == '"':
		return invalid(name, name+" must be valid UTF-8.")
	case !stringValue(raw, dst):
		return invalid(name, name+" must be a string.")
	case *dst == "":
		return invalid(name, name+" must not be empty.")
	}
	return nil
}

// stringValue decodes raw into *dst when raw is a JSON string, and reports
// whether it was one.
func stringValue(raw json.RawMessage, dst *string) bool {
	return len(raw) > 0 && raw[0] == '"' && json.Unmarshal(raw, dst) == nil
}

// isPropertyName reports whether s looks like a property name rather than
// data, so that an error message may quote it: an ASCII letter followed by
// at most 63 ASCII letters, digits or '_'.
func isPropertyName(s string) bool {
	if s == "" || len(s) > 64 || !isLetter(s[0]) {
		return false
	}
	for i := 1; i < len(s); i++ {
		if c := s[i]; !isLetter(c) && !(c >= '0' && c <= '9') && c != '_' {
			return false
		}
	}
	return true
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// DecodeRecord decodes a record held as JSON: an object whose properties are
// attribute names (and phoneNumber, which is the key the record is held by
// and is ignored) and whose values are strings, "" or null meaning "not
// held". It refuses anything else, a misspelt property included, so that a
// typo in an operator's data cannot quietly answer not_available. Its errors
// name properties, never values.
func DecodeRecord(data []byte) (Record, error) {
	var m map[string]json.RawMessage
	if err := json.Unmarshal(data, &m); err != nil || m == nil {
		return Record{}, errors.New("match: record: not a JSON object of strings")
	}
	var rec Record
	var phone string
	for _, k := range slices.Sorted(maps.Keys(m)) {
		var dst *string
		if k == "phoneNumber" {
			dst = &phone
		} else if a, ok := attr.Parse(k); ok {
			dst = &rec[a]
		}
		switch {
		case dst == nil && isPropertyName(k):
			return Record{}, fmt.Errorf("match: record: %q is not a KYC Match request property", k)
		case dst == nil:
			return Record{}, errors.New("match: record: a property is not a KYC Match request property")
		case string(m[k]) != "null" && !stringValue(m[k], dst):
			return Record{}, fmt.Errorf("match: record: the value of %s is not a string", k)
		}
	}
	return rec, nil
}

// MaxBodyBytes returns the largest request body [Engine.DecodeRequest]
// accepts.
func (e *Engine) MaxBodyBytes() int { return e.maxBody }
