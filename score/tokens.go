package score

import (
	"slices"
	"strings"
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
func Tokens(q, r []string) Alignment {
	if len(q) == 0 || len(r) == 0 {
		return Alignment{}
	}
	if len(q) > maxTokens || len(r) > maxTokens {
		a, b := strings.Join(q, " "), strings.Join(r, " ")
		al := Alignment{S: Similarity(a, b)}
		return capNumbers(al, q, r)
	}
	if len(q) == 1 && len(r) == 1 {
		return capNumbers(Alignment{S: Token(q[0], r[0])}, q, r)
	}

	var wbuf [2 * maxTokens]float64
	wq, wr := wbuf[:len(q)], wbuf[len(q):len(q)+len(r)]
	for i, t := range q {
		wq[i] = float64(utf8.RuneCountInString(t))
	}
	for j, t := range r {
		wr[j] = float64(utf8.RuneCountInString(t))
	}
	sim := make([]float64, len(q)*len(r))
	for i := range q {
		for j := range r {
			sim[i*len(r)+j] = Token(q[i], r[j])
		}
	}

	al := evaluate(pairing(sim, len(q), len(r), wq, wr), sim, wq, wr)
	if al.Swapped {
		// The best pairing crosses and pays swapFactor; the best pairing that
		// keeps the order may then do better (it also settles ties between
		// a crossing pairing and an ordered one in favour of the order).
		if alt := evaluate(ordered(sim, len(q), len(r), wq, wr), sim, wq, wr); alt.S >= al.S {
			al = alt
		}
	}
	return capNumbers(al, q, r)
}

// tokenParams are the constants of Tokens: the unpaired weights and the
// swap factor, and no substitution rule.
var tokenParams = params{extraQuery: extraQuery, extraRecord: extraRecord, swap: swapFactor}

// evaluate computes S for a pairing (pair[i] is query token i's record
// partner, or -1), applying swapFactor when the pairs cross.
func evaluate(pair []int, sim, wq, wr []float64) Alignment {
	return tokenParams.evaluate(pair, sim, wq, wr)
}

// ordered returns the pairing that maximises the same gain as pairing, among
// the pairings that keep the order of both sides (no two pairs cross): the
// dynamic programming of a longest common subsequence, in O(n*m).
func ordered(sim []float64, n, m int, wq, wr []float64) []int {
	best := make([]float64, (n+1)*(m+1))
	at := func(i, j int) *float64 { return &best[i*(m+1)+j] }
	for i := 1; i <= n; i++ {
		for j := 1; j <= m; j++ {
			v := max(*at(i-1, j), *at(i, j-1))
			if g := sim[(i-1)*m+j-1] * (wq[i-1] + wr[j-1]); g > 0 {
				v = max(v, *at(i-1, j-1)+g)
			}
			*at(i, j) = v
		}
	}
	pair := make([]int, n)
	for i := range pair {
		pair[i] = -1
	}
	for i, j := n, m; i > 0 && j > 0; {
		switch g := sim[(i-1)*m+j-1] * (wq[i-1] + wr[j-1]); {
		case *at(i, j) == *at(i-1, j):
			i--
		case *at(i, j) == *at(i, j-1):
			j--
		case g > 0:
			pair[i-1] = j - 1
			i, j = i-1, j-1
		default:
			// Not reached: best[i][j] comes from one of the three.
			i--
		}
	}
	return pair
}

// pairing returns, for each query token, the index of its record partner or
// -1. It maximises the sum of sim*(wq+wr) over pairs with a positive score,
// exhaustively when the smaller side has at most exactPairing tokens and
// greedily (best pair first) otherwise.
func pairing(sim []float64, n, m int, wq, wr []float64) []int {
	gain := func(i, j int) float64 { return sim[i*m+j] * (wq[i] + wr[j]) }
	pair := make([]int, n)
	for i := range pair {
		pair[i] = -1
	}
	if min(n, m) > exactPairing {
		type cand struct {
			i, j int
			g    float64
		}
		cands := make([]cand, 0, n*m)
		for i := range n {
			for j := range m {
				if g := gain(i, j); g > 0 {
					cands = append(cands, cand{i, j, g})
				}
			}
		}
		slices.SortStableFunc(cands, func(a, b cand) int {
			switch {
			case a.g > b.g:
				return -1
			case a.g < b.g:
				return 1
			}
			return 0
		})
		usedR := make([]bool, m)
		for _, c := range cands {
			if pair[c.i] < 0 && !usedR[c.j] {
				pair[c.i], usedR[c.j] = c.j, true
			}
		}
		return pair
	}

	// Exhaustive: dynamic programming over the subsets of the smaller side.
	// best[k][mask] is the highest gain of the first k tokens of the larger
	// side using exactly the tokens of the smaller side in mask.
	transposed := m > n
	big, small := n, m
	if transposed {
		big, small = m, n
	}
	g := func(b, s int) float64 {
		if transposed {
			return gain(s, b)
		}
		return gain(b, s)
	}
	states := 1 << small
	best := make([]float64, (big+1)*states)
	from := make([]int8, (big+1)*states) // small-side index paired with big-side k-1, or -1
	for i := range best {
		best[i] = -1
	}
	best[0] = 0
	for k := range big {
		for mask := range states {
			cur := best[k*states+mask]
			if cur < 0 {
				continue
			}
			next := (k + 1) * states
			if cur > best[next+mask] {
				best[next+mask], from[next+mask] = cur, -1
			}
			for s := range small {
				if mask&(1<<s) != 0 {
					continue
				}
				gs := g(k, s)
				if gs <= 0 {
					continue
				}
				nm := mask | 1<<s
				if v := cur + gs; v > best[next+nm] {
					best[next+nm], from[next+nm] = v, int8(s)
				}
			}
		}
	}
	mask, top := 0, -1.0
	for msk := range states {
		if v := best[big*states+msk]; v > top {
			mask, top = msk, v
		}
	}
	for k := big; k > 0; k-- {
		s := int(from[k*states+mask])
		if s < 0 {
			continue
		}
		if transposed {
			pair[s] = k - 1
		} else {
			pair[k-1] = s
		}
		mask &^= 1 << s
	}
	return pair
}

// capNumbers caps S at numberCap when both values hold digit tokens and the
// multisets of their digit strings differ.
func capNumbers(al Alignment, q, r []string) Alignment {
	var bq, br [8]string
	nq, nr := numbers(q, bq[:0]), numbers(r, br[:0])
	if len(nq) == 0 || len(nr) == 0 || slices.Equal(nq, nr) {
		return al
	}
	al.NumberMismatch = true
	al.S = min(al.S, numberCap)
	return al
}

// numbers appends to out the sorted digit strings of the tokens that hold
// digits.
func numbers(ts []string, out []string) []string {
	for _, t := range ts {
		if hasDigit(t) {
			out = append(out, digits(t))
		}
	}
	slices.Sort(out)
	return out
}
