package matchapi

import (
	"github.com/kycmatch/kycmatch/attr"
	"github.com/kycmatch/kycmatch/camara"
)

// Version is a published version of KYC Match.
type Version uint8

// The versions the codecs speak. The zero Version is v0.4, the latest
// public release.
const (
	// V04 is v0.4.0 (KnowYourCustomerMatch r1.2), the default.
	V04 Version = iota
	// V03 is v0.3.0 (KnowYourCustomer r2.2).
	V03
	// V02 is v0.2.1 (KnowYourCustomer r1.3).
	V02
	// VWIP is the work in progress towards v0.5.0 (KnowYourCustomerMatch
	// main, base path vwip).
	VWIP
)

// NumVersions is the number of versions.
const NumVersions = int(VWIP) + 1

// spec is what a version says, where the versions differ.
type spec struct {
	// segment is the version's segment of the base path, /kyc-match/{segment}.
	segment string
	// release is the version's number, for messages.
	release string
	// props are the request properties besides phoneNumber, and so the
	// answers a response may hold. A response has a score beside each
	// scored attribute (attr.Attribute.Scored) among them.
	props attr.Set
	// middleNamesScore is the name of middleNames' score property.
	middleNamesScore string
	// maxScore is the schema's largest score. The engine's scores are at
	// most 99 beside "false" in every version ("true" is 100).
	maxScore int
	// rejectUnknown: a property the version does not define is 400
	// INVALID_ARGUMENT ("request body strictness"); otherwise ignored, as
	// the schema does not forbid it.
	rejectUnknown bool
	// gate: the version has the optional idDocument gate (403
	// KNOW_YOUR_CUSTOMER.ID_DOCUMENT_REQUIRED and ID_DOCUMENT_MISMATCH).
	gate bool
	// gateIDOnly: with the gate on, a request whose only property besides
	// phoneNumber is idDocument is matched as any other, not gated (v0.2's
	// "corner case").
	gateIDOnly bool
	// correlator is the x-correlator pattern.
	correlator camara.Correlator
	// codes are the errors the version spells otherwise than v0.4.0.
	codes []recode
}

// recode answers an error of code from as the code to, with message msg
// ("" for the code's own).
type recode struct {
	from, to camara.Code
	msg      string
}

// v03 is the property set of v0.2.1 and v0.3.0: v0.4.0 added
// idDocumentType, idDocumentExpiryDate, cityOfBirth, countryOfBirth and
// nationality.
const v03 = attr.AllSet &^ (1<<attr.IDDocumentType | 1<<attr.IDDocumentExpiryDate | 1<<attr.BankAccountNumber |
	1<<attr.CityOfBirth | 1<<attr.CountryOfBirth | 1<<attr.Nationality)

// v04 is v0.4.0's: every attribute but the v0.5.0 draft's bankAccountNumber.
const v04 = attr.AllSet &^ (1 << attr.BankAccountNumber)

// versions is the one table of what differs between the versions. Sources:
// the versions' API definitions (KYC Match v0.2.1 r1.3, v0.3.0 r2.2, v0.4.0
// r1.2, main) and DESIGN.md section 6.
var versions = [NumVersions]spec{
	V02: {
		segment: "v0.2", release: "v0.2.1", props: v03, middleNamesScore: "middleNamesScore", maxScore: 100,
		gate: true, gateIDOnly: true, correlator: camara.CorrelatorWide,
		// v0.2.1 predates the Commonalities 0.5 identifier errors: its 403
		// INVALID_TOKEN_CONTEXT also covers "Phone number cannot be
		// deducted from access token context", its 404 is NOT_FOUND, and it
		// has no 422, so a line that is not eligible is 403
		// PERMISSION_DENIED (404 would say the number is unknown, which is
		// not so).
		codes: []recode{
			{camara.CodeMissingIdentifier, camara.CodeInvalidTokenContext, "Phone number cannot be deducted from access token context."},
			{camara.CodeInvalidTokenContext, camara.CodeInvalidTokenContext, "Phone number mismatch with access token context."},
			{camara.CodeIdentifierNotFound, camara.CodeNotFound, "The phone number provided is not associated with a customer account"},
			{camara.CodeServiceNotApplicable, camara.CodePermissionDenied, "The service is not applicable for the provided phone number"},
		},
	},
	V03: {
		segment: "v0.3", release: "v0.3.0", props: v03, middleNamesScore: "middleNamesMatchScore", maxScore: 100,
		gate: true, correlator: camara.CorrelatorNarrow,
	},
	V04: {
		segment: "v0.4", release: "v0.4.0", props: v04, middleNamesScore: "middleNamesMatchScore", maxScore: 99,
		gate: true, correlator: camara.CorrelatorWide,
	},
	VWIP: {
		segment: "vwip", release: "v0.5.0 draft", props: attr.AllSet, middleNamesScore: "middleNamesMatchScore", maxScore: 99,
		rejectUnknown: true, correlator: camara.CorrelatorWide,
	},
}

// spec returns the version's row of the table (v0.4's for a value that is
// no version).
func (v Version) spec() *spec {
	if int(v) >= NumVersions {
		v = V04
	}
	return &versions[v]
}

// String returns the version's segment of the base path ("v0.4", "vwip").
func (v Version) String() string { return v.spec().segment }

// Release returns the version's number ("v0.4.0", "v0.5.0 draft").
func (v Version) Release() string { return v.spec().release }

// Path returns the operation's path below the API root:
// /kyc-match/v0.4/match.
func (v Version) Path() string { return "/kyc-match/" + v.String() + "/match" }

// ParseVersion returns the version whose segment is s ("v0.2", "v0.3",
// "v0.4", "vwip").
func ParseVersion(s string) (Version, bool) {
	for v := range Version(NumVersions) {
		if v.String() == s {
			return v, true
		}
	}
	return 0, false
}

// Properties returns the attributes the version's request may hold.
func (v Version) Properties() attr.Set { return v.spec().props }

// Correlator returns the version's x-correlator pattern.
func (v Version) Correlator() camara.Correlator { return v.spec().correlator }

// MaxScore returns the largest score the version's schema allows (100 in
// v0.2 and v0.3, 99 since v0.4.0, where "true" is a score of 100).
func (v Version) MaxScore() int { return v.spec().maxScore }

// ScoreName returns the name of attribute a's score property in the
// version's response ("givenNameMatchScore"; v0.2's "middleNamesScore"), or
// "" for an attribute that has none.
func (v Version) ScoreName(a attr.Attribute) string {
	switch {
	case !a.Scored() || !v.spec().props.Has(a):
		return ""
	case a == attr.MiddleNames:
		return v.spec().middleNamesScore
	}
	return a.String() + "MatchScore"
}

// Error returns err as the version's CAMARA error ([camara.AsError], then
// the version's own spelling of the codes that differ).
func (v Version) Error(err error) *camara.Error {
	e := camara.AsError(err)
	if e == nil {
		return nil
	}
	for _, r := range v.spec().codes {
		if e.Code == r.from {
			return camara.NewError(r.to, e.Field, r.msg)
		}
	}
	return e
}
