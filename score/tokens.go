package score

import (
	"bytes"
	"cmp"
	"slices"
	"unicode/utf8"
)

const (
	// extraQuery and extraRecord weigh the tokens left without a partner:
	// a word the customer typed that the record lacks counts 0.8 of a missing
	// match, a word the record holds that the customer left out (a second
	// given name, say) only 0.2. These are nomenklatura logic-v2's defaults
	// (nm_extra_query_name, nm_extra_result_name; matching-anchors.md b.1).
	extraQuery  = 0.8
	extraRecord = 0.2
	// swapFactor scales S when the paired tokens are in a different order
	// ("Sanchez Arjona" and "Arjona Sanchez"): high, but never the 99 of a
	// one-letter typo.
	swapFactor = 0.95
	// maxTokens bounds the pairing work; longer values are scored as one
	// string.
	maxTokens = 32
	// smallWords is the number of tokens (or words) a side up to which an
	// alignment's tables are small ones.
	smallWords = 8
	// exactPairing is the largest token count on the smaller side for which
	// the pairing is searched exhaustively (2^8 states); above it the pairing
	// is greedy.
	exactPairing = 8
)

// Alignment is the outcome of comparing two values token by token.
type Alignment struct {
	// S is the similarity in [0, 1].
	S float64
	// Swapped reports that the paired tokens appear in a different order.
	Swapped bool
	// NumberMismatch reports that both values hold numbers and the numbers
	// differ; S is then at most 0.6.
	NumberMismatch bool
}

// Token returns the similarity of two single tokens: [Number] when either holds
// a digit, [Similarity] (Jaro-Winkler) otherwise.
func Token(a, b string) float64 {
	if a == b {
		return 1
	}
	if hasDigit(a) || hasDigit(b) {
		return Number(a, b)
	}
	return Similarity(a, b)
}

// Tokens compares a request value q with a record value r, both already split
// into canonical tokens. It is not symmetric: q is what the customer typed and
// r what the operator holds.
//
// Each pair of tokens scores [Token]; the tokens are paired one to one so that
// the sum of pair scores, each weighted by the two tokens' lengths in runes,
// is highest (pairs that score 0 are left unpaired). Then
//
//	S = sum(s * (|q_i| + |r_j|)) / (sum(|q_i| + |r_j|) + 1.6*sum|q_unpaired| + 0.4*sum|r_unpaired|)
//
// so one token against one token is plain Jaro-Winkler. S is multiplied by
// 0.95 when the pairs cross (the order differs), unless the best pairing that
// keeps the order scores at least as much, and capped at 0.6 when both values
// hold numbers and their digits differ.
//
// Values of more than 32 tokens are compared as one string, their tokens
// joined with spaces. Tokens allocates nothing unless both values hold more
// than 32 tokens with digits (beyond any KYC Match value).
func Tokens(q, r []string) Alignment {
	var al Alignment
	switch {
	case len(q) == 0 || len(r) == 0:
		return Alignment{}
	case len(q) > maxTokens || len(r) > maxTokens:
		al.S = similarityJoined(q, r)
	case len(q) == 1 && len(r) == 1:
		al.S = Token(q[0], r[0])
	case len(q) <= smallWords && len(r) <= smallWords:
		var t smallTables
		al = tokensIn(q, r, t.sim[:], t.w[:])
	default:
		al = tokensLarge(q, r)
	}
	return capNumbers(al, q, r)
}

// smallTables and largeTables are an alignment's similarity matrix and
// weights, for smallWords and for maxTokens tokens a side.
type (
	smallTables struct {
		sim [smallWords * smallWords]float64
		w   [2 * smallWords]float64
	}
	largeTables struct {
		sim [maxTokens * maxTokens]float64
		w   [2 * maxTokens]float64
	}
)

// tokensLarge is tokensIn with large tables, in a frame of its own so that
// the common case does not pay for clearing them.
//
//go:noinline
func tokensLarge(q, r []string) Alignment {
	var t largeTables
	return tokensIn(q, r, t.sim[:], t.w[:])
}

// tokensIn aligns q and r with sim for their similarity matrix and w for
// their weights, of len(q)*len(r) and len(q)+len(r) at least.
func tokensIn(q, r []string, sim, w []float64) Alignment {
	n, m := len(q), len(r)
	wq, wr := w[:n], w[n:n+m]
	for i, t := range q {
		wq[i] = float64(utf8.RuneCountInString(t))
	}
	for j, t := range r {
		wr[j] = float64(utf8.RuneCountInString(t))
	}
	sim = sim[:n*m]
	for i := range q {
		for j := range r {
			sim[i*m+j] = Token(q[i], r[j])
		}
	}
	var pair [maxTokens]int8
	return tokenParams.best(sim, wq, wr, pair[:n])
}

// tokenParams are the constants of Tokens: the unpaired weights and the
// swap factor, and no substitution rule.
var tokenParams = params{extraQuery: extraQuery, extraRecord: extraRecord, swap: swapFactor}

// capNumbers caps S at numberCap when both values hold digit tokens and the
// multisets of their digit strings differ.
func capNumbers(al Alignment, q, r []string) Alignment {
	if sameNumbers(q, r) {
		return al
	}
	al.NumberMismatch = true
	al.S = min(al.S, numberCap)
	return al
}

// sameNumbers reports whether q and r hold the same multiset of digit
// strings ([Number]'s), or one of them no token with digits.
func sameNumbers(q, r []string) bool {
	kq, kr := countDigits(q), countDigits(r)
	switch {
	case kq == 0 || kr == 0:
		return true
	case kq != kr:
		return false
	case kq == 1:
		return digitsOf(firstDigits(q)) == digitsOf(firstDigits(r))
	case kq > maxTokens:
		// Beyond any KYC Match value: the digit strings on the heap.
		return slices.Equal(sortedDigits(q, make([]digitString, 0, kq)), sortedDigits(r, make([]digitString, 0, kr)))
	}
	var bq, br [maxTokens]digitString
	return slices.Equal(sortedDigits(q, bq[:0]), sortedDigits(r, br[:0]))
}

// countDigits returns the number of tokens of ts that hold a digit.
func countDigits(ts []string) int {
	k := 0
	for _, t := range ts {
		if hasDigit(t) {
			k++
		}
	}
	return k
}

// firstDigits returns the first token of ts that holds a digit, or "".
func firstDigits(ts []string) string {
	for _, t := range ts {
		if hasDigit(t) {
			return t
		}
	}
	return ""
}

// sortedDigits appends to out the sorted digit strings of the tokens of ts
// that hold digits.
func sortedDigits(ts []string, out []digitString) []digitString {
	for _, t := range ts {
		if hasDigit(t) {
			out = append(out, digitsOf(t))
		}
	}
	slices.SortFunc(out, func(a, b digitString) int { return bytes.Compare(a.b[:], b.b[:]) })
	return out
}

// similarityJoined is [Similarity] of the tokens of q joined with spaces and
// of those of r, without building the two strings.
func similarityJoined(q, r []string) float64 {
	switch c := compareJoined(q, r); {
	case c == 0:
		return 1
	case c > 0:
		q, r = r, q
	}
	var bufA, bufB [MaxRunes]rune
	a, b := decodeJoined(bufA[:], q), decodeJoined(bufB[:], r)
	return winkler(jaro(a, b), commonPrefix(a, b))
}

// compareJoined compares the tokens of q joined with spaces with those of r
// joined with spaces, as strings.Compare would.
func compareJoined(q, r []string) int {
	x, y := joinedReader{ws: q}, joinedReader{ws: r}
	for {
		a, okA := x.next()
		b, okB := y.next()
		switch {
		case !okA || !okB:
			return cmp.Compare(b2i(okA), b2i(okB))
		case a != b:
			return cmp.Compare(a, b)
		}
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// joinedReader reads the bytes of words joined with spaces.
type joinedReader struct {
	ws     []string
	i, off int
}

// next returns the next byte, and false at the end.
func (r *joinedReader) next() (byte, bool) {
	for r.i < len(r.ws) {
		if w := r.ws[r.i]; r.off < len(w) {
			r.off++
			return w[r.off-1], true
		}
		r.i, r.off = r.i+1, 0
		if r.i < len(r.ws) {
			return ' ', true
		}
	}
	return 0, false
}

// decodeJoined writes the first len(buf) runes of the words of ws joined with
// spaces into buf, as decode would from the joined string (a space is never
// part of a UTF-8 sequence, so no rune spans two words), and returns them.
func decodeJoined(buf []rune, ws []string) []rune {
	n := 0
	for k, w := range ws {
		if k > 0 {
			if n == len(buf) {
				break
			}
			buf[n] = ' '
			n++
		}
		n += len(decode(buf[n:], w))
	}
	return buf[:n]
}
