package match

// Request is the body of a KYC Match v0.4.0 request: what a customer typed
// into the API consumer's form, and optionally the phone number of the line.
// Every field is optional; the empty string means "not provided". Field names
// and JSON names are those of the specification's KYC_MatchRequestBody.
//
// A Request is a plain value: build it in Go, or decode a JSON body with
// [Engine.DecodeRequest], which reports JSON-level problems (a number where a
// string belongs, an empty string) that a Request cannot represent.
type Request struct {
	PhoneNumber          string `json:"phoneNumber,omitempty"`
	IDDocument           string `json:"idDocument,omitempty"`
	IDDocumentType       string `json:"idDocumentType,omitempty"`
	IDDocumentExpiryDate string `json:"idDocumentExpiryDate,omitempty"`
	Name                 string `json:"name,omitempty"`
	GivenName            string `json:"givenName,omitempty"`
	FamilyName           string `json:"familyName,omitempty"`
	NameKanaHankaku      string `json:"nameKanaHankaku,omitempty"`
	NameKanaZenkaku      string `json:"nameKanaZenkaku,omitempty"`
	MiddleNames          string `json:"middleNames,omitempty"`
	FamilyNameAtBirth    string `json:"familyNameAtBirth,omitempty"`
	Address              string `json:"address,omitempty"`
	StreetName           string `json:"streetName,omitempty"`
	StreetNumber         string `json:"streetNumber,omitempty"`
	PostalCode           string `json:"postalCode,omitempty"`
	Region               string `json:"region,omitempty"`
	Locality             string `json:"locality,omitempty"`
	Country              string `json:"country,omitempty"`
	HouseNumberExtension string `json:"houseNumberExtension,omitempty"`
	Birthdate            string `json:"birthdate,omitempty"`
	Email                string `json:"email,omitempty"`
	Gender               string `json:"gender,omitempty"`
	CityOfBirth          string `json:"cityOfBirth,omitempty"`
	CountryOfBirth       string `json:"countryOfBirth,omitempty"`
	Nationality          string `json:"nationality,omitempty"`
}

// Record is what the operator holds, verified, for a line: the same fields as
// a [Request], under the same JSON names. The empty string means the operator
// does not hold the attribute. Record values are read leniently (a birthdate
// as YYYYMMDD, a gender as M or F, a country as alpha-3), since they come from
// the operator's own systems rather than from a client; PhoneNumber is not
// used for matching.
type Record Request

// Get returns the value of attribute a, or "" for a value that is not an
// attribute.
func (r *Request) Get(a Attribute) string {
	if p := r.field(a); p != nil {
		return *p
	}
	return ""
}

// property returns the address of the field of the property with the given
// CAMARA name (phoneNumber or an attribute), or nil.
func (r *Request) property(name string) *string {
	if name == "phoneNumber" {
		return &r.PhoneNumber
	}
	if a, ok := ParseAttribute(name); ok {
		return r.field(a)
	}
	return nil
}

// field returns the address of attribute a's field, or nil.
func (r *Request) field(a Attribute) *string {
	switch a {
	case IDDocument:
		return &r.IDDocument
	case IDDocumentType:
		return &r.IDDocumentType
	case IDDocumentExpiryDate:
		return &r.IDDocumentExpiryDate
	case Name:
		return &r.Name
	case GivenName:
		return &r.GivenName
	case FamilyName:
		return &r.FamilyName
	case NameKanaHankaku:
		return &r.NameKanaHankaku
	case NameKanaZenkaku:
		return &r.NameKanaZenkaku
	case MiddleNames:
		return &r.MiddleNames
	case FamilyNameAtBirth:
		return &r.FamilyNameAtBirth
	case Address:
		return &r.Address
	case StreetName:
		return &r.StreetName
	case StreetNumber:
		return &r.StreetNumber
	case PostalCode:
		return &r.PostalCode
	case Region:
		return &r.Region
	case Locality:
		return &r.Locality
	case Country:
		return &r.Country
	case HouseNumberExtension:
		return &r.HouseNumberExtension
	case Birthdate:
		return &r.Birthdate
	case Email:
		return &r.Email
	case Gender:
		return &r.Gender
	case CityOfBirth:
		return &r.CityOfBirth
	case CountryOfBirth:
		return &r.CountryOfBirth
	case Nationality:
		return &r.Nationality
	}
	return nil
}

// Get returns the value of attribute a.
func (r *Record) Get(a Attribute) string { return (*Request)(r).Get(a) }

// Subject says what the access token identified. The zero Subject stands for
// a two-legged token, or a three-legged one that identifies no single line:
// the request's phoneNumber must then name the line.
type Subject struct {
	// PhoneNumber is the number of the line a three-legged access token
	// identified, in E.164 form ("+34629255833"; other forms with the
	// country code are accepted and normalised), or "" when the token
	// identified none.
	PhoneNumber string
}
