package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"runtime"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"github.com/kycmatch/kycmatch/internal/jsonobj"
	"github.com/kycmatch/kycmatch/match"
	"github.com/kycmatch/kycmatch/normalize"
)

const (
	// maxLineBytes bounds a batch line, whatever the configuration's
	// maxBodyBytes: a longer line is answered 400 and skipped to its newline.
	maxLineBytes = 4 << 20
	// maxInFlightBytes bounds the bytes of the lines read but not yet
	// written; with maxLineBytes it bounds the memory of a batch.
	maxInFlightBytes = 64 << 20
	// progressInterval is how often --progress reports.
	progressInterval = time.Second
)

func runBatch(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("batch", flag.ContinueOnError)
	configPath := fs.String("config", "", "")
	progress := fs.Bool("progress", false, "")
	input, code, ok := parseFlags(fs, args, stderr)
	if !ok {
		return code
	}
	e, err := newEngine(*configPath)
	if err != nil {
		return fail(stderr, "%v", err)
	}
	in, closeIn, err := openInput(input, stdin)
	if err != nil {
		return fail(stderr, "%v", err)
	}
	defer closeIn()
	return batch(e, in, stdout, stderr, *progress)
}

// job is one line in flight.
type job struct {
	n       int    // 1-based line number
	line    []byte // without its newline
	tooLong bool
	out     chan result // buffered: a worker never waits for the writer
}

// result is the output line of a job.
type result struct {
	line []byte // with its newline
	ok   bool   // status 200
}

// batch answers the lines of in on stdout, in order. A reader goroutine
// splits the input into jobs, which go both to the workers (one per core) and,
// in input order, to the writer (this goroutine), which waits for each one's
// result in turn. The order channel's capacity and the in-flight byte budget
// bound the lines held in memory.
func batch(e *match.Engine, in io.Reader, stdout, stderr io.Writer, showProgress bool) int {
	return batchWith(func(n int, line []byte, tooLong bool) ([]byte, bool) {
		return answerLine(e, n, line, tooLong)
	}, in, stdout, stderr, showProgress)
}

// answerFunc answers batch line n: the output line, with its newline, and
// whether its status is 200.
type answerFunc func(n int, line []byte, tooLong bool) ([]byte, bool)

// safely calls answer, and answers a panic (a bug) 500 INTERNAL for that line
// alone, so that one line cannot end a batch.
func safely(answer answerFunc, n int, line []byte, tooLong bool) (out []byte, ok bool) {
	defer func() {
		if recover() != nil {
			out, ok = errorOutput(n, "", internal("Server error")), false
		}
	}()
	return answer(n, line, tooLong)
}

// batchWith is batch with the lines answered by answer.
func batchWith(answer answerFunc, in io.Reader, stdout, stderr io.Writer, showProgress bool) int {
	workers := runtime.GOMAXPROCS(0)
	order := make(chan *job, 4*workers)
	work := make(chan *job, workers)
	stop := make(chan struct{})
	budget := newBudget(maxInFlightBytes)
	var readErr error // written by the reader before it closes order

	go func() {
		defer close(work)
		defer close(order)
		br := bufio.NewReaderSize(in, 64<<10)
		for n := 1; ; n++ {
			line, tooLong, err := readLine(br, maxLineBytes)
			if err == io.EOF {
				return
			}
			if err != nil {
				readErr = err
				return
			}
			if !budget.acquire(len(line)) {
				return
			}
			j := &job{n: n, line: line, tooLong: tooLong, out: make(chan result, 1)}
			for _, ch := range []chan *job{order, work} {
				select {
				case ch <- j:
				case <-stop:
					return
				}
			}
		}
	}()
	for range workers {
		go func() {
			for j := range work {
				out, ok := safely(answer, j.n, j.line, j.tooLong)
				j.out <- result{out, ok}
			}
		}()
	}

	var done, errs atomic.Int64
	start := time.Now()
	stopProgress := func() {}
	if showProgress {
		stopProgress = startProgress(stderr, start, &done)
	}
	w := bufio.NewWriterSize(stdout, 64<<10)
	var writeErr error
	for j := range order {
		r := <-j.out
		budget.release(len(j.line))
		if _, writeErr = w.Write(r.line); writeErr == nil && len(order) == 0 {
			// Nothing else is ready: let a reader of a stream see the answers.
			writeErr = w.Flush()
		}
		if writeErr != nil {
			close(stop)
			budget.close()
			break
		}
		if !r.ok {
			errs.Add(1)
		}
		done.Add(1)
	}
	if writeErr == nil {
		writeErr = w.Flush()
	}
	stopProgress()
	switch {
	case writeErr != nil:
		return fail(stderr, "batch: writing the output: %v", writeErr)
	case readErr != nil:
		return fail(stderr, "batch: reading the input: %v", readErr)
	}
	if showProgress {
		el := time.Since(start)
		n := done.Load()
		fmt.Fprintf(stderr, "kycmatch batch: done: %d lines in %s (%.0f lines/s): %d status 200, %d errors\n",
			n, el.Round(time.Millisecond), float64(n)/el.Seconds(), n-errs.Load(), errs.Load())
	}
	return 0
}

// startProgress reports the lines done on stderr every progressInterval until
// the returned function is called; that function returns once the reporter
// has stopped writing.
func startProgress(stderr io.Writer, start time.Time, done *atomic.Int64) func() {
	quit, stopped := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(stopped)
		t := time.NewTicker(progressInterval)
		defer t.Stop()
		for {
			select {
			case <-quit:
				return
			case now := <-t.C:
				n := done.Load()
				fmt.Fprintf(stderr, "kycmatch batch: lines done: %d (%.0f lines/s)\n", n, float64(n)/now.Sub(start).Seconds())
			}
		}
	}()
	return func() {
		close(quit)
		<-stopped
	}
}

// readLine returns the next line of r without its '\n'. A line longer than
// limit bytes is read through to its newline but not kept: tooLong is set and
// line is nil. The last line needs no newline; err is io.EOF when there is no
// line left.
func readLine(r *bufio.Reader, limit int) (line []byte, tooLong bool, err error) {
	read := false
	for {
		chunk, err := r.ReadSlice('\n')
		read = read || len(chunk) > 0
		chunk = bytes.TrimSuffix(chunk, []byte("\n"))
		if !tooLong {
			if len(line)+len(chunk) > limit {
				tooLong, line = true, nil
			} else {
				line = append(line, chunk...)
			}
		}
		switch {
		case err == bufio.ErrBufferFull:
			continue
		case err == io.EOF && read:
			return line, tooLong, nil
		case err != nil:
			return nil, false, err
		}
		return line, tooLong, nil
	}
}

// budget is a counting semaphore of bytes.
type budget struct {
	mu     sync.Mutex
	cond   sync.Cond
	free   int
	closed bool
}

func newBudget(n int) *budget {
	b := &budget{free: n}
	b.cond.L = &b.mu
	return b
}

// acquire takes n bytes, waiting until they are free; it returns false once
// the budget is closed. n must not exceed the budget's size.
func (b *budget) acquire(n int) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	for b.free < n && !b.closed {
		b.cond.Wait()
	}
	b.free -= n
	return !b.closed
}

func (b *budget) release(n int) {
	b.mu.Lock()
	b.free += n
	b.mu.Unlock()
	b.cond.Broadcast()
}

func (b *budget) close() {
	b.mu.Lock()
	b.closed = true
	b.mu.Unlock()
	b.cond.Broadcast()
}

// batchProperties are the properties of a batch line.
var batchProperties = []string{"id", "request", "record", "tokenPhone", "notApplicable"}

// errBadRecord is the lookup's error for a record that is not a JSON object
// of strings.
type errBadRecord struct{ err error }

func (e errBadRecord) Error() string { return e.err.Error() }

// batchLine is what a batch line says.
type batchLine struct {
	id, request, record, tokenPhone, notApplicable *jsonobj.Member
}

// answerLine answers batch line n and returns the output line, with its
// newline, and whether the status is 200.
//
// Problems with the line itself (blank, too long, not a JSON object, an
// unknown property or one given twice, a tokenPhone or notApplicable of the
// wrong type) are 400 INVALID_ARGUMENT and reach no engine. A record that is
// not a JSON object of strings, or a tokenPhone that is no phone number, is
// the operator's data at fault, not the request: it is 500 INTERNAL, as a
// failing record store is (DESIGN.md section 1 step 4), and comes after the
// request's own 400s because the engine validates the request before it
// looks the record up.
func answerLine(e *match.Engine, n int, line []byte, tooLong bool) ([]byte, bool) {
	var id string
	switch {
	case tooLong:
		return lineError(n, "", "The batch line is longer than "+strconv.Itoa(maxLineBytes)+" bytes.")
	case len(bytes.TrimSpace(line)) == 0:
		return lineError(n, "", "The batch line is empty.")
	}
	var bl batchLine
	var seen []string
	unknown, twice := false, false
	err := jsonobj.Each(string(line), func(m *jsonobj.Member) error {
		if slices.Contains(seen, m.Key) {
			twice = true
		}
		seen = append(seen, m.Key)
		c := *m
		switch m.Key {
		case "id":
			bl.id = &c
		case "request":
			bl.request = &c
		case "record":
			bl.record = &c
		case "tokenPhone":
			bl.tokenPhone = &c
		case "notApplicable":
			bl.notApplicable = &c
		default:
			unknown = true
		}
		return nil
	})
	if je, isJSON := errors.AsType[*jsonobj.Error](err); isJSON && je.Syntax {
		return lineError(n, "", "The batch line is not valid JSON.")
	} else if isJSON {
		return lineError(n, "", "The batch line is not a JSON object.")
	}
	if bl.id != nil && utf8.ValidString(bl.id.Raw) {
		// Written back as it was read: valid JSON, and valid UTF-8.
		id = bl.id.Raw
	}
	switch {
	case twice:
		return lineError(n, id, "The batch line has a property given twice.")
	case unknown:
		return lineError(n, id, "The batch line has a property other than id, request, record, tokenPhone and notApplicable.")
	}
	var tokenPhone string
	if m := bl.tokenPhone; m != nil && m.Kind != jsonobj.Null {
		if m.Kind != jsonobj.String {
			return lineError(n, id, "tokenPhone must be a string.")
		}
		tokenPhone = m.Str
	}
	notApplicable := false
	if m := bl.notApplicable; m != nil && m.Kind != jsonobj.Null {
		if m.Kind != jsonobj.Bool {
			return lineError(n, id, "notApplicable must be a boolean.")
		}
		notApplicable = m.Raw == "true"
	}
	var body []byte
	if bl.request != nil {
		body = []byte(bl.request.Raw)
	}
	resp, err := answer(e, body, tokenPhone, func() (match.Record, error) {
		switch {
		case notApplicable:
			return match.Record{}, match.CodeServiceNotApplicable
		case bl.record == nil || bl.record.Kind == jsonobj.Null:
			return match.Record{}, match.CodeIdentifierNotFound
		}
		rec, err := parseRecord([]byte(bl.record.Raw))
		if err != nil {
			return match.Record{}, errBadRecord{err}
		}
		return rec, nil
	})
	if err == nil {
		body, _ := resp.MarshalJSON()
		return output(n, id, 200, "response", body), true
	}
	var me *match.Error
	if !errors.As(err, &me) {
		var bad errBadRecord
		msg := "Server error"
		switch _, validPhone := normalize.Phone(tokenPhone); {
		case errors.As(err, &bad):
			msg = "The record is invalid: " + bad.Error() + "."
		case tokenPhone != "" && !validPhone:
			msg = "tokenPhone is not a phone number with its country code."
		}
		me = internal(msg)
	}
	return errorOutput(n, id, me), false
}

// internal returns a 500 INTERNAL error with msg, which must hold no value.
func internal(msg string) *match.Error {
	return &match.Error{Status: match.CodeInternal.Status(), Code: match.CodeInternal, Message: msg}
}

// lineError answers a line that cannot be read as a batch line: 400
// INVALID_ARGUMENT.
func lineError(n int, id, msg string) ([]byte, bool) {
	return errorOutput(n, id, &match.Error{Status: match.CodeInvalidArgument.Status(), Code: match.CodeInvalidArgument, Message: msg}), false
}

func errorOutput(n int, id string, e *match.Error) []byte {
	body, _ := json.Marshal(e)
	return output(n, id, e.Status, "error", body)
}

// output builds an output line: {"id":ID or "line":N, "status":S, key:body}.
// The id is written as it was read; "" means the line has none that can be
// written back.
func output(n int, id string, status int, key string, body []byte) []byte {
	b := make([]byte, 0, 40+len(id)+len(body))
	if id != "" {
		b = append(append(b, `{"id":`...), id...)
	} else {
		b = strconv.AppendInt(append(b, `{"line":`...), int64(n), 10)
	}
	b = strconv.AppendInt(append(b, `,"status":`...), int64(status), 10)
	b = append(append(append(b, `,"`...), key...), `":`...)
	return append(append(b, body...), '}', '\n')
}
