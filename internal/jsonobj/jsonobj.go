// Package jsonobj reads a JSON object member by member, in one pass and
// without building a map, so that a caller can refuse what encoding/json
// would quietly accept: a key given twice (encoding/json keeps the last),
// a key in another case (encoding/json matches struct fields in any case),
// and invalid UTF-8 in a string (encoding/json replaces it).
//
// It checks the whole text against RFC 8259 and tells a text that is not
// JSON from a JSON value that is not an object. String values without
// escapes are substrings of the input; nothing else is allocated but the
// decoded escaped strings. It is safe for concurrent use.
package jsonobj

import (
	"strconv"
	"unicode/utf16"
	"unicode/utf8"
)

// Kind is the kind of a member's value.
type Kind uint8

// The kinds of JSON values.
const (
	String Kind = iota + 1
	Number
	Object
	Array
	Bool
	Null
)

// String returns the kind's name ("string", "number", ...).
func (k Kind) String() string {
	switch k {
	case String:
		return "string"
	case Number:
		return "number"
	case Object:
		return "object"
	case Array:
		return "array"
	case Bool:
		return "boolean"
	case Null:
		return "null"
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}

// Member is one member of an object.
type Member struct {
	// Key is the member's name, decoded.
	Key string
	// Index is the member's position in the object, from 0.
	Index int
	// Kind is the kind of its value.
	Kind Kind
	// Raw is the value's JSON text, as it is in the input.
	Raw string
	// Str is the decoded value of a String (invalid UTF-8 replaced by
	// U+FFFD, as encoding/json does).
	Str string
	// BadUTF8 reports that the string value held invalid UTF-8.
	BadUTF8 bool
}

// Error is the error of [Each]: the text is not JSON (Syntax), or is a JSON
// value but not an object. It holds no part of the input.
type Error struct {
	// Syntax reports that the text is not valid JSON; otherwise it is a
	// JSON value that is not an object.
	Syntax bool
	// Offset is the byte offset of the problem.
	Offset int
}

func (e *Error) Error() string {
	if e.Syntax {
		return "jsonobj: invalid JSON at byte " + strconv.Itoa(e.Offset)
	}
	return "jsonobj: not a JSON object"
}

// maxDepth bounds the nesting of values, as encoding/json does.
const maxDepth = 10000

// Each reads the JSON object s and calls fn for each member, in order. fn
// must not keep m, which is reused; its strings may be kept. Each checks the
// whole text before it returns: it returns an *Error when s is not a JSON
// object, even after fn has seen members, or fn's first error, which stops
// it.
func Each(s string, fn func(m *Member) error) error {
	i := skipSpace(s, 0)
	if i == len(s) || s[i] != '{' {
		end, err := skipValue(s, i)
		if err != nil {
			return err
		}
		if skipSpace(s, end) != len(s) {
			return &Error{Syntax: true, Offset: skipSpace(s, end)}
		}
		return &Error{Offset: i}
	}
	i = skipSpace(s, i+1)
	var m Member
	if i < len(s) && s[i] == '}' {
		return trailing(s, i+1)
	}
	for n := 0; ; n++ {
		if i >= len(s) || s[i] != '"' {
			return syntax(i)
		}
		key, _, end, err := readString(s, i)
		if err != nil {
			return err
		}
		i = skipSpace(s, end)
		if i >= len(s) || s[i] != ':' {
			return syntax(i)
		}
		i = skipSpace(s, i+1)
		m = Member{Key: key, Index: n}
		if i < len(s) && s[i] == '"' {
			str, bad, end, err := readString(s, i)
			if err != nil {
				return err
			}
			m.Kind, m.Str, m.BadUTF8, m.Raw = String, str, bad, s[i:end]
			i = end
		} else {
			end, err := skipValue(s, i)
			if err != nil {
				return err
			}
			m.Kind, m.Raw = kindOf(s[i]), s[i:end]
			i = end
		}
		if err := fn(&m); err != nil {
			return err
		}
		i = skipSpace(s, i)
		switch {
		case i < len(s) && s[i] == ',':
			i = skipSpace(s, i+1)
		case i < len(s) && s[i] == '}':
			return trailing(s, i+1)
		default:
			return syntax(i)
		}
	}
}

func syntax(i int) error { return &Error{Syntax: true, Offset: i} }

// trailing checks that only white space follows the object.
func trailing(s string, i int) error {
	if i = skipSpace(s, i); i != len(s) {
		return syntax(i)
	}
	return nil
}

func kindOf(c byte) Kind {
	switch c {
	case '{':
		return Object
	case '[':
		return Array
	case 't', 'f':
		return Bool
	case 'n':
		return Null
	case '"':
		return String
	}
	return Number
}

func skipSpace(s string, i int) int {
	for i < len(s) {
		switch s[i] {
		case ' ', '\t', '\n', '\r':
			i++
		default:
			return i
		}
	}
	return i
}

// readString reads the string that starts at s[i] ('"'). It returns its
// decoded value (a substring of s when it has no escape and is valid
// UTF-8), whether it held invalid UTF-8, and the offset after its closing
// quote.
func readString(s string, i int) (str string, bad bool, end int, err error) {
	start := i + 1
	j := start
	for j < len(s) {
		c := s[j]
		switch {
		case c == '"':
			str = s[start:j]
			if !utf8.ValidString(str) {
				return toValid(str), true, j + 1, nil
			}
			return str, false, j + 1, nil
		case c == '\\':
			return unescape(s, start, j)
		case c < 0x20:
			return "", false, 0, syntax(j)
		}
		j++
	}
	return "", false, 0, syntax(j)
}

// unescape decodes the string that starts at s[start] and has its first
// escape at s[j].
func unescape(s string, start, j int) (string, bool, int, error) {
	b := make([]byte, 0, j-start+16)
	b = append(b, s[start:j]...)
	for j < len(s) {
		c := s[j]
		switch {
		case c == '"':
			bad := !utf8.Valid(b)
			if bad {
				return toValid(string(b)), true, j + 1, nil
			}
			return string(b), false, j + 1, nil
		case c < 0x20:
			return "", false, 0, syntax(j)
		case c != '\\':
			b = append(b, c)
			j++
			continue
		}
		if j+1 >= len(s) {
			return "", false, 0, syntax(j)
		}
		switch e := s[j+1]; e {
		case '"', '\\', '/':
			b = append(b, e)
		case 'b':
			b = append(b, '\b')
		case 'f':
			b = append(b, '\f')
		case 'n':
			b = append(b, '\n')
		case 'r':
			b = append(b, '\r')
		case 't':
			b = append(b, '\t')
		case 'u':
			r, ok := hex4(s, j+2)
			if !ok {
				return "", false, 0, syntax(j)
			}
			j += 6
			if utf16.IsSurrogate(r) {
				// A high surrogate followed by a low one makes one rune;
				// anything else is U+FFFD, as in encoding/json.
				if r2, ok := hex4(s, j+2); ok && j+1 < len(s) && s[j] == '\\' && s[j+1] == 'u' {
					if d := utf16.DecodeRune(r, r2); d != utf8.RuneError {
						b = utf8.AppendRune(b, d)
						j += 6
						continue
					}
				}
				r = utf8.RuneError
			}
			b = utf8.AppendRune(b, r)
			continue
		default:
			return "", false, 0, syntax(j)
		}
		j += 2
	}
	return "", false, 0, syntax(j)
}

// hex4 reads four hexadecimal digits at s[i].
func hex4(s string, i int) (rune, bool) {
	if i+4 > len(s) {
		return 0, false
	}
	var r rune
	for _, c := range []byte(s[i : i+4]) {
		switch {
		case c >= '0' && c <= '9':
			c -= '0'
		case c >= 'a' && c <= 'f':
			c = c - 'a' + 10
		case c >= 'A' && c <= 'F':
			c = c - 'A' + 10
		default:
			return 0, false
		}
		r = r<<4 | rune(c)
	}
	return r, true
}

// toValid replaces each invalid byte of s by U+FFFD, as encoding/json does.
func toValid(s string) string {
	b := make([]byte, 0, len(s)+8)
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			b = append(b, "\uFFFD"...)
		} else {
			b = append(b, s[i:i+n]...)
		}
		i += n
	}
	return string(b)
}

// skipValue checks the JSON value that starts at s[i] and returns the offset
// after it.
func skipValue(s string, i int) (int, error) {
	var stackBuf [32]byte
	stack := stackBuf[:0] // '{' or '[' for each open container
	for {
		if i >= len(s) {
			return 0, syntax(i)
		}
		// A value.
		switch c := s[i]; {
		case c == '"':
			_, _, end, err := readString(s, i)
			if err != nil {
				return 0, err
			}
			i = end
		case c == '{' || c == '[':
			if len(stack) >= maxDepth {
				return 0, syntax(i)
			}
			stack = append(stack, c)
			i = skipSpace(s, i+1)
			if i < len(s) && (c == '{' && s[i] == '}' || c == '[' && s[i] == ']') {
				stack = stack[:len(stack)-1]
				i++
				break
			}
			if c == '{' {
				if i, _ = objectKey(s, i); i < 0 {
					return 0, syntax(-i - 1)
				}
			}
			continue
		case c == 't':
			if !hasPrefixAt(s, i, "true") {
				return 0, syntax(i)
			}
			i += 4
		case c == 'f':
			if !hasPrefixAt(s, i, "false") {
				return 0, syntax(i)
			}
			i += 5
		case c == 'n':
			if !hasPrefixAt(s, i, "null") {
				return 0, syntax(i)
			}
			i += 4
		default:
			end, ok := skipNumber(s, i)
			if !ok {
				return 0, syntax(i)
			}
			i = end
		}
		// After a value: close containers, or go on to the next value.
		for {
			if len(stack) == 0 {
				return i, nil
			}
			i = skipSpace(s, i)
			if i >= len(s) {
				return 0, syntax(i)
			}
			top := stack[len(stack)-1]
			switch {
			case s[i] == ',':
				i = skipSpace(s, i+1)
				if top == '{' {
					var ok bool
					if i, ok = objectKey(s, i); !ok {
						return 0, syntax(-i - 1)
					}
				}
			case top == '{' && s[i] == '}' || top == '[' && s[i] == ']':
				stack = stack[:len(stack)-1]
				i++
				continue
			default:
				return 0, syntax(i)
			}
			break
		}
	}
}

// objectKey reads `"key" :` at s[i] and returns the offset of the value
// after it, and true; or -offset-1 of the problem, and false.
func objectKey(s string, i int) (int, bool) {
	if i >= len(s) || s[i] != '"' {
		return -i - 1, false
	}
	_, _, end, err := readString(s, i)
	if err != nil {
		return -err.(*Error).Offset - 1, false
	}
	i = skipSpace(s, end)
	if i >= len(s) || s[i] != ':' {
		return -i - 1, false
	}
	return skipSpace(s, i+1), true
}

func hasPrefixAt(s string, i int, p string) bool {
	return len(s)-i >= len(p) && s[i:i+len(p)] == p
}

// skipNumber reads a JSON number at s[i]:
// -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?
func skipNumber(s string, i int) (int, bool) {
	if i < len(s) && s[i] == '-' {
		i++
	}
	switch {
	case i < len(s) && s[i] == '0':
		i++
	case i < len(s) && s[i] >= '1' && s[i] <= '9':
		for i < len(s) && isDigit(s[i]) {
			i++
		}
	default:
		return 0, false
	}
	if i < len(s) && s[i] == '.' {
		i++
		if i >= len(s) || !isDigit(s[i]) {
			return 0, false
		}
		for i < len(s) && isDigit(s[i]) {
			i++
		}
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		if i >= len(s) || !isDigit(s[i]) {
			return 0, false
		}
		for i < len(s) && isDigit(s[i]) {
			i++
		}
	}
	return i, true
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
