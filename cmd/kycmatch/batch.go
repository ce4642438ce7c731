package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"slices"
	"strconv"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"github.com/kycmatch/kycmatch/camara"
	"github.com/kycmatch/kycmatch/camara/matchapi"
	batchpkg "github.com/kycmatch/kycmatch/internal/batch"
	"github.com/kycmatch/kycmatch/internal/jsonobj"
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
	s, err := newService(*configPath)
	if err != nil {
		return fail(stderr, "%v", err)
	}
	in, closeIn, err := openInput(input, stdin)
	if err != nil {
		return fail(stderr, "%v", err)
	}
	defer closeIn()
	return batch(s, in, stdout, stderr, *progress)
}

// batch answers the lines of in on stdout, in order, on every core
// (package internal/batch).
func batch(s *matchapi.Service, in io.Reader, stdout, stderr io.Writer, showProgress bool) int {
	return batchWith(func(dst []byte, n int, line []byte, tooLong bool) ([]byte, bool) {
		return answerLine(dst, s, n, line, tooLong)
	}, in, stdout, stderr, showProgress)
}

// safely calls answer, and answers a panic (a bug) 500 INTERNAL for that line
// alone, so that one line cannot end a batch.
func safely(answer batchpkg.Answer) batchpkg.Answer {
	return func(dst []byte, n int, line []byte, tooLong bool) (out []byte, ok bool) {
		start := len(dst)
		defer func() {
			if recover() != nil {
				out, ok = errorOutput(dst[:start], n, "", internal("Server error")), false
			}
		}()
		return answer(dst, n, line, tooLong)
	}
}

// batchWith is batch with the lines answered by answer.
func batchWith(answer batchpkg.Answer, in io.Reader, stdout, stderr io.Writer, showProgress bool) int {
	var done, failed atomic.Int64
	start := time.Now()
	stopProgress := func() {}
	if showProgress {
		stopProgress = startProgress(stderr, start, &done)
	}
	readErr, writeErr := batchpkg.Run(safely(answer), in, stdout, batchpkg.Options{
		MaxLineBytes: maxLineBytes, Done: &done, Failed: &failed,
	})
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
			n, el.Round(time.Millisecond), float64(n)/el.Seconds(), n-failed.Load(), failed.Load())
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

// batchProperties are the properties of a batch line.
var batchProperties = []string{"id", "request", "record", "tokenPhone", "notApplicable"}

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
func answerLine(dst []byte, s *matchapi.Service, n int, line []byte, tooLong bool) ([]byte, bool) {
	var id string
	switch {
	case tooLong:
		return lineError(dst, n, "", "The batch line is longer than "+strconv.Itoa(maxLineBytes)+" bytes.")
	case len(bytes.TrimSpace(line)) == 0:
		return lineError(dst, n, "", "The batch line is empty.")
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
		return lineError(dst, n, "", "The batch line is not valid JSON.")
	} else if isJSON {
		return lineError(dst, n, "", "The batch line is not a JSON object.")
	}
	if bl.id != nil && utf8.ValidString(bl.id.Raw) {
		// Written back as it was read: valid JSON, and valid UTF-8.
		id = bl.id.Raw
	}
	switch {
	case twice:
		return lineError(dst, n, id, "The batch line has a property given twice.")
	case unknown:
		return lineError(dst, n, id, "The batch line has a property other than id, request, record, tokenPhone and notApplicable.")
	}
	var tokenPhone string
	if m := bl.tokenPhone; m != nil && m.Kind != jsonobj.Null {
		if m.Kind != jsonobj.String {
			return lineError(dst, n, id, "tokenPhone must be a string.")
		}
		tokenPhone = m.Str
	}
	notApplicable := false
	if m := bl.notApplicable; m != nil && m.Kind != jsonobj.Null {
		if m.Kind != jsonobj.Bool {
			return lineError(dst, n, id, "notApplicable must be a boolean.")
		}
		notApplicable = m.Raw == "true"
	}
	var body []byte
	if bl.request != nil {
		body = []byte(bl.request.Raw)
	}
	var badRecord error
	reply := answer(s, body, tokenPhone, func() (camara.Subscriber, error) {
		switch {
		case notApplicable:
			return camara.Subscriber{}, camara.CodeServiceNotApplicable
		case bl.record == nil || bl.record.Kind == jsonobj.Null:
			return camara.Subscriber{}, camara.CodeIdentifierNotFound
		}
		rec, err := parseRecord([]byte(bl.record.Raw))
		if err != nil {
			badRecord = err
			return camara.Subscriber{}, err
		}
		return rec, nil
	})
	if reply.Status == 200 {
		return output(dst, n, id, 200, "response", reply.Body), true
	}
	if reply.Code == camara.CodeInternal {
		// Say which of the operator's data was at fault; never a value.
		switch _, validPhone := normalize.Phone(tokenPhone); {
		case badRecord != nil:
			return errorOutput(dst, n, id, internal("The record is invalid: "+badRecord.Error()+".")), false
		case tokenPhone != "" && !validPhone:
			return errorOutput(dst, n, id, internal("tokenPhone is not a phone number with its country code.")), false
		}
	}
	return output(dst, n, id, reply.Status, "error", reply.Body), false
}

// internal returns a 500 INTERNAL error with msg, which must hold no value.
func internal(msg string) *camara.Error {
	return camara.NewError(camara.CodeInternal, "", msg)
}

// lineError answers a line that cannot be read as a batch line: 400
// INVALID_ARGUMENT.
func lineError(dst []byte, n int, id, msg string) ([]byte, bool) {
	return errorOutput(dst, n, id, camara.Invalid("", msg)), false
}

func errorOutput(dst []byte, n int, id string, e *camara.Error) []byte {
	return output(dst, n, id, e.Status, "error", e.AppendJSON(nil))
}

// output appends an output line to dst: {"id":ID or "line":N, "status":S,
// key:body}. The id is written as it was read; "" means the line has none
// that can be written back.
func output(dst []byte, n int, id string, status int, key string, body []byte) []byte {
	b := dst
	if id != "" {
		b = append(append(b, `{"id":`...), id...)
	} else {
		b = strconv.AppendInt(append(b, `{"line":`...), int64(n), 10)
	}
	b = strconv.AppendInt(append(b, `,"status":`...), int64(status), 10)
	b = append(append(append(b, `,"`...), key...), `":`...)
	return append(append(b, body...), '}', '\n')
}
