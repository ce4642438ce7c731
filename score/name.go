package score

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/mozillazg/go-unidecode"
	"github.com/mozillazg/go-unidecode/table"
)

// role is the part a word plays in a person's name, a set of bits (a word
// joined from two has the roles of both).
type role uint8

const (
	// roleGiven is the first given name.
	roleGiven role = 1 << iota
	// roleMiddle is a further given name, a patronymic or any word between
	// the first given name and the family name.
	roleMiddle
	// roleFamily is the family name (the last word that is not a particle).
	roleFamily
	// roleParticle is a particle ("de", "van der", "bin", "al").
	roleParticle
)

// NameRules are the facts of a language that the name scorer uses. The zero
// value knows none; [GenericNameRules] returns the generic ones. The
// functions are given folded words (lower case, Latin diacritics removed).
type NameRules struct {
	// Nickname reports that a and b are a given name and a nickname or
	// hypocoristic of it, in either order ("bob" and "robert", "paco" and
	// "francisco").
	Nickname func(a, b string) bool
	// Title reports a title or honorific that is no part of the name
	// ("dr", "mr", "don", "mevrouw"). Titles are dropped from the start
	// of a name.
	Title func(w string) bool
	// Particle reports a name particle ("de", "van", "bin"), weighed below
	// the other words.
	Particle func(w string) bool
}

// params are the constants of the name scorer, gathered so that their effect
// can be measured (bench/accuracy) one at a time. The scorer's shortcuts
// assume overBudgetPower >= 0, lookalike <= 1 and nickSim <= joinMin
// (TestParamsInvariants).
type params struct {
	// Word measure: the budget's tolerance and floor, and how fast the
	// score falls beyond it.
	budgetTolerance, minBudget, overBudgetPower float64
	// initialSim and nickSim are the similarity of an initial and its word
	// ("v" and "vladimir"), and of a nickname and its name.
	initialSim, nickSim float64
	// role weights.
	wGiven, wMiddle, wFamily, wParticle float64
	// extraQuery and extraRecord weigh the words left unpaired; when both
	// sides leave words unpaired, as many of them as pair up across the
	// sides are a substitution (another name in the same place) and weigh
	// substituted each.
	extraQuery, extraRecord, substituted float64
	// pairFloor is the least similarity at which two words are paired.
	pairFloor float64
	// swap scales S when the pairs cross.
	swap float64
	// capFloor: S is at most capFloor + (1-capFloor)*weakest, weakest being
	// the lower of the given name's and the family name's similarities.
	capFloor float64
	// lookalike scales a word's similarity per digit read as a letter.
	lookalike float64
	// joinMin is the least similarity of two adjacent words run together
	// with one word of the other side for them to be joined.
	joinMin float64
}

var defaultParams = params{
	budgetTolerance: 1, minBudget: 1, overBudgetPower: 1,
	initialSim: 0.9, nickSim: 0.85,
	wGiven: 1, wMiddle: 0.5, wFamily: 1.3, wParticle: 0.3,
	extraQuery: 0.8, extraRecord: 0.2, substituted: 1.5,
	pairFloor: 0.5,
	swap:      0.95,
	capFloor:  0.5,
	lookalike: 0.97,
	joinMin:   0.85,
}

// nameWord is one word of a name being scored.
type nameWord struct {
	w    string
	role role
	// valid reports that w is UTF-8, and runes is its length in runes.
	valid bool
	runes int32
	// lookalikes counts the digits read as letters ("sech1n").
	lookalikes int32
	// ini, for a word joined from two or three (nini of them), are their
	// first runes.
	ini  [3]rune
	nini uint8
}

// newWord returns the name word w of the role r.
func newWord(w string, r role) nameWord {
	return nameWord{w: w, role: r, valid: utf8.ValidString(w), runes: int32(utf8.RuneCountInString(w))}
}

// maxNameWords bounds the words of a name that are aligned; longer names are
// scored as one string.
const maxNameWords = 16

// Name compares a person's name as the customer typed it (q) with the name
// the operator holds (r), both split into folded words, and returns their
// similarity in [0, 1]:
//
//   - titles at the start ("dr", "president") are dropped;
//   - digits inside words of letters are read as the letters they look like
//     ("ig0r", "sech1n"), at a small cost;
//   - one word against one word is [Single]: Jaro-Winkler;
//   - words in Cyrillic, Greek, Armenian, Georgian, Hangul or kana are read
//     in Latin letters when the other name is written in them;
//   - otherwise the words are paired one to one ([Word] for each pair, an
//     initial against its word, a nickname against its name), two or three
//     adjacent words may be run together to meet one word
//     ("fridrichbuchenberg", "jc" for "jean claude"), and S is the weighted
//     mean of the pairs' similarities, where the family name weighs 1.3, the
//     first given name 1, middle names and patronymics 0.5 and particles
//     0.3; an unpaired word counts as a miss at 0.8 of its weight when the
//     customer typed it and 0.2 when only the record holds it, and, when
//     both sides leave words unpaired, as many as pair up across count 1.5
//     each (another name in the same place);
//   - S is multiplied by 0.95 when the pairs cross (the order differs);
//   - when both names have a given and a family name, S is at most
//     0.5 + 0.5*weakest, weakest being the lower of the given and the family
//     name's similarities, seen from the side where it is higher: a name is
//     no closer than its weakest essential part ("aidan campbell" and "sarah
//     campbell");
//   - an organisation's name (a legal form first or last, or "company" last)
//     is compared with its legal forms and descriptors in canonical words,
//     weighed as particles, without roles or cap.
//
// Names of more than 16 words are compared as one string, their words joined
// with spaces. rules may be nil; its functions must be pure, as Name calls
// them only where their answer can change the score.
//
// Name allocates nothing, except for the words it has to write anew, which
// are rare and which the rules' functions may be given (so they cannot live
// on the stack): a word read in Latin letters, a word whose digits are read
// as letters, and two or three words run together to meet a word of the
// other name, one allocation each.
func Name(q, r []string, rules *NameRules) Alignment {
	return nameWith(&defaultParams, q, r, rules)
}

func nameWith(p *params, q, r []string, rules *NameRules) Alignment {
	if rules == nil {
		rules = &NameRules{}
	}
	if len(q) == 0 || len(r) == 0 {
		return Alignment{}
	}
	if len(q) > maxNameWords || len(r) > maxNameWords {
		return Alignment{S: similarityJoined(q, r)}
	}
	if len(q) == 1 && len(r) == 1 {
		return Alignment{S: p.oneWord(rules, q[0], r[0])}
	}
	if isOrgName(q) || isOrgName(r) {
		return orgName(p, rules, q, r)
	}
	if len(q) <= smallWords && len(r) <= smallWords {
		var qb, rb [smallWords]nameWord
		return p.person(rules, q, r, qb[:0], rb[:0])
	}
	return p.personLarge(rules, q, r)
}

// personLarge is person with tables for maxNameWords words, in a frame of
// its own.
//
//go:noinline
func (p *params) personLarge(rules *NameRules, q, r []string) Alignment {
	var qb, rb [maxNameWords]nameWord
	return p.person(rules, q, r, qb[:0], rb[:0])
}

// person compares the names of two people, their words prepared into qb and
// rb, which have room for them.
func (p *params) person(rules *NameRules, q, r []string, qb, rb []nameWord) Alignment {
	lq, lr := hasLatin(q), hasLatin(r)
	qw, rw := prepare(q, rules, lr && !lq, qb), prepare(r, rules, lq && !lr, rb)
	if len(qw) == 1 && len(rw) == 1 {
		return Alignment{S: p.singleSim(rules, &qw[0], &rw[0])}
	}
	return p.align(rules, qw, rw, true)
}

// oneWord compares two names of one word each (no organisation's: that
// takes two words), as person does once it has prepared them: a single
// word has no title to drop and no role.
func (p *params) oneWord(rules *NameRules, q, r string) float64 {
	lq, lr := hasLatinWord(q), hasLatinWord(r)
	a, b := soleWord(q, lr && !lq), soleWord(r, lq && !lr)
	return p.singleSim(rules, &a, &b)
}

// soleWord is prepare for a name of one word: read in Latin letters when
// latin is set, its digits read as letters.
func soleWord(w string, latin bool) nameWord {
	if latin {
		w = latinize(w)
	}
	w, digits := readLookalikes(w)
	return nameWord{w: w, lookalikes: int32(digits)}
}

// orgName compares two organisation names: their terms in canonical words,
// the legal forms weighed as particles, every other word alike, and no cap.
func orgName(p *params, rules *NameRules, q, r []string) Alignment {
	var qb, rb [maxNameWords]nameWord
	qw, rw := orgWords(q, qb[:0]), orgWords(r, rb[:0])
	if len(qw) == 1 && len(rw) == 1 {
		return Alignment{S: p.singleSim(rules, &qw[0], &rw[0])}
	}
	return p.align(rules, qw, rw, false)
}

// orgWords appends to dst the words of an organisation's name, its terms in
// canonical words ([orgForms]), the legal forms as particles.
func orgWords(words []string, dst []nameWord) []nameWord {
	var wb [maxNameWords]string
	var lb [maxNameWords]bool
	ws, legal := orgForms(words, wb[:0], lb[:0])
	for i, w := range ws {
		r := roleMiddle
		if legal[i] {
			r = roleParticle
		}
		dst = append(dst, newWord(w, r))
	}
	return dst
}

// align pairs the words of two names (joining adjacent words where that
// meets a word of the other side) and computes S, capped by the weakest of
// the given and family names when capped is set.
func (p *params) align(rules *NameRules, qw, rw []nameWord, capped bool) Alignment {
	qw = p.join(qw, rw)
	rw = p.join(rw, qw)
	if len(qw) <= smallWords && len(rw) <= smallWords {
		var t smallTables
		return p.alignIn(rules, qw, rw, capped, t.sim[:], t.w[:])
	}
	return p.alignLarge(rules, qw, rw, capped)
}

// alignLarge is alignIn with large tables, in a frame of its own.
//
//go:noinline
func (p *params) alignLarge(rules *NameRules, qw, rw []nameWord, capped bool) Alignment {
	var t largeTables
	return p.alignIn(rules, qw, rw, capped, t.sim[:], t.w[:])
}

// alignIn is align once the words are joined, with sim for the similarity
// matrix and w for the weights, of len(qw)*len(rw) and len(qw)+len(rw) at
// least.
func (p *params) alignIn(rules *NameRules, qw, rw []nameWord, capped bool, sim, w []float64) Alignment {
	n, m := len(qw), len(rw)
	sim = sim[:n*m]
	for i := range qw {
		for j := range rw {
			s := p.wordSimAbove(rules, &qw[i], &rw[j], p.pairFloor)
			if s < p.pairFloor {
				s = 0
			}
			sim[i*m+j] = s
		}
	}
	wq, wr := w[:n], w[n:n+m]
	weight := p.weight
	if !capped {
		weight = p.orgWeight
	}
	for i := range qw {
		wq[i] = weight(qw[i].role)
	}
	for j := range rw {
		wr[j] = weight(rw[j].role)
	}
	var pair [maxTokens]int8
	al := p.best(sim, wq, wr, pair[:n])
	if !capped {
		return al
	}
	if c, ok := p.weakest(pair[:n], sim, qw, rw); ok {
		al.S = min(al.S, p.capFloor+(1-p.capFloor)*c)
	}
	return al
}

// orgWeight is the weight of a word of an organisation's name: a legal form
// weighs as a particle, every other word 1.
func (p *params) orgWeight(r role) float64 {
	if r&roleParticle != 0 {
		return p.wParticle
	}
	return 1
}

// weight returns the weight of a word of the given roles.
func (p *params) weight(r role) float64 {
	switch {
	case r&roleFamily != 0:
		return p.wFamily
	case r&roleGiven != 0:
		return p.wGiven
	case r&roleMiddle != 0:
		return p.wMiddle
	case r&roleParticle != 0:
		return p.wParticle
	}
	// A name of one word: it is the family name as often as the given name.
	return p.wFamily
}

// weakest returns the lower of the given name's and the family name's
// similarities to their partners (0 when unpaired), from the side where it
// is higher, and false when either side lacks a given or a family name. The
// names have at most maxNameWords words.
func (p *params) weakest(pair []int8, sim []float64, qw, rw []nameWord) (float64, bool) {
	m := len(rw)
	var qs, rs [maxNameWords]float64
	for i, j := range pair {
		if j >= 0 {
			qs[i], rs[j] = sim[i*m+int(j)], sim[i*m+int(j)]
		}
	}
	cq, okq := weakestSide(qw, qs[:len(qw)])
	cr, okr := weakestSide(rw, rs[:m])
	if !okq || !okr {
		return 0, false
	}
	return max(cq, cr), true
}

// weakestSide returns the lower of the similarities s of one side's given and
// family names, and false when it lacks either.
func weakestSide(ws []nameWord, s []float64) (float64, bool) {
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

// singleSim returns the similarity of the only word of one name with the
// only word of the other: 1 when equal, else Jaro-Winkler (the
// specification's examples), raised to the nickname's for a name and its
// nickname, and scaled down for each digit read as a letter.
func (p *params) singleSim(rules *NameRules, a, b *nameWord) float64 {
	s := 1.0
	if a.w != b.w {
		s = Similarity(a.w, b.w)
		if s < p.nickSim && rules.Nickname != nil && rules.Nickname(a.w, b.w) {
			s = p.nickSim
		}
	}
	return p.scaleLookalikes(s, a, b)
}

// wordSimAbove returns the similarity of two words of names of several words
// when it is at least floor, and otherwise some value below floor: 1 when
// equal; the initial's when one is a single letter ([initialSim]); else
// [Word], raised to the nickname's for a name and its nickname; scaled down
// for each digit read as a letter. This needs p.lookalike <= 1.
func (p *params) wordSimAbove(rules *NameRules, a, b *nameWord, floor float64) float64 {
	s := 1.0
	if a.w != b.w {
		var initial bool
		if s, initial = initialSim(p, a, b); !initial {
			// Below floor, s may be Jaro-Winkler, an upper bound of Word:
			// the nickname's similarity replaces it exactly when it is
			// higher.
			s = wordAbove(p, a.w, b.w, floor)
			if s < p.nickSim && rules.Nickname != nil && rules.Nickname(a.w, b.w) {
				s = p.nickSim
			}
		}
	}
	return p.scaleLookalikes(s, a, b)
}

// scaleLookalikes scales s down for each digit of a and b read as a letter.
func (p *params) scaleLookalikes(s float64, a, b *nameWord) float64 {
	for range a.lookalikes + b.lookalikes {
		s *= p.lookalike
	}
	return s
}

// rawAbove is wordSimAbove without the nickname and the lookalikes: what
// join compares. It does not call the rules, so that a word written on the
// stack may be given to it.
func (p *params) rawAbove(a, b *nameWord, floor float64) float64 {
	if a.w == b.w {
		return 1
	}
	if s, ok := initialSim(p, a, b); ok {
		return s
	}
	return wordAbove(p, a.w, b.w, floor)
}

// initialSim compares an initial with a word: a single letter against a word
// it begins, or the initials of two joined words ("jc" and "jean claude").
func initialSim(p *params, a, b *nameWord) (float64, bool) {
	if initialsAre(a, b.w) || initialsAre(b, a.w) {
		return p.initialSim, true
	}
	if a.runes != 1 && b.runes != 1 {
		return 0, false
	}
	ra, _ := utf8.DecodeRuneInString(a.w)
	rb, _ := utf8.DecodeRuneInString(b.w)
	if ra == rb {
		return p.initialSim, true
	}
	return 0, true
}

// initialsAre reports whether a is a joined word and s is its initials.
func initialsAre(a *nameWord, s string) bool {
	if a.nini == 0 {
		return false
	}
	var buf [3 * utf8.UTFMax]byte
	n := 0
	for _, r := range a.ini[:a.nini] {
		n += utf8.EncodeRune(buf[n:], r)
	}
	return string(buf[:n]) == s
}

// Single returns the similarity of a one-word value with another:
// Jaro-Winkler ([Similarity]), as the CAMARA specification's examples fix it
// ("Clara" and "Carla" 88 in the scoring proposal; "YYYY" and "YYYYXXXX" 90
// in the v0.4.0 response example). Where the Winkler prefix boost misleads
// ("albano" and "albanese", different names with a common beginning) the
// name scorer departs from it only inside names of several words ([Word]).
func Single(a, b string) float64 { return Similarity(a, b) }

// prepare turns words into name words: titles at the start dropped, digits
// in words of letters read as letters, particles marked, and the roles set
// by position (the first word that is not a particle is the given name, the
// last the family name, those between middle names).
func prepare(words []string, rules *NameRules, latin bool, dst []nameWord) []nameWord {
	start := 0
	if rules.Title != nil {
		for start < len(words)-1 && rules.Title(words[start]) {
			start++
		}
	}
	first, last := -1, -1
	for _, w := range words[start:] {
		if latin {
			w = latinize(w)
		}
		w, digits := readLookalikes(w)
		nw := newWord(w, 0)
		nw.lookalikes = int32(digits)
		if rules.Particle != nil && rules.Particle(nw.w) {
			nw.role = roleParticle
		} else {
			if first < 0 {
				first = len(dst)
			}
			last = len(dst)
		}
		dst = append(dst, nw)
	}
	for k := range dst {
		switch {
		case dst[k].role == roleParticle:
		case first == last:
			// One word: its role is unknown.
		case k == first:
			dst[k].role = roleGiven
		case k == last:
			dst[k].role = roleFamily
		default:
			dst[k].role = roleMiddle
		}
	}
	return dst
}

// lookalikes maps the digits that stand for letters in names typed or
// scanned badly.
var lookalikes = [10]byte{'o', 'i', 'z', 'e', 'a', 's', 'b', 't', 'b', 'g'}

// readLookalikes reads the digits of a word that also holds letters as the
// letters they look like, and counts them. A word of digits only is left
// alone.
func readLookalikes(w string) (string, int) {
	if !hasDigit(w) {
		return w, 0
	}
	digits, letters := 0, false
	for _, r := range w {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case unicode.IsLetter(r):
			letters = true
		}
	}
	if !letters {
		return w, 0
	}
	b := []byte(w)
	for i, c := range b {
		if c >= '0' && c <= '9' {
			b[i] = lookalikes[c-'0']
		}
	}
	return string(b), digits
}

// maxJoinBytes bounds the words that join runs together on the stack: three
// words of a name of 256 characters. Longer ones are written on the heap.
const maxJoinBytes = 4 * MaxRunes

// join runs two or three adjacent words of a together when the result meets a
// word of b better than either alone ("fridrich buchenberg" and
// "fridrichbuchenberg", "patr ushev" and "patrushev"), or when the word of b
// is their initials ("jc" and "jean claude"). Joins are made best first and
// never overlap; a is joined in place and returned.
//
// The nickname rule is left out of the comparisons: a nickname scores
// p.nickSim, which is at most p.joinMin, and a join must score above
// p.joinMin and above each of its words alone, so a nickname can neither
// make nor unmake one. The words run together are written on the stack, and
// only a join made is written on the heap.
func (p *params) join(a, b []nameWord) []nameWord {
	for len(a) >= 2 {
		bi, bn, bs := -1, 0, p.joinMin
		for i := 0; i+1 < len(a); i++ {
			for n := 2; n <= 3 && i+n <= len(a); n++ {
				ws := a[i : i+n]
				jw, ok := joinCandidate(ws)
				if !ok {
					continue
				}
				for k := range b {
					// Words of very different lengths are not worth the
					// comparison: the join cannot reach joinMin. (A word
					// that is the initials has as many runes as they.)
					if abs(int(jw.runes)-int(b[k].runes)) > 3 &&
						(b[k].runes != int32(jw.nini) || !initialsAre(&jw, b[k].w)) {
						continue
					}
					s := p.joinedAbove(&jw, ws, &b[k], bs)
					if s <= bs {
						continue
					}
					alone := 0.0
					for x := range ws {
						alone = max(alone, p.rawAbove(&ws[x], &b[k], s))
					}
					if s > alone {
						bi, bn, bs = i, n, s
					}
				}
			}
		}
		if bi < 0 {
			break
		}
		a = joinAt(a, bi, bn)
	}
	return a
}

// joinCandidate returns the words ws run together, as far as join's length
// test needs them: their initials and length in runes, the word itself left
// empty (joinedAbove writes it when a comparison needs it). It returns false
// when one of ws was joined already.
func joinCandidate(ws []nameWord) (nameWord, bool) {
	var jw nameWord
	valid := true
	for _, w := range ws {
		if w.nini > 0 {
			return nameWord{}, false
		}
		jw.ini[jw.nini], _ = utf8.DecodeRuneInString(w.w)
		jw.nini++
		jw.runes += w.runes
		valid = valid && w.valid
	}
	if !valid {
		// Bytes that are not UTF-8 may make a rune across two words: count
		// the runes of the words run together, written on the heap.
		for _, w := range ws {
			jw.w += w.w
		}
		jw.runes = int32(utf8.RuneCountInString(jw.w))
	}
	return jw, true
}

// shortJoin is the room on the stack for the words that joinedAbove runs
// together, up to which it needs no larger buffer.
const shortJoin = 64

// joinedAbove is rawAbove of jw, the words ws run together, against b. It
// writes jw's word on the stack when joinCandidate left it empty.
func (p *params) joinedAbove(jw *nameWord, ws []nameWord, b *nameWord, floor float64) float64 {
	if jw.w != "" {
		return p.rawAbove(jw, b, floor)
	}
	n := 0
	for _, w := range ws {
		n += len(w.w)
	}
	if n > shortJoin {
		return p.joinedAboveLong(jw, ws, b, floor)
	}
	var buf [shortJoin]byte
	c := *jw
	c.w = joinInto(buf[:], ws)
	return p.rawAbove(&c, b, floor)
}

// joinedAboveLong is joinedAbove for words longer than shortJoin bytes in
// all, in a frame of its own.
//
//go:noinline
func (p *params) joinedAboveLong(jw *nameWord, ws []nameWord, b *nameWord, floor float64) float64 {
	var buf [maxJoinBytes]byte
	c := *jw
	c.w = joinInto(buf[:], ws)
	return p.rawAbove(&c, b, floor)
}

// joinInto returns the words ws run together, written into buf when they
// fit (the string shares buf's memory), else on the heap.
func joinInto(buf []byte, ws []nameWord) string {
	n := 0
	for _, w := range ws {
		n += len(w.w)
	}
	if n > len(buf) || n == 0 {
		var s string
		for _, w := range ws {
			s += w.w
		}
		return s
	}
	n = 0
	for _, w := range ws {
		n += copy(buf[n:], w.w)
	}
	return unsafe.String(&buf[0], n)
}

// joinAt replaces the n words of a from i on by one word run together from
// them, with the roles of all and their initials, and returns a shortened.
func joinAt(a []nameWord, i, n int) []nameWord {
	jw := nameWord{valid: true}
	var w string
	for _, x := range a[i : i+n] {
		jw.ini[jw.nini], _ = utf8.DecodeRuneInString(x.w)
		jw.nini++
		w += x.w
		jw.role |= x.role
		jw.lookalikes += x.lookalikes
	}
	jw.w = w
	jw.valid = utf8.ValidString(w)
	jw.runes = int32(utf8.RuneCountInString(w))
	a[i] = jw
	copy(a[i+1:], a[i+n:])
	return a[:len(a)-n+1]
}

// hasLatin reports whether any of the words holds a Latin letter.
func hasLatin(words []string) bool {
	for _, w := range words {
		if hasLatinWord(w) {
			return true
		}
	}
	return false
}

// hasLatinWord reports whether w holds a Latin letter.
func hasLatinWord(w string) bool {
	for _, r := range w {
		if r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') || r >= utf8.RuneSelf && unicode.Is(unicode.Latin, r) {
			return true
		}
	}
	return false
}

// latinScripts are the scripts whose words are read in Latin letters to be
// compared with a name written in Latin letters. They are those that
// OpenSanctions rigour latinises (LATINIZE_SCRIPTS), with kana: alphabets
// and syllabaries, whose transliteration is close to how the names are
// written in Latin letters. Han is left out (its Mandarin readings are wrong
// for Japanese names), and so are the abjads (Arabic, Hebrew), which do not
// write the vowels.
var latinScripts = []*unicode.RangeTable{
	unicode.Cyrillic, unicode.Greek, unicode.Armenian, unicode.Georgian,
	unicode.Hangul, unicode.Hiragana, unicode.Katakana,
}

// latinize returns a word of one of the latinScripts in folded Latin letters
// (github.com/mozillazg/go-unidecode, the tables of Python's Unidecode:
// unidecode.Unidecode of the word, its letters and digits in lower case),
// and any other word as it is. A word read anew is one allocation: it is
// written on the stack first, then copied once.
func latinize(w string) string {
	for _, r := range w {
		if r >= utf8.RuneSelf && unicode.IsOneOf(latinScripts, r) {
			var buf [MaxRunes]byte
			b, ok := unidecodeInto(buf[:0], w)
			if !ok {
				return latinizeLong(w)
			}
			if len(b) == 0 {
				return w
			}
			return string(b)
		}
	}
	return w
}

// unidecodeInto appends to dst the letters and digits, in lower case, of
// unidecode.Unidecode(w), read from go-unidecode's tables as Unidecode reads
// them; false when they do not fit in dst's capacity.
func unidecodeInto(dst []byte, w string) ([]byte, bool) {
	for _, r := range w {
		var piece string
		switch {
		case r < unicode.MaxASCII:
			if len(dst) == cap(dst) {
				return dst, false
			}
			dst = appendFolded(dst, byte(r))
		case r > 0xeffff:
		default:
			if tb, ok := table.Tables[r>>8]; ok && len(tb) > int(r%256) {
				piece = tb[r%256]
			}
		}
		if len(dst)+len(piece) > cap(dst) {
			return dst, false
		}
		for i := 0; i < len(piece); i++ {
			dst = appendFolded(dst, piece[i])
		}
	}
	return dst, true
}

// appendFolded appends c to dst when it is a lower-case letter or a digit,
// and in lower case when it is an upper-case letter. Unidecode's output is
// ASCII: any other byte is dropped.
func appendFolded(dst []byte, c byte) []byte {
	switch {
	case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
		return append(dst, c)
	case c >= 'A' && c <= 'Z':
		return append(dst, c+'a'-'A')
	}
	return dst
}

// latinizeLong is latinize for a word whose Latin letters outgrow
// unidecodeInto's buffer.
func latinizeLong(w string) string {
	var b strings.Builder
	for _, c := range unidecode.Unidecode(w) {
		switch {
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			b.WriteRune(c)
		case c >= 'A' && c <= 'Z':
			b.WriteRune(c + 'a' - 'A')
		}
	}
	if b.Len() == 0 {
		return w
	}
	return b.String()
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
