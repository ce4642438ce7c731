package score

// The slow references of the kernels: the textbook computations, written
// plainly with whatever they need allocated, go-edlib where it computes the
// same thing (Jaro, OSA), full dynamic-programming matrices, and every
// pairing tried by brute force. The differential tests and fuzz targets in
// ref_diff_test.go hold the kernels to them, score for score, to the last
// bit.
//
// Where several pairings have the highest gain (up to the rounding of their
// sums, 1e-9), the kernels' dynamic programmes keep the first they meet; the
// references return the alignment of each of them, and a kernel's must be
// one of those (the only one when the optimum is unique).

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	edlib "github.com/hbollon/go-edlib"
	"github.com/mozillazg/go-unidecode"
)

// refRunes returns the first n runes of s.
func refRunes(s string, n int) []rune {
	r := []rune(s)
	return r[:min(len(r), n)]
}

// refJaro32 is go-edlib's Jaro of a and b, the smaller first, on their
// first MaxRunes runes, and refSimilarity32 Jaro-Winkler on it: the oracle
// of Similarity (edlibSimilarity) and its Jaro part.
func refJaro32(a, b string) float64 {
	a, b = string(refRunes(a, MaxRunes)), string(refRunes(b, MaxRunes))
	return min(1, float64(edlib.JaroSimilarity(min(a, b), max(a, b))))
}

// refDigits is Number's digit string, built as the doc comment says.
func refDigits(s string) string {
	var b strings.Builder
	for _, c := range []byte(s) {
		switch {
		case b.Len() == maxDigits:
		case c >= '0' && c <= '9':
			b.WriteByte(c)
		case c == '-' && b.Len() > 0 && !strings.HasSuffix(b.String(), "-"):
			b.WriteByte(c)
		}
	}
	return strings.TrimRight(b.String(), "-")
}

// refNumber is Number with go-edlib's OSA distance.
func refNumber(a, b string) float64 {
	if a == b {
		return 1
	}
	da, db := refDigits(a), refDigits(b)
	switch {
	case da == "" || db == "":
		return 0
	case da == db && len(da) == maxDigits:
		return numberCap
	case da == db:
		return sameNumber
	}
	d := edlib.OSADamerauLevenshteinDistance(da, db)
	n := max(len(da), len(db))
	return min(numberCap, max(0, 1-float64(d)/float64(n)))
}

// refToken is Token on the references.
func refToken(a, b string) float64 {
	if a == b {
		return 1
	}
	if strings.ContainsAny(a, "0123456789") || strings.ContainsAny(b, "0123456789") {
		return refNumber(a, b)
	}
	return edlibSimilarity(a, b)
}

// refSubst is the cost of a substitution, the confusable pairs searched.
func refSubst(a, b rune) float64 {
	switch {
	case a == b:
		return 0
	case slices.Contains(confusable[:], [2]rune{a, b}) || slices.Contains(confusable[:], [2]rune{b, a}):
		return costConfusable
	case unicode.IsDigit(a) && a < utf8.RuneSelf || unicode.IsDigit(b) && b < utf8.RuneSelf:
		return costDigit
	}
	return costEdit
}

// refEditCost is the weighted optimal string alignment distance in a full
// matrix.
func refEditCost(a, b string) float64 {
	ra, rb := refRunes(a, maxEditRunes), refRunes(b, maxEditRunes)
	n, m := len(ra), len(rb)
	d := make([][]float64, n+1)
	for i := range d {
		d[i] = make([]float64, m+1)
		d[i][0] = float64(i) * costEdit
	}
	for j := range d[0] {
		d[0][j] = float64(j) * costEdit
	}
	for i := 1; i <= n; i++ {
		for j := 1; j <= m; j++ {
			d[i][j] = min(d[i-1][j]+costEdit, d[i][j-1]+costEdit, d[i-1][j-1]+refSubst(ra[i-1], rb[j-1]))
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] && ra[i-1] != ra[i-2] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+costEdit)
			}
		}
	}
	return d[n][m]
}

// refWord is Word: Jaro-Winkler within the budget, plain Jaro scaled by
// budget/cost beyond it.
func refWord(p *params, a, b string) float64 {
	if a == b {
		return 1
	}
	c := refEditCost(a, b)
	n := max(utf8.RuneCountInString(a), utf8.RuneCountInString(b))
	budget := max(math.Log(float64(max(n-2, 1)))/math.Log(2.35)*p.budgetTolerance, p.minBudget)
	if c <= budget {
		return edlibSimilarity(a, b)
	}
	return refJaro32(a, b) * math.Pow(budget/c, p.overBudgetPower)
}

// refPairings returns the pairings (query token i with record token
// pair[i], or -1) of highest gain sim*(wq+wr), over pairs of positive gain,
// every one-to-one pairing tried; ordered keeps to those whose pairs do not
// cross.
func refPairings(sim, wq, wr []float64, ordered bool) [][]int8 {
	n, m := len(wq), len(wr)
	type cand struct {
		pair []int8
		g    float64
	}
	var all []cand
	pair := make([]int8, n)
	used := make([]bool, m)
	var rec func(i, last int, g float64)
	rec = func(i, last int, g float64) {
		if i == n {
			all = append(all, cand{slices.Clone(pair), g})
			return
		}
		pair[i] = -1
		rec(i+1, last, g)
		for j := range m {
			gain := sim[i*m+j] * (wq[i] + wr[j])
			if used[j] || !(gain > 0) || ordered && j <= last {
				continue
			}
			used[j], pair[i] = true, int8(j)
			rec(i+1, j, g+gain)
			used[j], pair[i] = false, -1
		}
	}
	rec(0, -1, 0)
	top := 0.0
	for _, c := range all {
		top = max(top, c.g)
	}
	var out [][]int8
	for _, c := range all {
		if c.g >= top-1e-9*max(1, top) {
			out = append(out, c.pair)
		}
	}
	return out
}

// refEvaluate is S of a pairing: the weighted mean of the pairs'
// similarities, the unpaired tokens counted as misses (with p's
// substitution rule), times the swap factor when pairs cross. It sums the
// query's tokens in order, then the record's unpaired ones.
func refEvaluate(p *params, pair []int8, sim, wq, wr []float64) Alignment {
	m := len(wr)
	paired := make([]bool, m)
	unQ := 0
	for _, j := range pair {
		if j >= 0 {
			paired[j] = true
		} else {
			unQ++
		}
	}
	unR := m - (len(pair) - unQ)
	subQ, subR := 0, 0
	if p.substituted > 0 {
		subQ, subR = min(unQ, unR), min(unQ, unR)
	}
	var num, den float64
	swapped := false
	last := -1
	for i, j := range pair {
		switch {
		case j < 0 && subQ > 0:
			subQ--
			den += 2 * p.substituted * wq[i]
		case j < 0:
			den += 2 * p.extraQuery * wq[i]
		default:
			w := wq[i] + wr[j]
			num += sim[i*m+int(j)] * w
			den += w
			swapped = swapped || int(j) < last
			last = int(j)
		}
	}
	for j := range m {
		switch {
		case paired[j]:
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

// refAligned is an alignment and the pairing it comes from.
type refAligned struct {
	al   Alignment
	pair []int8
}

// refBest returns the alignments a kernel may give for sim: for each
// pairing of highest gain, its alignment, or, when it crosses, the best
// order-keeping pairing's if that scores at least as much.
func refBest(p *params, sim, wq, wr []float64) []refAligned {
	var out []refAligned
	for _, b := range refPairings(sim, wq, wr, false) {
		al := refEvaluate(p, b, sim, wq, wr)
		if !al.Swapped {
			out = append(out, refAligned{al, b})
			continue
		}
		for _, a := range refPairings(sim, wq, wr, true) {
			if a2 := refEvaluate(p, a, sim, wq, wr); a2.S >= al.S {
				out = append(out, refAligned{a2, a})
			} else {
				out = append(out, refAligned{al, b})
			}
		}
	}
	return out
}

// refCapNumbers caps S at 0.6 when both values hold digits and the sorted
// lists of their digit strings differ.
func refCapNumbers(al Alignment, q, r []string) Alignment {
	nums := func(ts []string) []string {
		var out []string
		for _, t := range ts {
			if strings.ContainsAny(t, "0123456789") {
				out = append(out, refDigits(t))
			}
		}
		slices.Sort(out)
		return out
	}
	nq, nr := nums(q), nums(r)
	if len(nq) > 0 && len(nr) > 0 && !slices.Equal(nq, nr) {
		al.NumberMismatch = true
		al.S = min(al.S, numberCap)
	}
	return al
}

// refTokens returns the alignments Tokens may give.
func refTokens(q, r []string) []Alignment {
	switch {
	case len(q) == 0 || len(r) == 0:
		return []Alignment{{}}
	case len(q) > maxTokens || len(r) > maxTokens:
		return []Alignment{refCapNumbers(Alignment{S: edlibSimilarity(strings.Join(q, " "), strings.Join(r, " "))}, q, r)}
	case len(q) == 1 && len(r) == 1:
		return []Alignment{refCapNumbers(Alignment{S: refToken(q[0], r[0])}, q, r)}
	}
	n, m := len(q), len(r)
	sim := make([]float64, n*m)
	for i := range q {
		for j := range r {
			sim[i*m+j] = refToken(q[i], r[j])
		}
	}
	wq, wr := make([]float64, n), make([]float64, m)
	for i, t := range q {
		wq[i] = float64(utf8.RuneCountInString(t))
	}
	for j, t := range r {
		wr[j] = float64(utf8.RuneCountInString(t))
	}
	var out []Alignment
	for _, c := range refBest(&tokenParams, sim, wq, wr) {
		out = append(out, refCapNumbers(c.al, q, r))
	}
	return out
}

// refWordOf is a word of a name as the reference sees it.
type refWordOf struct {
	w          string
	role       role
	lookalikes int
	initials   string
}

// refLatinize reads a word of the latinScripts with go-unidecode.
func refLatinize(w string) string {
	if !strings.ContainsFunc(w, func(r rune) bool { return r >= utf8.RuneSelf && unicode.IsOneOf(latinScripts, r) }) {
		return w
	}
	var b strings.Builder
	for _, c := range strings.ToLower(unidecode.Unidecode(w)) {
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
			b.WriteRune(c)
		}
	}
	if b.Len() == 0 {
		return w
	}
	return b.String()
}

// refPrepare drops the titles at the start, reads lookalike digits, marks
// particles and sets the roles by position.
func refPrepare(words []string, rules *NameRules, latin bool) []refWordOf {
	for len(words) > 1 && rules.Title != nil && rules.Title(words[0]) {
		words = words[1:]
	}
	var out []refWordOf
	var main []int
	for _, w := range words {
		if latin {
			w = refLatinize(w)
		}
		nw := refWordOf{w: w}
		digits := strings.Count(w, "0") + strings.Count(w, "1") + strings.Count(w, "2") + strings.Count(w, "3") +
			strings.Count(w, "4") + strings.Count(w, "5") + strings.Count(w, "6") + strings.Count(w, "7") +
			strings.Count(w, "8") + strings.Count(w, "9")
		if digits > 0 && strings.ContainsFunc(w, unicode.IsLetter) {
			nw.w = strings.Map(func(r rune) rune {
				if r >= '0' && r <= '9' {
					return rune(lookalikes[r-'0'])
				}
				return r
			}, w)
			nw.lookalikes = digits
		}
		if rules.Particle != nil && rules.Particle(nw.w) {
			nw.role = roleParticle
		} else {
			main = append(main, len(out))
		}
		out = append(out, nw)
	}
	if len(main) >= 2 {
		for _, k := range main {
			out[k].role = roleMiddle
		}
		out[main[0]].role = roleGiven
		out[main[len(main)-1]].role = roleFamily
	}
	return out
}

// refRaw is the similarity of two words of names before the lookalike
// scaling: 1 when equal, an initial's, Word (Jaro-Winkler when single),
// raised to the nickname's.
func refRaw(p *params, rules *NameRules, a, b refWordOf, single bool) float64 {
	if a.w == b.w {
		return 1
	}
	var s float64
	if single {
		s = edlibSimilarity(a.w, b.w)
	} else {
		if a.initials != "" && a.initials == b.w || b.initials != "" && b.initials == a.w {
			return p.initialSim
		}
		if utf8.RuneCountInString(a.w) == 1 || utf8.RuneCountInString(b.w) == 1 {
			ra, _ := utf8.DecodeRuneInString(a.w)
			rb, _ := utf8.DecodeRuneInString(b.w)
			if ra == rb {
				return p.initialSim
			}
			return 0
		}
		s = refWord(p, a.w, b.w)
	}
	if rules.Nickname != nil && rules.Nickname(a.w, b.w) {
		s = max(s, p.nickSim)
	}
	return s
}

// refSim is refRaw scaled down for each lookalike digit.
func refSim(p *params, rules *NameRules, a, b refWordOf, single bool) float64 {
	s := refRaw(p, rules, a, b, single)
	for range a.lookalikes + b.lookalikes {
		s *= p.lookalike
	}
	return s
}

// refJoin runs two or three adjacent words of a together, best first, when
// that meets a word of b better than joinMin and than each word alone, or
// b's word is their initials; the nickname rule is applied throughout, as
// the doc comment reads.
func refJoin(p *params, rules *NameRules, a, b []refWordOf) []refWordOf {
	for {
		bi, bn, bs := -1, 0, p.joinMin
		var best refWordOf
		for i := 0; i+1 < len(a); i++ {
			for n := 2; n <= 3 && i+n <= len(a); n++ {
				jw := refWordOf{}
				var ini []rune
				ok := true
				for _, w := range a[i : i+n] {
					ok = ok && w.initials == ""
					ini = append(ini, []rune(w.w + "\uFFFD")[0])
					jw.w += w.w
					jw.role |= w.role
					jw.lookalikes += w.lookalikes
				}
				if !ok {
					continue
				}
				jw.initials = string(ini)
				for _, bw := range b {
					d := utf8.RuneCountInString(jw.w) - utf8.RuneCountInString(bw.w)
					if jw.initials != bw.w && (d > 3 || d < -3) {
						continue
					}
					s := refRaw(p, rules, jw, bw, false)
					alone := 0.0
					for _, w := range a[i : i+n] {
						alone = max(alone, refRaw(p, rules, w, bw, false))
					}
					if s > bs && s > alone {
						bi, bn, bs, best = i, n, s, jw
					}
				}
			}
		}
		if bi < 0 {
			return a
		}
		a = slices.Concat(a[:bi], []refWordOf{best}, a[bi+bn:])
	}
}

// refAlignNames returns the alignments the name scorer may give for two
// lists of name words of several words.
func refAlignNames(p *params, rules *NameRules, qw, rw []refWordOf, capped bool) []Alignment {
	qw = refJoin(p, rules, qw, rw)
	rw = refJoin(p, rules, rw, qw)
	n, m := len(qw), len(rw)
	sim := make([]float64, n*m)
	for i := range qw {
		for j := range rw {
			if s := refSim(p, rules, qw[i], rw[j], false); s >= p.pairFloor {
				sim[i*m+j] = s
			}
		}
	}
	weight := func(r role) float64 {
		switch {
		case !capped && r&roleParticle != 0:
			return p.wParticle
		case !capped:
			return 1
		case r&roleFamily != 0:
			return p.wFamily
		case r&roleGiven != 0:
			return p.wGiven
		case r&roleMiddle != 0:
			return p.wMiddle
		case r&roleParticle != 0:
			return p.wParticle
		}
		return p.wFamily
	}
	wq, wr := make([]float64, n), make([]float64, m)
	for i, w := range qw {
		wq[i] = weight(w.role)
	}
	for j, w := range rw {
		wr[j] = weight(w.role)
	}
	var out []Alignment
	for _, c := range refBest(p, sim, wq, wr) {
		al := c.al
		if capped {
			// The weakest of the given and family names' similarities to
			// their partners, from the side where it is higher.
			qs, rs := make([]float64, n), make([]float64, m)
			for i, j := range c.pair {
				if j >= 0 {
					qs[i], rs[j] = sim[i*m+int(j)], sim[i*m+int(j)]
				}
			}
			side := func(ws []refWordOf, s []float64) (float64, bool) {
				g, f := -1.0, -1.0
				for k, w := range ws {
					if w.role&roleGiven != 0 {
						g = max(g, s[k])
					}
					if w.role&roleFamily != 0 {
						f = max(f, s[k])
					}
				}
				return min(g, f), g >= 0 && f >= 0
			}
			cq, okq := side(qw, qs)
			cr, okr := side(rw, rs)
			if okq && okr {
				al.S = min(al.S, p.capFloor+(1-p.capFloor)*max(cq, cr))
			}
		}
		out = append(out, al)
	}
	return out
}

// refName returns the alignments Name may give.
func refName(q, r []string, rules *NameRules) []Alignment {
	p := &defaultParams
	if rules == nil {
		rules = &NameRules{}
	}
	switch {
	case len(q) == 0 || len(r) == 0:
		return []Alignment{{}}
	case len(q) > maxNameWords || len(r) > maxNameWords:
		return []Alignment{{S: edlibSimilarity(strings.Join(q, " "), strings.Join(r, " "))}}
	case isOrgName(q) || isOrgName(r):
		org := func(ws []string) []refWordOf {
			var out []refWordOf
			for i := 0; i < len(ws); {
				if t, n := orgAt(ws, i); n > 0 {
					w := refWordOf{w: t.form, role: roleMiddle}
					if t.legal {
						w.role = roleParticle
					}
					out = append(out, w)
					i += n
					continue
				}
				out = append(out, refWordOf{w: ws[i], role: roleMiddle})
				i++
			}
			return out
		}
		qw, rw := org(q), org(r)
		if len(qw) == 1 && len(rw) == 1 {
			return []Alignment{{S: refSim(p, rules, qw[0], rw[0], true)}}
		}
		return refAlignNames(p, rules, qw, rw, false)
	}
	latin := func(ws []string) bool {
		return slices.ContainsFunc(ws, func(w string) bool {
			return strings.ContainsFunc(w, func(r rune) bool { return unicode.Is(unicode.Latin, r) })
		})
	}
	lq, lr := latin(q), latin(r)
	qw, rw := refPrepare(q, rules, lr && !lq), refPrepare(r, rules, lq && !lr)
	if len(qw) == 1 && len(rw) == 1 {
		return []Alignment{{S: refSim(p, rules, qw[0], rw[0], true)}}
	}
	return refAlignNames(p, rules, qw, rw, true)
}

// refAddress returns the alignments Address may give.
func refAddress(q, r []string, rules *AddressRules) []Alignment {
	p := &defaultParams
	if rules == nil {
		rules = &AddressRules{}
	}
	switch {
	case len(q) == 0 || len(r) == 0:
		return []Alignment{{}}
	case len(q) > maxTokens || len(r) > maxTokens:
		return []Alignment{refCapNumbers(Alignment{S: edlibSimilarity(strings.Join(q, " "), strings.Join(r, " "))}, q, r)}
	}
	split := func(ws []string) (street []refWordOf, nums []string) {
		digit := func(w string) bool { return strings.ContainsAny(w, "0123456789") }
		for i, w := range ws {
			switch {
			case digit(w):
				nums = append(nums, w)
			case i > 0 && digit(ws[i-1]) && utf8.RuneCountInString(w) == 1:
				nums[len(nums)-1] += w
			case rules.StreetType != nil && rules.StreetType(w):
				street = append(street, refWordOf{w: w, role: roleParticle})
			default:
				street = append(street, refWordOf{w: w, role: roleMiddle})
			}
		}
		return street, nums
	}
	qw, qn := split(q)
	rw, rn := split(r)
	var streets []Alignment
	switch {
	case len(qw) == 0 && len(rw) == 0:
		streets = []Alignment{{S: 1}}
	case len(qw) == 0 || len(rw) == 0:
		streets = []Alignment{{}}
	case len(qw) == 1 && len(rw) == 1:
		streets = []Alignment{{S: refSim(p, &NameRules{}, qw[0], rw[0], true)}}
	default:
		streets = refAlignNames(p, &NameRules{}, qw, rw, false)
	}
	nums := []float64{1}
	if len(qn) > 0 && len(rn) > 0 {
		nums = nums[:0]
		if len(qn) == 1 && len(rn) == 1 {
			nums = append(nums, refNumber(qn[0], rn[0]))
		} else {
			for _, al := range refTokens(qn, rn) {
				if al.NumberMismatch {
					al.S = min(al.S, numberCap)
				}
				nums = append(nums, al.S)
			}
		}
	}
	var out []Alignment
	for _, st := range streets {
		for _, n := range nums {
			al := st
			switch {
			case len(qn) > 0 && len(rn) > 0 && n < 1:
				al.NumberMismatch = n < sameNumber
				al.S *= numberFloor + (1-numberFloor)*n
			case len(qn) > 0 && len(rn) > 0:
				al.S = max(al.S, numberOnly)
			case len(qn) > 0 || len(rn) > 0:
				al.S *= missingNumber
			}
			out = append(out, al)
		}
	}
	return out
}

// refGreedy is the greedy pairing as a textbook writes it: the pairs of
// positive gain sorted by gain, stably, taken from the top while both
// tokens are free.
func refGreedy(sim []float64, n, m int, wq, wr []float64) []int8 {
	type cand struct {
		i, j int
		g    float64
	}
	var cands []cand
	for i := range n {
		for j := range m {
			if g := sim[i*m+j] * (wq[i] + wr[j]); g > 0 {
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
	pair := make([]int8, n)
	for i := range pair {
		pair[i] = -1
	}
	used := make([]bool, m)
	for _, c := range cands {
		if pair[c.i] < 0 && !used[c.j] {
			pair[c.i], used[c.j] = int8(c.j), true
		}
	}
	return pair
}
