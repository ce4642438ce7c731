package match

import (
	"context"
	"errors"

	"github.com/kycmatch/kycmatch/attr"
	"github.com/kycmatch/kycmatch/locale"
	"github.com/kycmatch/kycmatch/normalize"
)

// Prepared is a record made ready for matching once, by one engine, for one
// line: the profile chosen, and for every attribute the record's values
// (held, composed or derived) and their canonical forms. An operator that
// matches many requests against one record (a cache of its subscribers, a
// batch with repeated records) pays for the record's side once, with
// [Engine.MatchPrepared]. A Prepared never changes after [Engine.Prepare]
// and is safe for concurrent use.
type Prepared struct {
	e       *Engine
	profile *profile
	rec     Record
	attrs   [attr.Count]preparedAttr
}

// preparedAttr is the record's side of one attribute.
type preparedAttr struct {
	// srcs are the record's values for the attribute (at most maxSources).
	srcs []locale.Source
	// vals are the canonical forms of the readable ones that have a key,
	// in order, and whys their sources' reasons; confirms are those of the
	// sources that only confirm ([locale.Source].Confirms), kept apart.
	vals     []locale.Value
	whys     []locale.Reason
	confirms []locale.Value
	cwhys    []locale.Reason
}

// Prepare canonicalises rec for matching requests about the line phone (its
// E.164 number, which, with the record's country and Config.DefaultCountry,
// chooses the locale profile as [Engine.Match] does). Its cost is that of
// the record's side of a match of every attribute.
func (e *Engine) Prepare(rec Record, phone string) *Prepared {
	if p, ok := normalize.Phone(phone); ok {
		phone = p
	}
	pr := &Prepared{e: e, rec: rec}
	pr.profile = e.profileFor(&pr.rec, phone)
	// The canonical forms are written into a folder of their own, never
	// reset: its strings live as long as pr.
	f := new(normalize.Folder)
	var all []locale.Value
	for a := range attr.All() {
		if e.disabled.Has(a) {
			continue
		}
		pa := &pr.attrs[a]
		pa.srcs = pr.profile.p.Sources(a, pr.rec.values(), nil)
		if len(pa.srcs) > maxSources {
			pa.srcs = pa.srcs[:maxSources]
		}
		start := len(all)
		for _, s := range pa.srcs {
			if !readable(s.Value, e.recordCap[a]) {
				continue
			}
			v := pr.profile.cmp[a].Canon(s.Value, f)
			switch {
			case v.Empty():
			case s.Confirms:
				pa.confirms = append(pa.confirms, v)
				pa.cwhys = append(pa.cwhys, s.Why)
			default:
				all = append(all, v)
				pa.whys = append(pa.whys, s.Why)
			}
		}
		pa.vals = all[start:len(all):len(all)]
	}
	return pr
}

// errOtherEngine is MatchPrepared's error for a record another engine
// prepared, whose profile and configuration may not be this one's.
var errOtherEngine = errors.New("match: the record was prepared by another engine")

// MatchPrepared is [Engine.Match] against a record [Engine.Prepare] made
// ready, through the profile Prepare chose: the same answers, without
// canonicalising the record again. Its errors are ctx's, and an error for a
// record another engine prepared.
func (e *Engine) MatchPrepared(ctx context.Context, req Request, pr *Prepared) (Response, error) {
	if pr == nil || pr.e != e {
		return Response{}, errOtherEngine
	}
	if err := ctx.Err(); err != nil {
		return Response{}, err
	}
	sc := e.getScratch()
	defer e.putScratch(sc)
	resp := Response{Country: pr.profile.country}
	for a, v := range req.Values.All() {
		if err := ctx.Err(); err != nil {
			return Response{}, err
		}
		resp.fields[a] = e.matchPrepared(pr, a, v, sc)
	}
	if err := ctx.Err(); err != nil {
		return Response{}, err
	}
	return resp, nil
}

// matchPrepared is matchOne with the record's side from pr.
func (e *Engine) matchPrepared(pr *Prepared, a attr.Attribute, v string, sc *scratch) Field {
	if e.disabled.Has(a) {
		return Field{Result: NotAvailable, Reason: locale.NotOffered}
	}
	pa := &pr.attrs[a]
	cmp := pr.profile.cmp[a]
	if unconfirmable(cmp, v, pa.srcs) {
		return unconfirmedField() // see matchOne
	}
	if f, done := held(v, pa.srcs); done {
		return f
	}
	rq := &sc.req
	*rq = cmp.Canon(v, &sc.folder)
	if rq.Empty() && len(pa.vals) > 0 {
		return e.none(a, pa.whys[0]) // see matchOne
	}
	for i := range pa.vals {
		if why, ok := locale.Same(cmp, rq, &pa.vals[i]); ok {
			return Field{Result: True, Reason: why | pa.whys[i]}
		}
	}
	if !rq.Empty() {
		for i := range pa.confirms {
			if why, ok := locale.Same(cmp, rq, &pa.confirms[i]); ok {
				return Field{Result: True, Reason: why | pa.cwhys[i]}
			}
		}
	}
	if len(pa.vals) == 0 && len(pa.confirms) > 0 {
		return unconfirmedField()
	}
	return e.differ(a, cmp, rq, pa.vals, pa.whys, pa.srcs)
}
