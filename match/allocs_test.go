package match_test

import (
	"context"
	"testing"

	"github.com/kycmatch/kycmatch/match"
)

// TestAllocs pins the allocations of a match (bench/README.md has the
// figures): a regression fails here. The persona against an identical
// record and against a prepared one allocates nothing; against the
// operator's record, only what composing its name and address costs (the
// composed strings, and the buffers given to the profile's composer) and
// reading its dates and codes.
func TestAllocs(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector makes sync.Pool drop its items: allocation counts mean nothing")
	}
	e := match.MustNew(match.Config{})
	ctx := context.Background()
	identical := match.Record(persona.Values)
	pr := e.Prepare(personaRecord, persona.PhoneNumber)
	tests := []struct {
		name string
		run  func()
		want float64
	}{
		{"identical", func() { e.Match(ctx, persona, identical, match.Subject{}) }, 0},
		{"prepared", func() { e.MatchPrepared(ctx, persona, pr) }, 0},
		{"operator", func() { e.Match(ctx, persona, personaRecord, match.Subject{}) }, 12},
	}
	for _, tc := range tests {
		tc.run() // warm the pool
		if got := testing.AllocsPerRun(200, tc.run); got != tc.want {
			t.Errorf("%s: %v allocations, want %v", tc.name, got, tc.want)
		}
	}
}
