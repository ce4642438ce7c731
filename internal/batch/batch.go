// Package batch answers JSON Lines in parallel and writes the answers in
// input order: the engine of `kycmatch batch`, apart from what a line says
// (the command's), so that it can be measured and tested alone.
//
// Lines are read, answered and written in chunks of consecutive lines: the
// reader fills a chunk, one worker answers all of it into the chunk's
// output buffer, and the writer writes chunks in order. Chunks and their
// buffers are reused, so that the work per line is the answer itself, and a
// fixed number of chunks bounds the memory whatever the input's length. A
// chunk is handed on as soon as the input has no further line ready, so that
// a stream read line by line is answered line by line.
package batch

import (
	"bufio"
	"bytes"
	"io"
	"runtime"
	"sync/atomic"
)

// Options tunes a run. The zero Options uses one worker per core.
type Options struct {
	// Workers is the number of lines answered at once; 0 means
	// runtime.GOMAXPROCS(0).
	Workers int
	// MaxLineBytes bounds a line: a longer one is read through to its
	// newline but not kept, and answered as too long. 0 means 4 MiB.
	MaxLineBytes int
	// Done, when not nil, is incremented once for each line written.
	Done *atomic.Int64
	// Failed, when not nil, is incremented for each line answered not ok.
	Failed *atomic.Int64
}

// Answer appends to dst the answer to line n (1-based; line without its
// newline, nil when tooLong) with its newline, and reports whether it is a
// success. It is called from several goroutines at once.
type Answer func(dst []byte, n int, line []byte, tooLong bool) ([]byte, bool)

const (
	// chunkLines and chunkBytes bound a chunk: it is handed on when it holds
	// that many lines or bytes, or when no further line is ready.
	chunkLines = 128
	chunkBytes = 256 << 10
	// defaultMaxLineBytes is Options.MaxLineBytes' default.
	defaultMaxLineBytes = 4 << 20
)

// chunk is a run of consecutive lines.
type chunk struct {
	first   int    // the number of its first line
	data    []byte // the lines, one after another, without newlines
	ends    []int  // where each line ends in data
	tooLong []bool // which lines were too long (and are not in data)
	out     []byte // the answers, with their newlines
	failed  int    // answers not ok
	ready   chan struct{}
}

func (c *chunk) reset(first int) {
	c.first, c.data, c.ends, c.tooLong, c.out, c.failed = first, c.data[:0], c.ends[:0], c.tooLong[:0], c.out[:0], 0
}

// line returns line i of the chunk.
func (c *chunk) line(i int) []byte {
	start := 0
	if i > 0 {
		start = c.ends[i-1]
	}
	return c.data[start:c.ends[i]]
}

// Run answers every line of in with answer and writes the answers to out in
// input order, one for each line. It returns the first error reading in or
// writing out; after an error writing, it returns at once, leaving the
// reader to stop at its next line.
func Run(answer Answer, in io.Reader, out io.Writer, opts Options) (readErr, writeErr error) {
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	maxLine := opts.MaxLineBytes
	if maxLine <= 0 {
		maxLine = defaultMaxLineBytes
	}
	// Enough chunks for every worker to have one while the reader fills one
	// and the writer writes one.
	n := 2*workers + 2
	free := make(chan *chunk, n)
	for range n {
		free <- &chunk{ready: make(chan struct{}, 1)}
	}
	order := make(chan *chunk, n)
	work := make(chan *chunk, n)
	stop := make(chan struct{})

	var errRead error // written by the reader before it closes order
	go func() {
		defer close(work)
		defer close(order)
		br := bufio.NewReaderSize(in, 64<<10)
		next := 1
		for {
			var c *chunk
			select {
			case c = <-free:
			case <-stop:
				return
			}
			c.reset(next)
			eof := false
			for len(c.ends) < chunkLines && len(c.data) < chunkBytes {
				var tooLong bool
				var err error
				c.data, tooLong, err = readLine(br, c.data, maxLine)
				if err == io.EOF {
					eof = true
					break
				}
				if err != nil {
					errRead = err
					eof = true
					break
				}
				c.ends = append(c.ends, len(c.data))
				c.tooLong = append(c.tooLong, tooLong)
				if br.Buffered() == 0 {
					// Nothing more is ready: do not wait for it to answer
					// these.
					break
				}
			}
			if len(c.ends) > 0 {
				next += len(c.ends)
				order <- c
				work <- c
			}
			if eof {
				return
			}
		}
	}()
	for range workers {
		go func() {
			for c := range work {
				for i := range c.ends {
					line := c.line(i)
					if c.tooLong[i] {
						line = nil
					}
					var ok bool
					c.out, ok = answer(c.out, c.first+i, line, c.tooLong[i])
					if !ok {
						c.failed++
					}
				}
				c.ready <- struct{}{}
			}
		}()
	}

	w := bufio.NewWriterSize(out, 64<<10)
	for c := range order {
		<-c.ready
		if _, writeErr = w.Write(c.out); writeErr == nil && len(order) == 0 {
			// Nothing else is ready: let a reader of a stream see the
			// answers.
			writeErr = w.Flush()
		}
		if writeErr != nil {
			close(stop)
			return nil, writeErr
		}
		if opts.Done != nil {
			opts.Done.Add(int64(len(c.ends)))
		}
		if opts.Failed != nil {
			opts.Failed.Add(int64(c.failed))
		}
		free <- c
	}
	// order is closed: the reader has returned, and errRead is set.
	return errRead, w.Flush()
}

// readLine appends the next line of r, without its '\n', to dst. A line
// longer than limit bytes is read through to its newline but not kept:
// tooLong is set and dst is returned as it was. The last line needs no
// newline; err is io.EOF when there is no line left.
func readLine(r *bufio.Reader, dst []byte, limit int) ([]byte, bool, error) {
	start := len(dst)
	read, tooLong := false, false
	for {
		part, err := r.ReadSlice('\n')
		read = read || len(part) > 0
		part = bytes.TrimSuffix(part, []byte("\n"))
		if !tooLong {
			if len(dst)-start+len(part) > limit {
				tooLong, dst = true, dst[:start]
			} else {
				dst = append(dst, part...)
			}
		}
		switch {
		case err == bufio.ErrBufferFull:
			continue
		case err == io.EOF && read:
			return dst, tooLong, nil
		case err != nil:
			return dst[:start], false, err
		}
		return dst, tooLong, nil
	}
}
