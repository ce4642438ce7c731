// Package tenureapi speaks CAMARA KYC Tenure v0.2.0
// (POST /kyc-tenure/v0.2/check-tenure): whether the line has been held
// continuously by its customer since tenureDate, from the tenure start the
// operator holds, and the line's contract type when held.
//
// Its steps are those of every API (DESIGN.md section 7): decode and
// validate (400 INVALID_ARGUMENT; 400 OUT_OF_RANGE for a tenureDate after
// today), the subject (camara.Exclusive: a body phoneNumber beside a
// three-legged token is 422 UNNECESSARY_IDENTIFIER), the lookup (404, 422,
// 5xx), then the answer. No fuzzy matching is involved.
package tenureapi

import (
	"context"
	"strconv"
	"time"

	"github.com/kycmatch/kycmatch/camara"
	"github.com/kycmatch/kycmatch/internal/wire"
	"github.com/kycmatch/kycmatch/normalize"
)

// Path is the operation's path below the API root.
const Path = "/kyc-tenure/v0.2/check-tenure"

// Release is the version this package speaks.
const Release = "v0.2.0"

// Request is a Tenure request body.
type Request struct {
	// TenureDate is the date, YYYY-MM-DD, from which continuous tenure is
	// to be confirmed.
	TenureDate string
	// PhoneNumber is the body's phoneNumber, or "".
	PhoneNumber string
}

// Response is a TenureInfo.
type Response struct {
	// TenureDateCheck is true when the line has been held continuously by
	// its customer since TenureDate.
	TenureDateCheck bool
	// ContractType is the line's contract, left out when "".
	ContractType camara.ContractType
}

// AppendJSON appends the response's JSON to b.
func (r *Response) AppendJSON(b []byte) []byte {
	b = strconv.AppendBool(append(b, `{"tenureDateCheck":`...), r.TenureDateCheck)
	if r.ContractType != "" {
		b = append(append(append(b, `,"contractType":"`...), r.ContractType...), '"')
	}
	return append(b, '}')
}

// MarshalJSON implements json.Marshaler.
func (r Response) MarshalJSON() ([]byte, error) { return r.AppendJSON(nil), nil }

// Options are the operator's choices for Tenure.
type Options struct {
	// MaxBodyBytes bounds the size of a request body; 0 means 65536.
	MaxBodyBytes int
	// Now is the clock that says what day it is; nil means time.Now. A
	// tenureDate after the date of Now, in its own location, is OUT_OF_RANGE.
	Now func() time.Time
}

// Service answers Tenure requests. It is immutable and safe for concurrent
// use.
type Service struct {
	now     func() time.Time
	maxBody int
}

// New returns a Service.
func New(opts Options) *Service {
	s := &Service{now: opts.Now, maxBody: opts.MaxBodyBytes}
	if s.now == nil {
		s.now = time.Now
	}
	if s.maxBody == 0 {
		s.maxBody = wire.DefaultMaxBodyBytes
	}
	return s
}

const (
	propPhone = iota
	propTenureDate
)

func propIndex(key string) int {
	switch key {
	case "phoneNumber":
		return propPhone
	case "tenureDate":
		return propTenureDate
	}
	return -1
}

// Decode decodes and validates a request body: a JSON object (400
// INVALID_ARGUMENT otherwise), phoneNumber a string of the E.164 pattern,
// tenureDate required and a calendar date YYYY-MM-DD (INVALID_ARGUMENT)
// that is not after today (400 OUT_OF_RANGE: "a value in the future", test
// plan @checkTenure_400.3). Properties the schema does not define are
// ignored, as v0.2.0 does not forbid them.
func (s *Service) Decode(body []byte) (Request, error) {
	var b wire.Body
	if err := b.Read(body, s.maxBody, propIndex); err != nil {
		return Request{}, err
	}
	var req Request
	if err := b.Phone(propPhone, &req.PhoneNumber); err != nil {
		return Request{}, err
	}
	if err := b.String(propTenureDate, "tenureDate", &req.TenureDate); err != nil {
		return Request{}, err
	}
	if err := b.Unknown(false, "Tenure "+Release); err != nil {
		return Request{}, err
	}
	switch _, ok := normalize.Date(req.TenureDate); {
	case req.TenureDate == "":
		return Request{}, camara.Invalid("tenureDate", "tenureDate is required.")
	case !ok:
		return Request{}, camara.Invalid("tenureDate", "tenureDate must be a calendar date written YYYY-MM-DD.")
	case req.TenureDate > s.now().Format(time.DateOnly):
		return Request{}, camara.NewError(camara.CodeOutOfRange, "tenureDate", "tenureDate must not be in the future.")
	}
	return req, nil
}

// Check answers req for the access token that identified the line
// tokenPhone ("" for a two-legged token), looking the line up in store:
// the subject (422 UNNECESSARY_IDENTIFIER, 422 MISSING_IDENTIFIER), the
// lookup (404, 422, the store's failure unchanged), then tenureDateCheck:
// true when the operator holds a tenure start on or before tenureDate,
// false otherwise, a line whose tenure start the operator does not hold
// included (TenureInfo: "otherwise false"), and contractType when held.
func (s *Service) Check(ctx context.Context, req Request, tokenPhone string, store camara.Store) (Response, error) {
	if err := ctx.Err(); err != nil {
		return Response{}, err
	}
	phone, err := camara.Resolve(camara.Exclusive, tokenPhone, req.PhoneNumber)
	if err != nil {
		return Response{}, err
	}
	sub, err := camara.Fetch(ctx, store, camara.Tenure, phone)
	if err != nil {
		return Response{}, err
	}
	return Response{
		TenureDateCheck: sub.TenureStart != "" && sub.TenureStart <= req.TenureDate,
		ContractType:    sub.ContractType,
	}, nil
}

// Reply answers one request body from start to end: decode,
// [Service.Check], and the response or error body.
func (s *Service) Reply(ctx context.Context, body []byte, tokenPhone string, store camara.Store) camara.Reply {
	req, err := s.Decode(body)
	var resp Response
	if err == nil {
		resp, err = s.Check(ctx, req, tokenPhone, store)
	}
	if err != nil {
		return camara.ErrorReply(camara.AsError(err))
	}
	return camara.Reply{Status: 200, Body: resp.AppendJSON(make([]byte, 0, 48))}
}
