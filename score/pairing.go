package score

// The pairing of two values' tokens (or words): pair[i] is the index of query
// token i's record partner, or -1. Every table lives on the stack, sized by
// the bounds (maxTokens a side, exactPairing on the smaller side for the
// exhaustive search); small inputs use small tables, so that they do not pay
// for clearing large ones.

// best pairs the tokens of two values whose pair similarities are sim (n×m,
// row-major) and weights wq and wr, writes the pairing into pair (len n), and
// returns its alignment: the pairing of highest gain ([pairing]), or, when it
// crosses, the best pairing that keeps the order of both sides ([ordered])
// if that scores at least as much (which also settles ties between a crossing
// pairing and an ordered one in favour of the order).
func (p *params) best(sim, wq, wr []float64, pair []int8) Alignment {
	n, m := len(wq), len(wr)
	pairing(sim, n, m, wq, wr, pair)
	al := p.evaluate(pair, sim, wq, wr)
	if al.Swapped {
		var alt [maxTokens]int8
		ordered(sim, n, m, wq, wr, alt[:n])
		if a2 := p.evaluate(alt[:n], sim, wq, wr); a2.S >= al.S {
			al = a2
			copy(pair, alt[:n])
		}
	}
	return al
}

// evaluate computes S for a pairing, applying the swap factor when the pairs
// cross. With substituted 0 there is no substitution rule (score.Tokens).
func (p *params) evaluate(pair []int8, sim, wq, wr []float64) Alignment {
	m := len(wr)
	var num, den float64
	var ubuf [maxTokens]bool
	usedR := ubuf[:m]
	last, swapped := -1, false
	unQ, unR := 0, 0
	for _, j := range pair {
		if j < 0 {
			unQ++
		} else {
			unR--
		}
	}
	unR += m
	subQ, subR := 0, 0
	if p.substituted > 0 {
		subQ, subR = min(unQ, unR), min(unQ, unR)
	}
	for i, j := range pair {
		if j < 0 {
			if subQ > 0 {
				subQ--
				den += 2 * p.substituted * wq[i]
			} else {
				den += 2 * p.extraQuery * wq[i]
			}
			continue
		}
		usedR[j] = true
		w := wq[i] + wr[j]
		num += sim[i*m+int(j)] * w
		den += w
		if int(j) < last {
			swapped = true
		}
		last = int(j)
	}
	for j, used := range usedR {
		switch {
		case used:
		case subR > 0:
			subR--
			den += 2 * p.substituted * wr[j]
		default:
			den += 2 * p.extraRecord * wr[j]
		}
	}
	al := Alignment{Swapped: swapped}
	if den > 0 {
		al.S = num / den
	}
	if swapped {
		al.S *= p.swap
	}
	return al
}

// pairing writes into pair, for each query token, the index of its record
// partner or -1. It maximises the sum of sim*(wq+wr) over pairs with a
// positive score, exhaustively when the smaller side has at most
// exactPairing tokens and greedily (best pair first) otherwise.
func pairing(sim []float64, n, m int, wq, wr []float64, pair []int8) {
	for i := range pair {
		pair[i] = -1
	}
	switch small, big := min(n, m), max(n, m); {
	case small > exactPairing:
		greedy(sim, n, m, wq, wr, pair)
	case small <= smallPairing && big <= smallPairingBig:
		var from [(smallPairingBig + 1) << smallPairing]int8
		var best [2 << smallPairing]float64
		exhaustive(sim, n, m, wq, wr, pair, from[:], best[:])
	default:
		exhaustiveLarge(sim, n, m, wq, wr, pair)
	}
}

// The exhaustive search keeps its tables small up to smallPairing tokens on
// the smaller side and smallPairingBig on the larger.
const (
	smallPairing    = 4
	smallPairingBig = 16
)

// exhaustiveLarge is the exhaustive search with tables for exactPairing
// tokens against maxTokens, in a frame of its own.
//
//go:noinline
func exhaustiveLarge(sim []float64, n, m int, wq, wr []float64, pair []int8) {
	var from [(maxTokens + 1) << exactPairing]int8
	var best [2 << exactPairing]float64
	exhaustive(sim, n, m, wq, wr, pair, from[:], best[:])
}

// exhaustive is the dynamic programming over the subsets of the smaller side:
// layer k holds, for each set (mask) of the smaller side's tokens, the
// highest gain of the first k tokens of the larger side using exactly those
// tokens. best holds two layers, from all of them: from[k*states+mask] is
// the smaller-side token paired with larger-side token k-1 on the way to
// (k, mask), or -1.
func exhaustive(sim []float64, n, m int, wq, wr []float64, pair, from []int8, best []float64) {
	transposed := m > n
	big, small := n, m
	if transposed {
		big, small = m, n
	}
	states := 1 << small
	cur, next := best[:states], best[states:2*states]
	for i := range cur {
		cur[i] = -1
	}
	cur[0] = 0
	for k := range big {
		for i := range next {
			next[i] = -1
		}
		row := from[(k+1)*states : (k+2)*states]
		for mask, v := range cur {
			if v < 0 {
				continue
			}
			if v > next[mask] {
				next[mask], row[mask] = v, -1
			}
			for s := range small {
				if mask&(1<<s) != 0 {
					continue
				}
				var g float64
				if transposed {
					g = sim[s*m+k] * (wq[s] + wr[k])
				} else {
					g = sim[k*m+s] * (wq[k] + wr[s])
				}
				if g <= 0 {
					continue
				}
				nm := mask | 1<<s
				if x := v + g; x > next[nm] {
					next[nm], row[nm] = x, int8(s)
				}
			}
		}
		cur, next = next, cur
	}
	mask, top := 0, -1.0
	for msk, v := range cur {
		if v > top {
			mask, top = msk, v
		}
	}
	for k := big; k > 0; k-- {
		s := int(from[k*states+mask])
		if s < 0 {
			continue
		}
		if transposed {
			pair[s] = int8(k - 1)
		} else {
			pair[k-1] = int8(s)
		}
		mask &^= 1 << s
	}
}

// greedy pairs the best pair first: among the pairs of positive gain whose
// tokens are both free, the one of highest gain, the first in row-major
// order among equals (what a stable sort of the pairs by gain, scanned from
// the top, takes). Each row keeps its best free partner, recomputed when
// that partner is taken.
func greedy(sim []float64, n, m int, wq, wr []float64, pair []int8) {
	var rowJ [maxTokens]int8
	var rowG [maxTokens]float64
	var usedR uint64
	for i := range n {
		rowJ[i], rowG[i] = bestFree(sim, i, m, wq, wr, usedR)
	}
	for {
		bi := -1
		for i := range n {
			if pair[i] < 0 && rowJ[i] >= 0 && (bi < 0 || rowG[i] > rowG[bi]) {
				bi = i
			}
		}
		if bi < 0 {
			return
		}
		j := rowJ[bi]
		pair[bi] = j
		usedR |= 1 << j
		for i := range n {
			if pair[i] < 0 && rowJ[i] == j {
				rowJ[i], rowG[i] = bestFree(sim, i, m, wq, wr, usedR)
			}
		}
	}
}

// bestFree returns row i's record token of highest positive gain among those
// not in used (the first among equals), and its gain; -1 when none.
func bestFree(sim []float64, i, m int, wq, wr []float64, used uint64) (int8, float64) {
	bj, bg := int8(-1), 0.0
	for j := range m {
		if used&(1<<j) != 0 {
			continue
		}
		if g := sim[i*m+j] * (wq[i] + wr[j]); g > bg {
			bj, bg = int8(j), g
		}
	}
	return bj, bg
}

// ordered writes into pair the pairing that maximises the same gain as
// pairing, among the pairings that keep the order of both sides (no two
// pairs cross): the dynamic programming of a longest common subsequence, in
// O(n*m).
func ordered(sim []float64, n, m int, wq, wr []float64, pair []int8) {
	if (n+1)*(m+1) <= smallOrdered {
		var best [smallOrdered]float64
		orderedIn(sim, n, m, wq, wr, pair, best[:])
		return
	}
	orderedLarge(sim, n, m, wq, wr, pair)
}

// smallOrdered is the size of ordered's small table: 8 tokens against 8.
const smallOrdered = 9 * 9

// orderedLarge is ordered with a table for maxTokens against maxTokens, in a
// frame of its own.
//
//go:noinline
func orderedLarge(sim []float64, n, m int, wq, wr []float64, pair []int8) {
	var best [(maxTokens + 1) * (maxTokens + 1)]float64
	orderedIn(sim, n, m, wq, wr, pair, best[:])
}

// orderedIn is ordered with best, zeroed, for its (n+1)×(m+1) table.
func orderedIn(sim []float64, n, m int, wq, wr []float64, pair []int8, best []float64) {
	w := m + 1
	for i := 1; i <= n; i++ {
		for j := 1; j <= m; j++ {
			v := max(best[(i-1)*w+j], best[i*w+j-1])
			if g := sim[(i-1)*m+j-1] * (wq[i-1] + wr[j-1]); g > 0 {
				v = max(v, best[(i-1)*w+j-1]+g)
			}
			best[i*w+j] = v
		}
	}
	for i := range pair {
		pair[i] = -1
	}
	for i, j := n, m; i > 0 && j > 0; {
		switch g := sim[(i-1)*m+j-1] * (wq[i-1] + wr[j-1]); {
		case best[i*w+j] == best[(i-1)*w+j]:
			i--
		case best[i*w+j] == best[i*w+j-1]:
			j--
		case g > 0:
			pair[i-1] = int8(j - 1)
			i, j = i-1, j-1
		default:
			// Not reached: best[i][j] comes from one of the three.
			i--
		}
	}
}
