package main

import (
	"context"
	"fmt"

	"github.com/kycmatch/kycmatch/attr"
	"github.com/kycmatch/kycmatch/match"
)

// Kind says which figures of a set carry its claim.
type Kind uint8

const (
	// Ranking sets pair the same person with different people: what counts
	// is how well the scores separate them (ROC AUC, best-threshold F1).
	Ranking Kind = iota
	// Equivalence sets pair values that must be "true" (format variants of
	// one value) with real differences that must not: what counts is the
	// precision and recall of "true".
	Equivalence
)

// A Set is one labelled data set, answered by the engine for one attribute.
type Set struct {
	// Name identifies the set in the report and in the floors of the test,
	// "namebench/Person".
	Name string
	// Attr is the CAMARA attribute the pairs are answered for.
	Attr string
	Kind Kind
	// About says in a line where the pairs come from.
	About string
	// Pairs returns the labelled pairs.
	Pairs func() ([]Pair, error)
	// Anchor, when set, returns a published matcher's scores on the same
	// pairs (or those of them it scored), to print beside ours.
	Anchor func() (name string, out []Outcome, err error)
}

// A Pair is a request's values and a record, and whether they describe the
// same person.
type Pair struct {
	Req  attr.Values
	Rec  attr.Values
	Same bool
}

// sets returns every data set, in report order. A country's sets live in
// files of their own (febrl.go, namebench.go, esnl.go) and are listed here.
// Japan's measures, which are not pairs of one attribute, are in jp*.go and
// reported apart (reportJP).
func sets() []Set {
	var all []Set
	all = append(all, nameBenchSets()...)
	all = append(all, febrlSets()...)
	all = append(all, esnlSets()...)
	return all
}

// benchPhone is the line every pair is asked about. It is an Australian
// number in the range reserved for fiction (ACMA: 0491 570 xxx); Australia
// has no locale profile, so the record's country, when it has one, chooses
// the profile.
const benchPhone = "+61491570156"

// answer asks the engine about one pair and returns the outcome for a.
func answer(e *match.Engine, a attr.Attribute, p Pair) (Outcome, error) {
	req := match.Request{PhoneNumber: benchPhone, Values: p.Req}
	resp, err := e.Match(context.Background(), req, match.Record(p.Rec), match.Subject{})
	if err != nil {
		return Outcome{}, err
	}
	f, ok := resp.Get(a)
	if !ok {
		return Outcome{}, fmt.Errorf("%s not answered", a)
	}
	o := Outcome{Same: p.Same}
	switch f.Result {
	case match.True:
		o.True, o.Score = true, 100
	case match.False:
		o.Score = float64(f.Score)
	default:
		o.NotAvailable = true
	}
	return o, nil
}

// run answers every pair of s.
func run(e *match.Engine, s Set) ([]Outcome, error) {
	a, ok := attr.Parse(s.Attr)
	if !ok {
		return nil, fmt.Errorf("%s: no attribute %q", s.Name, s.Attr)
	}
	pairs, err := s.Pairs()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", s.Name, err)
	}
	out := make([]Outcome, len(pairs))
	for i, p := range pairs {
		if out[i], err = answer(e, a, p); err != nil {
			return nil, fmt.Errorf("%s pair %d: %w", s.Name, i+1, err)
		}
	}
	return out, nil
}
