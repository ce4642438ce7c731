package locale

import "github.com/kycmatch/kycmatch/normalize"

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
	// Aux is what a comparer worked out of the value in Canon for its own
	// Equal and Score, beyond the keys and Text (the Japanese comparers'
	// reading of a name in kana or kanji, their parsed address), so that a
	// value compared with several others, or a prepared record's, is worked
	// out once; nil for the generic comparers. The engine neither reads nor
	// compares it, and Equal and Score must not modify what it refers to.
	Aux any
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
// only when both keys are exact; beside another fold it says nothing. It is
// the equality of every comparer that does not implement [Equaler].
func Equal(a, b *Value) (Reason, bool) {
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
	// leniently, and possibly dirty); a Value with no key means there is
	// nothing to compare.
	Canon(s string, f *normalize.Folder) Value
	// Score returns the similarity in [0, 1] of a request value and a record
	// value that are not equal, with the reasons for the difference. The
	// engine asks for it only for the attributes that have a CAMARA score;
	// comparers that never serve one (identifiers, dates, codes) return 0.
	// It must not modify the values.
	Score(req, rec *Value) (float64, Reason)
}

// An Equaler is a [Comparer] whose equality is not "a key in common" (a
// reading of a kanji name decided by the other side, say). The engine calls
// Equal instead of the package's [Equal] for comparers that implement it.
type Equaler interface {
	// Equal reports whether the request value and the record value are the
	// same value, and why. It must not modify the values.
	Equal(req, rec *Value) (Reason, bool)
}

// A Confirmer is a [Comparer] that can tell from a request value alone that
// no record value which only confirms ([Source].Confirms) can be the same
// value, not even one byte for byte the same: the engine then answers
// without reading the request (a reading in Latin letters is no
// transcription of a name in Latin letters, even that name).
type Confirmer interface {
	// Confirmable reports whether a value that only confirms may be the
	// same value as the request value req.
	Confirmable(req string) bool
}

// Same reports whether c calls req and rec the same value: c's own Equal
// when c is an [Equaler], else [Equal].
func Same(c Comparer, req, rec *Value) (Reason, bool) {
	if e, ok := c.(Equaler); ok {
		return e.Equal(req, rec)
	}
	return Equal(req, rec)
}
