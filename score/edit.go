package score

import (
	"math"
	"unicode/utf8"
)

// The costs of the weighted edit distance ([EditCost]). A confusable pair
// (two letters that transliterations and typing confuse: v/w, s/z, i/y, ...)
// costs less than another substitution; a digit involved costs more, since
// digits in a name are never a spelling variant. The values are those of
// OpenSanctions rigour's residue distance (resources/names/compare.yml,
// CompareConfig: cost_confusable 0.7, cost_digit 1.5).
const (
	costEdit       = 1.0
	costConfusable = 0.7
	costDigit      = 1.5
)

// confusable lists the pairs of runes that cost costConfusable to exchange,
// both ways. The first thirteen are rigour's similar_pairs
// (resources/names/compare.yml, MIT); v/w, s/z, j/y, k/q, f/v and c/s are
// added for the transliterations of Slavic, German and Arabic names into
// Latin letters (Wladimir/Vladimir, Selenskyj/Zelenskyy).
var confusable = [...][2]rune{
	{'0', 'o'}, {'1', 'i'}, {'1', 'l'}, {'g', '9'}, {'q', '9'}, {'b', '6'},
	{'5', 's'}, {'e', 'i'}, {'o', 'u'}, {'i', 'j'}, {'i', 'y'}, {'c', 'k'},
	{'n', 'h'},
	{'v', 'w'}, {'s', 'z'}, {'j', 'y'}, {'k', 'q'}, {'f', 'v'}, {'c', 's'},
}

// confusableMask holds the confusable pairs as bits: bit b of row a is set
// when a and b are confusable. Every confusable rune is ASCII
// (TestConfusableASCII).
var confusableMask = func() (m [utf8.RuneSelf][2]uint64) {
	for _, p := range confusable {
		a, b := p[0], p[1]
		m[a][b>>6] |= 1 << (b & 63)
		m[b][a>>6] |= 1 << (a & 63)
	}
	return m
}()

// substCost returns the cost of replacing rune a by rune b.
func substCost(a, b rune) float64 {
	if a == b {
		return 0
	}
	if uint32(a) < utf8.RuneSelf && uint32(b) < utf8.RuneSelf && confusableMask[a][b>>6]&(1<<(b&63)) != 0 {
		return costConfusable
	}
	if isDigitRune(a) || isDigitRune(b) {
		return costDigit
	}
	return costEdit
}

func isDigitRune(r rune) bool { return r >= '0' && r <= '9' }

// maxEditRunes bounds the words EditCost compares; longer words are cut.
const maxEditRunes = 64

// EditCost returns the weighted optimal-string-alignment distance of a and b:
// insertions, deletions and transpositions of two adjacent runes cost 1, a
// substitution 1, or 0.7 between confusable letters (o/u, i/y, v/w, ...), or
// 1.5 when a digit is involved. It compares runes, at most the first 64 of
// each word, and is symmetric. It allocates nothing.
func EditCost(a, b string) float64 {
	return editCostWithin(a, b, noBand)
}

// noBand is the band of editCostWithin that computes every cell.
const noBand = maxEditRunes

// editCostWithin returns EditCost(a, b) when it is below band+1, and
// otherwise some value of at least band+1. It computes only the cells of
// the dynamic programme within band of its diagonal, and stops when two
// consecutive rows hold nothing below band+1: a path through a cell off the
// band has more than band insertions or deletions, each costing 1, and every
// path crosses one of two consecutive rows (a transposition skips one row at
// most). Since float sums of non-negative costs only grow along a path, the
// cells below band+1 hold the very float EditCost computes, so the result is
// the same to the bit. This bounds the quadratic part for the long words of a
// hostile value (issue 6: a worst request within 2 ms of CPU).
func editCostWithin(a, b string, band int) float64 {
	if isASCII(a) && isASCII(b) {
		return editCost(asciiBytes(a, maxEditRunes), asciiBytes(b, maxEditRunes), band)
	}
	var ab, bb [maxEditRunes]rune
	return editCost(decode(ab[:], a), decode(bb[:], b), band)
}

// shortEdit is the length of the second word up to which editCost keeps its
// rows in small buffers.
const shortEdit = 15

// editCost is editCostWithin on bytes (ASCII words) or runes, at most
// maxEditRunes of each.
func editCost[T byte | rune](ra, rb []T, band int) float64 {
	n, m := len(ra), len(rb)
	if n == 0 || m == 0 {
		return float64(max(n, m)) * costEdit
	}
	if m <= shortEdit {
		var buf [3 * (shortEdit + 1)]float64
		return editRows(ra, rb, buf[:], band)
	}
	var buf [3 * (maxEditRunes + 1)]float64
	return editRows(ra, rb, buf[:], band)
}

// editRows runs the dynamic programme of editCost in three rows of buf (i-2,
// i-1 and i), each len(rb)+1 long, on the cells within band of the diagonal;
// the cells just off the band are set to +Inf so that no stale value of an
// earlier row is read.
func editRows[T byte | rune](ra, rb []T, buf []float64, band int) float64 {
	n, m := len(ra), len(rb)
	if band >= max(n, m) {
		band = max(n, m) // every cell is on the band
	}
	limit := float64(band + 1)
	if n-m > band || m-n > band {
		return limit // as many insertions or deletions at least
	}
	inf := math.Inf(1)
	prev2, prev, cur := buf[0:m+1], buf[m+1:2*m+2], buf[2*m+2:3*m+3]
	for j := range prev {
		prev[j] = float64(j) * costEdit
	}
	prevMin := 0.0
	for i := 1; i <= n; i++ {
		lo, hi := max(1, i-band), min(m, i+band)
		cur[0] = inf
		if i <= band {
			cur[0] = float64(i) * costEdit
		}
		if lo > 1 {
			cur[lo-1] = inf
		}
		if hi < m {
			cur[hi+1] = inf
		}
		rowMin := cur[0]
		for j := lo; j <= hi; j++ {
			c := min(prev[j]+costEdit, cur[j-1]+costEdit, prev[j-1]+substCost(rune(ra[i-1]), rune(rb[j-1])))
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] && ra[i-1] != ra[i-2] {
				c = min(c, prev2[j-2]+costEdit)
			}
			cur[j] = c
			rowMin = min(rowMin, c)
		}
		if rowMin >= limit && prevMin >= limit {
			return limit
		}
		prevMin = rowMin
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[m]
}

// editLowerBound returns a lower bound of EditCost(a, b), cheap to compute:
// the bag distance (the runes of one word that the other lacks, counted
// with their multiplicity, the larger of the two counts) times the least
// cost of an edit. An edit changes one rune of each word at most, so it
// lowers the bag distance by one at most. Runes are counted modulo 128,
// which can only lower the count. The bound is shaved by a millionth so
// that the rounding of EditCost's sums never goes below it.
func editLowerBound(a, b string) float64 {
	var count [128]uint8
	na := 0
	for _, r := range a {
		if na == maxEditRunes {
			break
		}
		count[r&127]++
		na++
	}
	nb, aOnly, bOnly := 0, na, 0
	for _, r := range b {
		if nb == maxEditRunes {
			break
		}
		nb++
		if count[r&127] > 0 {
			count[r&127]--
			aOnly--
		} else {
			bOnly++
		}
	}
	return float64(max(aOnly, bOnly)) * costConfusable * (1 - 1e-6)
}

// Budget returns the edit cost that a word of n runes can take and still be
// read as a misspelling of another: log base 2.35 of max(n-2, 1), so 0 for
// words of three runes or fewer, about 1.3 for five, 2.1 for eight and 2.7
// for twelve. It is OpenSanctions rigour's length-aware budget
// (CompareConfig budget_log_base 2.35; matching-anchors.md b.1): short words
// fail closed, long words absorb a few typos.
func Budget(n int) float64 {
	if n >= 0 && n < len(budgets) {
		return budgets[n]
	}
	return budget(n)
}

func budget(n int) float64 {
	return math.Log(float64(max(n-2, 1))) / math.Log(2.35)
}

// budgets holds Budget of the lengths up to maxEditRunes, computed once.
var budgets = func() (t [maxEditRunes + 1]float64) {
	for n := range t {
		t[n] = budget(n)
	}
	return t
}()

// runeLen returns the number of runes of s.
func runeLen(s string) int { return utf8.RuneCountInString(s) }
