package normalize

import (
	"testing"
)

// TestASCIIPath checks that the one-pass path of Text gives what the
// general path gives on ASCII input.
func TestASCIIPath(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, in string
	}{
		{"empty", ""},
		{"folded", "federica sanchez"},
		{"upper", "FEDERICA SANCHEZ"},
		{"apostrophe", "O'Brien"},
		{"leading space", " a"},
		{"trailing space", "a "},
		{"double space", "a  b"},
		{"tab", "a\tb"},
		{"controls", "\x00a\x1fb\x7f"},
		{"punctuation only", "-.,;:!?"},
		{"digits", "3-10-10"},
		{"space before punctuation", "a -b"},
		{"all printable", " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			fast, ok := asciiText(tc.in)
			if !ok {
				t.Fatalf("asciiText(%q) refused ASCII", tc.in)
			}
			slow, _ := text(tc.in)
			if fast != slow {
				t.Errorf("asciiText(%q) = %q, general path %q", tc.in, fast, slow)
			}
			if Text(tc.in) != slow {
				t.Errorf("Text(%q) = %q, general path %q", tc.in, Text(tc.in), slow)
			}
		})
	}
	t.Run("invalid utf-8 refused", func(t *testing.T) {
		t.Parallel()
		for _, s := range []string{"a\xff", "\xc3"} {
			if _, ok := asciiText(s); ok {
				t.Errorf("asciiText(%q) took the one-pass path", s)
			}
		}
	})
}

// FuzzASCIIPath folds arbitrary bytes to ASCII and compares the two paths.
func FuzzASCIIPath(f *testing.F) {
	for _, s := range []string{"", "O'Brien", " a  b ", "\x00\x7f", "ABC-def 123"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		for i := range in {
			in[i] &= 0x7f
		}
		s := string(in)
		fast, ok := asciiText(s)
		if !ok {
			t.Fatalf("asciiText(%q) refused ASCII", s)
		}
		if slow, _ := text(s); fast != slow {
			t.Fatalf("asciiText(%q) = %q, general path %q", s, fast, slow)
		}
	})
}

// asciiText is the one-pass path of Text (appendOneFoldText) on ASCII, as a
// string, for the tests above.
func asciiText(s string) (string, bool) {
	b, ok := appendOneFoldText(nil, s)
	return string(b), ok
}
