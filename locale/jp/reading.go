package jp

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// maxWordRunes bounds the kanji words the readings are looked up for, and
// maxNameRunes the names a reading is searched for: a name is a few kanji, and
// the search is quadratic in its length.
const (
	maxWordRunes = 6
	maxNameRunes = 24
)

// segment is one way to read the kanji runes [i, j) of a word.
type segment struct {
	j    int
	kana string
	src  Source
	key  string // kana in the form of the search, once computed
	has  bool   // key is computed
	// family reports a dictionary word read as a family or place name,
	// given one read as a given name.
	family, given bool
}

// reader finds the readings of one kanji name, segment by segment; it
// remembers the segments of each start position.
type reader struct {
	text  string
	word  []rune
	offs  []int // the byte offset in text of each rune of word, and the end
	class uint8
	segs  [][]segment // by start position, a kanji read inside a word; nil until asked
	// segsStart are the segments of a position read as the start of a word
	// (the given name of a family name and given name run together); nil
	// until asked.
	segsStart [][]segment
	buf       []Reading // the dictionaries' readings at one position
	words     []segment // the dictionary words at one position
}

func newReader(word string, class uint8) *reader {
	w := []rune(word)
	r := &reader{text: word, word: w, offs: make([]int, 0, len(w)+1), class: class, segs: make([][]segment, len(w))}
	for i := range word {
		r.offs = append(r.offs, i)
	}
	r.offs = append(r.offs, len(word))
	return r
}

// sub returns the runes [i, j) of the word.
func (r *reader) sub(i, j int) string { return r.text[r.offs[i]:r.offs[j]] }

// at returns the segments that start at rune i, a kanji there read as
// inside a word (voiced: 田 as ダ in 山田) unless i is 0, the last rune read
// as the end of one.
func (r *reader) at(i int) []segment {
	if r.segs[i] == nil {
		r.segs[i] = r.segments(i, i > 0)
	}
	return r.segs[i]
}

// atStart returns the segments that start at rune i read as the start of a
// word: a given name after its family name is not voiced (花子 is never バナコ,
// in 山田花子 either).
func (r *reader) atStart(i int) []segment {
	if i == 0 {
		return r.at(0)
	}
	if r.segsStart == nil {
		r.segsStart = make([][]segment, len(r.word))
	}
	if r.segsStart[i] == nil {
		r.segsStart[i] = r.segments(i, false)
	}
	return r.segsStart[i]
}

// segments works out the segments that start at rune i, a kanji alone read
// as inside a word or as its start, and at the last rune as the end of a
// word or a word of its own ([kanjiEntry.forms]); never nil.
func (r *reader) segments(i int, inside bool) []segment {
	w := r.word
	// A run of kana reads as itself; ヶ, written between kanji (一ヶ谷),
	// reads as a kanji (kanji.txt.gz: 个, カ or ガ, or ケ).
	if isKatakana(w[i]) && w[i] != 'ヶ' {
		j := i
		for j < len(w) && isKatakana(w[j]) && w[j] != 'ヶ' {
			j++
		}
		out := make([]segment, 0, j-i)
		for k := i + 1; k <= j; k++ {
			out = append(out, segment{j: k, kana: r.sub(i, k), src: SourceKana})
		}
		return out
	}
	// Dictionary words starting here, longest first.
	words := r.words[:0]
	for j := min(len(w), i+maxWordRunes); j > i; j-- {
		sub := r.sub(i, j)
		if j-i == 1 && w[i] == '々' {
			continue
		}
		r.buf = appendNameReadings(r.buf[:0], sub)
		r.buf = appendIPAReadings(r.buf, sub, r.class|classPlace)
		for _, rd := range r.buf {
			// A family name is often a place name: the IPA dictionary's
			// places read persons' names too.
			if rd.Source == SourceENAMDICT || rd.class&r.class != 0 || r.class&classFamily != 0 && rd.class&classPlace != 0 {
				words = append(words, segment{j: j, kana: rd.Kana, src: rd.Source, family: rd.class&(classFamily|classPlace) != 0, given: rd.class&classGiven != 0})
			}
		}
	}
	r.words = words
	// One kanji read alone: KANJIDIC's readings, voiced after another kanji
	// (rendaku: 田 as ダ in 山田), with a final チ, ツ, ク or キ as ッ (一 as イッ).
	k := w[i]
	if k == '々' && i > 0 {
		k = w[i-1]
	}
	var forms []kanjiForm
	if e := kanjiReadings(k); e != nil {
		pos := posInitial
		switch {
		case len(w) == 1:
			pos = posAlone
		case inside && i == len(w)-1:
			pos = posFinal
		case inside:
			pos = posInside
		}
		forms = e.forms(pos)
	}
	out := make([]segment, len(words), len(words)+len(forms))
	copy(out, words)
	for _, f := range forms {
		out = append(out, segment{j: i + 1, kana: f.kana, src: f.src})
	}
	return out
}

// A kanjiForm is one way to read a kanji alone, and where the reading is
// from.
type kanjiForm struct {
	kana string
	src  Source
}

// A position is where a kanji read alone stands in its word.
type position uint8

const (
	posInitial position = iota // the first of a word of two or more
	posInside                  // after the first
	posFinal                   // the last of a word of two or more
	posAlone                   // a word of one kanji
)

// forms returns the readings of the kanji alone at pos (appendKanjiForms),
// worked out on first use. A reading the names give a kanji inside them is
// not one at their end unless they give it there too (三 as サブ in 三郎, 兵 as
// ベ in 兵衛). A word of one kanji takes the readings names give it at their
// start, but not one of a single kana: that is a part of a name (真 as マ in
// 真由美, 愛 as ア in 愛美), and a name of one kana is one the dictionaries
// read whole. The last kanji of a name run together is read as inside
// it: the given name after a family name starts where the search guesses
// ([reader.atStart] reads it as a start, as posInitial).
func (e *kanjiEntry) forms(pos position) []kanjiForm {
	e.once.Do(func() {
		for _, rd := range e.readings {
			e.initialForms = appendKanjiForms(e.initialForms, rd, false, e.initial)
			e.insideForms = appendKanjiForms(e.insideForms, rd, true, e.inside)
			e.finalForms = appendKanjiForms(e.finalForms, rd, true, e.final)
			alone := e.initial
			if utf8.RuneCountInString(rd) < 2 {
				alone = nil
			}
			e.aloneForms = appendKanjiForms(e.aloneForms, rd, false, alone)
		}
	})
	switch pos {
	case posInside:
		return e.insideForms
	case posFinal:
		return e.finalForms
	case posAlone:
		return e.aloneForms
	}
	return e.initialForms
}

// appendKanjiForms appends the forms of one KANJIDIC reading rd of a kanji:
// itself, voiced inside a name (rendaku: タ as ダ in 山田, ハ as バ and パ),
// and with a final チ, ツ, ク or キ as ッ (一 as イッ). A form the names attest
// often enough is SourceNameKanji, any other SourceKANJIDIC.
func appendKanjiForms(out []kanjiForm, rd string, inside bool, attested map[string]int) []kanjiForm {
	add := func(f string) {
		src := SourceKANJIDIC
		if attested[f] >= attestedReadings {
			src = SourceNameKanji
		}
		out = append(out, kanjiForm{f, src})
	}
	add(rd)
	first, n := utf8.DecodeRuneInString(rd)
	if inside {
		if v := voiced(first); v != 0 {
			add(string(v) + rd[n:])
		}
		if first == 'ハ' || first == 'ヒ' || first == 'フ' || first == 'ヘ' || first == 'ホ' {
			add(string(first+2) + rd[n:])
		}
	}
	last, m := utf8.DecodeLastRuneInString(rd)
	if len(rd) > m && (last == 'チ' || last == 'ツ' || last == 'ク' || last == 'キ') {
		add(rd[:len(rd)-m] + "ッ")
	}
	return out
}

// A ReadingMatch says how a kanji name was read as the other side's kana or
// romaji.
type ReadingMatch struct {
	// OK reports that a reading of the kanji equals the other side.
	OK bool
	// Source is the least specific source the reading needed: ENAMDICT or
	// IPA when every word was read whole from a dictionary, SourceNameKanji
	// when a kanji was read alone as ENAMDICT's names read it, KANJIDIC when
	// a kanji needed another of KANJIDIC's readings. It is meaningful only
	// with OK.
	Source Source
	// Swapped reports that the words matched in the other order (Taro Yamada
	// against 山田 太郎).
	Swapped bool
}

// True reports whether the reading makes a "true": found, and from a source
// no less specific than trueSource (DESIGN.md 3.1).
func (m ReadingMatch) True() bool { return m.OK && m.Source <= trueSource }

// form is how readings are compared: as katakana, as Zengin-folded
// katakana, or as romaji keys.
type form uint8

const (
	formKana form = iota
	formZengin
	formRomaji
)

func (f form) of(kana string) string {
	switch f {
	case formZengin:
		return Zengin(kana)
	case formRomaji:
		return romajiKey(kana)
	}
	return kana
}

// readsAs reports whether the kanji word can be read as target (already in
// form f), and the least specific source needed. The search runs over
// (kanji position, target position), keeping at each the most specific
// source that reaches it. A segment that starts where a word starts, at a
// kanji rune in kanjiStarts (a bit each) or at a target byte offset in
// targetStarts, reads as the start of a word (reader.atStart).
//
// With wordsFirst (a full name, and neither side says where its given name
// starts), a name that starts with a family name of the dictionaries (a
// word they read as a family or place name) starts with the longest one,
// read as that word, and the kanji after it reads as the start of the given
// name. So 山田花子 is 山田 then 花子, or 花 as a start, never 山田 then 花
// voiced inside a word (ヤマダバナコ). When that finds no reading, a shorter
// family name followed by a given name read whole may (familyThenGiven).
func readsAs(r *reader, target string, f form, kanjiStarts uint32, targetStarts []int, wordsFirst bool) (Source, bool) {
	n := len(r.word)
	if n == 0 || n > maxNameRunes || target == "" {
		return 0, false
	}
	// best[i][p]: the least specific source of the best path reaching kanji
	// rune i and target byte p; geminate paths (a reading ending in ッ, whose
	// consonant the next reading doubles) are kept apart in romaji form, and
	// with wordsFirst the paths that have just read the family name as a
	// dictionary word.
	type state struct {
		i, p      int
		gem, word bool
	}
	width := len(target) + 1
	layers := 2
	if wordsFirst {
		layers = 4
	}
	var stack [1024]Source
	bestBuf := stack[:0]
	if size := layers * (n + 1) * width; size <= len(stack) {
		bestBuf = stack[:size]
	} else {
		bestBuf = make([]Source, size)
	}
	for k := range bestBuf {
		bestBuf[k] = noSource
	}
	at := func(s state) *Source {
		g := 0
		if s.gem {
			g = 1
		}
		if s.word {
			g += 2
		}
		return &bestBuf[(g*(n+1)+s.i)*width+s.p]
	}
	*at(state{0, 0, false, false}) = SourceKana
	// Visit states in order of i, then p.
	var fb [32]state
	frontier := append(fb[:0], state{0, 0, false, false})
	for len(frontier) > 0 {
		// Pick the state with the smallest i (then p): a simple priority by
		// scanning, since the frontier is small.
		bi := 0
		for k, s := range frontier {
			if s.i < frontier[bi].i || s.i == frontier[bi].i && s.p < frontier[bi].p {
				bi = k
			}
		}
		s := frontier[bi]
		frontier[bi] = frontier[len(frontier)-1]
		frontier = frontier[:len(frontier)-1]
		src := *at(s)
		if s.i == n {
			continue
		}
		var segs []segment
		if kanjiStarts&(1<<s.i) != 0 || slices.Contains(targetStarts, s.p) || s.word {
			segs = r.atStart(s.i)
		} else {
			segs = r.at(s.i)
		}
		longest := 0 // with wordsFirst, the end of the longest family name at 0
		if wordsFirst && s.i == 0 {
			for k := range segs {
				if isWord(segs[k]) && segs[k].family {
					longest = max(longest, segs[k].j)
				}
			}
		}
		for k := range segs {
			seg := &segs[k]
			if longest > 0 && seg.j != longest {
				continue
			}
			if f == formRomaji && !seg.has && !s.gem && !mayStart(seg.kana, target, s.p) {
				continue
			}
			rd := seg.keyIn(f)
			gem := false
			if f == formRomaji && strings.HasSuffix(seg.kana, "ッ") {
				gem = true
			}
			lens, nc := candidates(rd, target, s.p, s.gem, f)
			for _, n := range lens[:nc] {
				ns := state{seg.j, s.p + n, gem, longest > 0}
				nsrc := max(src, seg.src)
				if old := at(ns); nsrc < *old {
					if *old == noSource {
						frontier = append(frontier, ns)
					}
					*old = nsrc
				}
			}
		}
	}
	out := noSource
	for _, end := range [...]state{{n, len(target), false, false}, {n, len(target), true, false}} {
		out = min(out, *at(end))
		if wordsFirst {
			end.word = true
			out = min(out, *at(end))
		}
	}
	if out == noSource && wordsFirst {
		out = familyThenGiven(r, target, f)
	}
	return out, out != noSource
}

// familyThenGiven returns the least specific source with which a name run
// together reads as target as a family name of the dictionaries followed
// by a word they read whole as a given name, or noSource. It is readsAs's
// fallback when the longest family name at the start does not read the
// name: 森明治 is read as 森明 then 治 first, and as 森 then 明治 here. The
// given name must be a whole word of the given-name class, so a shorter
// family name never lets a kanji be read voiced or kanji by kanji where the
// longest one would not (フルタヅキ is not 古田月 through the family name 田月
// read タヅキ).
func familyThenGiven(r *reader, target string, f form) Source {
	n := len(r.word)
	best := noSource
	fams := r.at(0)
	for k := range fams {
		fam := &fams[k]
		if !isWord(*fam) || !fam.family || fam.j >= n {
			continue
		}
		fl, fn := candidates(fam.keyIn(f), target, 0, false, f)
		gem := f == formRomaji && strings.HasSuffix(fam.kana, "ッ")
		for _, p := range fl[:fn] {
			given := r.atStart(fam.j)
			for m := range given {
				g := &given[m]
				if !isWord(*g) || !g.given || g.j != n {
					continue
				}
				gl, gn := candidates(g.keyIn(f), target, p, gem, f)
				for _, l := range gl[:gn] {
					if p+l == len(target) {
						best = min(best, max(fam.src, g.src))
					}
				}
			}
		}
	}
	return best
}

// keyIn returns the segment's reading in form f, computed once.
func (s *segment) keyIn(f form) string {
	if !s.has {
		s.key, s.has = f.of(s.kana), true
	}
	return s.key
}

// noSource is the source of no reading, less specific than every other.
const noSource = Source(255)

// isWord reports whether a segment is a dictionary word (ENAMDICT, IPA).
func isWord(s segment) bool { return s.src == SourceENAMDICT || s.src == SourceIPA }

// mayStart reports whether a reading could match the romaji target at p,
// from the first letter of its first kana alone: false only when that letter
// is a consonant other than target[p]. It spares computing the romaji key of
// readings that cannot match.
func mayStart(kana, target string, p int) bool {
	r, _ := utf8.DecodeRuneInString(kana)
	rom := tables().romanOf(r)
	if rom == "" || p >= len(target) {
		return true
	}
	c := rom[0]
	return isVowel(c) || c == target[p]
}

// candidates returns the lengths of target at position p that the forms a
// reading rd may take there read: itself; in romaji form, without a first
// long vowel that the reading before ended on (オ then ウチ is ochi), and
// with its first consonant doubled after a ッ.
func candidates(rd, target string, p int, gem bool, f form) (lens [2]int, n int) {
	rest := target[p:]
	if f != formRomaji {
		if strings.HasPrefix(rest, rd) {
			lens[0], n = len(rd), 1
		}
		return lens, n
	}
	forms := [2]string{rd}
	nf := 1
	if p > 0 && rd != "" {
		prev := target[p-1]
		if rd[0] == 'u' && (prev == 'o' || prev == 'u') || rd[0] == 'o' && prev == 'o' {
			forms[1], nf = rd[1:], 2
		}
	}
	for _, c := range forms[:nf] {
		switch {
		case !gem:
		case strings.HasPrefix(c, "ch"):
			// tch
			if !strings.HasPrefix(rest, "t") {
				continue
			}
			if strings.HasPrefix(rest[1:], c) {
				lens[n], n = 1+len(c), n+1
			}
			continue
		case c != "" && !isVowel(c[0]):
			// The consonant doubled.
			if !strings.HasPrefix(rest, c[:1]) {
				continue
			}
			if strings.HasPrefix(rest[1:], c) {
				lens[n], n = 1+len(c), n+1
			}
			continue
		}
		if strings.HasPrefix(rest, c) {
			lens[n], n = len(c), n+1
		}
	}
	return lens, n
}

// MatchReading reports whether the kanji name (its words separated by
// spaces, family name first, or run together) can be read as reading, a kana
// reading or a romaji spelling, through the readings of its words
// ([WordReadings]) or, failing those, of its kanji one by one (KANJIDIC). An
// ambiguous kanji (幸子: サチコ, ユキコ) is decided by the other side. Kana
// are compared as [Kana] (as [Zengin] of it with zengin), romaji as
// [RomajiKey]. When both sides have the same number of words they are read
// word by word, in order or, failing that, in the reverse order (Taro Yamada);
// otherwise the words are run together. The first call loads the
// dictionaries.
func MatchReading(kanji, reading string, zengin bool) ReadingMatch {
	o := Options{Zengin: zengin}
	other := newOneName(reading, o)
	if other.script != ScriptKana && other.script != ScriptRomaji {
		return ReadingMatch{}
	}
	return matchReading(kanjiWords(kanji), other, zengin, false)
}

// matchReading is [MatchReading] of the kanji words kw and a name in kana or
// romaji worked out with the same Zengin option; with fullName the name is
// a full name ([Options.FullName]).
func matchReading(kw []string, other *name, zengin, fullName bool) ReadingMatch {
	if other.script == ScriptKana {
		if zengin {
			return matchWords(kw, other.zwords, formZengin, classFamily|classGiven, fullName)
		}
		return matchWords(kw, other.words, formKana, classFamily|classGiven, fullName)
	}
	return matchWords(kw, other.targets, formRomaji, classFamily|classGiven, fullName)
}

// kanjiWords returns the words of a name or place in kanji, each through
// [Kana] (hiragana in katakana, widths folded) and [FoldKanji], a ケ between
// kanji written ヶ (keBetweenKanji).
func kanjiWords(s string) []string {
	ws := KanaWords(s)
	for i, w := range ws {
		w = FoldKanji(w)
		if strings.Contains(w, "ケ") {
			b := []byte(w)
			keBetweenKanji(b)
			w = string(b)
		}
		ws[i] = w
	}
	return ws
}

// matchWords reads the kanji words kw as the target words tw (already in form
// f); with fullName they are a full name ([Options.FullName]).
func matchWords(kw, tw []string, f form, class uint8, fullName bool) ReadingMatch {
	if len(kw) == 0 || len(tw) == 0 {
		return ReadingMatch{}
	}
	// Each word is read once for both orders (a reader keeps its segments
	// and their keys in form f).
	if len(kw) == len(tw) && len(kw) > 1 {
		readers := make([]*reader, len(kw))
		src, ok := wordByWord(readers, kw, tw, f, class)
		if ok && src <= trueSource {
			return ReadingMatch{OK: true, Source: src}
		}
		if len(kw) == 2 {
			// The other order too when the first reads only through
			// KANJIDIC: 須藤 修斗 reads Shuto Sudo in order, 修斗 as スド
			// (KANJIDIC's 斗 ト voiced), and swapped through ENAMDICT.
			if ssrc, sok := wordByWord(readers, kw, []string{tw[1], tw[0]}, f, class); sok && (!ok || ssrc < src) {
				return ReadingMatch{OK: true, Source: ssrc, Swapped: true}
			}
		}
		if ok {
			return ReadingMatch{OK: true, Source: src}
		}
	}
	// Run together, each word (of either side) begins as a word begins.
	joined := strings.Join(kw, "")
	r := newReader(joined, class)
	var kanjiStarts uint32
	n := 0
	for _, w := range kw[:len(kw)-1] {
		n += utf8.RuneCountInString(w)
		if n < 32 {
			kanjiStarts |= 1 << n
		}
	}
	var tb [4]int
	wordsFirst := fullName && len(kw) == 1 && len(tw) == 1
	if src, ok := readsAs(r, strings.Join(tw, ""), f, kanjiStarts, wordStarts(tb[:0], tw), wordsFirst); ok {
		return ReadingMatch{OK: true, Source: src}
	}
	if len(tw) == 2 {
		if src, ok := readsAs(r, tw[1]+tw[0], f, kanjiStarts, wordStarts(tb[:0], []string{tw[1], tw[0]}), false); ok {
			return ReadingMatch{OK: true, Source: src, Swapped: true}
		}
	}
	return ReadingMatch{}
}

// wordStarts appends to dst the byte offsets where the words of tw after the
// first start once run together.
func wordStarts(dst []int, tw []string) []int {
	n := 0
	for _, w := range tw[:len(tw)-1] {
		n += len(w)
		dst = append(dst, n)
	}
	return dst
}

// wordByWord reads each kanji word as its target word, with the reader of
// each word in readers (made when nil).
func wordByWord(readers []*reader, kw, tw []string, f form, class uint8) (Source, bool) {
	worst := SourceKana
	for i := range kw {
		if readers[i] == nil {
			readers[i] = newReader(kw[i], class)
		}
		src, ok := readsAs(readers[i], tw[i], f, 0, nil, false)
		if !ok {
			return 0, false
		}
		worst = max(worst, src)
	}
	return worst, true
}

// splitReading splits a full name's reading written without a space
// (ヤマダユキコ) into the family name's and the given name's: where the
// family name in kanji reads as what comes before and the given name as what
// comes after, as a "true" reading does (DESIGN.md 3.1), each word read by
// one reader; "" and "" when no place or more than one does.
func splitReading(family, given, reading string) (string, string) {
	k := Kana(reading)
	fr := newReader(strings.Join(kanjiWords(family), ""), classFamily|classGiven)
	gr := newReader(strings.Join(kanjiWords(given), ""), classFamily|classGiven)
	at := -1
	for p := range k {
		if p == 0 {
			continue
		}
		if src, ok := readsAs(fr, k[:p], formKana, 0, nil, false); !ok || src > trueSource {
			continue
		}
		if src, ok := readsAs(gr, k[p:], formKana, 0, nil, false); ok && src <= trueSource {
			if at >= 0 {
				return "", ""
			}
			at = p
		}
	}
	if at < 0 {
		return "", ""
	}
	return k[:at], k[at:]
}
