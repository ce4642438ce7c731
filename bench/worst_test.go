package bench_test

import (
	"context"
	"strings"
	"syscall"
	"testing"

	"github.com/kycmatch/kycmatch/attr"
	"github.com/kycmatch/kycmatch/match"
)

// shape fills n bytes (ASCII) in one of the ways that cost the most work.
type shape struct {
	name string
	fill func(n int, seed byte) string
}

// words returns words of w characters separated by spaces, n bytes in all.
func words(n, w int, letters string, seed byte) string {
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		for j := 0; j < w && b.Len() < n; j++ {
			b.WriteByte(letters[(i*7+j*3+int(seed))%len(letters)])
		}
	}
	return b.String()[:n]
}

var shapes = []shape{
	{"OneWord", func(n int, seed byte) string { return words(n, n, "abcdefghij", seed) }},
	{"Letters", func(n int, seed byte) string { return words(n, 1, "abcdefghij", seed) }},
	{"Words8", func(n int, seed byte) string { return words(n, 7, "abcdefghij", seed) }},
	{"Digits8", func(n int, seed byte) string { return words(n, 7, "0123456789", seed) }},
	{"Digits32", func(n int, seed byte) string { return words(n, 31, "0123456789", seed) }},
	{"Mixed", func(n int, seed byte) string { return words(n, 5, "a1b2c3d4e5", seed) }},
}

// worst returns a request with every v0.4.0 attribute at its maximum length
// in the shape rq, and a record holding each at the longest the engine reads
// (twice that) in the shape rc. The formatted attributes
// (dates, codes, enums) get valid values.
func worst(rq, rc shape) (match.Request, match.Record) {
	req := match.Request{PhoneNumber: "+34629255833"}
	var rec match.Record
	for a := range attr.All() {
		if a == attr.BankAccountNumber {
			continue
		}
		req.Values[a] = rq.fill(a.MaxLength(), 1)
		rec[a] = rc.fill(2*a.MaxLength(), 2)
	}
	for a, v := range map[attr.Attribute]string{
		attr.IDDocumentType: "passport", attr.IDDocumentExpiryDate: "2027-07-12", attr.Birthdate: "1978-08-22",
		attr.Email:  strings.Repeat("a", 64) + "@" + strings.Repeat("b", 63) + "." + strings.Repeat("c", 63) + "." + strings.Repeat("d", 61),
		attr.Gender: "OTHER", attr.Country: "ES", attr.CountryOfBirth: "ES", attr.Nationality: "ES",
	} {
		req.Values[a] = v
	}
	return req, rec
}

// BenchmarkWorst answers the costliest requests within the limits against
// the costliest records the engine reads (issue 6's target: within 2 ms of
// CPU), for each pair of shapes.
func BenchmarkWorst(b *testing.B) {
	e := match.MustNew(match.Config{})
	ctx := context.Background()
	// Records of any size: a megabyte in every attribute.
	huge := shape{"Huge", func(n int, seed byte) string { return words(1<<20, 7, "0123456789", seed) }}
	for _, rq := range shapes {
		for _, rc := range append(shapes, huge) {
			req, rec := worst(rq, rc)
			if _, err := e.Match(ctx, req, rec, match.Subject{}); err != nil {
				b.Fatal(err)
			}
			b.Run(rq.name+"/"+rc.name, func(b *testing.B) {
				b.ReportAllocs()
				start := cpuTime()
				for b.Loop() {
					e.Match(ctx, req, rec, match.Subject{})
				}
				// CPU time of the whole process (GC included) per answer:
				// the figure the target is about, whatever else the machine
				// runs.
				b.ReportMetric(float64(cpuTime()-start)/float64(b.N), "cpu-ns/op")
			})
		}
	}
}

// cpuTime returns the CPU time the process has used, in nanoseconds.
func cpuTime() int64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}
