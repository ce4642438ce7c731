package match

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"

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

// Config is the operator's configuration of the matcher, an [Engine]. It is
// a plain value that marshals to and from JSON; the locale profiles, which
// are code, are given to [New] beside it. What belongs to the CAMARA wire
// (the idDocument gate, the body limit, which properties an API version
// defines) is configured in package camara/matchapi, whose Config embeds
// this one.
//
// The zero Config compares every attribute, chooses the profile from the
// record's country or the phone number's (the generic one when neither has
// a profile), reports exact scores, and takes the v0.5.0 draft's maxLength
// as the longest request value.
type Config struct {
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
	// longest request value in characters (see [attr.Attribute.MaxLength]
	// for the defaults). The engine reads record values up to twice as long
	// (DESIGN.md section 5); the CAMARA codecs refuse longer request values
	// with a 400.
	MaxLength map[attr.Attribute]int `json:"maxLength,omitempty"`
}

// ParseConfig decodes a Config from JSON and validates it as far as it can
// without the profiles ([New] checks defaultCountry against them). It
// refuses, so that a configuration means one thing only, an unknown key (a
// misspelt option would otherwise be a silent default), a key in another
// case (encoding/json would match it), and a key given twice at any level
// (encoding/json would keep the last: {"scores":"none","scores":"exact"}
// would report exact scores).
func ParseConfig(data []byte) (Config, error) {
	var c Config
	if err := DecodeConfig(data, &c); err != nil {
		return Config{}, fmt.Errorf("match: config: %w", err)
	}
	if err := c.Validate(); err != nil {
		return Config{}, err
	}
	return c, nil
}

// DecodeConfig decodes the JSON object data into the configuration struct
// that dst points to, with the checks of [ParseConfig]: every key one of
// dst's JSON names (those of its embedded structs included), written
// exactly, and none given twice at any level. It does not validate the
// values. The packages whose configuration embeds a Config use it.
func DecodeConfig(data []byte, dst any) error {
	if err := jsonobj.CheckKeys(string(data), jsonobj.Keys(dst)); err != nil {
		return err
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(dst); err != nil {
		return err
	}
	if dec.More() {
		return fmt.Errorf("trailing data after the JSON object")
	}
	return nil
}

// Validate reports the first problem with the configuration that can be
// told without the profiles. Configuration values are not personal data, so
// the messages quote them.
func (c *Config) Validate() error {
	if c.DefaultCountry != "" {
		if _, ok := normalize.Country(c.DefaultCountry); !ok {
			return fmt.Errorf("match: config: defaultCountry %q is not an ISO 3166-1 alpha-2 country code", c.DefaultCountry)
		}
	}
	for _, a := range c.DisabledAttributes {
		if !a.Valid() {
			return fmt.Errorf("match: config: disabledAttributes: %v is not a KYC Match attribute", a)
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
	return nil
}

// Disabled reports whether the configuration turns attribute a off.
func (c *Config) Disabled(a attr.Attribute) bool {
	return slices.Contains(c.DisabledAttributes, a)
}
