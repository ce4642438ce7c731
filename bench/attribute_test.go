package bench_test

import (
	"context"
	"testing"

	"github.com/kycmatch/kycmatch/attr"
	"github.com/kycmatch/kycmatch/match"
)

// BenchmarkAttribute answers one attribute (issue 10: at most 0.5 µs):
// true through folds, and false with a score.
func BenchmarkAttribute(b *testing.B) {
	e := match.MustNew(match.Config{})
	ctx := context.Background()
	for _, bc := range []struct {
		name     string
		a        attr.Attribute
		req, rec string
	}{
		{"GivenNameTrue", attr.GivenName, "Federica", "FEDERICA"},
		{"FamilyNameAccents", attr.FamilyName, "Sanchez Arjona", "SÁNCHEZ ARJONA"},
		{"GivenNameScored", attr.GivenName, "Clara", "Carla"},
		{"Birthdate", attr.Birthdate, "1978-08-22", "19780822"},
		{"Email", attr.Email, "abc@example.com", "ABC@EXAMPLE.COM"},
	} {
		req := match.Request{PhoneNumber: "+34629255833"}
		req.Values[bc.a] = bc.req
		var rec match.Record
		rec[bc.a] = bc.rec
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := e.Match(ctx, req, rec, match.Subject{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
