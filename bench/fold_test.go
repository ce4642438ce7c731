package bench_test

import (
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/kycmatch/kycmatch/normalize"
)

// foldInputs are the Latin and kana values of the persona and its kin.
var foldInputs = []struct{ name, in string }{
	{"ASCII", "FEDERICA SANCHEZ ARJONA"},
	{"Latin", "Federica Sánchez Arjona"},
	{"Kana", "ﾔﾏﾀﾞ ﾀﾛｳ"},
	{"Fullwidth", "ＦＥＤＥＲＩＣＡ"},
}

// refTable is the reference one-pass table fold's table: every BMP rune to
// its lower case, built once.
var refTable = func() *[0x10000]rune {
	var t [0x10000]rune
	for r := range t {
		t[r] = unicode.ToLower(rune(r))
	}
	return &t
}()

// refFold is the reference: the simplest allocation-free one-pass fold, one
// table lookup a rune (lower case) and runs of other runes to one space,
// into a reused buffer. It folds less than Text (no NFKC, no half-width
// kana): the floor a table fold cannot go under.
func refFold(dst []byte, s string) []byte {
	sep := false
	for _, r := range s {
		if r < 0x10000 {
			r = refTable[r]
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if sep && len(dst) > 0 {
				dst = append(dst, ' ')
			}
			dst = utf8.AppendRune(dst, r)
			sep = false
		} else {
			sep = true
		}
	}
	return dst
}

// BenchmarkFold compares normalize.Folder's Text with the reference table
// fold on the same inputs (issue 10: at most twice the reference).
func BenchmarkFold(b *testing.B) {
	for _, in := range foldInputs {
		b.Run("Text/"+in.name, func(b *testing.B) {
			var f normalize.Folder
			b.ReportAllocs()
			for b.Loop() {
				f.Reset()
				f.Text(in.in)
			}
		})
		b.Run("Reference/"+in.name, func(b *testing.B) {
			buf := make([]byte, 0, 256)
			b.ReportAllocs()
			for b.Loop() {
				buf = refFold(buf[:0], in.in)
			}
		})
	}
}
