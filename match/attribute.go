package match

import (
	"strconv"

	"github.com/kycmatch/kycmatch/locale"
)

// Attribute is one of the 24 attributes of a KYC Match v0.4.0 request that
// get an answer (every property but phoneNumber), in the order of the
// specification's response schema.
type Attribute uint8

// The attributes, in the order of KYC_MatchResponse.
const (
	IDDocument Attribute = iota
	IDDocumentType
	IDDocumentExpiryDate
	Name
	GivenName
	FamilyName
	NameKanaHankaku
	NameKanaZenkaku
	MiddleNames
	FamilyNameAtBirth
	Address
	StreetName
	StreetNumber
	PostalCode
	Region
	Locality
	Country
	HouseNumberExtension
	Birthdate
	Email
	Gender
	CityOfBirth
	CountryOfBirth
	Nationality

	// NumAttributes is the number of attributes.
	NumAttributes = int(Nationality) + 1
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
)

// attrInfo describes an attribute.
type attrInfo struct {
	name   string // CAMARA property name
	scored bool   // has an xMatchScore (14 attributes in v0.4.0)
	maxLen int    // maxLength of the v0.5 draft, in characters
	kind   kind
}

// attrs is indexed by Attribute. Limits: kyc-match wip (v0.5.0 target)
// maxLength; scored: kyc-match v0.4.0 KYC_MatchResponse, which has a
// *MatchScore for exactly these 14 attributes.
var attrs = [NumAttributes]attrInfo{
	IDDocument:           {locale.AttrIDDocument, false, 50, kindText},
	IDDocumentType:       {locale.AttrIDDocumentType, false, 50, kindDocumentType},
	IDDocumentExpiryDate: {locale.AttrIDDocumentExpiryDate, false, 10, kindDate},
	Name:                 {locale.AttrName, true, 256, kindText},
	GivenName:            {locale.AttrGivenName, true, 100, kindText},
	FamilyName:           {locale.AttrFamilyName, true, 150, kindText},
	NameKanaHankaku:      {locale.AttrNameKanaHankaku, true, 256, kindText},
	NameKanaZenkaku:      {locale.AttrNameKanaZenkaku, true, 256, kindText},
	MiddleNames:          {locale.AttrMiddleNames, true, 100, kindText},
	FamilyNameAtBirth:    {locale.AttrFamilyNameAtBirth, true, 150, kindText},
	Address:              {locale.AttrAddress, true, 256, kindText},
	StreetName:           {locale.AttrStreetName, true, 150, kindText},
	StreetNumber:         {locale.AttrStreetNumber, true, 20, kindText},
	PostalCode:           {locale.AttrPostalCode, false, 20, kindText},
	Region:               {locale.AttrRegion, true, 100, kindText},
	Locality:             {locale.AttrLocality, true, 100, kindText},
	Country:              {locale.AttrCountry, false, 2, kindCountry},
	HouseNumberExtension: {locale.AttrHouseNumberExtension, false, 20, kindText},
	Birthdate:            {locale.AttrBirthdate, false, 10, kindDate},
	Email:                {locale.AttrEmail, true, 254, kindEmail},
	Gender:               {locale.AttrGender, false, 6, kindGender},
	CityOfBirth:          {locale.AttrCityOfBirth, true, 100, kindText},
	CountryOfBirth:       {locale.AttrCountryOfBirth, false, 2, kindCountry},
	Nationality:          {locale.AttrNationality, false, 2, kindCountry},
}

// phoneNumberMaxLen is the length of the longest E.164 number with its '+'.
const phoneNumberMaxLen = 16

// String returns the attribute's CAMARA property name ("familyName").
func (a Attribute) String() string {
	if int(a) < NumAttributes {
		return attrs[a].name
	}
	return "Attribute(" + strconv.Itoa(int(a)) + ")"
}

// Scored reports whether the attribute has a match score in KYC Match v0.4.0
// (name, givenName, familyName, middleNames, familyNameAtBirth,
// nameKanaHankaku, nameKanaZenkaku, address, streetName, streetNumber, region,
// locality, email, cityOfBirth).
func (a Attribute) Scored() bool { return int(a) < NumAttributes && attrs[a].scored }

// MaxLength returns the default maximum length of the attribute's value, in
// characters: the maxLength of the KYC Match v0.5.0 draft.
func (a Attribute) MaxLength() int {
	if int(a) < NumAttributes {
		return attrs[a].maxLen
	}
	return 0
}

// ParseAttribute returns the attribute with the given CAMARA property name.
func ParseAttribute(name string) (Attribute, bool) {
	for a := range Attribute(NumAttributes) {
		if attrs[a].name == name {
			return a, true
		}
	}
	return 0, false
}
