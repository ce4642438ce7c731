package bench_test

// The benchmarks of the similarity kernels (package score) against
// reference loops: for each kernel, the simplest allocation-free
// implementation of the same computation, written here with its buffers
// allocated once before the loop, so that the ratio of the two shows the
// kernel's overhead (its string handling, its bounds, its tables on the
// stack). Where go-edlib computes the same thing (Jaro, the OSA distance),
// it is measured too. TestKernelReferences checks that each reference gives
// the kernel's score on the benchmarks' inputs.
//
//	go test ./bench -run '^$' -bench 'Kernel' -benchmem -count 8 | tee new.txt
//	benchstat -col /impl new.txt

import (
	"bytes"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
	"unsafe"

	edlib "github.com/hbollon/go-edlib"

	"github.com/kycmatch/kycmatch/score"
)

// The bounds of the references, those of package score.
const (
	refMaxRunes  = 256 // runes of a value compared
	refMaxEdit   = 64  // runes of a word given an edit cost
	refMaxDigits = 16  // bytes of a digit string
	refMaxTokens = 32  // tokens of a value aligned
	refExact     = 8   // tokens of the smaller side paired exhaustively
)

// refScratch holds every buffer of the references, allocated once.
type refScratch struct {
	ra, rb     []rune
	fa, fb     []bool
	ea, eb     []rune
	rows       []float64
	sim        []float64
	wq, wr     []float64
	best, alt  []float64
	from       []int8
	pair, opt  []int
	used       []bool
	qw, rw     []refWord
	words      []byte
	numQ, numR []string
	qs, rs     []float64
	dq, dr     [][refMaxDigits + 1]byte
}

func newRefScratch() *refScratch {
	return &refScratch{
		ra: make([]rune, refMaxRunes), rb: make([]rune, refMaxRunes),
		fa: make([]bool, refMaxRunes), fb: make([]bool, refMaxRunes),
		ea: make([]rune, refMaxEdit), eb: make([]rune, refMaxEdit),
		rows: make([]float64, 3*(refMaxEdit+1)),
		sim:  make([]float64, refMaxTokens*refMaxTokens),
		wq:   make([]float64, refMaxTokens), wr: make([]float64, refMaxTokens),
		best: make([]float64, 2<<refExact), alt: make([]float64, (refMaxTokens+1)*(refMaxTokens+1)),
		from: make([]int8, (refMaxTokens+1)<<refExact),
		pair: make([]int, refMaxTokens), opt: make([]int, refMaxTokens),
		used: make([]bool, refMaxTokens),
		qw:   make([]refWord, refMaxTokens), rw: make([]refWord, refMaxTokens),
		words: make([]byte, 0, 4096),
		numQ:  make([]string, refMaxTokens), numR: make([]string, refMaxTokens),
		qs: make([]float64, refMaxTokens), rs: make([]float64, refMaxTokens),
		dq: make([][refMaxDigits + 1]byte, refMaxTokens), dr: make([][refMaxDigits + 1]byte, refMaxTokens),
	}
}

// refSimilarity is Jaro-Winkler over runes: go-edlib's float32 Jaro, the
// smaller string first, the Winkler boost above 0.7.
func (s *refScratch) similarity(a, b string) float64 {
	if a == b {
		return 1
	}
	if a > b {
		a, b = b, a
	}
	x, y := refDecode(s.ra, a), refDecode(s.rb, b)
	j, l := float64(s.jaro(x, y)), 0
	j = min(1, j)
	if j <= 0.7 {
		return j
	}
	for l < 4 && l < len(x) && l < len(y) && x[l] == y[l] {
		l++
	}
	return min(j+0.1*float64(l)*(1-j), math.Nextafter(1, 0))
}

// jaro is go-edlib's JaroSimilarity with its match tables reused.
func (s *refScratch) jaro(r1, r2 []rune) float32 {
	l1, l2 := len(r1), len(r2)
	if l1 == 0 || l2 == 0 {
		return 0
	}
	if slices.Equal(r1, r2) {
		return 1
	}
	f1, f2 := s.fa[:l1], s.fb[:l2]
	clear(f1)
	clear(f2)
	maxDist := max(l1, l2)/2 - 1
	match := 0
	for i := range r1 {
		for j := max(0, i-maxDist); j < min(l2, i+maxDist+1); j++ {
			if r1[i] == r2[j] && !f2[j] {
				f1[i], f2[j] = true, true
				match++
				break
			}
		}
	}
	if match == 0 {
		return 0
	}
	var t float32
	p := 0
	for i := range r1 {
		if f1[i] {
			for !f2[p] {
				p++
			}
			if r1[i] != r2[p] {
				t++
			}
			p++
		}
	}
	t /= 2
	m := float32(match)
	return (m/float32(l1) + m/float32(l2) + (m-t)/m) / 3
}

// refDecode writes the first len(buf) runes of s into buf.
func refDecode(buf []rune, s string) []rune {
	n := 0
	for _, r := range s {
		if n == len(buf) {
			break
		}
		buf[n] = r
		n++
	}
	return buf[:n]
}

// edlibSimilarity is Jaro-Winkler on go-edlib's JaroSimilarity, as score
// computed it before it had a Jaro of its own.
func edlibSimilarity(a, b string) float64 {
	if a == b {
		return 1
	}
	a, b = min(a, b), max(a, b)
	j := min(1, float64(edlib.JaroSimilarity(a, b)))
	if j <= 0.7 {
		return j
	}
	ra, rb := []rune(a), []rune(b)
	l := 0
	for l < 4 && l < len(ra) && l < len(rb) && ra[l] == rb[l] {
		l++
	}
	return min(j+0.1*float64(l)*(1-j), math.Nextafter(1, 0))
}

// refDigits writes the digit string of s into d, zeroed (its ASCII digits
// and the '-' between digit groups, at most 16 bytes; the bytes after it
// stay zero, so that two digit strings compare with ==), and returns its
// length.
func refDigits(d *[refMaxDigits + 1]byte, s string) int {
	n := 0
	for i := 0; i < len(s) && n < refMaxDigits; i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			d[n] = c
			n++
		case c == '-' && n > 0 && d[n-1] != '-':
			d[n] = c
			n++
		}
	}
	for n > 0 && d[n-1] == '-' {
		n--
		d[n] = 0
	}
	return n
}

// refOSA is the optimal string alignment distance in a full matrix.
func refOSA(a, b []byte) int {
	var d [refMaxDigits + 1][refMaxDigits + 1]int
	for i := range len(a) + 1 {
		d[i][0] = i
	}
	for j := range len(b) + 1 {
		d[0][j] = j
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(a)][len(b)]
}

// refNumber is score.Number.
func refNumber(a, b string) float64 {
	var da, db [refMaxDigits + 1]byte
	na, nb, v, done := refNumberDigits(a, b, &da, &db)
	if done {
		return v
	}
	return refNumberOf(refOSA(da[:na], db[:nb]), na, nb)
}

// edlibNumber is score.Number on go-edlib's OSA distance.
func edlibNumber(a, b string) float64 {
	var da, db [refMaxDigits + 1]byte
	na, nb, v, done := refNumberDigits(a, b, &da, &db)
	if done {
		return v
	}
	return refNumberOf(edlib.OSADamerauLevenshteinDistance(string(da[:na]), string(db[:nb])), na, nb)
}

// refNumberDigits writes the digit strings of a and b into da and db and
// returns their lengths, or Number's answer when it needs no distance.
func refNumberDigits(a, b string, da, db *[refMaxDigits + 1]byte) (na, nb int, v float64, done bool) {
	if a == b {
		return 0, 0, 1, true
	}
	na, nb = refDigits(da, a), refDigits(db, b)
	switch {
	case na == 0 || nb == 0:
		return na, nb, 0, true
	case *da == *db && na == refMaxDigits:
		return na, nb, 0.6, true
	case *da == *db:
		return na, nb, 0.85, true
	}
	return na, nb, 0, false
}

// refNumberOf is Number of two digit strings of lengths na and nb at
// distance d.
func refNumberOf(d, na, nb int) float64 {
	return min(0.6, max(0, 1-float64(d)/float64(max(na, nb))))
}

func refHasDigit(s string) bool { return strings.ContainsAny(s, "0123456789") }

// token is score.Token.
func (s *refScratch) token(a, b string) float64 {
	if a == b {
		return 1
	}
	if refHasDigit(a) || refHasDigit(b) {
		return refNumber(a, b)
	}
	return s.similarity(a, b)
}

// refParams are the constants of an alignment.
type refParams struct {
	extraQuery, extraRecord, substituted, swap float64
}

var (
	refTokenParams = refParams{extraQuery: 0.8, extraRecord: 0.2, swap: 0.95}
	refNameParams  = refParams{extraQuery: 0.8, extraRecord: 0.2, substituted: 1.5, swap: 0.95}
)

// align pairs n query tokens with m record tokens (similarities in s.sim,
// weights in s.wq and s.wr), leaves the pairing in s.pair and returns its
// alignment: the pairing of highest gain, or the best order-keeping one
// when that crosses and the other scores at least as much.
func (s *refScratch) align(p *refParams, n, m int) score.Alignment {
	s.pairing(n, m)
	al := s.evaluate(p, s.pair[:n], m)
	if al.Swapped {
		s.ordered(n, m)
		if a2 := s.evaluate(p, s.opt[:n], m); a2.S >= al.S {
			al = a2
			copy(s.pair, s.opt[:n])
		}
	}
	return al
}

func (s *refScratch) gain(i, j, m int) float64 { return s.sim[i*m+j] * (s.wq[i] + s.wr[j]) }

// pairing is the highest-gain pairing: dynamic programming over the subsets
// of the smaller side up to 8 tokens, best pair first beyond.
func (s *refScratch) pairing(n, m int) {
	pair := s.pair[:n]
	for i := range pair {
		pair[i] = -1
	}
	if min(n, m) > refExact {
		used := s.used[:m]
		clear(used)
		for {
			bi, bj, bg := -1, -1, 0.0
			for i := range n {
				for j := range m {
					if pair[i] < 0 && !used[j] && s.gain(i, j, m) > bg {
						bi, bj, bg = i, j, s.gain(i, j, m)
					}
				}
			}
			if bi < 0 {
				return
			}
			pair[bi], used[bj] = bj, true
		}
	}
	big, small := max(n, m), min(n, m)
	g := func(b, sm int) float64 {
		if m > n {
			return s.gain(sm, b, m)
		}
		return s.gain(b, sm, m)
	}
	states := 1 << small
	cur, next := s.best[:states], s.best[states:2*states]
	for i := range cur {
		cur[i] = -1
	}
	cur[0] = 0
	for k := range big {
		for i := range next {
			next[i] = -1
		}
		for mask, v := range cur {
			if v < 0 {
				continue
			}
			if v > next[mask] {
				next[mask], s.from[(k+1)*states+mask] = v, -1
			}
			for sm := range small {
				if mask&(1<<sm) != 0 {
					continue
				}
				nm := mask | 1<<sm
				if gs := g(k, sm); gs > 0 && v+gs > next[nm] {
					next[nm], s.from[(k+1)*states+nm] = v+gs, int8(sm)
				}
			}
		}
		cur, next = next, cur
	}
	mask := 0
	for msk := range cur {
		if cur[msk] > cur[mask] {
			mask = msk
		}
	}
	for k := big; k > 0; k-- {
		if sm := int(s.from[k*states+mask]); sm >= 0 {
			if m > n {
				pair[sm] = k - 1
			} else {
				pair[k-1] = sm
			}
			mask &^= 1 << sm
		}
	}
}

// ordered is the highest-gain pairing whose pairs do not cross, in s.opt.
func (s *refScratch) ordered(n, m int) {
	w := m + 1
	t := s.alt[:(n+1)*w]
	clear(t)
	for i := 1; i <= n; i++ {
		for j := 1; j <= m; j++ {
			t[i*w+j] = max(t[(i-1)*w+j], t[i*w+j-1])
			if g := s.gain(i-1, j-1, m); g > 0 {
				t[i*w+j] = max(t[i*w+j], t[(i-1)*w+j-1]+g)
			}
		}
	}
	opt := s.opt[:n]
	for i := range opt {
		opt[i] = -1
	}
	for i, j := n, m; i > 0 && j > 0; {
		switch {
		case t[i*w+j] == t[(i-1)*w+j]:
			i--
		case t[i*w+j] == t[i*w+j-1]:
			j--
		default:
			opt[i-1] = j - 1
			i, j = i-1, j-1
		}
	}
}

// evaluate is S of a pairing.
func (s *refScratch) evaluate(p *refParams, pair []int, m int) score.Alignment {
	used := s.used[:m]
	clear(used)
	unQ := 0
	for _, j := range pair {
		if j < 0 {
			unQ++
		} else {
			used[j] = true
		}
	}
	sub := 0
	if p.substituted > 0 {
		sub = min(unQ, m-(len(pair)-unQ))
	}
	subR := sub
	var num, den float64
	last, swapped := -1, false
	for i, j := range pair {
		switch {
		case j < 0 && sub > 0:
			sub--
			den += 2 * p.substituted * s.wq[i]
		case j < 0:
			den += 2 * p.extraQuery * s.wq[i]
		default:
			num += s.sim[i*m+j] * (s.wq[i] + s.wr[j])
			den += s.wq[i] + s.wr[j]
			swapped = swapped || j < last
			last = j
		}
	}
	for j := range m {
		switch {
		case used[j]:
		case subR > 0:
			subR--
			den += 2 * p.substituted * s.wr[j]
		default:
			den += 2 * p.extraRecord * s.wr[j]
		}
	}
	al := score.Alignment{Swapped: swapped}
	if den > 0 {
		al.S = num / den
	}
	if swapped {
		al.S *= p.swap
	}
	return al
}

// tokens is score.Tokens for values of up to 32 tokens.
func (s *refScratch) tokens(q, r []string) score.Alignment {
	n, m := len(q), len(r)
	if n == 0 || m == 0 {
		return score.Alignment{}
	}
	var al score.Alignment
	if n == 1 && m == 1 {
		al.S = s.token(q[0], r[0])
	} else {
		for i := range q {
			s.wq[i] = float64(utf8.RuneCountInString(q[i]))
			for j := range r {
				s.sim[i*m+j] = s.token(q[i], r[j])
			}
		}
		for j := range r {
			s.wr[j] = float64(utf8.RuneCountInString(r[j]))
		}
		al = s.align(&refTokenParams, n, m)
	}
	if !s.sameNumbers(q, r) {
		al.NumberMismatch = true
		al.S = min(al.S, 0.6)
	}
	return al
}

// sameNumbers reports whether q and r hold the same multiset of digit
// strings, or one of them none.
func (s *refScratch) sameNumbers(q, r []string) bool {
	collect := func(ts []string, out [][refMaxDigits + 1]byte) int {
		k := 0
		for _, t := range ts {
			if refHasDigit(t) {
				out[k] = [refMaxDigits + 1]byte{}
				refDigits(&out[k], t)
				k++
			}
		}
		slices.SortFunc(out[:k], func(a, b [refMaxDigits + 1]byte) int { return bytes.Compare(a[:], b[:]) })
		return k
	}
	kq, kr := collect(q, s.dq), collect(r, s.dr)
	return kq == 0 || kr == 0 || slices.Equal(s.dq[:kq], s.dr[:kr])
}

// editCost is score.EditCost: the weighted optimal string alignment
// distance, three rows.
func (s *refScratch) editCost(a, b string) float64 {
	ra, rb := refDecode(s.ea, a), refDecode(s.eb, b)
	n, m := len(ra), len(rb)
	if n == 0 || m == 0 {
		return float64(max(n, m))
	}
	prev2, prev, cur := s.rows[:m+1], s.rows[m+1:2*m+2], s.rows[2*m+2:3*m+3]
	for j := range prev {
		prev[j] = float64(j)
	}
	for i := 1; i <= n; i++ {
		cur[0] = float64(i)
		for j := 1; j <= m; j++ {
			c := min(prev[j]+1, cur[j-1]+1, prev[j-1]+refSubst(ra[i-1], rb[j-1]))
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] && ra[i-1] != ra[i-2] {
				c = min(c, prev2[j-2]+1)
			}
			cur[j] = c
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[m]
}

// refConfusable are score's confusable pairs.
var refConfusable = [...][2]rune{
	{'0', 'o'}, {'1', 'i'}, {'1', 'l'}, {'g', '9'}, {'q', '9'}, {'b', '6'},
	{'5', 's'}, {'e', 'i'}, {'o', 'u'}, {'i', 'j'}, {'i', 'y'}, {'c', 'k'},
	{'n', 'h'}, {'v', 'w'}, {'s', 'z'}, {'j', 'y'}, {'k', 'q'}, {'f', 'v'}, {'c', 's'},
}

func refSubst(a, b rune) float64 {
	if a == b {
		return 0
	}
	for _, p := range refConfusable {
		if p[0] == a && p[1] == b || p[0] == b && p[1] == a {
			return 0.7
		}
	}
	if a >= '0' && a <= '9' || b >= '0' && b <= '9' {
		return 1.5
	}
	return 1
}

// word is score.Word: Jaro-Winkler within the edit budget, Jaro scaled by
// budget/cost beyond it.
func (s *refScratch) word(a, b string) float64 {
	if a == b {
		return 1
	}
	c := s.editCost(a, b)
	n := max(utf8.RuneCountInString(a), utf8.RuneCountInString(b))
	budget := max(math.Log(float64(max(n-2, 1)))/math.Log(2.35), 1)
	if c <= budget {
		return s.similarity(a, b)
	}
	x, y := refDecode(s.ra, min(a, b)), refDecode(s.rb, max(a, b))
	return min(1, float64(s.jaro(x, y))) * (budget / c)
}

// refWord is a word of a name or a street.
type refWord struct {
	w     string
	role  uint8
	runes int
	ini   string
}

// The roles, and their weights in a person's name.
const (
	refGiven uint8 = 1 << iota
	refMiddle
	refFamily
	refParticle
)

func refWeight(r uint8, person bool) float64 {
	switch {
	case !person && r&refParticle != 0:
		return 0.3
	case !person:
		return 1
	case r&refFamily != 0:
		return 1.3
	case r&refGiven != 0:
		return 1
	case r&refMiddle != 0:
		return 0.5
	case r&refParticle != 0:
		return 0.3
	}
	return 1.3
}

// str returns the bytes appended to s.words from start on as a string; they
// stay until the next call of the reference.
func (s *refScratch) str(start int) string {
	return unsafe.String(unsafe.SliceData(s.words[start:]), len(s.words)-start)
}

// wordSim is the similarity of two words of several-word names: 1 when
// equal, an initial's 0.9, else Word raised to a nickname's 0.85.
func (s *refScratch) wordSim(rules *score.NameRules, a, b *refWord, single bool) float64 {
	if a.w == b.w {
		return 1
	}
	var v float64
	if single {
		v = s.similarity(a.w, b.w)
	} else {
		if a.ini != "" && a.ini == b.w || b.ini != "" && b.ini == a.w {
			return 0.9
		}
		if a.runes == 1 || b.runes == 1 {
			ra, _ := utf8.DecodeRuneInString(a.w)
			rb, _ := utf8.DecodeRuneInString(b.w)
			if ra == rb {
				return 0.9
			}
			return 0
		}
		v = s.word(a.w, b.w)
	}
	if rules.Nickname != nil && rules.Nickname(a.w, b.w) {
		v = max(v, 0.85)
	}
	return v
}

// join runs adjacent words of a together where that meets a word of b
// better than 0.85 and than each alone (or b's word is their initials),
// best first.
func (s *refScratch) join(rules *score.NameRules, a, b []refWord) []refWord {
	for len(a) >= 2 {
		bi, bn, bs := -1, 0, 0.85
		for i := 0; i+1 < len(a); i++ {
			for n := 2; n <= 3 && i+n <= len(a); n++ {
				jw, ok := s.joined(a[i : i+n])
				if !ok {
					continue
				}
				for k := range b {
					if jw.ini != b[k].w && (jw.runes-b[k].runes > 3 || b[k].runes-jw.runes > 3) {
						continue
					}
					v, alone := s.wordSim(rules, &jw, &b[k], false), 0.0
					for x := i; x < i+n; x++ {
						alone = max(alone, s.wordSim(rules, &a[x], &b[k], false))
					}
					if v > bs && v > alone {
						bi, bn, bs = i, n, v
					}
				}
				s.words = s.words[:len(s.words)-len(jw.w)-len(jw.ini)]
			}
		}
		if bi < 0 {
			break
		}
		a[bi], _ = s.joined(a[bi : bi+bn])
		a = append(a[:bi+1], a[bi+bn:]...)
	}
	return a
}

// joined writes ws run together and their initials into s.words; false when
// one of them was joined already.
func (s *refScratch) joined(ws []refWord) (refWord, bool) {
	var jw refWord
	start := len(s.words)
	for _, w := range ws {
		if w.ini != "" {
			return refWord{}, false
		}
		s.words = append(s.words, w.w...)
		jw.role |= w.role
	}
	jw.w = s.str(start)
	jw.runes = utf8.RuneCountInString(jw.w)
	start = len(s.words)
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(w.w)
		s.words = utf8.AppendRune(s.words, r)
	}
	jw.ini = s.str(start)
	return jw, true
}

// alignWords aligns the words of two names or streets: joins, the matrix
// of word similarities (0 below 0.5), the pairing, and for a person's name
// the cap by the weaker of the given and family names.
func (s *refScratch) alignWords(rules *score.NameRules, qw, rw []refWord, person bool) score.Alignment {
	qw = s.join(rules, qw, rw)
	rw = s.join(rules, rw, qw)
	n, m := len(qw), len(rw)
	for i := range qw {
		s.wq[i] = refWeight(qw[i].role, person)
		for j := range rw {
			v := s.wordSim(rules, &qw[i], &rw[j], false)
			if v < 0.5 {
				v = 0
			}
			s.sim[i*m+j] = v
		}
	}
	for j := range rw {
		s.wr[j] = refWeight(rw[j].role, person)
	}
	al := s.align(&refNameParams, n, m)
	if !person {
		return al
	}
	clear(s.qs[:n])
	clear(s.rs[:m])
	for i, j := range s.pair[:n] {
		if j >= 0 {
			s.qs[i], s.rs[j] = s.sim[i*m+j], s.sim[i*m+j]
		}
	}
	side := func(ws []refWord, v []float64) (float64, bool) {
		g, f := -1.0, -1.0
		for k, w := range ws {
			if w.role&refGiven != 0 {
				g = max(g, v[k])
			}
			if w.role&refFamily != 0 {
				f = max(f, v[k])
			}
		}
		return min(g, f), g >= 0 && f >= 0
	}
	cq, okq := side(qw, s.qs[:n])
	cr, okr := side(rw, s.rs[:m])
	if okq && okr {
		al.S = min(al.S, 0.5+0.5*max(cq, cr))
	}
	return al
}

// name is score.Name for the names of people written in Latin letters
// without digits (no organisation, no transliteration, no lookalike
// digits: the benchmarks' names).
func (s *refScratch) name(q, r []string, rules *score.NameRules) score.Alignment {
	if len(q) == 0 || len(r) == 0 {
		return score.Alignment{}
	}
	s.words = s.words[:0]
	qw, rw := s.prepare(q, rules, s.qw), s.prepare(r, rules, s.rw)
	if len(qw) == 1 && len(rw) == 1 {
		return score.Alignment{S: s.wordSim(rules, &qw[0], &rw[0], true)}
	}
	return s.alignWords(rules, qw, rw, true)
}

// prepare drops the titles at the start, marks particles and sets the roles
// by position.
func (s *refScratch) prepare(words []string, rules *score.NameRules, dst []refWord) []refWord {
	for len(words) > 1 && rules.Title(words[0]) {
		words = words[1:]
	}
	first, last := -1, -1
	for k, w := range words {
		dst[k] = refWord{w: w, runes: utf8.RuneCountInString(w)}
		if rules.Particle(w) {
			dst[k].role = refParticle
			continue
		}
		if first < 0 {
			first = k
		}
		last = k
	}
	dst = dst[:len(words)]
	for k := range dst {
		switch {
		case dst[k].role == refParticle, first == last:
		case k == first:
			dst[k].role = refGiven
		case k == last:
			dst[k].role = refFamily
		default:
			dst[k].role = refMiddle
		}
	}
	return dst
}

// address is score.Address for addresses of up to 32 words.
func (s *refScratch) address(q, r []string, rules *score.AddressRules) score.Alignment {
	if len(q) == 0 || len(r) == 0 {
		return score.Alignment{}
	}
	s.words = s.words[:0]
	qw, qn := s.street(q, rules, s.qw, s.numQ)
	rw, rn := s.street(r, rules, s.rw, s.numR)
	var al score.Alignment
	switch {
	case len(qw) == 0 && len(rw) == 0:
		al.S = 1
	case len(qw) == 0 || len(rw) == 0:
	case len(qw) == 1 && len(rw) == 1:
		al.S = s.wordSim(&score.NameRules{}, &qw[0], &rw[0], true)
	default:
		al = s.alignWords(&score.NameRules{}, qw, rw, false)
	}
	switch {
	case len(qn) > 0 && len(rn) > 0:
		var n float64
		if len(qn) == 1 && len(rn) == 1 {
			n = refNumber(qn[0], rn[0])
		} else {
			t := s.tokens(qn, rn)
			n = t.S
		}
		if n < 1 {
			al.NumberMismatch = n < 0.85
			al.S *= 0.5 + 0.5*n
		} else {
			al.S = max(al.S, 0.3)
		}
	case len(qn) > 0 || len(rn) > 0:
		al.S *= 0.9
	}
	return al
}

// street splits an address into the street's words and the numbers, a
// single letter after a number joined to it.
func (s *refScratch) street(ws []string, rules *score.AddressRules, dst []refWord, nums []string) ([]refWord, []string) {
	nw, nn := 0, 0
	for i, w := range ws {
		switch {
		case refHasDigit(w):
			nums[nn] = w
			nn++
		case i > 0 && refHasDigit(ws[i-1]) && utf8.RuneCountInString(w) == 1:
			start := len(s.words)
			s.words = append(append(s.words, nums[nn-1]...), w...)
			nums[nn-1] = s.str(start)
		default:
			dst[nw] = refWord{w: w, role: refMiddle, runes: utf8.RuneCountInString(w)}
			if rules.StreetType(w) {
				dst[nw].role = refParticle
			}
			nw++
		}
	}
	return dst[:nw], nums[:nn]
}

// kernelPairs are the word pairs of the word kernels' benchmarks.
var (
	namePairs = [][2]string{{"clara", "carla"}, {"federica", "frederica"}, {"sanchez", "sanches"}, {"muller", "mueller"}}
	kanaPairs = [][2]string{{"ヤマダ", "ヤマタ"}, {"サトウ", "サイトウ"}, {"タナカ", "タカナ"}, {"スズキ", "スズキイ"}}
	longPairs = [][2]string{{"calle de alcala 48 madrid", "calle alcala 48 28014 madrid"},
		{"sint pietersplein 6 9000 gent", "sint-pietersplein 6 gent"},
		{"8 stanley street sydney nsw", "stanley st 8 sydney"}, {"avenida de america 10 3 izq", "avda america 10"}}
	numberPairs = [][2]string{{"12", "21"}, {"12a", "12b"}, {"3-10-10", "3-10-11"}, {"106", "160"}}
	tokenPairs  = [][2]string{{"12a", "12b"}, {"calle", "calles"}, {"4", "calle"}, {"arjona", "arjonas"}}
)

// The lists of the alignment benchmarks.
var (
	numbers8   = strings.Fields("1 2 3 4 5 6 7 8")
	numbers8r  = strings.Fields("8 7 6 5 4 3 2 10")
	numbers12  = strings.Fields("1 2 3 4 5 6 7 8 9 10 11 12")
	numbers16  = strings.Fields("12 11 10 9 8 7 6 5 4 3 2 1 13 14 15 16")
	alignCases = []struct {
		name string
		q, r []string
	}{
		{"3x3", strings.Fields("federica sanchez arjona"), strings.Fields("federica arjona sanches")},
		{"5x4 numbers", strings.Fields("calle mayor 4 2 izq"), strings.Fields("calle mayor 4 2")},
		{"exhaustive 8x8", numbers8, numbers8r},
		{"greedy 12x16", numbers12, numbers16},
	}
	nameCases = []struct {
		name string
		q, r []string
	}{
		{"persona 4x3", strings.Fields("federica lucia sanches arjona"), strings.Fields("federica sanchez arjona")},
		{"initial 2x2", strings.Fields("v putin"), strings.Fields("vladimir putin")},
		{"particles 5x3", strings.Fields("dr juan de la cruz"), strings.Fields("juan cruz")},
		{"one word", strings.Fields("bob"), strings.Fields("robert")},
	}
	addressCases = []struct {
		name string
		q, r []string
	}{
		{"number first", strings.Fields("8 stanley street"), strings.Fields("stanley st 8")},
		{"extension", strings.Fields("kerkstraat 12 a"), strings.Fields("kerkstraat 12b")},
		{"spain", strings.Fields("calle de alcala 48 3 izq"), strings.Fields("calle alcala 48 3")},
	}
)

// TestKernelReferences checks that each reference gives the kernel's score
// on the benchmarks' inputs, to the bit.
func TestKernelReferences(t *testing.T) {
	s := newRefScratch()
	nameRules, addrRules := score.GenericNameRules(), score.GenericAddressRules()
	same := func(what string, got, want score.Alignment) {
		t.Helper()
		if math.Float64bits(got.S) != math.Float64bits(want.S) || got.Swapped != want.Swapped || got.NumberMismatch != want.NumberMismatch {
			t.Errorf("%s: kernel %+v, reference %+v", what, got, want)
		}
	}
	for _, ps := range [][][2]string{namePairs, kanaPairs, longPairs} {
		for _, p := range ps {
			same("Similarity"+fmt.Sprint(p), score.Alignment{S: score.Similarity(p[0], p[1])}, score.Alignment{S: s.similarity(p[0], p[1])})
			same("edlib"+fmt.Sprint(p), score.Alignment{S: score.Similarity(p[0], p[1])}, score.Alignment{S: edlibSimilarity(p[0], p[1])})
		}
	}
	for _, p := range numberPairs {
		same("Number"+fmt.Sprint(p), score.Alignment{S: score.Number(p[0], p[1])}, score.Alignment{S: refNumber(p[0], p[1])})
		same("edlib"+fmt.Sprint(p), score.Alignment{S: score.Number(p[0], p[1])}, score.Alignment{S: edlibNumber(p[0], p[1])})
	}
	for _, p := range tokenPairs {
		same("Token"+fmt.Sprint(p), score.Alignment{S: score.Token(p[0], p[1])}, score.Alignment{S: s.token(p[0], p[1])})
	}
	for _, c := range alignCases {
		same("Tokens "+c.name, score.Tokens(c.q, c.r), s.tokens(c.q, c.r))
	}
	for _, c := range nameCases {
		same("Name "+c.name, score.Name(c.q, c.r, &nameRules), s.name(c.q, c.r, &nameRules))
	}
	for _, c := range addressCases {
		same("Address "+c.name, score.Address(c.q, c.r, &addrRules), s.address(c.q, c.r, &addrRules))
	}
}

// benchPairs runs the kernel, the reference and go-edlib (when given) over
// word pairs, as sub-benchmarks impl=kernel, impl=reference, impl=edlib.
func benchPairs(b *testing.B, pairs [][2]string, kernel, ref, edlibF func(a, b string) float64) {
	impls := []struct {
		name string
		f    func(a, b string) float64
	}{{"kernel", kernel}, {"reference", ref}, {"edlib", edlibF}}
	for _, im := range impls {
		if im.f == nil {
			continue
		}
		b.Run("impl="+im.name, func(b *testing.B) {
			im.f(pairs[0][0], pairs[0][1]) // tables built on first use
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				p := pairs[i%len(pairs)]
				im.f(p[0], p[1])
			}
		})
	}
}

// benchLists runs the kernel and the reference over a pair of lists.
func benchLists(b *testing.B, q, r []string, kernel, ref func(q, r []string) score.Alignment) {
	b.Run("impl=kernel", func(b *testing.B) {
		kernel(q, r) // tables built on first use
		b.ReportAllocs()
		for b.Loop() {
			kernel(q, r)
		}
	})
	b.Run("impl=reference", func(b *testing.B) {
		ref(q, r)
		b.ReportAllocs()
		for b.Loop() {
			ref(q, r)
		}
	})
}

// BenchmarkKernelSimilarity is Jaro-Winkler on short Latin names, kana
// names and addresses of about 25 characters.
func BenchmarkKernelSimilarity(b *testing.B) {
	s := newRefScratch()
	for _, c := range []struct {
		name  string
		pairs [][2]string
	}{{"names", namePairs}, {"kana", kanaPairs}, {"addresses", longPairs}} {
		b.Run("in="+c.name, func(b *testing.B) {
			benchPairs(b, c.pairs, score.Similarity, s.similarity, edlibSimilarity)
		})
	}
}

// BenchmarkKernelNumber is the house-number similarity.
func BenchmarkKernelNumber(b *testing.B) {
	benchPairs(b, numberPairs, score.Number, refNumber, edlibNumber)
}

// BenchmarkKernelToken is Token on words and numbers.
func BenchmarkKernelToken(b *testing.B) {
	s := newRefScratch()
	benchPairs(b, tokenPairs, score.Token, s.token, nil)
}

// BenchmarkKernelTokens is the token alignment: three words against three,
// an address with numbers, and numbers 8 against 8 (the exhaustive pairing,
// 256 subsets) and 12 against 16 (the greedy pairing).
func BenchmarkKernelTokens(b *testing.B) {
	s := newRefScratch()
	for _, c := range alignCases {
		b.Run("in="+c.name, func(b *testing.B) { benchLists(b, c.q, c.r, score.Tokens, s.tokens) })
	}
}

// BenchmarkKernelName is the name scorer with the generic rules.
func BenchmarkKernelName(b *testing.B) {
	s := newRefScratch()
	rules := score.GenericNameRules()
	kernel := func(q, r []string) score.Alignment { return score.Name(q, r, &rules) }
	ref := func(q, r []string) score.Alignment { return s.name(q, r, &rules) }
	for _, c := range nameCases {
		b.Run("in="+c.name, func(b *testing.B) { benchLists(b, c.q, c.r, kernel, ref) })
	}
}

// BenchmarkKernelAddress is the address scorer with the generic rules.
func BenchmarkKernelAddress(b *testing.B) {
	s := newRefScratch()
	rules := score.GenericAddressRules()
	kernel := func(q, r []string) score.Alignment { return score.Address(q, r, &rules) }
	ref := func(q, r []string) score.Alignment { return s.address(q, r, &rules) }
	for _, c := range addressCases {
		b.Run("in="+c.name, func(b *testing.B) { benchLists(b, c.q, c.r, kernel, ref) })
	}
}
