package batch

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"reflect"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

func TestReadLine(t *testing.T) {
	t.Parallel()
	// The smallest bufio buffer, so that lines span several ReadSlice calls.
	r := bufio.NewReaderSize(strings.NewReader("short\n"+strings.Repeat("x", 40)+"\n"+strings.Repeat("y", 41)+"\n\nlast"), 16)
	type res struct {
		line    string
		tooLong bool
	}
	var got []res
	buf := []byte("kept")
	for {
		var tooLong bool
		var err error
		before := len(buf)
		buf, tooLong, err = readLine(r, buf, 40)
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, res{string(buf[before:]), tooLong})
	}
	want := []res{{"short", false}, {strings.Repeat("x", 40), false}, {"", true}, {"", false}, {"last", false}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v, want %+v", got, want)
	}
	if !strings.HasPrefix(string(buf), "kept") {
		t.Errorf("readLine lost what dst held: %q", buf)
	}
}

// echo answers each line with its number and text, after a random pause,
// so that workers finish out of order.
func echo(dst []byte, n int, line []byte, tooLong bool) ([]byte, bool) {
	if rand.IntN(8) == 0 {
		time.Sleep(time.Duration(rand.IntN(200)) * time.Microsecond)
	}
	if tooLong {
		return fmt.Appendf(dst, "%d long\n", n), false
	}
	return fmt.Appendf(dst, "%d %s\n", n, line), true
}

// TestRunOrder checks that every line is answered once, in input order,
// whatever the number of workers and however long the lines.
func TestRunOrder(t *testing.T) {
	t.Parallel()
	var in, want strings.Builder
	for i := 1; i <= 5000; i++ {
		s := strconv.Itoa(i) + strings.Repeat("z", rand.IntN(90))
		if i%997 == 0 {
			s = strings.Repeat("L", 200) // too long for MaxLineBytes 100
			fmt.Fprintf(&want, "%d long\n", i)
		} else {
			fmt.Fprintf(&want, "%d %s\n", i, s)
		}
		in.WriteString(s + "\n")
	}
	for _, workers := range []int{1, 2, 7} {
		var out strings.Builder
		var done, failed atomic.Int64
		rerr, werr := Run(echo, strings.NewReader(in.String()), &out, Options{Workers: workers, MaxLineBytes: 100, Done: &done, Failed: &failed})
		if rerr != nil || werr != nil {
			t.Fatalf("workers %d: %v, %v", workers, rerr, werr)
		}
		if out.String() != want.String() {
			t.Fatalf("workers %d: output differs from input order", workers)
		}
		if done.Load() != 5000 || failed.Load() != 5 {
			t.Errorf("workers %d: done %d, failed %d", workers, done.Load(), failed.Load())
		}
	}
}

// TestRunStream checks that a line is answered before the next one is
// written: a stream read line by line is answered line by line.
func TestRunStream(t *testing.T) {
	t.Parallel()
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	go func() {
		Run(echo, inR, outW, Options{Workers: 2})
		outW.Close()
	}()
	br := bufio.NewReader(outR)
	for i := 1; i <= 3; i++ {
		fmt.Fprintf(inW, "line%d\n", i)
		got, err := br.ReadString('\n')
		if err != nil || got != fmt.Sprintf("%d line%d\n", i, i) {
			t.Fatalf("answer %d: %q, %v", i, got, err)
		}
	}
	inW.Close()
	if _, err := br.ReadString('\n'); err != io.EOF {
		t.Errorf("after the input ended: %v", err)
	}
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

// TestRunErrors checks that a reading error is returned after the lines
// read before it, and that a writing error stops the run at once.
func TestRunErrors(t *testing.T) {
	t.Parallel()
	broken := io.MultiReader(strings.NewReader("a\nb\n"), iotestErr{})
	var out strings.Builder
	rerr, werr := Run(echo, broken, &out, Options{})
	if rerr == nil || werr != nil || out.String() != "1 a\n2 b\n" {
		t.Errorf("read error: %v, %v, output %q", rerr, werr, out.String())
	}
	// An endless input: the run must still stop on the writing error.
	endless := strings.NewReader(strings.Repeat("x\n", 1<<20))
	if _, werr := Run(echo, endless, failingWriter{}, Options{}); werr == nil {
		t.Error("writing error not returned")
	}
}

type iotestErr struct{}

func (iotestErr) Read([]byte) (int, error) { return 0, errors.New("read failed") }
