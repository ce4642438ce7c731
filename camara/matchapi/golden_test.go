package matchapi_test

import (
	"testing"

	"github.com/kycmatch/kycmatch/internal/golden"
	"github.com/kycmatch/kycmatch/locale"
	"github.com/kycmatch/kycmatch/locale/es"
	"github.com/kycmatch/kycmatch/locale/nl"
)

// TestGolden runs the golden cases of testdata/golden (package
// internal/golden says how), with the profiles a program that does not
// import locale/jp can hold; the Japanese cases, in testdata/golden/jp, run
// in locale/jp's tests, so that this package's tests never link the
// Japanese dictionary.
func TestGolden(t *testing.T) {
	golden.Run(t, "../../testdata/golden", map[string]locale.Profile{"ES": es.New(), "NL": nl.New()}, "jp")
}
