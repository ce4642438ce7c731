package match

import (
	"encoding/json"
	"fmt"
	"iter"
	"strconv"

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

// parseResult is the inverse of String.
func parseResult(s string) (Result, bool) {
	switch s {
	case "true":
		return True, true
	case "false":
		return False, true
	case "not_available":
		return NotAvailable, true
	}
	return 0, false
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
// It marshals to exactly the CAMARA KYC_MatchResponse JSON, in the
// specification's property order: "xMatch" for each requested attribute and
// "xMatchScore" beside a false answer that has a score. A Response is a value
// and safe to copy.
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

// MarshalJSON implements [json.Marshaler] with the CAMARA KYC_MatchResponse
// shape. The middle-names score is spelled middleNamesMatchScore, as in the
// v0.4.0 schema (some peers still emit the v0.2 typo middleNamesScore).
func (r Response) MarshalJSON() ([]byte, error) {
	b := make([]byte, 0, 64+32*r.Len())
	b = append(b, '{')
	for a, f := range r.All() {
		if len(b) > 1 {
			b = append(b, ',')
		}
		b = append(b, '"')
		b = append(b, a.String()...)
		b = append(b, `Match":"`...)
		b = append(b, f.Result.String()...)
		b = append(b, '"')
		if f.HasScore {
			b = append(b, ',', '"')
			b = append(b, a.String()...)
			b = append(b, `MatchScore":`...)
			b = strconv.AppendInt(b, int64(f.Score), 10)
		}
	}
	return append(b, '}'), nil
}

// UnmarshalJSON implements [json.Unmarshaler] for a CAMARA KYC_MatchResponse,
// as a client reads it. It refuses unknown properties, match results other
// than the three strings, and scores outside 0..99 or beside anything but
// false; it also reads the v0.2 spelling middleNamesScore.
func (r *Response) UnmarshalJSON(data []byte) error {
	var m map[string]json.RawMessage
	if err := json.Unmarshal(data, &m); err != nil {
		return err
	}
	var out Response
	scores := map[attr.Attribute]int{}
	for k, raw := range m {
		a, isScore, ok := responseKey(k)
		if !ok {
			return fmt.Errorf("match: unknown response property %q", k)
		}
		if isScore {
			var n int
			if err := json.Unmarshal(raw, &n); err != nil || n < 0 || n > 99 {
				return fmt.Errorf("match: %s must be an integer 0..99", k)
			}
			scores[a] = n
			continue
		}
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return fmt.Errorf("match: %s must be a string", k)
		}
		res, ok := parseResult(s)
		if !ok {
			return fmt.Errorf("match: %s must be \"true\", \"false\" or \"not_available\"", k)
		}
		out.fields[a].Result = res
	}
	for a, n := range scores {
		if out.fields[a].Result != False {
			return fmt.Errorf("match: %sMatchScore without %sMatch \"false\"", a, a)
		}
		out.fields[a].Score, out.fields[a].HasScore = n, true
	}
	*r = out
	return nil
}

// responseKey parses a response property name.
func responseKey(k string) (a attr.Attribute, isScore, ok bool) {
	for a := range attr.All() {
		n := a.String()
		switch k {
		case n + "Match":
			return a, false, true
		case n + "MatchScore":
			return a, true, a.Scored()
		}
	}
	if k == "middleNamesScore" {
		return attr.MiddleNames, true, true
	}
	return 0, false, false
}
