package es_test

import (
	"testing"

	"github.com/kycmatch/kycmatch/attr"
	"github.com/kycmatch/kycmatch/internal/comparertest"
	"github.com/kycmatch/kycmatch/locale"
	"github.com/kycmatch/kycmatch/locale/es"
)

func TestProfile(t *testing.T) {
	t.Parallel()
	comparertest.Profile(t, es.New(), "ES")
}

func TestPostalCode(t *testing.T) {
	t.Parallel()
	c := es.New().Comparer(attr.PostalCode)
	tests := []struct {
		name, req, rec string
		equal          bool
		why            locale.Reason
	}{
		{"same", "08001", "08001", true, locale.Exact},
		{"leading zero lost in the record", "08001", "8001", true, locale.Format},
		{"spaces", "08001", " 08 001", true, locale.Format},
		{"request of four digits", "8001", "08001", true, locale.Format},
		{"three digits are not padded", "08001", "801", false, 0},
		{"other code", "08001", "08002", false, 0},
		{"five digits are not padded", "28001", "028001", false, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			q, r := c.Canon(tc.req, nil), c.Canon(tc.rec, nil)
			why, ok := locale.Same(c, &q, &r)
			if ok != tc.equal || (ok && why != tc.why) {
				t.Errorf("%q vs %q: %v %v, want %v %v", tc.req, tc.rec, why, ok, tc.why, tc.equal)
			}
			if s, _ := c.Score(&q, &r); s != 0 {
				t.Errorf("postalCode has no score, got %v", s)
			}
		})
	}
}
