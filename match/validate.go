package match

import (
	"strconv"
	"unicode/utf8"

	"github.com/kycmatch/kycmatch/attr"
	"github.com/kycmatch/kycmatch/normalize"
)

// kind says how a request value is validated.
type kind uint8

const (
	kindText         kind = iota // free text: must hold a letter or a digit
	kindDate                     // YYYY-MM-DD calendar date
	kindEmail                    // local-part@domain
	kindGender                   // MALE | FEMALE | OTHER
	kindDocumentType             // the idDocumentType enum
	kindCountry                  // ISO 3166-1 alpha-2, any case
	kindBankAccount              // PREFIX:VALUE (v0.5.0 draft pattern)
)

// kinds is indexed by attribute: the formats of kyc-match v0.4.0
// KYC_MatchRequestBody (format: date, format: email, the enums) and of the
// v0.5.0 draft (bankAccountNumber's pattern).
var kinds = [attr.Count]kind{
	attr.IDDocumentType:       kindDocumentType,
	attr.IDDocumentExpiryDate: kindDate,
	attr.BankAccountNumber:    kindBankAccount,
	attr.Country:              kindCountry,
	attr.Birthdate:            kindDate,
	attr.Email:                kindEmail,
	attr.Gender:               kindGender,
	attr.CountryOfBirth:       kindCountry,
	attr.Nationality:          kindCountry,
}

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
	for a, v := range req.Values.All() {
		n++
		if err := e.validateValue(a, v); err != nil {
			return err
		}
	}
	switch {
	case n == 0 && req.PhoneNumber == "":
		return invalid("", "The request body must hold at least one KYC Match property.")
	case n == 0:
		return codeError(CodeInvalidParamCombination)
	}
	return nil
}

// validateValue checks one non-empty value.
func (e *Engine) validateValue(a attr.Attribute, v string) error {
	name := a.String()
	if !utf8.ValidString(v) {
		return invalid(name, name+" must be valid UTF-8.")
	}
	if limit := e.maxLen[a]; len(v) > limit && utf8.RuneCountInString(v) > limit {
		return invalid(name, name+" must be at most "+strconv.Itoa(limit)+" characters long.")
	}
	switch kinds[a] {
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
			return invalid(name, name+" must be one of MALE, FEMALE, OTHER.")
		}
	case kindDocumentType:
		if _, ok := normalize.DocumentType(v); !ok {
			return invalid(name, name+" must be one of passport, national_id_card, residence_permit, diplomatic_id, driver_licence, social_security_id, other.")
		}
	case kindCountry:
		if _, ok := normalize.Country(v); !ok {
			return invalid(name, name+" must be an ISO 3166-1 alpha-2 country code.")
		}
	case kindBankAccount:
		if !validBankAccount(v) {
			return invalid(name, name+" must be PREFIX:VALUE (pattern ^[A-Z]+:[A-Za-z0-9]+$).")
		}
	}
	return nil
}

// validBankAccount reports whether s matches ^[A-Z]+:[A-Za-z0-9]+$ (kyc-match
// v0.5.0 draft, bankAccountNumber).
func validBankAccount(s string) bool {
	i := 0
	for i < len(s) && s[i] >= 'A' && s[i] <= 'Z' {
		i++
	}
	if i == 0 || i == len(s)-1 || i >= len(s) || s[i] != ':' {
		return false
	}
	for j := i + 1; j < len(s); j++ {
		if c := s[j]; !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}
