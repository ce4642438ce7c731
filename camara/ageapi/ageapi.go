// Package ageapi speaks CAMARA Know Your Customer Age Verification v0.2.1
// (POST /kyc-age-verification/v0.2/verify): whether the subscriber is at
// least ageThreshold years old, from the birthdate the operator holds, with
// optionally how well the identity the client sent matches the one the
// operator holds (identityMatchScore, through the matcher), whether that
// identity was verified against a document (verifiedStatus), and the
// line's content lock and parental control.
//
// Its steps are those of every API (DESIGN.md section 7): decode and
// validate (400 INVALID_ARGUMENT, 400 OUT_OF_RANGE for an ageThreshold
// outside 0..120), the subject (camara.Exclusive: a body phoneNumber beside
// a three-legged token is 422 UNNECESSARY_IDENTIFIER), the lookup (404,
// 422, 5xx), then the answer.
package ageapi

import (
	"context"
	"math"
	"strconv"
	"time"

	"github.com/kycmatch/kycmatch/attr"
	"github.com/kycmatch/kycmatch/camara"
	"github.com/kycmatch/kycmatch/internal/jsonobj"
	"github.com/kycmatch/kycmatch/internal/wire"
	"github.com/kycmatch/kycmatch/match"
	"github.com/kycmatch/kycmatch/normalize"
)

// Path is the operation's path below the API root.
const Path = "/kyc-age-verification/v0.2/verify"

// Release is the version this package speaks.
const Release = "v0.2.1"

// MaxThreshold is the largest ageThreshold (AgeThreshold: 0..120).
const MaxThreshold = 120

// Identity is the set of identity attributes a request may hold
// (VerifyRequestBody): idDocument, name, givenName, familyName,
// middleNames, familyNameAtBirth, birthdate, email.
const Identity = attr.Set(1<<attr.IDDocument | 1<<attr.Name | 1<<attr.GivenName | 1<<attr.FamilyName |
	1<<attr.MiddleNames | 1<<attr.FamilyNameAtBirth | 1<<attr.Birthdate | 1<<attr.Email)

// Request is a VerifyRequestBody.
type Request struct {
	// AgeThreshold is the age to check, 0..120.
	AgeThreshold int
	// PhoneNumber is the body's phoneNumber, or "".
	PhoneNumber string
	// Identity holds the identity attributes the client sent (of the set
	// [Identity]).
	Identity attr.Values
	// IncludeContentLock and IncludeParentalControl ask for contentLock and
	// parentalControl.
	IncludeContentLock, IncludeParentalControl bool
}

// Response is a VerifyResponseBody. The zero value of each optional field
// leaves it out.
type Response struct {
	// AgeCheck is match.True when the subscriber's age is at least the
	// threshold, match.False when it is less, match.NotAvailable when the
	// operator holds no readable birthdate.
	AgeCheck match.Result
	// VerifiedStatus is whether the operator's identity was verified
	// against a document; left out when the operator does not hold it.
	VerifiedStatus camara.Flag
	// IdentityMatchScore is the overall score, 0..100, of the identity the
	// client sent (see [Score]); meaningful only when HasScore is set.
	IdentityMatchScore int
	HasScore           bool
	// ContentLock and ParentalControl are the line's, when asked for and
	// held; the zero Result leaves them out.
	ContentLock, ParentalControl match.Result
	// Matches are the matcher's answers for the identity attributes, with
	// their reason codes for the operator's logs; not part of the response.
	Matches match.Response
}

// AppendJSON appends the response's JSON to b.
func (r *Response) AppendJSON(b []byte) []byte {
	b = append(b, `{"ageCheck":"`...)
	b = append(b, r.AgeCheck.String()...)
	b = append(b, '"')
	if r.VerifiedStatus != camara.FlagUnknown {
		b = strconv.AppendBool(append(b, `,"verifiedStatus":`...), r.VerifiedStatus == camara.FlagTrue)
	}
	if r.HasScore {
		b = strconv.AppendInt(append(b, `,"identityMatchScore":`...), int64(r.IdentityMatchScore), 10)
	}
	if r.ContentLock != 0 {
		b = append(append(append(b, `,"contentLock":"`...), r.ContentLock.String()...), '"')
	}
	if r.ParentalControl != 0 {
		b = append(append(append(b, `,"parentalControl":"`...), r.ParentalControl.String()...), '"')
	}
	return append(b, '}')
}

// MarshalJSON implements json.Marshaler.
func (r Response) MarshalJSON() ([]byte, error) { return r.AppendJSON(nil), nil }

// Options are the operator's choices for Age Verification.
type Options struct {
	// MaxBodyBytes bounds the size of a request body; 0 means 65536.
	MaxBodyBytes int
	// Now is the clock that says what day it is; nil means time.Now. Ages
	// are counted on the date of Now in its own location.
	Now func() time.Time
}

// Service answers Age Verification requests. It is immutable and safe for
// concurrent use.
type Service struct {
	e       *match.Engine
	now     func() time.Time
	maxBody int
}

// New returns a Service that matches identities with the engine e.
func New(e *match.Engine, opts Options) *Service {
	s := &Service{e: e, now: opts.Now, maxBody: opts.MaxBodyBytes}
	if s.now == nil {
		s.now = time.Now
	}
	if s.maxBody == 0 {
		s.maxBody = wire.DefaultMaxBodyBytes
	}
	return s
}

// Body property indexes: the schema's order.
const (
	propThreshold = iota
	propPhone
	propIdentity    // then one per attribute of Identity, in attribute order
	propContentLock = propIdentity + 8
	propParental    = propContentLock + 1
)

// identityIndex is the property index of each identity attribute.
func identityIndex(a attr.Attribute) int {
	i := propIdentity
	for b := range Identity.All() {
		if b == a {
			return i
		}
		i++
	}
	return -1
}

func propIndex(key string) int {
	switch key {
	case "ageThreshold":
		return propThreshold
	case "phoneNumber":
		return propPhone
	case "includeContentLock":
		return propContentLock
	case "includeParentalControl":
		return propParental
	}
	if a, ok := attr.Parse(key); ok && Identity.Has(a) {
		return identityIndex(a)
	}
	return -1
}

// Decode decodes and validates a request body: a JSON object (400
// INVALID_ARGUMENT otherwise, as for KYC Match), ageThreshold required and
// an integer (INVALID_ARGUMENT) within 0..120 (400 OUT_OF_RANGE),
// phoneNumber and the identity attributes strings of their formats
// (camara.ValidateValue, with the engine's maximum lengths), the include
// flags booleans. Properties the schema does not define are ignored, as
// v0.2.1 does not forbid them. Problems are reported in the schema's
// property order.
func (s *Service) Decode(body []byte) (Request, error) {
	var b wire.Body
	if err := b.Read(body, s.maxBody, propIndex); err != nil {
		return Request{}, err
	}
	var req Request
	if err := b.Once(propThreshold, "ageThreshold"); err != nil {
		return Request{}, err
	}
	p := &b.Props[propThreshold]
	if !p.Seen {
		return Request{}, camara.Invalid("ageThreshold", "ageThreshold is required.")
	}
	n, ok := integer(p)
	switch {
	case !ok:
		return Request{}, camara.Invalid("ageThreshold", "ageThreshold must be an integer.")
	case n < 0 || n > MaxThreshold:
		return Request{}, camara.NewError(camara.CodeOutOfRange, "ageThreshold", "ageThreshold must be between 0 and 120.")
	}
	req.AgeThreshold = int(n)
	if err := b.Phone(propPhone, &req.PhoneNumber); err != nil {
		return Request{}, err
	}
	for a := range Identity.All() {
		if err := b.String(identityIndex(a), a.String(), &req.Identity[a]); err != nil {
			return Request{}, err
		}
		if v := req.Identity[a]; v != "" {
			if err := camara.ValidateValue(a, v, s.e.MaxLength(a)); err != nil {
				return Request{}, err
			}
		}
	}
	if err := b.Bool(propContentLock, "includeContentLock", &req.IncludeContentLock); err != nil {
		return Request{}, err
	}
	if err := b.Bool(propParental, "includeParentalControl", &req.IncludeParentalControl); err != nil {
		return Request{}, err
	}
	if err := b.Unknown(false, "Age Verification "+Release); err != nil {
		return Request{}, err
	}
	return req, nil
}

// integer reads a JSON number that is an integer in value (JSON Schema's
// "integer": 18, 18.0, 1.8e1), saturating beyond the int64 range so that
// a huge number is out of range rather than invalid.
func integer(p *wire.Prop) (int64, bool) {
	if p.Kind != jsonobj.Number {
		return 0, false
	}
	f, err := strconv.ParseFloat(p.Raw, 64)
	if err != nil && !math.IsInf(f, 0) {
		return 0, false
	}
	if f != math.Trunc(f) {
		return 0, false
	}
	return int64(max(min(f, math.MaxInt32), math.MinInt32)), true
}

// Verify answers req for the access token that identified the line
// tokenPhone ("" for a two-legged token), looking the line up in store:
// the subject (422 UNNECESSARY_IDENTIFIER, 422 MISSING_IDENTIFIER), the
// lookup (404, 422, the store's failure unchanged), the identity through
// the matcher, and the age on the clock's date. The errors are
// *camara.Error, but for a done ctx and a store's failure, which
// camara.AsError makes a 5xx.
func (s *Service) Verify(ctx context.Context, req Request, tokenPhone string, store camara.Store) (Response, error) {
	if err := ctx.Err(); err != nil {
		return Response{}, err
	}
	phone, err := camara.Resolve(camara.Exclusive, tokenPhone, req.PhoneNumber)
	if err != nil {
		return Response{}, err
	}
	sub, err := camara.Fetch(ctx, store, camara.AgeVerification, phone)
	if err != nil {
		return Response{}, err
	}
	resp := Response{
		AgeCheck:       AgeCheck(sub.Identity[attr.Birthdate], req.AgeThreshold, s.now()),
		VerifiedStatus: sub.IdentityVerified,
	}
	if req.Identity.Len() > 0 {
		m, err := s.e.Match(ctx, match.Request{PhoneNumber: phone, Values: req.Identity}, sub.Identity, match.Subject{})
		if err != nil {
			return Response{}, err
		}
		resp.Matches = m
		resp.IdentityMatchScore, resp.HasScore = Score(&m, s.e.Config().Scores)
	}
	if req.IncludeContentLock {
		resp.ContentLock = result(sub.ContentLock)
	}
	if req.IncludeParentalControl {
		resp.ParentalControl = result(sub.ParentalControl)
	}
	return resp, nil
}

// result is the answer of a flag the line may have: left out (0) when the
// operator does not hold it ("only when asked for and held").
func result(f camara.Flag) match.Result {
	switch f {
	case camara.FlagTrue:
		return match.True
	case camara.FlagFalse:
		return match.False
	}
	return 0
}

// AgeCheck answers whether someone born on birthdate (a record value, read
// as normalize.RecordDate reads it) is at least threshold years old on the
// date of now, in now's location: true when age >= threshold (v0.2.1
// AgeCheck), false when less, not_available when the birthdate is not held,
// cannot be read, or is after today (dirty data). A birthday on 29
// February is reached on 1 March in a year without one, so that nobody is
// told old enough a day early.
func AgeCheck(birthdate string, threshold int, now time.Time) match.Result {
	d, ok := normalize.RecordDate(birthdate)
	if !ok {
		return match.NotAvailable
	}
	by, _ := strconv.Atoi(d[0:4])
	bm, _ := strconv.Atoi(d[5:7])
	bd, _ := strconv.Atoi(d[8:10])
	ty, tm, td := now.Date()
	today := ty*10000 + int(tm)*100 + td
	if by*10000+bm*100+bd > today {
		return match.NotAvailable
	}
	// The day the threshold is reached: the birthday threshold years on,
	// 29 February moved to 1 March when that year has none.
	ry, rm, rd := by+threshold, bm, bd
	if rm == 2 && rd == 29 && !leap(ry) {
		rm, rd = 3, 1
	}
	if ry*10000+rm*100+rd <= today {
		return match.True
	}
	return match.False
}

func leap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

// Score is the identityMatchScore of the matcher's answers m for the
// identity attributes a client sent, and false when there is none: no
// attribute sent, or none the operator holds (not_available answers count
// for nothing). Each answered attribute contributes 1 for "true", its score
// / 100 for a "false" with a score, 0 for a "false" without one (a wrong
// birthdate or document); the score is 100 times their product
// (KnowYourCustomer#46's proposal: the identity holds only as far as all
// of its parts do), 100 only when every attribute is "true", otherwise at
// most 99, and under the score policy the matcher reports with: bands
// round it down to a multiple of 10, none leave 100 or 0.
func Score(m *match.Response, policy match.ScorePolicy) (int, bool) {
	n, allTrue, p := 0, true, 1.0
	for _, f := range m.All() {
		switch f.Result {
		case match.True:
		case match.False:
			allTrue = false
			if f.HasScore {
				p *= float64(f.Score) / 100
			} else {
				p = 0
			}
		default:
			continue
		}
		n++
	}
	switch {
	case n == 0:
		return 0, false
	case allTrue:
		return 100, true
	}
	score := min(99, int(math.Round(100*p)))
	switch policy {
	case match.ScoresBands:
		score -= score % 10
	case match.ScoresNone:
		score = 0
	}
	return score, true
}

// Reply answers one request body from start to end: decode, [Service.Verify],
// and the response or error body. resp holds the matcher's answers with
// their reason codes for the operator's logs, on a 200.
func (s *Service) Reply(ctx context.Context, body []byte, tokenPhone string, store camara.Store) (camara.Reply, Response) {
	req, err := s.Decode(body)
	var resp Response
	if err == nil {
		resp, err = s.Verify(ctx, req, tokenPhone, store)
	}
	if err != nil {
		return camara.ErrorReply(camara.AsError(err)), Response{}
	}
	return camara.Reply{Status: 200, Body: resp.AppendJSON(make([]byte, 0, 128))}, resp
}
