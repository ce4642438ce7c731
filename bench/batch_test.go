package bench_test

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"runtime"
	"strings"
	"sync"
	"testing"

	"github.com/kycmatch/kycmatch/camara"
	"github.com/kycmatch/kycmatch/camara/matchapi"
	"github.com/kycmatch/kycmatch/internal/batch"
	"github.com/kycmatch/kycmatch/match"
	"github.com/kycmatch/kycmatch/score"
)

// batchLines is the number of lines of BenchmarkBatch's input.
const batchLines = 20000

// BenchmarkBatch answers batchLines persona requests through the batch
// engine of `kycmatch batch` (internal/batch), each line a KYC Match v0.4
// body answered as the server answers it (camara/matchapi), on one core and
// on two; and, beside it, the ceiling: an allocation-free loop doing the
// same number of Jaro-Winkler comparisons on one goroutine and on two.
// Issue 10 asks the batch to scale from one core to two by at least 90 %
// of what the ceiling scales by in the same run (scaling: the time on one
// core over the time on two).
func BenchmarkBatch(b *testing.B) {
	body, _, rec := load(b)
	s, err := matchapi.New(match.MustNew(match.Config{}), matchapi.Options{})
	if err != nil {
		b.Fatal(err)
	}
	store := camara.StoreFunc(func(context.Context, string) (camara.Subscriber, error) {
		return camara.Subscriber{Identity: rec}, nil
	})
	line := bytes.ReplaceAll(bytes.TrimSpace(body), []byte("\n"), nil)
	input := bytes.Repeat(append(line, '\n'), batchLines)
	answer := func(dst []byte, n int, line []byte, tooLong bool) ([]byte, bool) {
		reply, _ := s.Reply(context.Background(), matchapi.V04, line, "", store)
		return append(append(dst, reply.Body...), '\n'), reply.Status == 200
	}
	words := strings.Fields("federica sanchez arjona nicolas salmeron madrid tokyo chiyoda iidabashi clara carla")
	ceiling := func(workers int) {
		var wg sync.WaitGroup
		for w := range workers {
			wg.Go(func() {
				sum := 0.0
				for i := w; i < batchLines*20; i += workers {
					sum += score.Similarity(words[i%len(words)], words[(i/len(words))%len(words)])
				}
				_ = sum
			})
		}
		wg.Wait()
	}
	for _, procs := range []int{1, 2} {
		b.Run(fmt.Sprintf("Batch/procs=%d", procs), func(b *testing.B) {
			defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := batch.Run(answer, bytes.NewReader(input), io.Discard, batch.Options{}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(batchLines)*float64(b.N)/b.Elapsed().Seconds(), "lines/s")
		})
		b.Run(fmt.Sprintf("Ceiling/procs=%d", procs), func(b *testing.B) {
			defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
			for b.Loop() {
				ceiling(procs)
			}
		})
	}
}
