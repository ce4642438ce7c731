package jp_test

import (
	"testing"

	"github.com/kycmatch/kycmatch/internal/comparertest"
	"github.com/kycmatch/kycmatch/locale/jp"
)

func TestProfile(t *testing.T) {
	t.Parallel()
	comparertest.Profile(t, jp.New(jp.Config{}), "JP")
}
