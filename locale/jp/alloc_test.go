package jp_test

import (
	"context"
	"testing"

	"github.com/kycmatch/kycmatch/locale/jp"
	"github.com/kycmatch/kycmatch/match"
)

// TestPersonaAllocs pins the allocations of the specification's persona
// (testdata/examples/request.json against record.json: a Spanish name, a
// Tokyo address, record country JPN) answered through the Japanese profile,
// so that a regression fails here (issue 10's budget: at most 16 a match,
// at most 4 through a prepared record). Of the 7 a match, 5 are the
// generic profile's too (the name composed given name first, the record's
// document type in lower case), 2 the Japanese profile's: the name composed
// family name first (SÁNCHEZ ARJONA FEDERICA) and the record's postcode
// without its hyphen. A prepared record allocates nothing.
func TestPersonaAllocs(t *testing.T) {
	if raceEnabled {
		t.Skip("allocation counts are not pinned under the race detector")
	}
	e := match.MustNew(match.Config{}, jp.New(jp.Config{}))
	req, rec := loadPersona(t, "request.json", "record.json")
	ctx := context.Background()
	pr := e.Prepare(rec, req.PhoneNumber)
	for _, c := range []struct {
		name string
		run  func()
		max  float64
	}{
		{"Match", func() { _, _ = e.Match(ctx, req, rec, match.Subject{}) }, 7},
		{"MatchPrepared", func() { _, _ = e.MatchPrepared(ctx, req, pr) }, 0},
	} {
		c.run()
		if n := testing.AllocsPerRun(200, c.run); n > c.max {
			t.Errorf("%s: %v allocations, want at most %v", c.name, n, c.max)
		}
	}
}
