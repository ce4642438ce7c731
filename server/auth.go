package server

import (
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/kycmatch/kycmatch/internal/jsonobj"
	"github.com/kycmatch/kycmatch/normalize"
)

// Grant is what an access token allows, as the embedder's token check says.
type Grant struct {
	// ThreeLegged says the token was issued with the user's consent for one
	// line (CAMARA's three-legged flow); a two-legged token identifies no
	// line, and the request body's phoneNumber must name it.
	ThreeLegged bool
	// PhoneNumber is the line a three-legged token identified, in E.164
	// form or any form with its country code; "" when it identified no
	// single line. It is ignored for a two-legged token.
	PhoneNumber string
	// Scopes are the OAuth scopes the token carries ("kyc-match:match",
	// "kyc-age-verification:verify", "kyc-tenure:check-tenure").
	Scopes []string
}

// HasScope reports whether the grant carries scope.
func (g *Grant) HasScope(scope string) bool { return slices.Contains(g.Scopes, scope) }

// tokenPhone returns the line the grant identified, or "".
func (g *Grant) tokenPhone() string {
	if !g.ThreeLegged {
		return ""
	}
	return g.PhoneNumber
}

// Authenticator checks a request's credentials: it returns the grant of a
// valid access token, or an error for a missing, invalid or expired one,
// which the handler answers 401 UNAUTHENTICATED without saying why (the
// error is neither shown nor logged). It must be safe for concurrent use.
type Authenticator interface {
	Authenticate(r *http.Request) (Grant, error)
}

// AuthenticatorFunc is a function that is an [Authenticator].
type AuthenticatorFunc func(r *http.Request) (Grant, error)

// Authenticate calls f.
func (f AuthenticatorFunc) Authenticate(r *http.Request) (Grant, error) { return f(r) }

// BearerToken returns the token of the request's "Authorization: Bearer
// TOKEN" header (RFC 6750; the scheme in any case), and false when there is
// none.
func BearerToken(r *http.Request) (string, bool) {
	h := r.Header.Values("Authorization")
	if len(h) != 1 {
		return "", false
	}
	scheme, token, ok := strings.Cut(h[0], " ")
	token = strings.TrimSpace(token)
	if !ok || !strings.EqualFold(scheme, "Bearer") || token == "" {
		return "", false
	}
	return token, true
}

// AnyBearer returns an Authenticator for tests and sandboxes that accepts
// any bearer token as a two-legged token with the scopes of every API, and
// refuses a request without one. It checks nothing: never use it in front
// of real data.
func AnyBearer() Authenticator {
	all := []string{"kyc-match:match", "kyc-age-verification:verify", "kyc-tenure:check-tenure"}
	return AuthenticatorFunc(func(r *http.Request) (Grant, error) {
		if _, ok := BearerToken(r); !ok {
			return Grant{}, errors.New("server: no bearer token")
		}
		return Grant{Scopes: all}, nil
	})
}

// staticToken is one token of a token file.
type staticToken struct {
	PhoneNumber string    `json:"phoneNumber,omitempty"`
	Scopes      []string  `json:"scopes"`
	ExpiresAt   time.Time `json:"expiresAt,omitzero"`
}

// StaticTokens is an Authenticator from a fixed table of bearer tokens, for
// test labs: a token with a phoneNumber is three-legged and identifies that
// line, one without is two-legged; one past its expiresAt is refused as
// expired.
type StaticTokens struct {
	tokens map[[sha256.Size]byte]staticToken
	now    func() time.Time
}

// ParseTokens reads a token file: a JSON object whose keys are the bearer
// tokens and whose values are
//
//	{"phoneNumber": "+34629255833", "scopes": ["kyc-match:match"], "expiresAt": "2030-01-01T00:00:00Z"}
//
// (phoneNumber and expiresAt optional). A token given twice, an unknown key
// or a phoneNumber that is no phone number is refused. now is the clock for
// expiresAt; nil means time.Now. Errors never quote a token.
func ParseTokens(data []byte, now func() time.Time) (*StaticTokens, error) {
	if now == nil {
		now = time.Now
	}
	st := &StaticTokens{tokens: map[[sha256.Size]byte]staticToken{}, now: now}
	err := jsonobj.Each(string(data), func(m *jsonobj.Member) error {
		key := sha256.Sum256([]byte(m.Key))
		if _, dup := st.tokens[key]; dup {
			return fmt.Errorf("token %d (counting from 1) appears more than once", m.Index+1)
		}
		var t staticToken
		dec := json.NewDecoder(strings.NewReader(m.Raw))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&t); err != nil || m.Kind != jsonobj.Object {
			return fmt.Errorf("token %d (counting from 1): want {\"phoneNumber\", \"scopes\", \"expiresAt\"}", m.Index+1)
		}
		if err := jsonobj.CheckKeys(m.Raw, jsonobj.Keys(&t)); err != nil {
			return fmt.Errorf("token %d (counting from 1): %v", m.Index+1, err)
		}
		if t.PhoneNumber != "" {
			p, ok := normalize.Phone(t.PhoneNumber)
			if !ok {
				return fmt.Errorf("token %d (counting from 1): phoneNumber is not a phone number with its country code", m.Index+1)
			}
			t.PhoneNumber = p
		}
		st.tokens[key] = t
		return nil
	})
	if _, ok := errors.AsType[*jsonobj.Error](err); ok {
		return nil, errors.New("server: token file: not a JSON object")
	}
	if err != nil {
		return nil, fmt.Errorf("server: token file: %w", err)
	}
	return st, nil
}

// Len returns the number of tokens.
func (st *StaticTokens) Len() int { return len(st.tokens) }

// Authenticate implements [Authenticator].
func (st *StaticTokens) Authenticate(r *http.Request) (Grant, error) {
	token, ok := BearerToken(r)
	if !ok {
		return Grant{}, errors.New("server: no bearer token")
	}
	t, ok := st.tokens[sha256.Sum256([]byte(token))]
	switch {
	case !ok:
		return Grant{}, errors.New("server: unknown token")
	case !t.ExpiresAt.IsZero() && !st.now().Before(t.ExpiresAt):
		return Grant{}, errors.New("server: expired token")
	}
	return Grant{ThreeLegged: t.PhoneNumber != "", PhoneNumber: t.PhoneNumber, Scopes: t.Scopes}, nil
}
