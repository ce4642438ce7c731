package matchapi

import (
	"context"
	"errors"
	"fmt"
	"strconv"

	"github.com/kycmatch/kycmatch/attr"
	"github.com/kycmatch/kycmatch/camara"
	"github.com/kycmatch/kycmatch/internal/wire"
	"github.com/kycmatch/kycmatch/locale"
	"github.com/kycmatch/kycmatch/match"
)

// Options are the operator's choices for KYC Match beside the matcher's.
type Options struct {
	// RequireIDDocument turns on the idDocument gate of v0.2.1 to v0.4.0
	// (the v0.5.0 draft has none): a request without idDocument fails with
	// 403 KNOW_YOUR_CUSTOMER.ID_DOCUMENT_REQUIRED, one whose idDocument is
	// not the record's (or whose record holds none) with 403
	// KNOW_YOUR_CUSTOMER.ID_DOCUMENT_MISMATCH, before any other attribute
	// is answered.
	RequireIDDocument bool `json:"requireIdDocument,omitempty"`
	// MaxBodyBytes bounds the size of a request body; 0 means 65536.
	MaxBodyBytes int `json:"maxBodyBytes,omitempty"`
}

// Config is the configuration of KYC Match as one flat JSON object: the
// matcher's (match.Config) and the wire's (Options). The zero Config is
// v0.4.0's behaviour.
type Config struct {
	match.Config
	Options
}

// ParseConfig decodes a Config from JSON with the checks of
// match.ParseConfig (no unknown key, none in another case, none given
// twice) and validates it.
func ParseConfig(data []byte) (Config, error) {
	var c Config
	if err := match.DecodeConfig(data, &c); err != nil {
		return Config{}, fmt.Errorf("matchapi: config: %w", err)
	}
	if err := c.Validate(); err != nil {
		return Config{}, err
	}
	return c, nil
}

// Validate reports the first problem with the configuration that can be
// told without the profiles.
func (c *Config) Validate() error {
	if err := c.Config.Validate(); err != nil {
		return err
	}
	return c.Options.validate(&c.Config)
}

func (o *Options) validate(m *match.Config) error {
	if o.RequireIDDocument && m.Disabled(attr.IDDocument) {
		return errors.New("matchapi: config: requireIdDocument needs idDocument, which disabledAttributes turns off")
	}
	if o.MaxBodyBytes < 0 {
		return errors.New("matchapi: config: maxBodyBytes must not be negative")
	}
	return nil
}

// Service answers KYC Match requests with a matcher. It is immutable and
// safe for concurrent use.
type Service struct {
	e       *match.Engine
	opts    Options
	maxBody int
}

// New returns a Service for the engine e with the options opts, or an error
// that says which option is wrong.
func New(e *match.Engine, opts Options) (*Service, error) {
	cfg := e.Config()
	if err := opts.validate(&cfg); err != nil {
		return nil, err
	}
	s := &Service{e: e, opts: opts, maxBody: opts.MaxBodyBytes}
	if s.maxBody == 0 {
		s.maxBody = wire.DefaultMaxBodyBytes
	}
	return s, nil
}

// NewConfig builds the engine of cfg with the given locale profiles
// (match.New) and returns its Service.
func NewConfig(cfg Config, profiles ...locale.Profile) (*Service, error) {
	e, err := match.New(cfg.Config, profiles...)
	if err != nil {
		return nil, err
	}
	return New(e, cfg.Options)
}

// Engine returns the service's matcher.
func (s *Service) Engine() *match.Engine { return s.e }

// MaxBodyBytes returns the largest request body the service reads.
func (s *Service) MaxBodyBytes() int { return s.maxBody }

// propIndex is the index of a body property: 0 for phoneNumber, 1+a for
// attribute a.
func propIndex(props attr.Set) func(string) int {
	return func(key string) int {
		if key == "phoneNumber" {
			return 0
		}
		if a, ok := attr.Parse(key); ok && props.Has(a) {
			return 1 + int(a)
		}
		return -1
	}
}

// Decode decodes a request body of version v. It reports, as a 400
// INVALID_ARGUMENT *camara.Error, what a [match.Request] cannot represent
// (DESIGN.md section 1, step 1): no body, a body larger than the limit, a
// body that is not a JSON object, and, naming the property, one given
// twice, one whose value is not a JSON string (null included), or a string
// that is empty or not valid UTF-8; in the v0.5.0 draft, a property it does
// not define. A property the version does not define is never named (its
// name may be data). The problems are reported in the specification's
// property order, after the body's JSON as a whole. The values themselves
// are checked by [Service.Validate].
func (s *Service) Decode(v Version, body []byte) (match.Request, error) {
	sp := v.spec()
	var b wire.Body
	if err := b.Read(body, s.maxBody, propIndex(sp.props)); err != nil {
		return match.Request{}, err
	}
	var req match.Request
	if err := b.String(0, "phoneNumber", &req.PhoneNumber); err != nil {
		return match.Request{}, err
	}
	for a := range sp.props.All() {
		if err := b.String(1+int(a), a.String(), &req.Values[a]); err != nil {
			return match.Request{}, err
		}
	}
	if err := b.Unknown(sp.rejectUnknown, "KYC Match "+sp.release); err != nil {
		return match.Request{}, err
	}
	return req, nil
}

// Validate checks a request of version v as step 2 of DESIGN.md section 1
// does, and returns the first problem, in the specification's property
// order, as a 400 *camara.Error that names the property and never its
// value: phoneNumber's pattern, each value's format and length
// (camara.ValidateValue, with the engine's maximum lengths), a value of a
// property the version does not define (a Request built in Go); then a
// request with no property at all is INVALID_ARGUMENT (test plan
// @KYC_Match_400.2), one with a phoneNumber only
// KNOW_YOUR_CUSTOMER.INVALID_PARAM_COMBINATION (@KYC_Match_10).
func (s *Service) Validate(v Version, req *match.Request) error {
	sp := v.spec()
	if p := req.PhoneNumber; p != "" {
		if err := camara.ValidatePhone(p); err != nil {
			return err
		}
	}
	n := 0
	for a, val := range req.Values.All() {
		n++
		if !sp.props.Has(a) {
			return camara.Invalid("", "The request holds a property that KYC Match "+sp.release+" does not define.")
		}
		if err := camara.ValidateValue(a, val, s.e.MaxLength(a)); err != nil {
			return err
		}
	}
	switch {
	case n == 0 && req.PhoneNumber == "":
		return camara.Invalid("", "The request body must hold at least one KYC Match property.")
	case n == 0:
		return camara.NewError(camara.CodeInvalidParamCombination, "", "")
	}
	return nil
}

// Answer answers req, a request of version v, for the access token that
// identified the line tokenPhone ("" for a two-legged token), looking the
// line up in store. It runs the steps of DESIGN.md section 1 in order:
// validation (400), the subject (403 INVALID_TOKEN_CONTEXT, 422
// MISSING_IDENTIFIER), the lookup (camara.Fetch: 404 IDENTIFIER_NOT_FOUND,
// 422 SERVICE_NOT_APPLICABLE, or the store's failure, unchanged), the
// idDocument gate when configured and the version has it (403), then the
// matcher. The errors are *camara.Error, but for a done ctx and a store's
// failure, which v.Error makes a 5xx.
func (s *Service) Answer(ctx context.Context, v Version, req match.Request, tokenPhone string, store camara.Store) (match.Response, error) {
	if err := ctx.Err(); err != nil {
		return match.Response{}, err
	}
	if err := s.Validate(v, &req); err != nil {
		return match.Response{}, err
	}
	phone, err := camara.Resolve(camara.Consistent, tokenPhone, req.PhoneNumber)
	if err != nil {
		return match.Response{}, err
	}
	sub, err := camara.Fetch(ctx, store, camara.KYCMatch, phone)
	if err != nil {
		return match.Response{}, err
	}
	sp := v.spec()
	gate := s.opts.RequireIDDocument && sp.gate && !(sp.gateIDOnly && req.Values.Len() == 1 && req.Values[attr.IDDocument] != "")
	if gate && req.Values[attr.IDDocument] == "" {
		// kyc-match v0.4.0 /match: the idDocument is validated "before
		// proceeding with the match check of the rest of the properties".
		return match.Response{}, camara.NewError(camara.CodeIDDocumentRequired, "idDocument", "")
	}
	req.PhoneNumber = phone
	resp, err := s.e.Match(ctx, req, sub.Identity, match.Subject{})
	if err != nil {
		return match.Response{}, err
	}
	if gate {
		// A record without a document cannot match: the gate fails closed,
		// and the answer says no more than a wrong document would.
		if f, _ := resp.Get(attr.IDDocument); f.Result != match.True {
			return match.Response{}, camara.NewError(camara.CodeIDDocumentMismatch, "idDocument", "")
		}
	}
	return resp, nil
}

// AppendResponse appends the version's KYC_MatchResponse JSON of r to b, in
// the specification's property order: "xMatch" for each answered attribute
// the version defines, and its score property beside a "false" that has a
// score.
func (v Version) AppendResponse(b []byte, r *match.Response) []byte {
	sp := v.spec()
	b = append(b, '{')
	first := true
	for a, f := range r.All() {
		if !sp.props.Has(a) {
			continue
		}
		if !first {
			b = append(b, ',')
		}
		first = false
		b = append(b, '"')
		b = append(b, a.String()...)
		b = append(b, `Match":"`...)
		b = append(b, f.Result.String()...)
		b = append(b, '"')
		if f.HasScore && a.Scored() {
			// v.ScoreName(a), without building the string.
			b = append(b, ',', '"')
			if a == attr.MiddleNames {
				b = append(b, sp.middleNamesScore...)
			} else {
				b = append(append(b, a.String()...), "MatchScore"...)
			}
			b = append(b, `":`...)
			b = strconv.AppendInt(b, int64(min(f.Score, sp.maxScore)), 10)
		}
	}
	return append(b, '}')
}

// Reply answers one request body of version v from start to end: decode,
// [Service.Answer], and the version's response or error body. resp is the
// matcher's answer, with its reason codes for the operator's logs, on a
// 200.
func (s *Service) Reply(ctx context.Context, v Version, body []byte, tokenPhone string, store camara.Store) (camara.Reply, match.Response) {
	req, err := s.Decode(v, body)
	var resp match.Response
	if err == nil {
		resp, err = s.Answer(ctx, v, req, tokenPhone, store)
	}
	if err != nil {
		return camara.ErrorReply(v.Error(err)), match.Response{}
	}
	return camara.Reply{Status: 200, Body: v.AppendResponse(make([]byte, 0, 64+40*resp.Len()), &resp)}, resp
}
