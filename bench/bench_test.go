package bench_test

import (
	"context"
	"os"
	"testing"

	"github.com/kycmatch/kycmatch/camara"
	"github.com/kycmatch/kycmatch/camara/matchapi"
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
	s, err := matchapi.NewConfig(matchapi.Config{})
	if err != nil {
		b.Fatal(err)
	}
	if req, err = s.Decode(matchapi.V04, body); err != nil {
		b.Fatal(err)
	}
	data, err := os.ReadFile("../testdata/examples/record.json")
	if err != nil {
		b.Fatal(err)
	}
	sub, err := camara.DecodeSubscriber(data)
	if err != nil {
		b.Fatal(err)
	}
	return body, req, sub.Identity
}

// decode decodes a KYC Match v0.4 request body into r and validates it, as a
// server does before it matches.
func decode(b *testing.B, s *matchapi.Service, body []byte, r *match.Request) {
	var err error
	if *r, err = s.Decode(matchapi.V04, body); err == nil {
		err = s.Validate(matchapi.V04, r)
	}
	if err != nil {
		b.Fatal(err)
	}
}

// benchRecord runs e on req against rec, the operator's record, as it comes
// (Operator) and prepared once (Prepared).
func benchRecord(b *testing.B, e *match.Engine, req match.Request, rec match.Record) {
	ctx := context.Background()
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
}

// BenchmarkMatch answers the full persona request (all 24 attributes and the
// phone number):
//   - Identical: against a record holding the very same values, so every
//     answer is a byte-equality "true" (the matcher only);
//   - Operator: against testdata/examples/record.json, where most answers
//     need folding, the name is composed from its parts, some attributes
//     are not held and a few differ and are scored (the matcher only);
//   - Decode: the same, from the JSON body: decoded and validated
//     (camara/matchapi) before the matcher;
//   - Reply: the whole KYC Match v0.4 answer a server gives, from the body
//     to the response's JSON, with the record from a store.
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
	benchRecord(b, e, req, rec)
	b.Run("Prepare", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			e.Prepare(rec, req.PhoneNumber)
		}
	})
	s, err := matchapi.New(e, matchapi.Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.Run("Decode", func(b *testing.B) {
		var r match.Request
		b.ReportAllocs()
		for b.Loop() {
			decode(b, s, body, &r)
			if _, err := e.Match(ctx, r, rec, match.Subject{}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("Reply", func(b *testing.B) {
		store := camara.StoreFunc(func(context.Context, string) (camara.Subscriber, error) {
			return camara.Subscriber{Identity: rec}, nil
		})
		b.ReportAllocs()
		for b.Loop() {
			if reply, _ := s.Reply(ctx, matchapi.V04, body, "", store); reply.Status != 200 {
				b.Fatal(string(reply.Body))
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

// BenchmarkDecode decodes the persona's request body (decoded and validated
// by camara/matchapi) and the operator's record (camara.DecodeSubscriber),
// each to be compared with the match it feeds (BenchmarkMatch/Operator;
// issue 10: at most half of it).
func BenchmarkDecode(b *testing.B) {
	body, _, _ := load(b)
	data, err := os.ReadFile("../testdata/examples/record.json")
	if err != nil {
		b.Fatal(err)
	}
	s, err := matchapi.NewConfig(matchapi.Config{})
	if err != nil {
		b.Fatal(err)
	}
	b.Run("Request", func(b *testing.B) {
		var r match.Request
		b.ReportAllocs()
		for b.Loop() {
			decode(b, s, body, &r)
		}
	})
	b.Run("Record", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := camara.DecodeSubscriber(data); err != nil {
				b.Fatal(err)
			}
		}
	})
}
