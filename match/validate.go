package match

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/kycmatch/kycmatch/normalize"
)

// Validate checks a request as step 1 of DESIGN.md section 1 does, and returns
// the first problem, in the specification's property order, as a 400 *Error
// that names the property and never its value:
//   - phoneNumber matches ^\+[1-9][0-9]{4,14}$;
//   - every value is valid UTF-8, within its maximum length in characters
//     (Config.MaxLength, else the v0.5.0 draft's maxLength), and holds a
//     letter or a digit;
//   - birthdate and idDocumentExpiryDate are real calendar dates
//     YYYY-MM-DD; email is local-part@domain; gender is MALE, FEMALE or
//     OTHER; idDocumentType is one of its seven values; country,
//     countryOfBirth and nationality are ISO 3166-1 alpha-2 country codes, in
//     any case;
//   - a request with no property at all is INVALID_ARGUMENT, and one with a
//     phoneNumber only is KNOW_YOUR_CUSTOMER.INVALID_PARAM_COMBINATION.
func (e *Engine) Validate(req *Request) error {
	if p := req.PhoneNumber; p != "" && !normalize.ValidPhone(p) {
		return invalid("phoneNumber", `phoneNumber must be an E.164 number with its leading '+' (pattern ^\+[1-9][0-9]{4,14}$).`)
	}
	n := 0
	for a := range Attribute(NumAttributes) {
		v := req.Get(a)
		if v == "" {
			continue
		}
		n++
		if err := e.validateValue(a, v); err != nil {
			return err
		}
	}
	switch {
	case n == 0 && req.PhoneNumber == "":
		return invalid("", "The request body must hold at least one KYC Match property.")
	case n == 0:
		return ErrInvalidParamCombination
	}
	return nil
}

// validateValue checks one non-empty value.
func (e *Engine) validateValue(a Attribute, v string) error {
	name := attrs[a].name
	if !utf8.ValidString(v) {
		return invalid(name, name+" must be valid UTF-8.")
	}
	if limit := e.maxLen[a]; len(v) > limit && utf8.RuneCountInString(v) > limit {
		return invalid(name, name+" must be at most "+strconv.Itoa(limit)+" characters long.")
	}
	switch attrs[a].kind {
	case kindText:
		if !normalize.HasContent(v) {
			return invalid(name, name+" must hold a letter or a digit.")
		}
	case kindDate:
		if _, ok := normalize.Date(v); !ok {
			return invalid(name, name+" must be a calendar date written YYYY-MM-DD.")
		}
	case kindEmail:
		if !normalize.ValidEmail(v) {
			return invalid(name, name+" must be an e-mail address of the form local-part@domain.")
		}
	case kindGender:
		if _, ok := normalize.Gender(v); !ok {
			return invalid(name, name+" must be one of "+strings.Join(normalize.Genders, ", ")+".")
		}
	case kindDocumentType:
		if _, ok := normalize.DocumentType(v); !ok {
			return invalid(name, name+" must be one of "+strings.Join(normalize.DocumentTypes, ", ")+".")
		}
	case kindCountry:
		if _, ok := normalize.Country(v); !ok {
			return invalid(name, name+" must be an ISO 3166-1 alpha-2 country code.")
		}
	}
	return nil
}
