package camara

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
	kindEmail                    // RFC 5321 mailbox
	kindGender                   // MALE | FEMALE | OTHER
	kindDocumentType             // the idDocumentType enum
	kindCountry                  // ISO 3166-1 alpha-2, any case
	kindBankAccount              // PREFIX:VALUE (v0.5.0 draft pattern)
)

// kinds is indexed by attribute: the formats of kyc-match v0.4.0
// KYC_MatchRequestBody (format: date, format: email, the enums), which Age
// Verification shares, and of the v0.5.0 draft (bankAccountNumber's
// pattern).
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

// ValidatePhone checks a request body's phoneNumber: the pattern
// ^\+[1-9][0-9]{4,14}$ of every API (KYC Match v0.2.1 has no pattern, but
// its test plan expects a 400 for a number that does not fit it).
func ValidatePhone(p string) error {
	if !normalize.ValidPhone(p) {
		return Invalid("phoneNumber", `phoneNumber must be an E.164 number with its leading '+' (pattern ^\+[1-9][0-9]{4,14}$).`)
	}
	return nil
}

// ValidateValue checks one non-empty request value of attribute a, and
// returns a 400 INVALID_ARGUMENT *Error that names the property and never
// its value (DESIGN.md section 1, step 2):
//   - valid UTF-8, and at most limit characters (code points, as JSON
//     Schema counts);
//   - free text holds a letter or a digit;
//   - birthdate and idDocumentExpiryDate are real calendar dates
//     YYYY-MM-DD; email is an RFC 5321 mailbox (JSON Schema's "email");
//     gender is MALE, FEMALE or OTHER; idDocumentType is one of its seven
//     values; country, countryOfBirth and nationality are ISO 3166-1
//     alpha-2 codes, in any case; bankAccountNumber is PREFIX:VALUE.
func ValidateValue(a attr.Attribute, v string, limit int) error {
	name := a.String()
	if !utf8.ValidString(v) {
		return Invalid(name, name+" must be valid UTF-8.")
	}
	if len(v) > limit && utf8.RuneCountInString(v) > limit {
		return Invalid(name, name+" must be at most "+strconv.Itoa(limit)+" characters long.")
	}
	switch kinds[a] {
	case kindText:
		if !normalize.HasContent(v) {
			return Invalid(name, name+" must hold a letter or a digit.")
		}
	case kindDate:
		if _, ok := normalize.Date(v); !ok {
			return Invalid(name, name+" must be a calendar date written YYYY-MM-DD.")
		}
	case kindEmail:
		if !normalize.ValidEmail(v) {
			return Invalid(name, name+" must be an e-mail address of the form local-part@domain.")
		}
	case kindGender:
		if _, ok := normalize.Gender(v); !ok {
			return Invalid(name, name+" must be one of MALE, FEMALE, OTHER.")
		}
	case kindDocumentType:
		if _, ok := normalize.DocumentType(v); !ok {
			return Invalid(name, name+" must be one of passport, national_id_card, residence_permit, diplomatic_id, driver_licence, social_security_id, other.")
		}
	case kindCountry:
		if _, ok := normalize.Country(v); !ok {
			return Invalid(name, name+" must be an ISO 3166-1 alpha-2 country code.")
		}
	case kindBankAccount:
		if !validBankAccount(v) {
			return Invalid(name, name+" must be PREFIX:VALUE (pattern ^[A-Z]+:[A-Za-z0-9]+$).")
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
