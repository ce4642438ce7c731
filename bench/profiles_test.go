package bench_test

import (
	"testing"

	"github.com/kycmatch/kycmatch/locale/es"
	"github.com/kycmatch/kycmatch/locale/jp"
	"github.com/kycmatch/kycmatch/locale/nl"
	"github.com/kycmatch/kycmatch/match"
)

// BenchmarkMatchProfiles is BenchmarkMatch/Operator and /Prepared with the
// profiles the command links: the persona's record says country JPN, so the
// Japanese profile answers (its romaji and kana comparisons; the persona's
// values are in Latin letters, so no dictionary is read).
func BenchmarkMatchProfiles(b *testing.B) {
	_, req, rec := load(b)
	e := match.MustNew(match.Config{}, es.New(), nl.New(), jp.New(jp.Config{}))
	benchRecord(b, e, req, rec)
}
