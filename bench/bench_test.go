package bench_test

import (
	"context"
	"encoding/json"
	"os"
	"testing"

	"github.com/kycmatch/kycmatch/match"
)

// load reads the README's sample request and record (the specification's
// persona, as a client sends her and as an operator holds her).
func load(b *testing.B) (body []byte, req match.Request, rec match.Record) {
	b.Helper()
	body, err := os.ReadFile("../testdata/examples/request.json")
	if err != nil {
		b.Fatal(err)
	}
	if req, err = match.MustNew(match.Config{}).DecodeRequest(body); err != nil {
		b.Fatal(err)
	}
	data, err := os.ReadFile("../testdata/examples/record.json")
	if err != nil {
		b.Fatal(err)
	}
	if err := json.Unmarshal(data, &rec); err != nil {
		b.Fatal(err)
	}
	return body, req, rec
}

// BenchmarkMatch answers the full persona request (all 24 attributes and the
// phone number):
//   - Identical: against a record holding the very same values, so every
//     answer is a byte-equality "true";
//   - Operator: against testdata/examples/record.json, where most answers
//     need folding, the name is composed from its parts, some attributes
//     are not held and a few differ and are scored;
//   - Decode: the same, from the JSON body, as a server would.
func BenchmarkMatch(b *testing.B) {
	body, req, rec := load(b)
	e := match.MustNew(match.Config{})
	ctx := context.Background()
	b.Run("Identical", func(b *testing.B) {
		same := match.Record(req.Values)
		b.ReportAllocs()
		for b.Loop() {
			if _, err := e.Match(ctx, req, same, match.Subject{}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("Operator", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := e.Match(ctx, req, rec, match.Subject{}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("Prepared", func(b *testing.B) {
		pr := e.Prepare(rec, req.PhoneNumber)
		b.ReportAllocs()
		for b.Loop() {
			if _, err := e.MatchPrepared(ctx, req, pr); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("Prepare", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			e.Prepare(rec, req.PhoneNumber)
		}
	})
	b.Run("Decode", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			r, err := e.DecodeRequest(body)
			if err != nil {
				b.Fatal(err)
			}
			if _, err := e.Match(ctx, r, rec, match.Subject{}); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkMatchParallel is BenchmarkMatch/Operator from every core at once,
// sharing one Engine.
func BenchmarkMatchParallel(b *testing.B) {
	_, req, rec := load(b)
	e := match.MustNew(match.Config{})
	b.ReportAllocs()
	b.RunParallel(func(pb *testing.PB) {
		ctx := context.Background()
		for pb.Next() {
			if _, err := e.Match(ctx, req, rec, match.Subject{}); err != nil {
				b.Error(err)
				return
			}
		}
	})
}
