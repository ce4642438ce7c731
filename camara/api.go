package camara

// API is one of the Know Your Customer APIs.
type API uint8

// The APIs.
const (
	KYCMatch API = iota
	AgeVerification
	Tenure
)

// NumAPIs is the number of APIs.
const NumAPIs = int(Tenure) + 1

// String returns the API's name, the first segment of its base path
// ("kyc-match", "kyc-age-verification", "kyc-tenure").
func (a API) String() string {
	switch a {
	case KYCMatch:
		return "kyc-match"
	case AgeVerification:
		return "kyc-age-verification"
	case Tenure:
		return "kyc-tenure"
	}
	return "unknown"
}

// Scope returns the OAuth scope an access token needs for the API's
// operation ("kyc-match:match", "kyc-age-verification:verify",
// "kyc-tenure:check-tenure").
func (a API) Scope() string {
	switch a {
	case KYCMatch:
		return "kyc-match:match"
	case AgeVerification:
		return "kyc-age-verification:verify"
	case Tenure:
		return "kyc-tenure:check-tenure"
	}
	return ""
}

// ParseAPI returns the API with the given name.
func ParseAPI(name string) (API, bool) {
	for a := range API(NumAPIs) {
		if a.String() == name {
			return a, true
		}
	}
	return 0, false
}

// APISet is a set of APIs.
type APISet uint8

// AllAPIs is the set of every API.
const AllAPIs APISet = 1<<NumAPIs - 1

// Has reports whether a is in s.
func (s APISet) Has(a API) bool { return s&(1<<a) != 0 }

// With returns s with a added.
func (s APISet) With(a API) APISet { return s | 1<<a }
