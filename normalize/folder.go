package normalize

import (
	"strings"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/unicode/norm"
)

// A Folder folds strings as the package's functions do, but writes the
// folded forms into a buffer it owns and reuses, so that folding the many
// values of a request allocates nothing once the buffer has grown to fit.
// A string a Folder returns is the input itself when the fold changes
// nothing, else a view of the buffer that stays valid until the next
// [Folder.Reset]: do not keep it past that.
//
// The zero Folder is ready to use; a nil *Folder allocates a new string for
// each fold, as the package's functions do. A Folder is not safe for
// concurrent use: give each goroutine its own (a sync.Pool of them, say).
type Folder struct {
	buf []byte
}

// Reset empties the folder's buffer, keeping its memory: the strings it
// returned before are no longer valid.
func (f *Folder) Reset() {
	if f != nil {
		f.buf = f.buf[:0]
	}
}

// Cap returns the capacity of the folder's buffer, in bytes.
func (f *Folder) Cap() int {
	if f == nil {
		return 0
	}
	return cap(f.buf)
}

// keep returns the bytes that appending to f.buf has added (b is f.buf with
// them, maybe moved), as a string: s itself when they are s, which is then
// not kept. A nil folder allocates the string.
func (f *Folder) keep(b []byte, start int, s string) string {
	out := b[start:]
	if string(out) == s {
		if f != nil {
			f.buf = b[:start]
		}
		return s
	}
	if f == nil {
		return string(out)
	}
	f.buf = b
	if len(out) == 0 {
		return ""
	}
	return unsafe.String(&out[0], len(out))
}

// buffer returns the buffer to append to and where the new bytes start.
func (f *Folder) buffer() ([]byte, int) {
	if f == nil {
		return nil, 0
	}
	return f.buf, len(f.buf)
}

// Text returns [Text] of s.
func (f *Folder) Text(s string) string {
	if asciiClean(s) {
		return s
	}
	b, start := f.buffer()
	return f.keep(appendText(b, s), start, s)
}

// Latin returns [Latin] of s.
func (f *Folder) Latin(s string) string {
	if !hasNonASCII(s) {
		return s
	}
	b, start := f.buffer()
	return f.keep(appendLatin(b, s), start, s)
}

// Umlaut returns [Umlaut] of s.
func (f *Folder) Umlaut(s string) string {
	if !hasUmlaut(s) {
		return s
	}
	b, start := f.buffer()
	return f.keep(appendUmlaut(b, s), start, s)
}

// Compact returns [Compact] of s.
func (f *Folder) Compact(s string) string {
	if strings.IndexByte(s, ' ') < 0 {
		return s
	}
	b, start := f.buffer()
	for i := 0; i < len(s); i++ {
		if s[i] != ' ' {
			b = append(b, s[i])
		}
	}
	if norm.NFKC.QuickSpan(b[start:]) != len(b)-start {
		// Letters brought together may compose (the conjoining jamo ᄀ and
		// ᅡ make 가).
		t := norm.NFKC.Bytes(b[start:])
		b = append(b[:start], t...)
	}
	return f.keep(b, start, s)
}

// Katakana returns [Katakana] of s.
func (f *Folder) Katakana(s string) string {
	if !strings.ContainsFunc(s, isHiragana) {
		return s
	}
	b, start := f.buffer()
	return f.keep(appendKatakana(b, s), start, s)
}

// Code returns [Code] of s.
func (f *Folder) Code(s string) string {
	return f.Compact(f.Latin(f.Text(s)))
}

// HouseNumber returns [HouseNumber] of s.
func (f *Folder) HouseNumber(s string) string {
	t := f.Latin(f.Text(s))
	if strings.IndexByte(t, ' ') < 0 {
		return t
	}
	b, start := f.buffer()
	b = appendHouseNumber(b, t)
	if norm.NFKC.QuickSpan(b[start:]) != len(b)-start {
		// As in Compact: letters brought together may compose.
		n := norm.NFKC.Bytes(b[start:])
		b = append(b[:start], n...)
	}
	return f.keep(b, start, t)
}

// Email returns [Email] of s. An address that is not ASCII is folded by
// x/text, which allocates.
func (f *Folder) Email(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			// NFKC and Unicode case folding, with x/text.
			b, start := f.buffer()
			return f.keep(append(b, strings.TrimSpace(caseFold(nfkc(s)))...), start, s)
		}
	}
	t := strings.TrimSpace(s)
	b, start := f.buffer()
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return f.keep(b, start, s)
}

// RecordDate returns [RecordDate] of s.
func (f *Folder) RecordDate(s string) (string, bool) {
	var buf [10]byte
	d, b, ok := recordDate(s, &buf)
	if !ok {
		return "", false
	}
	if b != nil {
		if _, ok := Date(string(b)); !ok {
			return "", false
		}
		start := 0
		var out []byte
		out, start = f.buffer()
		d = f.keep(append(out, b...), start, "")
	}
	return Date(d)
}
