package jp_test

import (
	"testing"

	"github.com/kycmatch/kycmatch/internal/golden"
	"github.com/kycmatch/kycmatch/locale"
	"github.com/kycmatch/kycmatch/locale/jp"
)

// TestGolden runs the Japanese golden cases of testdata/golden/jp through the
// engine with the Japanese profile; those under zengin/ with the Zengin
// option.
func TestGolden(t *testing.T) {
	golden.Run(t, "../../testdata/golden/jp", map[string]locale.Profile{"JP": jp.New(jp.Config{})}, "zengin")
	golden.Run(t, "../../testdata/golden/jp/zengin", map[string]locale.Profile{"JP": jp.New(jp.Config{Zengin: true})})
}
