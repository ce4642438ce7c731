package camara

import (
	"errors"
	"fmt"
	"strings"

	"github.com/kycmatch/kycmatch/attr"
	"github.com/kycmatch/kycmatch/internal/jsonobj"
	"github.com/kycmatch/kycmatch/match"
	"github.com/kycmatch/kycmatch/normalize"
)

// Subscriber is what an operator holds for a line: the identity the APIs
// compare (KYC Match, Age Verification's identity fields and birthdate),
// and beside it the operator-side fields that Age Verification and Tenure
// answer from. The zero value of each field means "not held".
//
// Held as JSON it is one flat object (README.md, "The subscriber record"),
// read by [DecodeSubscriber]: the identity under the KYC Match property
// names, then:
//
//	"tenureStart":      "2015-03-01"   the date from which the line has been held continuously by this customer
//	"contractType":     "PAYM"         PAYG, PAYM or Business
//	"identityVerified": true           the identity was checked against an identity document (Age Verification's verifiedStatus)
//	"contentLock":      false          the line has a content lock
//	"parentalControl":  false          the line has parental control
//	"notApplicable":    ["kyc-tenure"] the APIs the line is not eligible for (true: all of them): 422 SERVICE_NOT_APPLICABLE
type Subscriber struct {
	// PhoneNumber is the line's E.164 number, the key a store holds the
	// record by; "" when the record does not say.
	PhoneNumber string
	// Identity is what the operator holds, verified, of the customer.
	Identity match.Record
	// TenureStart is the date, YYYY-MM-DD, from which the line has been
	// held continuously by this customer: Tenure's tenureDateCheck is true
	// for a tenureDate on or after it.
	TenureStart string
	// ContractType is the line's contract, for Tenure's contractType.
	ContractType ContractType
	// IdentityVerified says whether the identity was checked against an
	// identity document legally accepted as an age verification document
	// (Age Verification's verifiedStatus).
	IdentityVerified Flag
	// ContentLock and ParentalControl say whether the line has a content
	// lock or parental control (Age Verification's contentLock and
	// parentalControl).
	ContentLock, ParentalControl Flag
	// NotApplicable is the set of APIs the line is not eligible for (an IoT
	// line, a business line): they answer 422 SERVICE_NOT_APPLICABLE.
	NotApplicable APISet
}

// Flag is a yes or no that may not be held.
type Flag uint8

// The values of a Flag.
const (
	FlagUnknown Flag = iota
	FlagFalse
	FlagTrue
)

// FlagOf returns the Flag of b.
func FlagOf(b bool) Flag {
	if b {
		return FlagTrue
	}
	return FlagFalse
}

// ContractType is the kind of contract of a line (Tenure v0.2.0
// contractType).
type ContractType string

// The contract types.
const (
	ContractPAYG     ContractType = "PAYG"     // prepaid, pay as you go
	ContractPAYM     ContractType = "PAYM"     // a monthly contract
	ContractBusiness ContractType = "Business" // an enterprise account
)

// ParseContractType reads a contract type in any case.
func ParseContractType(s string) (ContractType, bool) {
	for _, c := range []ContractType{ContractPAYG, ContractPAYM, ContractBusiness} {
		if strings.EqualFold(strings.TrimSpace(s), string(c)) {
			return c, true
		}
	}
	return "", false
}

// The record properties beside the identity's, in the order MarshalJSON
// writes them.
const (
	propPhone = iota
	propTenureStart
	propContractType
	propIdentityVerified
	propContentLock
	propParentalControl
	propNotApplicable
	numProps
)

var propNames = [numProps]string{"phoneNumber", "tenureStart", "contractType", "identityVerified", "contentLock", "parentalControl", "notApplicable"}

// DecodeSubscriber reads a subscriber record held as JSON (see
// [Subscriber]). It refuses anything else, so that a typo in an operator's
// data cannot quietly answer not_available: a property that is not a
// record property (said by its position, never by its name, which may be
// data), one given twice, a value of the wrong type or form. Identity
// values are strings ("" or null: not held; invalid UTF-8 is replaced by
// U+FFFD, as encoding/json does); dates may be written as the identity's
// are (normalize.RecordDate). Its errors never hold a value.
func DecodeSubscriber(data []byte) (Subscriber, error) {
	var sub Subscriber
	var seen [numProps + attr.Count]bool
	err := jsonobj.Each(string(data), func(m *jsonobj.Member) error {
		i := -1
		if a, ok := attr.Parse(m.Key); ok {
			i = numProps + int(a)
		} else {
			for j, n := range propNames {
				if n == m.Key {
					i = j
				}
			}
		}
		switch {
		case i < 0:
			return fmt.Errorf("camara: record: property %d (counting from 1) is not a record property", m.Index+1)
		case seen[i]:
			return fmt.Errorf("camara: record: %s appears more than once", m.Key)
		}
		seen[i] = true
		if m.Kind == jsonobj.Null {
			return nil
		}
		if i >= numProps {
			if m.Kind != jsonobj.String {
				return fmt.Errorf("camara: record: the value of %s is not a string", m.Key)
			}
			sub.Identity[i-numProps] = m.Str
			return nil
		}
		return sub.set(i, m)
	})
	if _, ok := errors.AsType[*jsonobj.Error](err); ok {
		return Subscriber{}, errors.New("camara: record: not a JSON object")
	}
	if err != nil {
		return Subscriber{}, err
	}
	return sub, nil
}

// set reads operator property i from m, which is not null.
func (sub *Subscriber) set(i int, m *jsonobj.Member) error {
	name := propNames[i]
	wrong := func(want string) error {
		return fmt.Errorf("camara: record: the value of %s is not %s", name, want)
	}
	switch i {
	case propPhone:
		p, ok := normalize.Phone(m.Str)
		if m.Kind != jsonobj.String || !ok {
			return wrong("a phone number with its country code")
		}
		sub.PhoneNumber = p
	case propTenureStart:
		d, ok := normalize.RecordDate(m.Str)
		if m.Kind != jsonobj.String || !ok {
			return wrong("a date")
		}
		sub.TenureStart = d
	case propContractType:
		c, ok := ParseContractType(m.Str)
		if m.Kind != jsonobj.String || !ok {
			return wrong("one of PAYG, PAYM, Business")
		}
		sub.ContractType = c
	case propIdentityVerified, propContentLock, propParentalControl:
		if m.Kind != jsonobj.Bool {
			return wrong("a boolean")
		}
		f := FlagOf(m.Raw == "true")
		switch i {
		case propIdentityVerified:
			sub.IdentityVerified = f
		case propContentLock:
			sub.ContentLock = f
		default:
			sub.ParentalControl = f
		}
	case propNotApplicable:
		switch m.Kind {
		case jsonobj.Bool:
			if m.Raw == "true" {
				sub.NotApplicable = AllAPIs
			}
		case jsonobj.Array:
			var names []string
			if err := jsonUnmarshal(m.Raw, &names); err != nil {
				return wrong("true, false or a list of API names")
			}
			for _, n := range names {
				a, ok := ParseAPI(n)
				if !ok {
					return wrong("true, false or a list of API names (kyc-match, kyc-age-verification, kyc-tenure)")
				}
				sub.NotApplicable = sub.NotApplicable.With(a)
			}
		default:
			return wrong("true, false or a list of API names")
		}
	}
	return nil
}

// MarshalJSON writes the record as [DecodeSubscriber] reads it, with only
// what it holds.
func (sub Subscriber) MarshalJSON() ([]byte, error) {
	b := make([]byte, 0, 512)
	b = append(b, '{')
	field := func(name string) {
		if len(b) > 1 {
			b = append(b, ',')
		}
		b = appendString(b, name)
		b = append(b, ':')
	}
	if sub.PhoneNumber != "" {
		field("phoneNumber")
		b = appendString(b, sub.PhoneNumber)
	}
	for a, v := range (*attr.Values)(&sub.Identity).All() {
		field(a.String())
		b = appendString(b, v)
	}
	if sub.TenureStart != "" {
		field("tenureStart")
		b = appendString(b, sub.TenureStart)
	}
	if sub.ContractType != "" {
		field("contractType")
		b = appendString(b, string(sub.ContractType))
	}
	for i, f := range [...]Flag{sub.IdentityVerified, sub.ContentLock, sub.ParentalControl} {
		if f != FlagUnknown {
			field(propNames[propIdentityVerified+i])
			if f == FlagTrue {
				b = append(b, "true"...)
			} else {
				b = append(b, "false"...)
			}
		}
	}
	if sub.NotApplicable != 0 {
		field("notApplicable")
		if sub.NotApplicable&AllAPIs == AllAPIs {
			b = append(b, "true"...)
		} else {
			b = append(b, '[')
			for a := range API(NumAPIs) {
				if sub.NotApplicable.Has(a) {
					if b[len(b)-1] != '[' {
						b = append(b, ',')
					}
					b = appendString(b, a.String())
				}
			}
			b = append(b, ']')
		}
	}
	return append(b, '}'), nil
}

// UnmarshalJSON reads a record as [DecodeSubscriber] does.
func (sub *Subscriber) UnmarshalJSON(data []byte) error {
	s, err := DecodeSubscriber(data)
	if err != nil {
		return err
	}
	*sub = s
	return nil
}
