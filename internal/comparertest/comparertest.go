// Package comparertest checks what every comparer of a country profile
// must do, for the tests and fuzz targets of the profiles (locale/es,
// locale/nl). It is imported by tests only.
package comparertest

import (
	"fmt"
	"testing"

	"github.com/kycmatch/kycmatch/attr"
	"github.com/kycmatch/kycmatch/locale"
)

// Rule checks, in a parallel subtest of t named "a/q_vs_r", that p's
// comparer of attribute a calls the request value q and the record value r
// the same value for the reason why (ok), or not the same (!ok); two values
// of a scored attribute that are not the same must score in [0, 1).
func Rule(t *testing.T, p locale.Profile, a attr.Attribute, q, r string, ok bool, why locale.Reason) {
	t.Run(fmt.Sprintf("%s/%s_vs_%s", a, q, r), func(t *testing.T) {
		t.Parallel()
		c := p.Comparer(a)
		qv, rv := c.Canon(q, nil), c.Canon(r, nil)
		gotWhy, gotOK := locale.Same(c, &qv, &rv)
		if gotOK != ok || gotOK && gotWhy != why {
			t.Errorf("Same = %v, %v; want %v, %v (keys %v / %v)", gotWhy, gotOK, why, ok, qv.Keys(), rv.Keys())
		}
		if !gotOK && a.Scored() {
			if s, _ := c.Score(&qv, &rv); !(s >= 0 && s < 1) {
				t.Errorf("Score = %v", s)
			}
		}
	})
}

// Symmetric fails t when c calls a and b the same value one way round and
// not the other, or scores them outside [0, 1]. Values without a key are
// not compared.
func Symmetric(t *testing.T, c locale.Comparer, a, b string) {
	t.Helper()
	q, r := c.Canon(a, nil), c.Canon(b, nil)
	if q.Empty() || r.Empty() {
		return
	}
	_, ok1 := locale.Same(c, &q, &r)
	_, ok2 := locale.Same(c, &r, &q)
	if ok1 != ok2 {
		t.Fatalf("Same(%q, %q) = %v, swapped %v", a, b, ok1, ok2)
	}
	if s, _ := c.Score(&q, &r); !(s >= 0 && s <= 1) {
		t.Fatalf("Score(%q, %q) = %v", a, b, s)
	}
}

// Reflexive fails t when c does not call the value s, if it has a key, the
// same as itself.
func Reflexive(t *testing.T, c locale.Comparer, s string) {
	t.Helper()
	v := c.Canon(s, nil)
	if v.Empty() {
		return // the engine answers a value without a key before comparing
	}
	if _, ok := locale.Same(c, &v, &v); !ok {
		t.Fatalf("Canon(%q) is not the same as itself", s)
	}
}

// Profile fails t unless p answers for country and has a comparer for every
// attribute.
func Profile(t *testing.T, p locale.Profile, country string) {
	t.Helper()
	if p.Country() != country {
		t.Errorf("Country = %q, want %q", p.Country(), country)
	}
	for a := range attr.All() {
		if p.Comparer(a) == nil {
			t.Errorf("no comparer for %s", a)
		}
	}
}
