package locale

import "slices"

// A Key is one canonical form of a value, with the fold that produced it.
type Key struct {
	Form string
	Why  Reason
}

// maxKeys is the number of keys a Value holds. Comparers add their keys from
// the strictest to the most lenient, so a key beyond it would be the most
// lenient of all; none of the generic comparers makes more than six.
const maxKeys = 8

// A Value is a value in canonical form: the keys it can be called equal by,
// and the text its similarity is scored on. The zero Value has no key: the
// value holds nothing comparable. The keys are held in the Value itself, so
// that canonicalising allocates nothing but the folded strings.
type Value struct {
	keys [maxKeys]Key
	n    int
	// Text is the form that Comparer.Score compares, usually the most folded
	// key that keeps the words apart.
	Text string
}

// Keys returns the keys, strictest first.
func (v *Value) Keys() []Key { return v.keys[:v.n] }

// Add adds a key; a form that is already there keeps the stricter of its
// reasons (the lower Reason), and an empty form is ignored, as is a key
// beyond the eighth.
func (v *Value) Add(form string, why Reason) {
	if form == "" {
		return
	}
	for i := range v.n {
		if v.keys[i].Form == form {
			v.keys[i].Why = min(v.keys[i].Why, why)
			return
		}
	}
	if v.n < maxKeys {
		v.keys[v.n] = Key{form, why}
		v.n++
	}
}

// Empty reports whether v has no key.
func (v Value) Empty() bool { return v.n == 0 }

// Equal reports whether a and b share a key, and why: the union of the reasons
// of the two keys that meet, choosing the strictest such pair. EXACT is kept
// only when both keys are exact; beside another fold it says nothing.
func Equal(a, b Value) (Reason, bool) {
	best, found := Reason(0), false
	for _, ka := range a.Keys() {
		for _, kb := range b.Keys() {
			if ka.Form != kb.Form {
				continue
			}
			why := ka.Why | kb.Why
			if why != Exact {
				why &^= Exact
			}
			if !found || why < best {
				best, found = why, true
			}
		}
	}
	return best, found
}

// A Comparer canonicalises and scores the values of one attribute. It is
// immutable and safe for concurrent use.
type Comparer interface {
	// Canon returns the canonical form of one side's value. It is applied to
	// the request's value (already validated) and to the record's (read
	// leniently); a Value with no key means there is nothing to compare.
	Canon(s string) Value
	// Score returns the similarity in [0, 1] of a request value and a record
	// value that share no key, with the reasons for the difference. The
	// engine asks for it only for the attributes that have a CAMARA score;
	// comparers that never serve one (identifiers, dates, codes) return 0.
	Score(req, rec Value) (float64, Reason)
}

// Compose joins the non-empty parts with single spaces.
func Compose(parts ...string) string {
	n := 0
	for _, p := range parts {
		n += len(p) + 1
	}
	b := make([]byte, 0, n)
	for _, p := range parts {
		if p == "" {
			continue
		}
		if len(b) > 0 {
			b = append(b, ' ')
		}
		b = append(b, p...)
	}
	return string(b)
}

// appendNew appends s to list unless it is empty or already there.
func appendNew(list []string, s string) []string {
	if s == "" || slices.Contains(list, s) {
		return list
	}
	return append(list, s)
}
