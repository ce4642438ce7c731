package match

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"sync"
	"unicode/utf8"

	"github.com/kycmatch/kycmatch/attr"
	"github.com/kycmatch/kycmatch/locale"
	"github.com/kycmatch/kycmatch/normalize"
	"github.com/kycmatch/kycmatch/score"
)

// Engine answers KYC Match requests. It is built once by [New] from a
// [Config] and a set of locale profiles, never changes afterwards, does no
// I/O, and is safe for concurrent use by multiple goroutines.
type Engine struct {
	cfg    Config
	maxLen [attr.Count]int
	// recordCap is the longest record value, in characters, that the
	// engine reads for each attribute (DESIGN.md section 5).
	recordCap [attr.Count]int
	disabled  attr.Set
	generic   *profile
	// byCountry holds the profiles the engine was built with, by ISO code.
	byCountry map[string]*profile
	// fallback is the profile of Config.DefaultCountry, or nil.
	fallback *profile
	// scratch holds the *scratch of the matches under way.
	scratch sync.Pool
}

// scratch is the working memory of one match: the folder that canonical
// values are written into, and the buffers of one attribute's sources and
// values. An engine keeps them in a pool, so that a match allocates nothing
// for them.
type scratch struct {
	rec    Record
	folder normalize.Folder
	srcs   [maxSources]locale.Source
	req    locale.Value
	recs   [maxSources]locale.Value
	whys   [maxSources]locale.Reason
}

// maxScratchBytes bounds the folder a pooled scratch keeps: one that grew
// past it (a request against dirty records) is dropped rather than held.
const maxScratchBytes = 64 << 10

// getScratch returns a scratch from the pool.
func (e *Engine) getScratch() *scratch {
	if sc, ok := e.scratch.Get().(*scratch); ok {
		return sc
	}
	return new(scratch)
}

// putScratch empties sc and returns it to the pool. The strings its folder
// gave are invalid from here on: nothing the engine returns holds one.
func (e *Engine) putScratch(sc *scratch) {
	sc.folder.Reset()
	sc.rec = Record{}
	if sc.folder.Cap() > maxScratchBytes {
		return
	}
	e.scratch.Put(sc)
}

// profile is a locale profile with its comparers resolved by attribute.
type profile struct {
	country string
	p       locale.Profile
	cmp     [attr.Count]locale.Comparer
}

func newProfile(p locale.Profile) (*profile, error) {
	pr := &profile{country: p.Country(), p: p}
	for a := range attr.All() {
		c := p.Comparer(a)
		if c == nil {
			return nil, fmt.Errorf("match: locale profile %q has no comparer for %s", p.Country(), a)
		}
		pr.cmp[a] = c
	}
	return pr, nil
}

// New returns an Engine for cfg that chooses among the given country
// profiles (package locale and its country packages; the generic profile is
// always there and need not be given), or an error that says which setting is
// wrong. It refuses a profile for no country, two profiles for the same
// country, and a Config.DefaultCountry that none of the profiles serves.
func New(cfg Config, profiles ...locale.Profile) (*Engine, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	// The engine keeps its own copies: the caller may change its Config.
	cfg.DisabledAttributes = slices.Clone(cfg.DisabledAttributes)
	cfg.MaxLength = maps.Clone(cfg.MaxLength)
	e := &Engine{cfg: cfg, byCountry: map[string]*profile{}}
	for a := range attr.All() {
		e.maxLen[a] = a.MaxLength()
		if n, ok := cfg.MaxLength[a]; ok {
			e.maxLen[a] = n
		}
		e.recordCap[a] = max(recordCapFactor*max(e.maxLen[a], a.MaxLength()), minRecordCap)
	}
	e.disabled = attr.SetOf(cfg.DisabledAttributes...)
	var err error
	if e.generic, err = newProfile(locale.Generic()); err != nil {
		return nil, err
	}
	for i, p := range profiles {
		if p == nil {
			return nil, fmt.Errorf("match: profile %d is nil", i)
		}
		c, ok := normalize.Country(p.Country())
		if !ok || c != p.Country() {
			return nil, fmt.Errorf("match: profile %d: country %q is not an upper-case ISO 3166-1 alpha-2 code", i, p.Country())
		}
		if e.byCountry[c] != nil {
			return nil, fmt.Errorf("match: two profiles for %s", c)
		}
		if e.byCountry[c], err = newProfile(p); err != nil {
			return nil, err
		}
	}
	if cfg.DefaultCountry != "" {
		c, _ := normalize.Country(cfg.DefaultCountry)
		if e.fallback = e.byCountry[c]; e.fallback == nil {
			return nil, fmt.Errorf("match: config: defaultCountry %q has no profile among those the engine was given (%v)", cfg.DefaultCountry, e.Countries())
		}
	}
	return e, nil
}

// MustNew is like [New] but panics on an invalid Config. It is intended for
// tests and examples with hard-coded configurations.
func MustNew(cfg Config, profiles ...locale.Profile) *Engine {
	e, err := New(cfg, profiles...)
	if err != nil {
		panic(err)
	}
	return e
}

// Config returns a copy of the engine's configuration.
func (e *Engine) Config() Config {
	c := e.cfg
	c.DisabledAttributes = slices.Clone(c.DisabledAttributes)
	c.MaxLength = maps.Clone(c.MaxLength)
	return c
}

// Countries returns the ISO codes of the country profiles the engine holds,
// sorted.
func (e *Engine) Countries() []string {
	return slices.Sorted(maps.Keys(e.byCountry))
}

// MaxLength returns the longest request value for attribute a, in
// characters, that the engine is configured for: Config.MaxLength, else the
// v0.5.0 draft's maxLength. The CAMARA codecs refuse longer values; the
// engine reads record values up to twice as long.
func (e *Engine) MaxLength(a attr.Attribute) int {
	if !a.Valid() {
		return 0
	}
	return e.maxLen[a]
}

// Match compares each value of req with what rec holds for it and answers,
// attribute by attribute, in the steps of DESIGN.md section 2, through the
// locale profile of rec's country, else of the line's country (the
// number in s, else req.PhoneNumber), else Config.DefaultCountry, else the
// generic one.
//
// Match is the matcher only: the CAMARA rules that come before it (the
// request's validation, which line it is about, the record's lookup, the
// idDocument gate) are package camara's and its API packages'. It takes
// any values, validated or not: every comparison is bounded (DESIGN.md
// section 5). Its only error is ctx's, once ctx is done, checked before
// the first attribute and between attributes: never a partial answer.
func (e *Engine) Match(ctx context.Context, req Request, rec Record, s Subject) (Response, error) {
	if err := ctx.Err(); err != nil {
		return Response{}, err
	}
	phone := req.PhoneNumber
	if s.PhoneNumber != "" {
		if p, ok := normalize.Phone(s.PhoneNumber); ok {
			phone = p
		}
	}
	sc := e.getScratch()
	defer e.putScratch(sc)
	// The profiles read the record through the scratch's copy, so that the
	// caller's does not move to the heap.
	sc.rec = rec
	p := e.profileFor(&sc.rec, phone)
	resp := Response{Country: p.country}
	for a, v := range req.Values.All() {
		if err := ctx.Err(); err != nil {
			return Response{}, err
		}
		resp.fields[a] = e.matchOne(p, a, v, sc)
	}
	if err := ctx.Err(); err != nil {
		return Response{}, err
	}
	return resp, nil
}

// profileFor chooses the locale profile (DESIGN.md section 3): the first of
// the record's country, the phone number's country and
// Config.DefaultCountry that has a profile, else the generic one.
func (e *Engine) profileFor(rec *Record, phone string) *profile {
	if len(e.byCountry) == 0 {
		return e.generic
	}
	if c, ok := normalize.RecordCountry(rec[attr.Country]); ok {
		if p := e.byCountry[c]; p != nil {
			return p
		}
	}
	if p := e.byCountry[normalize.PhoneRegion(phone)]; p != nil {
		return p
	}
	if e.fallback != nil {
		return e.fallback
	}
	return e.generic
}

// maxSources bounds the alternatives a record offers for one attribute.
const maxSources = 8

// recordCapFactor times an attribute's maximum length in characters (but at
// least minRecordCap) is the longest record value, in characters, the engine
// reads for it: twice what a
// request may hold, so that a full name or address composed of parts within
// their own limits fits too (givenName, middleNames and familyName make at
// most 352 characters, a name may have 256). A longer value is dirty data:
// reading it would cost work that grows with its length, and comparing a
// prefix of it would say nothing of the rest, so it is not read.
const recordCapFactor = 2

// minRecordCap is the least record cap, in characters: a record may write a
// short value more widely than a request (a birthdate as an RFC 3339
// date-time with a fraction and an offset, a country with spaces around it).
const minRecordCap = 64

// readable reports whether a record value is within limit characters.
func readable(s string, limit int) bool {
	if len(s) <= limit {
		return true
	}
	if len(s) > utf8.UTFMax*limit {
		return false
	}
	return utf8.RuneCountInString(s) <= limit
}

// matchOne answers one attribute: true when the request value and one of the
// record's values for it are the same value, false with a score otherwise,
// not_available when the record (sc.rec) has no readable value.
func (e *Engine) matchOne(p *profile, a attr.Attribute, v string, sc *scratch) Field {
	if e.disabled.Has(a) {
		return Field{Result: NotAvailable, Reason: locale.NotOffered}
	}
	srcs := p.p.Sources(a, sc.rec.values(), sc.srcs[:0])
	if len(srcs) > maxSources {
		srcs = srcs[:maxSources]
	}
	cmp := p.cmp[a]
	if unconfirmable(cmp, v, srcs) {
		return unconfirmedField() // even byte for byte: see locale.Confirmer
	}
	if f, done := held(v, srcs); done {
		return f
	}
	rq := &sc.req
	*rq = cmp.Canon(v, &sc.folder)
	if rq.Empty() {
		return e.nothing(a, cmp, srcs, sc)
	}
	n, unconfirmed := 0, false
	for _, s := range srcs {
		if !readable(s.Value, e.recordCap[a]) {
			continue // see recordCapFactor
		}
		rv := &sc.recs[n]
		*rv = cmp.Canon(s.Value, &sc.folder)
		if rv.Empty() {
			continue
		}
		if why, ok := locale.Same(cmp, rq, rv); ok {
			return Field{Result: True, Reason: why | s.Why}
		}
		if s.Confirms {
			unconfirmed = true
			continue // not scored: see locale.Source
		}
		sc.whys[n] = s.Why
		n++
	}
	if n == 0 && unconfirmed {
		return unconfirmedField()
	}
	return e.differ(a, cmp, rq, sc.recs[:n], sc.whys[:n], srcs)
}

// unconfirmable reports whether the record's values for an attribute all
// only confirm ([locale.Source].Confirms) and cmp tells from the request
// value v alone that none can ([locale.Confirmer]).
func unconfirmable(cmp locale.Comparer, v string, srcs []locale.Source) bool {
	if len(srcs) == 0 {
		return false
	}
	for _, s := range srcs {
		if !s.Confirms {
			return false
		}
	}
	c, ok := cmp.(locale.Confirmer)
	return ok && !c.Confirmable(v)
}

// unconfirmedField is the answer when the record's only values are ones that
// can confirm the request's but did not ([locale.Source].Confirms): the
// record holds no value of its own, so not_available, NOT_HELD, with
// DERIVED for the value tried.
func unconfirmedField() Field {
	return Field{Result: NotAvailable, Reason: locale.NotHeld | locale.Derived}
}

// held answers an attribute from its sources alone, when it can: not
// available when the record holds none, true when one is byte for byte the
// request's value.
func held(v string, srcs []locale.Source) (Field, bool) {
	if len(srcs) == 0 {
		return Field{Result: NotAvailable, Reason: locale.NotHeld}, true
	}
	for _, s := range srcs {
		if s.Value == v {
			return Field{Result: True, Reason: locale.Exact | s.Why}, true
		}
	}
	return Field{}, false
}

// nothing answers a request value that holds nothing to compare (" ", "・",
// ",,,": the CAMARA codecs refuse them, the engine takes any value): false
// with a score of 0 when the record holds a readable value, since none is
// it; not_available when it holds none. No comparer sees the empty value.
func (e *Engine) nothing(a attr.Attribute, cmp locale.Comparer, srcs []locale.Source, sc *scratch) Field {
	unconfirmed := false
	for _, s := range srcs {
		if !readable(s.Value, e.recordCap[a]) {
			continue
		}
		if rv := cmp.Canon(s.Value, &sc.folder); !rv.Empty() {
			if s.Confirms {
				unconfirmed = true
				continue
			}
			return e.none(a, s.Why)
		}
	}
	if unconfirmed {
		return unconfirmedField()
	}
	return Field{Result: NotAvailable, Reason: locale.Unreadable | srcs[0].Why}
}

// none is the answer to a request value that holds nothing to compare
// against a record value, from a source with the reason why: false, with a
// score of 0 when the attribute has one and the policy gives it.
func (e *Engine) none(a attr.Attribute, why locale.Reason) Field {
	f := Field{Result: False, Reason: locale.Different | why}
	f.HasScore = a.Scored() && e.cfg.Scores != ScoresNone
	return f
}

// differ answers an attribute whose request value rq is the same as none of
// the record's canonical values recs (their sources' reasons in whys): not
// available when there is none to compare, else false with the best score
// (when the attribute has one and the policy gives it).
func (e *Engine) differ(a attr.Attribute, cmp locale.Comparer, rq *locale.Value, recs []locale.Value, whys []locale.Reason, srcs []locale.Source) Field {
	if len(recs) == 0 {
		return Field{Result: NotAvailable, Reason: locale.Unreadable | srcs[0].Why}
	}
	f := Field{Result: False, Reason: locale.Different | whys[0]}
	if !a.Scored() || e.cfg.Scores == ScoresNone {
		return f
	}
	best := -1.0
	for i := range recs {
		if s, why := cmp.Score(rq, &recs[i]); s > best {
			best, f.Reason = s, why|locale.Different|whys[i]
		}
	}
	f.Score, f.HasScore = score.Percent(best), true
	if e.cfg.Scores == ScoresBands {
		f.Score -= f.Score % 10
	}
	return f
}
