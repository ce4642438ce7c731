package score

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mozillazg/go-unidecode"
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
// can be measured (bench/accuracy) one at a time.
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
	// lookalikes counts the digits read as letters ("sech1n").
	lookalikes int
	// initials, for words joined from two, are their first letters.
	initials string
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
// rules may be nil.
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
		return Alignment{S: Similarity(strings.Join(q, " "), strings.Join(r, " "))}
	}
	if isOrgName(q) || isOrgName(r) {
		oq, lgq := orgForms(q)
		or, lgr := orgForms(r)
		return orgName(p, rules, oq, lgq, or, lgr)
	}
	var qb, rb [maxNameWords]nameWord
	lq, lr := hasLatin(q), hasLatin(r)
	qw, rw := prepare(q, rules, lr && !lq, qb[:0]), prepare(r, rules, lq && !lr, rb[:0])
	if len(qw) == 1 && len(rw) == 1 {
		return Alignment{S: wordSim(p, rules, &qw[0], &rw[0], true)}
	}
	return p.align(rules, qw, rw, true)
}

// orgName compares two organisation names: their terms in canonical words,
// the legal forms weighed as particles, every other word alike, and no cap.
func orgName(p *params, rules *NameRules, q []string, lq []bool, r []string, lr []bool) Alignment {
	mk := func(ws []string, lg []bool) []nameWord {
		out := make([]nameWord, len(ws))
		for i, w := range ws {
			out[i] = nameWord{w: w, role: roleMiddle}
			if lg[i] {
				out[i].role = roleParticle
			}
		}
		return out
	}
	qw, rw := mk(q, lq), mk(r, lr)
	if len(qw) == 1 && len(rw) == 1 {
		return Alignment{S: wordSim(p, rules, &qw[0], &rw[0], true)}
	}
	al := p.align(rules, qw, rw, false)
	return al
}

// align pairs the words of two names (joining adjacent words where that
// meets a word of the other side) and computes S, capped by the weakest of
// the given and family names when capped is set.
func (p *params) align(rules *NameRules, qw, rw []nameWord, capped bool) Alignment {
	qw, rw = join(p, rules, qw, rw)
	rw, qw = join(p, rules, rw, qw)
	n, m := len(qw), len(rw)
	sim := make([]float64, n*m)
	for i := range qw {
		for j := range rw {
			s := wordSim(p, rules, &qw[i], &rw[j], false)
			if s < p.pairFloor {
				s = 0
			}
			sim[i*m+j] = s
		}
	}
	var wbuf [2 * maxTokens]float64
	wq, wr := wbuf[:n], wbuf[n:n+m]
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
	pair := pairing(sim, n, m, wq, wr)
	al := p.evaluate(pair, sim, wq, wr)
	if al.Swapped {
		alt := ordered(sim, n, m, wq, wr)
		if a2 := p.evaluate(alt, sim, wq, wr); a2.S >= al.S {
			al, pair = a2, alt
		}
	}
	if c, ok := p.weakest(pair, sim, qw, rw); ok && capped {
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

// evaluate computes S for a pairing, applying the swap factor when the pairs
// cross. With substituted 0 there is no substitution rule (score.Tokens).
func (p *params) evaluate(pair []int, sim, wq, wr []float64) Alignment {
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
		num += sim[i*m+j] * w
		den += w
		if j < last {
			swapped = true
		}
		last = j
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

// weakest returns the lower of the given name's and the family name's
// similarities to their partners (0 when unpaired), from the side where it
// is higher, and false when either side lacks a given or a family name.
func (p *params) weakest(pair []int, sim []float64, qw, rw []nameWord) (float64, bool) {
	m := len(rw)
	var qs [maxTokens]float64
	var rs [maxTokens]float64
	for i, j := range pair {
		if j >= 0 {
			qs[i], rs[j] = sim[i*m+j], sim[i*m+j]
		}
	}
	side := func(ws []nameWord, s []float64) (float64, bool) {
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
	cq, okq := side(qw, qs[:len(qw)])
	cr, okr := side(rw, rs[:m])
	if !okq || !okr {
		return 0, false
	}
	return max(cq, cr), true
}

// wordSim returns the similarity of two words of names: 1 when equal; for
// one word against one word (single), Jaro-Winkler; otherwise the
// initial's when one is a single letter, else [Word]; raised to the
// nickname's for a name and its nickname; scaled down for each digit read
// as a letter.
func wordSim(p *params, rules *NameRules, a, b *nameWord, single bool) float64 {
	s := wordSimRaw(p, rules, a, b, single)
	for range a.lookalikes + b.lookalikes {
		s *= p.lookalike
	}
	return s
}

func wordSimRaw(p *params, rules *NameRules, a, b *nameWord, single bool) float64 {
	if a.w == b.w {
		return 1
	}
	var s float64
	if single {
		// One word against one word is Jaro-Winkler (the specification's
		// examples); only a nickname raises it.
		s = Similarity(a.w, b.w)
	} else {
		if s, ok := initialSim(p, a, b); ok {
			return s
		}
		s = wordWith(p, a.w, b.w)
	}
	if rules.Nickname != nil && rules.Nickname(a.w, b.w) {
		s = max(s, p.nickSim)
	}
	return s
}

// initialSim compares an initial with a word: a single letter against a word
// it begins, or the initials of two joined words ("jc" and "jean claude").
func initialSim(p *params, a, b *nameWord) (float64, bool) {
	if a.initials != "" && a.initials == b.w || b.initials != "" && b.initials == a.w {
		return p.initialSim, true
	}
	la, lb := utf8.RuneCountInString(a.w), utf8.RuneCountInString(b.w)
	if la != 1 && lb != 1 {
		return 0, false
	}
	ra, _ := utf8.DecodeRuneInString(a.w)
	rb, _ := utf8.DecodeRuneInString(b.w)
	if ra == rb {
		return p.initialSim, true
	}
	return 0, true
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
		nw := nameWord{w: w}
		if latin {
			w = latinize(w)
		}
		nw.w, nw.lookalikes = readLookalikes(w)
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
	digits, letters := 0, false
	for _, r := range w {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case unicode.IsLetter(r):
			letters = true
		}
	}
	if digits == 0 || !letters {
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

// join runs two adjacent words of a together when the result meets a word of
// b better than either alone ("fridrich buchenberg" and
// "fridrichbuchenberg", "patr ushev" and "patrushev"), or when the word of b
// is their initials ("jc" and "jean claude"). Joins are made best first and
// never overlap.
func join(p *params, rules *NameRules, a, b []nameWord) ([]nameWord, []nameWord) {
	for len(a) >= 2 {
		bi, bn, bs := -1, 0, p.joinMin
		for i := 0; i+1 < len(a); i++ {
			for n := 2; n <= 3 && i+n <= len(a); n++ {
				jw := joinWords(a[i : i+n])
				if jw.initials == "" {
					continue
				}
				for k := range b {
					// Words of very different lengths are not worth the
					// comparison: the join cannot reach joinMin.
					if jw.initials != b[k].w && abs(runeLen(jw.w)-runeLen(b[k].w)) > 3 {
						continue
					}
					s := wordSimRaw(p, rules, &jw, &b[k], false)
					alone := 0.0
					for x := i; x < i+n; x++ {
						alone = max(alone, wordSimRaw(p, rules, &a[x], &b[k], false))
					}
					if s > bs && s > alone {
						bi, bn, bs = i, n, s
					}
				}
			}
		}
		if bi < 0 {
			break
		}
		jw := joinWords(a[bi : bi+bn])
		a = append(append(append([]nameWord(nil), a[:bi]...), jw), a[bi+bn:]...)
	}
	return a, b
}

// joinWords returns adjacent words run together, with the roles of all and
// their initials; the initials are empty when one of them was joined
// already.
func joinWords(ws []nameWord) nameWord {
	var out nameWord
	var ini []rune
	for _, w := range ws {
		if w.initials != "" {
			return nameWord{}
		}
		r, _ := utf8.DecodeRuneInString(w.w)
		ini = append(ini, r)
		out.w += w.w
		out.role |= w.role
		out.lookalikes += w.lookalikes
	}
	out.initials = string(ini)
	return out
}

// hasLatin reports whether any of the words holds a Latin letter.
func hasLatin(words []string) bool {
	for _, w := range words {
		for _, r := range w {
			if r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') || r >= utf8.RuneSelf && unicode.Is(unicode.Latin, r) {
				return true
			}
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
// (github.com/mozillazg/go-unidecode, the tables of Python's Unidecode), and
// any other word as it is.
func latinize(w string) string {
	for _, r := range w {
		if r >= utf8.RuneSelf && unicode.IsOneOf(latinScripts, r) {
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
	}
	return w
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
