package jp

import (
	"slices"
	"strings"
	"unicode"

	"github.com/kycmatch/kycmatch/score"
)

// Script is how a Japanese name or place is written.
type Script uint8

// The scripts, as [ScriptOf] tells them apart.
const (
	// ScriptNone: nothing to compare (punctuation, spaces).
	ScriptNone Script = iota
	// ScriptKana: hiragana, katakana, half-width katakana.
	ScriptKana
	// ScriptKanji: kanji, with or without kana.
	ScriptKanji
	// ScriptRomaji: Latin letters that read as Japanese romaji.
	ScriptRomaji
	// ScriptOther: anything else (a foreign name in Latin letters, digits).
	ScriptOther
)

// ScriptOf tells how s is written.
func ScriptOf(s string) Script {
	k := Kana(s)
	switch {
	case k == "":
		return ScriptNone
	case strings.ContainsFunc(k, isHan):
		return ScriptKanji
	case IsKana(k):
		return ScriptKana
	}
	if _, ok := ParseRomaji(s); ok {
		return ScriptRomaji
	}
	return ScriptOther
}

// Fold is a set of the folds that made two Japanese values equal, or the
// differences found between them.
type Fold uint16

// The folds.
const (
	// FoldWidth: full-width and half-width forms, case (NFKC).
	FoldWidth Fold = 1 << iota
	// FoldKanaScript: hiragana and katakana.
	FoldKanaScript
	// FoldSpacing: spaces and the middle dot between words.
	FoldSpacing
	// FoldLongVowel: a long-vowel look-alike written for ー.
	FoldLongVowel
	// FoldZengin: small kana, ヲ, ヂ, ヅ (Zengin rules, an option).
	FoldZengin
	// FoldVariant: old and variant kanji (髙 and 高).
	FoldVariant
	// FoldRomaji: two spellings of the same romaji (Tarō, Tarou, Taro) or a
	// kana reading and its romaji.
	FoldRomaji
	// FoldReading: a kanji name read as the other side's kana or romaji.
	FoldReading
	// FoldOrder: the same words in the other order (Taro Yamada, 山田太郎).
	FoldOrder
	// FoldNumber: the numbers of an address differ (block, lot).
	FoldNumber
)

// Options are the choices an operator makes for Japanese values. The zero
// value is the default.
type Options struct {
	// Zengin folds kana by the Zengin bank-transfer rules ([Zengin]) before
	// comparing: キャ equals キヤ, ヲ equals オ.
	Zengin bool
}

// A Match is the outcome of comparing a request value with a record value.
type Match struct {
	// Equal reports the two are the same value.
	Equal bool
	// Score is the similarity in [0, 1] when they are not.
	Score float64
	// Folds says what made them equal, or how they differ.
	Folds Fold
	// Source is where the reading came from, for a kanji name compared with
	// kana or romaji.
	Source Source
}

// kanjidicScore is the score of a reading that only KANJIDIC's readings of
// each kanji allow: evidence, not proof (KANJIDIC lists a dozen readings for
// most kanji), so never "true", but at least a dictionary reading one kana
// off scores.
const kanjidicScore = 0.9

// trueSource is the least specific source whose readings make a "true": a
// word read whole from ENAMDICT or the IPA dictionary, or kanji by kanji as
// ENAMDICT's names read each kanji.
const trueSource = SourceNameKanji

// CompareName compares a request name (or a family or given name, or a kana
// reading) with a record name, in any of kanji, kana and romaji:
//   - kana with kana: equal when [Kana] is (with [Zengin] under
//     o.Zengin), spaces ignored;
//   - kanji with kanji: equal when [FoldKanji] is, spaces ignored;
//   - romaji or kana with romaji: equal when [RomajiKey] is, in either word
//     order;
//   - kanji with kana or romaji: equal when [MatchReading] reads the kanji
//     as the other side, in either word order, every word whole from a
//     dictionary (ENAMDICT or IPA) or kanji by kanji with readings
//     ENAMDICT's names attest for each kanji (SourceNameKanji); a reading
//     that needs KANJIDIC's other readings only scores, at least 0.9.
//
// A foreign name in Latin letters is compared with katakana through the keys
// of foreign.go. A record name that holds aliases or a former name in the
// Digital Agency's notation ([Alternatives]) is equal when one of them is.
//
// The score is Jaro-Winkler on the canonical katakana, the kanji, or across
// scripts the romaji keys, words aligned as [score.Tokens] aligns them.
func CompareName(req, rec string, o Options) Match {
	alts := Alternatives(rec)
	if len(alts) == 1 {
		return compareName(req, rec, o)
	}
	var best Match
	for _, alt := range alts {
		m := compareName(req, alt, o)
		if m.Equal {
			return m
		}
		if m.Score > best.Score {
			best = m
		}
	}
	return best
}

func compareName(req, rec string, o Options) Match {
	sq, sr := ScriptOf(req), ScriptOf(rec)
	if sq == ScriptNone || sr == ScriptNone {
		return Match{}
	}
	if req == rec {
		return Match{Equal: true}
	}
	switch {
	case sq == ScriptKana && sr == ScriptKana:
		return compareKana(req, rec, o)
	case sq == ScriptKanji && sr == ScriptKanji:
		return compareKanji(req, rec)
	case sq == ScriptKanji && (sr == ScriptKana || sr == ScriptRomaji):
		return compareReading(req, rec, o)
	case sr == ScriptKanji && (sq == ScriptKana || sq == ScriptRomaji):
		return compareReading(rec, req, o)
	case (sq == ScriptKana || sq == ScriptRomaji) && (sr == ScriptKana || sr == ScriptRomaji):
		m := compareRomaji(req, rec)
		if !m.Equal && (sq == ScriptKana) != (sr == ScriptKana) {
			m = better(m, foreignEither(req, rec, sq))
		}
		return m
	case sq == ScriptOther && sr == ScriptKana || sq == ScriptKana && sr == ScriptOther:
		return foreignEither(req, rec, sq)
	}
	// A foreign name, or one side in another script: text similarity.
	q, r := strings.ToLower(Kana(req)), strings.ToLower(Kana(rec))
	if q == r {
		return Match{Equal: true, Folds: FoldWidth | FoldSpacing}
	}
	return Match{Score: tokens(KanaWords(req), KanaWords(rec)).S}
}

// foreignEither compares a Latin name with a katakana one, whichever side
// each is on; sq is the request's script.
func foreignEither(req, rec string, sq Script) Match {
	if sq == ScriptKana {
		return compareForeign(rec, req)
	}
	return compareForeign(req, rec)
}

// better returns the equal one of two matches, else the higher score.
func better(a, b Match) Match {
	if a.Equal || !b.Equal && a.Score >= b.Score {
		return a
	}
	return b
}

// kanaFolds reports the folds between two kana values whose [Kana] is equal.
func kanaFolds(req, rec string) Fold {
	var f Fold
	if strings.ContainsFunc(req, isHiragana) != strings.ContainsFunc(rec, isHiragana) {
		f |= FoldKanaScript
	}
	if strings.ContainsFunc(req, isHalfWidth) || strings.ContainsFunc(rec, isHalfWidth) {
		f |= FoldWidth
	}
	if len(KanaWords(req)) != len(KanaWords(rec)) {
		f |= FoldSpacing
	}
	if strings.ContainsFunc(req, isLongVowelLike) != strings.ContainsFunc(rec, isLongVowelLike) ||
		strings.ContainsFunc(req+rec, func(r rune) bool { return isLongVowelLike(r) && r != 'ー' }) {
		f |= FoldLongVowel
	}
	return f
}

func isHiragana(r rune) bool  { return r >= 0x3041 && r <= 0x309f }
func isHalfWidth(r rune) bool { return r >= 0xff61 && r <= 0xff9f || r >= 0xff01 && r <= 0xff5e }
func isSpace(r rune) bool     { return unicode.IsSpace(r) || r == '・' || r == '･' }

func compareKana(req, rec string, o Options) Match {
	q, r := Kana(req), Kana(rec)
	if q == r {
		f := kanaFolds(req, rec)
		if f == 0 {
			f = FoldWidth
		}
		return Match{Equal: true, Folds: f}
	}
	if o.Zengin && Zengin(q) == Zengin(r) {
		return Match{Equal: true, Folds: kanaFolds(req, rec) | FoldZengin}
	}
	qw, rw := KanaWords(req), KanaWords(rec)
	if o.Zengin {
		for i := range qw {
			qw[i] = Zengin(qw[i])
		}
		for i := range rw {
			rw[i] = Zengin(rw[i])
		}
	}
	return scoreWords(qw, rw)
}

func compareKanji(req, rec string) Match {
	qw, rw := kanjiWords(req), kanjiWords(rec)
	q, r := strings.Join(qw, ""), strings.Join(rw, "")
	if q == r {
		var f Fold
		if len(qw) != len(rw) {
			f |= FoldSpacing
		}
		if FoldKanji(Kana(req)) != Kana(req) || FoldKanji(Kana(rec)) != Kana(rec) {
			f |= FoldVariant
		}
		if f == 0 {
			f = FoldWidth
		}
		return Match{Equal: true, Folds: f}
	}
	if len(qw) == 2 && len(rw) == 2 && qw[0] == rw[1] && qw[1] == rw[0] {
		return Match{Score: tokens(qw, rw).S, Folds: FoldOrder}
	}
	return scoreWords(qw, rw)
}

func compareRomaji(req, rec string) Match {
	qw, rw := romajiWords(req), romajiWords(rec)
	if len(qw) == 0 || len(rw) == 0 {
		return Match{}
	}
	if strings.Join(qw, "") == strings.Join(rw, "") {
		return Match{Equal: true, Folds: FoldRomaji}
	}
	if swappedEqual(qw, rw) {
		return Match{Equal: true, Folds: FoldRomaji | FoldOrder}
	}
	return scoreWords(qw, rw)
}

// swappedEqual reports whether two words on one side, in the other order,
// are the other side's words (run together or not): Taro Yamada and
// ヤマダタロウ.
func swappedEqual(q, r []string) bool {
	if len(r) == 2 {
		q, r = r, q
	}
	return len(q) == 2 && q[1]+q[0] == strings.Join(r, "")
}

// romajiWords returns the romaji key of each word of a kana or romaji value.
func romajiWords(s string) []string {
	var words []string
	if IsKana(s) {
		words = KanaWords(s)
	} else {
		k, ok := ParseRomaji(s)
		if !ok {
			return nil
		}
		words = strings.Fields(k)
	}
	out := words[:0]
	for _, w := range words {
		if k := romajiKey(Kana(w)); k != "" {
			out = append(out, k)
		}
	}
	return out
}

// compareReading compares a kanji name with a kana or romaji one.
func compareReading(kanji, other string, o Options) Match {
	m := MatchReading(kanji, other, o.Zengin)
	if m.OK && m.Source <= trueSource {
		f := FoldReading
		if m.Swapped {
			f |= FoldOrder
		}
		if !IsKana(other) {
			f |= FoldRomaji
		}
		return Match{Equal: true, Folds: f, Source: m.Source}
	}
	s := readingScore(kanji, other, o)
	if m.OK {
		s = max(s, kanjidicScore)
	}
	out := Match{Score: s, Source: m.Source}
	if m.Swapped {
		out.Folds |= FoldOrder
	}
	return out
}

// maxCandidates bounds the readings of a kanji name a score is computed on.
const maxCandidates = 64

// readingScore returns the best similarity of a reading of the kanji name
// with the other side: Jaro-Winkler on the katakana, or on the romaji keys.
func readingScore(kanji, other string, o Options) float64 {
	kw := kanjiWords(kanji)
	romaji := !IsKana(other)
	var tw []string
	if romaji {
		tw = romajiWords(other)
	} else {
		tw = KanaWords(other)
		if o.Zengin {
			for i := range tw {
				tw[i] = Zengin(tw[i])
			}
		}
	}
	if len(kw) == 0 || len(tw) == 0 {
		return 0
	}
	target := strings.Join(tw, "")
	f := formKana
	switch {
	case romaji:
		f = formRomaji
	case o.Zengin:
		f = formZengin
	}
	best := 0.0
	for _, c := range candidateReadings(strings.Join(kw, ""), f, maxCandidates) {
		best = max(best, candidateScore(c, tw, target))
	}
	return best
}

// A candidate is a reading of a kanji name, with the byte offsets where its
// segments meet.
type candidate struct {
	text string
	cuts []int
}

// candidateReadings returns readings of a kanji name in form f, for a score:
// the name is split into the fewest dictionary words (ENAMDICT, IPA; 山田太郎
// as 山田 and 太郎, not 山田, 太 and 郎), a kanji no word covers read alone by
// its first three readings; the readings are every combination of the
// words' readings, up to limit. So the score of a name the dictionaries read
// is the score of those readings, not of every reading its kanji would
// allow one by one. Each reading is the forms of its segments run together
// (in romaji, a long vowel across two segments is not folded: close enough
// for a score).
func candidateReadings(word string, f form, limit int) []candidate {
	r := newReader(word, classFamily|classGiven)
	n := len(r.word)
	if n == 0 || n > maxNameRunes {
		return nil
	}
	// steps[i] is the fewest segments that read runes [0, i); from[i] the
	// start of the last one.
	const inf = 1 << 30
	steps := make([]int, n+1)
	from := make([]int, n+1)
	for i := 1; i <= n; i++ {
		steps[i] = inf
	}
	for i := 0; i < n; i++ {
		if steps[i] == inf {
			continue
		}
		segs := r.at(i)
		words := slices.ContainsFunc(segs, func(s segment) bool { return s.src < SourceNameKanji })
		for _, s := range segs {
			if words && s.src >= SourceNameKanji {
				continue
			}
			if steps[i]+1 < steps[s.j] {
				steps[s.j], from[s.j] = steps[i]+1, i
			}
		}
	}
	if steps[n] == inf {
		return nil
	}
	var bounds []int // segment starts, in order
	for i := n; i > 0; i = from[i] {
		bounds = append(bounds, from[i])
	}
	slices.Reverse(bounds)
	bounds = append(bounds, n)
	out := []candidate{{}}
	for k := 0; k+1 < len(bounds); k++ {
		i, j := bounds[k], bounds[k+1]
		var keys []string
		for idx := range r.segs[i] {
			s := &r.segs[i][idx]
			if s.j != j || len(keys) >= 3 && s.src >= SourceNameKanji {
				continue
			}
			if !s.has {
				s.key, s.has = f.of(s.kana), true
			}
			if !slices.Contains(keys, s.key) {
				keys = append(keys, s.key)
			}
		}
		var next []candidate
		for _, c := range out {
			for _, key := range keys {
				if len(next) >= limit {
					break
				}
				next = append(next, candidate{c.text + key, append(slices.Clip(c.cuts), len(c.text))})
			}
		}
		out = next
	}
	return out
}

// candidateScore is the similarity of a candidate reading with the target
// words: with two target words, the best token alignment over the places
// the candidate's segments meet (family | given); otherwise Jaro-Winkler on
// the words run together.
func candidateScore(c candidate, tw []string, target string) float64 {
	if len(tw) != 2 {
		return score.Similarity(c.text, target)
	}
	best, cut := 0.0, false
	for _, at := range c.cuts {
		if at == 0 || at >= len(c.text) {
			continue
		}
		best, cut = max(best, score.Tokens(tw, []string{c.text[:at], c.text[at:]}).S), true
	}
	if !cut {
		// One segment: no boundary to align the words on.
		return score.Similarity(c.text, target)
	}
	return best
}

// scoreWords is the Match of two values that are not equal: their words
// aligned ([wordsOrCompact]), ORDER_SWAP when the pairs cross.
func scoreWords(q, r []string) Match {
	al := wordsOrCompact(q, r)
	m := Match{Score: al.S}
	if al.Swapped {
		m.Folds |= FoldOrder
	}
	return m
}

// wordsOrCompact aligns the words when both sides have as many, and compares
// the words run together otherwise.
func wordsOrCompact(q, r []string) score.Alignment {
	if len(q) == len(r) {
		return tokens(q, r)
	}
	return score.Alignment{S: score.Similarity(strings.Join(q, ""), strings.Join(r, ""))}
}

func tokens(q, r []string) score.Alignment { return score.Tokens(q, r) }
