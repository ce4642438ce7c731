package match

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/kycmatch/kycmatch/attr"
	"github.com/kycmatch/kycmatch/internal/jsonobj"
	"github.com/kycmatch/kycmatch/normalize"
)

// ScorePolicy says how match scores are reported.
type ScorePolicy string

// The score policies. Scores are an oracle: an API consumer that can send
// many requests can climb them towards the stored value, so an operator may
// coarsen or withhold them.
const (
	// ScoresExact reports min(99, round(100*S)), the CAMARA default. The
	// empty policy means the same.
	ScoresExact ScorePolicy = "exact"
	// ScoresBands reports the score rounded down to a multiple of 10 (0, 10,
	// ..., 90).
	ScoresBands ScorePolicy = "bands"
	// ScoresNone reports no scores at all, which v0.4.0 allows ("the score
	// property related won't be returned").
	ScoresNone ScorePolicy = "none"
)

// DefaultMaxBodyBytes is the largest request body [Engine.DecodeRequest]
// reads when Config.MaxBodyBytes is 0.
const DefaultMaxBodyBytes = 64 << 10

// Config is the operator's configuration of an [Engine]. It is a plain value
// that marshals to and from JSON; the locale profiles, which are code, are
// given to [New] beside it.
//
// The zero Config is KYC Match v0.4.0's behaviour: no idDocument gate, the
// profile chosen from the record's country or the phone number's (the
// generic one when neither has a profile), every attribute offered, exact
// scores, the v0.5.0 draft's maxLength limits, unknown request properties
// ignored, and request bodies up to 64 KiB.
type Config struct {
	// RequireIDDocument turns on the idDocument gate of v0.4.0: a request
	// without idDocument fails with 403 KNOW_YOUR_CUSTOMER.ID_DOCUMENT_REQUIRED,
	// one whose idDocument is not the record's (or whose record holds none)
	// with 403 KNOW_YOUR_CUSTOMER.ID_DOCUMENT_MISMATCH, before any other
	// attribute is looked at.
	RequireIDDocument bool `json:"requireIdDocument,omitempty"`
	// DefaultCountry is the ISO 3166-1 alpha-2 code of the profile to use
	// when neither the record's country nor the phone number's has one; ""
	// means the generic profile. [New] refuses a country none of its
	// profiles serves.
	DefaultCountry string `json:"defaultCountry,omitempty"`
	// DisabledAttributes lists the attributes the operator does not offer
	// (by CAMARA name in JSON): they are answered "not_available" whatever
	// the record holds.
	DisabledAttributes []attr.Attribute `json:"disabledAttributes,omitempty"`
	// Scores is the score policy; "" means [ScoresExact].
	Scores ScorePolicy `json:"scores,omitempty"`
	// MaxLength overrides, by attribute (CAMARA names as JSON keys), the
	// maximum length in characters of a request value (see
	// [attr.Attribute.MaxLength] for the defaults).
	MaxLength map[attr.Attribute]int `json:"maxLength,omitempty"`
	// MaxBodyBytes bounds the size of a request body; 0 means
	// [DefaultMaxBodyBytes].
	MaxBodyBytes int `json:"maxBodyBytes,omitempty"`
	// RejectUnknownProperties makes a request body with a property that
	// v0.4.0 does not define fail with 400 INVALID_ARGUMENT, as the v0.5.0
	// draft requires. v0.4.0 itself does not forbid them, so by default they
	// are ignored.
	RejectUnknownProperties bool `json:"rejectUnknownProperties,omitempty"`
}

// configKeys are the JSON names of Config's fields.
var configKeys = []string{
	"requireIdDocument", "defaultCountry", "disabledAttributes", "scores",
	"maxLength", "maxBodyBytes", "rejectUnknownProperties",
}

// ParseConfig decodes a Config from JSON and validates it as far as it can
// without the profiles ([New] checks defaultCountry against them). It
// refuses, so that a configuration means one thing only, an unknown key (a
// misspelt option would otherwise be a silent default), a key in another
// case (encoding/json would match it), and a key given twice at any level
// (encoding/json would keep the last: {"requireIdDocument":true,
// "requireIdDocument":false} would turn the gate off).
func ParseConfig(data []byte) (Config, error) {
	if err := checkConfigKeys(string(data)); err != nil {
		return Config{}, err
	}
	var c Config
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&c); err != nil {
		return Config{}, fmt.Errorf("match: config: %w", err)
	}
	if dec.More() {
		return Config{}, fmt.Errorf("match: config: trailing data after the JSON object")
	}
	if err := c.validate(); err != nil {
		return Config{}, err
	}
	return c, nil
}

// checkConfigKeys checks the keys of a configuration: each one of
// configKeys, exactly, once; maxLength's keys once each.
func checkConfigKeys(s string) error {
	var seen []string
	err := jsonobj.Each(s, func(m *jsonobj.Member) error {
		if !slices.Contains(configKeys, m.Key) {
			if i := slices.IndexFunc(configKeys, func(k string) bool { return strings.EqualFold(k, m.Key) }); i >= 0 {
				return fmt.Errorf("match: config: key %q must be written %q", m.Key, configKeys[i])
			}
			return fmt.Errorf("match: config: unknown key %q", m.Key)
		}
		if slices.Contains(seen, m.Key) {
			return fmt.Errorf("match: config: key %q appears more than once", m.Key)
		}
		seen = append(seen, m.Key)
		if m.Key == "maxLength" && m.Kind == jsonobj.Object {
			var names []string
			return jsonobj.Each(m.Raw, func(n *jsonobj.Member) error {
				if slices.Contains(names, n.Key) {
					return fmt.Errorf("match: config: maxLength: key %q appears more than once", n.Key)
				}
				names = append(names, n.Key)
				return nil
			})
		}
		return nil
	})
	if _, ok := errors.AsType[*jsonobj.Error](err); ok {
		return errors.New("match: config: not a JSON object")
	}
	return err
}

// validate reports the first problem with the configuration. Configuration
// values are not personal data, so the messages quote them.
func (c *Config) validate() error {
	if c.DefaultCountry != "" {
		if _, ok := normalize.Country(c.DefaultCountry); !ok {
			return fmt.Errorf("match: config: defaultCountry %q is not an ISO 3166-1 alpha-2 country code", c.DefaultCountry)
		}
	}
	for _, a := range c.DisabledAttributes {
		if !a.Valid() {
			return fmt.Errorf("match: config: disabledAttributes: %v is not a KYC Match attribute", a)
		}
		if c.RequireIDDocument && a == attr.IDDocument {
			return fmt.Errorf("match: config: requireIdDocument needs idDocument, which disabledAttributes turns off")
		}
	}
	if !slices.Contains([]ScorePolicy{"", ScoresExact, ScoresBands, ScoresNone}, c.Scores) {
		return fmt.Errorf("match: config: scores %q is not one of exact, bands, none", c.Scores)
	}
	for a, n := range c.MaxLength {
		if !a.Valid() {
			return fmt.Errorf("match: config: maxLength: %v is not a KYC Match attribute", a)
		}
		if n <= 0 {
			return fmt.Errorf("match: config: maxLength of %s must be positive", a)
		}
	}
	if c.MaxBodyBytes < 0 {
		return fmt.Errorf("match: config: maxBodyBytes must not be negative")
	}
	return nil
}
