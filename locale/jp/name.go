package jp

import (
	"bytes"
	"cmp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/kycmatch/kycmatch/normalize"
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
	var kb [64]byte
	return scriptOfKana(appendKana(kb[:0], s, false), s)
}

// scriptOfKana is [ScriptOf] of s, whose [Kana] is k.
func scriptOfKana(k []byte, s string) Script {
	switch {
	case len(k) == 0:
		return ScriptNone
	case bytes.ContainsFunc(k, isHan):
		return ScriptKanji
	case allKatakana(k):
		return ScriptKana
	}
	var rb [64]byte
	if _, ok := appendParseRomaji(rb[:0], s, false); ok {
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
	// FoldDiacritic: Latin letters with and without their diacritics (Á and
	// A), where the words of a Latin name are in another order.
	FoldDiacritic
	// FoldTransliteration: an umlaut and its spelling with e (Ü and UE),
	// where the words of a Latin name are in another order.
	FoldTransliteration
)

// Options are the choices an operator makes for Japanese values. The zero
// value is the default.
type Options struct {
	// Zengin folds kana by the Zengin bank-transfer rules ([Zengin]) before
	// comparing: キャ equals キヤ, ヲ equals オ.
	Zengin bool
	// FullName says the values are full names, family name first, as
	// CAMARA's name and nameKana* are: when neither side has a space, a
	// kanji name that starts with a family name in the dictionaries is read
	// as that family name and then a given name, whose first kanji is not
	// voiced (ヤマダバナコ is not 山田花子). Without it a value is read as one
	// word (givenName, familyName).
	FullName bool
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
// Digital Agency's notation ([Alternatives]) is equal when one of them is. A
// record name written with its registered reading ([WithReading]) is
// compared, against kana or romaji, with that reading, not the
// dictionaries'.
//
// The score is Jaro-Winkler on the canonical katakana, the kanji, or across
// scripts the romaji keys, words aligned as [score.Tokens] aligns them.
func CompareName(req, rec string, o Options) Match {
	return compareNames(newName(req, o), newName(rec, o), o, true)
}

// A name is one side of [CompareName]: what it reads of a name or a kana
// reading whatever the other side is, worked out once. [NameComparer]
// works it out in Canon for a value that may hold kanji.
type name struct {
	text     string
	script   Script
	japanese bool     // japanese(text): kana or kanji in it
	kana     string   // Kana(text)
	words    []string // KanaWords(text)
	lower    string   // strings.ToLower(kana): the equality of other scripts
	// Kana: which of the folds of kanaFolds the text holds, and with the
	// Zengin option the Zengin forms.
	marks  kanaMarks
	zengin string
	zwords []string
	// Kana and romaji: the romaji key of each word (of the Kana, or of
	// ParseRomaji), but the empty ones.
	romaji []string
	// Romaji: the keys of the words of ParseRomaji(text), as MatchReading
	// reads them.
	targets []string
	// Kanji: kanjiWords(text), and whether FoldKanji changes the text.
	kanji   []string
	variant bool
	// Kana: the key of each word as the transcription of a foreign name
	// (appendKatakanaKey); Latin letters: foreignKeys of the Kana.
	foreign []string
	// alts are the names of Alternatives(text) when it holds more than one.
	alts []*name
	// reading is the registered reading of a name in kanji or Latin
	// letters written with it ([WithReading]), in kana; nil for none.
	// readingOf is the full name in kanji the reading is of when it is
	// not the name's own words (a part of it, or its words in another
	// order), and reg what [name.registered] works out of both, once.
	reading   *name
	readingOf string
	reg       struct {
		once  sync.Once
		name  *name    // the reading of the name's own words
		words []string // the reading of each of its words; nil when none aligns
	}
}

// kanaMarks says which folds between kana values a kana value holds.
type kanaMarks struct {
	hiragana, halfWidth, longVowel, longOther bool
}

// newName works out the name s with the options o.
func newName(s string, o Options) *name {
	if base, rd, ok := cutReading(s); ok {
		n := newName(base, o)
		rd, of, _ := strings.Cut(rd, readingOfMark)
		r := newOneName(rd, o)
		if r.script != ScriptKana {
			return n
		}
		// In the Digital Agency's notation, the reading is the current
		// name's: not an alias's, nor a former name's.
		at := n
		if n.alts != nil {
			at = nil
			cur := strings.Join(strings.Fields(currentName(base)), " ")
			for _, a := range n.alts {
				if strings.Join(strings.Fields(a.text), " ") == cur {
					at = a
				}
			}
		}
		if at != nil && at.script != ScriptKana && at.script != ScriptNone {
			at.reading, at.readingOf = r, of
		}
		return n
	}
	n := newOneName(s, o)
	if !hasAlternatives(s) {
		return n
	}
	if alts := Alternatives(s); len(alts) > 1 {
		n.alts = make([]*name, len(alts))
		for i, a := range alts {
			n.alts[i] = newOneName(a, o)
		}
	}
	return n
}

func newOneName(s string, o Options) *name {
	n := &name{text: s, japanese: japanese(s)}
	// Every form is written into one buffer b and made one string, of which
	// the fields are pieces (spans of b); the lists (l) are runs of spans and
	// share one slice. Buffers on the stack, functions rather than closures
	// or methods, so that nothing but the name, the string and the slice is
	// allocated.
	var bb [256]byte
	var sb [32][2]int
	b, spans := bb[:0], sb[:0]
	// One pass of Kana with the spaces: Kana(s) is it without them, and Kana
	// of each word is the word (FuzzKana).
	b = appendKana(b, s, true)
	if len(b) == 0 {
		return n // ScriptNone
	}
	words := list{len(spans), 0}
	spans = appendWordSpans(spans, b)
	words.n = len(spans) - words.i
	kana := words
	if words.n > 1 {
		start := len(b)
		for i := 0; i < start; i++ {
			if c := b[i]; c != ' ' {
				b = append(b, c)
			}
		}
		kana = list{len(spans), 1}
		spans = append(spans, [2]int{start, len(b)})
	}
	k := b[spans[kana.i][0]:spans[kana.i][1]]
	n.script = scriptOfKana(k, s)
	lower, zengin, zwords, romaji, foreign, kanji, targets := -1, -1, list{}, list{}, list{}, list{}, list{}
	switch n.script {
	case ScriptKana:
		n.marks = kanaMarks{
			hiragana:  strings.ContainsFunc(s, isHiragana),
			halfWidth: strings.ContainsFunc(s, isHalfWidth),
			longVowel: strings.ContainsFunc(s, isLongVowelLike),
			longOther: strings.ContainsFunc(s, func(r rune) bool { return isLongVowelLike(r) && r != 'ー' }),
		}
		if o.Zengin {
			b, spans, zwords = addEach(b, spans, kana, opZengin)
			zengin = zwords.i
			b, spans, zwords = addEach(b, spans, words, opZengin)
		}
		// The romaji keys, but the empty ones, and the foreign-name key of
		// each word from its romaji key.
		romaji.i = len(spans)
		for i := range words.n {
			var sp [2]int
			if b, sp = addSpan(b, opRomajiKey, spans[words.i+i]); sp[1] > sp[0] {
				spans = append(spans, sp)
				romaji.n++
			}
		}
		if romaji.n == words.n {
			b, spans, foreign = addEach(b, spans, romaji, opKatakanaKey)
		} else {
			b, spans, foreign = addEach(b, spans, words, opRomajiKatakanaKey)
		}
	case ScriptKanji:
		b, spans, kanji = addEach(b, spans, words, opFoldKanji)
		var fb [256]byte
		n.variant = string(appendFoldKanji(fb[:0], string(k))) != string(k)
	case ScriptRomaji:
		// The keys of the words of ParseRomaji (whose Kana are the words
		// themselves): every one for MatchReading, the non-empty ones for
		// the romaji comparison.
		var rb [256]byte
		parsed, _ := appendParseRomaji(rb[:0], s, false)
		targets.i = len(spans)
		for len(parsed) > 0 {
			var w []byte
			if w, parsed = nextWord(parsed); len(w) > 0 {
				start := len(b)
				b = appendRomajiKey(b, w)
				spans = append(spans, [2]int{start, len(b)})
				targets.n++
			}
		}
		romaji.i = len(spans)
		for i := range targets.n {
			if sp := spans[targets.i+i]; sp[1] > sp[0] {
				spans = append(spans, sp)
				romaji.n++
			}
		}
	}
	if n.script != ScriptKana {
		var l list
		b, spans, l = addEach(b, spans, kana, opLower)
		lower = l.i
	}
	// The string, and the fields.
	str := string(b)
	all := make([]string, len(spans))
	for i, sp := range spans {
		all[i] = str[sp[0]:sp[1]]
	}
	get := func(l list) []string {
		if l.n == 0 {
			return nil
		}
		return all[l.i : l.i+l.n : l.i+l.n]
	}
	n.words, n.kana = get(words), all[kana.i]
	if lower >= 0 {
		n.lower = all[lower]
	}
	if zengin >= 0 {
		n.zengin, n.zwords = all[zengin], get(zwords)
	}
	n.romaji, n.targets, n.kanji = get(romaji), get(targets), get(kanji)
	switch n.script {
	case ScriptKana:
		n.foreign = get(foreign)
	case ScriptRomaji, ScriptOther:
		n.foreign = foreignKeys(n.kana)
	}
	return n
}

// A list is n spans of newOneName's buffer from the i-th.
type list struct{ i, n int }

// appendWordSpans appends the spans of the space-separated words of b.
func appendWordSpans(spans [][2]int, b []byte) [][2]int {
	for i := 0; i < len(b); {
		j := i
		for j < len(b) && b[j] != ' ' {
			j++
		}
		spans = append(spans, [2]int{i, j})
		i = j + 1
	}
	return spans
}

// The forms newOneName writes of a form.
type formOp uint8

const (
	opRomajiKey         formOp = iota // appendRomajiKey
	opKatakanaKey                     // appendKatakanaKey of a romaji key
	opRomajiKatakanaKey               // appendKatakanaKey of a word's romaji key
	opZengin                          // appendZengin
	opFoldKanji                       // appendFoldKanji
	opLower                           // appendLower
)

// addSpan appends the form op of the span sp of b to b, and returns its
// span: sp itself when the form is the same.
func addSpan(b []byte, op formOp, sp [2]int) ([]byte, [2]int) {
	start := len(b)
	src := b[sp[0]:sp[1]:sp[1]]
	switch op {
	case opRomajiKey:
		b = appendRomajiKey(b, src)
	case opKatakanaKey:
		b = appendKatakanaKey(b, src)
	case opRomajiKatakanaKey:
		var rb [64]byte
		b = appendKatakanaKey(b, appendRomajiKey(rb[:0], src))
	case opZengin:
		b = appendZengin(b, src)
	case opFoldKanji:
		b = appendFoldKanji(b, string(src))
		keBetweenKanji(b[start:])
	case opLower:
		b = appendLower(b, src)
	}
	if string(b[start:]) == string(src) {
		return b[:start], sp
	}
	return b, [2]int{start, len(b)}
}

// addEach adds the form op of each span of l, as a list.
func addEach(b []byte, spans [][2]int, l list, op formOp) ([]byte, [][2]int, list) {
	out := list{len(spans), l.n}
	for i := range l.n {
		var sp [2]int
		b, sp = addSpan(b, op, spans[l.i+i])
		spans = append(spans, sp)
	}
	return b, spans, out
}

// appendLower appends strings.ToLower of valid UTF-8 to dst.
func appendLower(dst, s []byte) []byte {
	for len(s) > 0 {
		r, n := utf8.DecodeRune(s)
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
		s = s[n:]
	}
	return dst
}

// compareNames is [CompareName] of two names worked out. Without scored
// it only tells whether they are equal: a kanji name that no reading makes
// equal to the other side is not scored (the score of its readings is most
// of the cost of a miss), and its Match has Score 0.
func compareNames(req, rec *name, o Options, scored bool) Match {
	if rec.alts == nil {
		return compareName(req, rec, o, scored)
	}
	var best Match
	for _, alt := range rec.alts {
		m := compareName(req, alt, o, scored)
		if m.Equal {
			return m
		}
		if m.Score > best.Score {
			best = m
		}
	}
	return best
}

func compareName(req, rec *name, o Options, scored bool) Match {
	if req.script == ScriptNone || rec.script == ScriptNone {
		return Match{}
	}
	if rec.reading != nil {
		return compareRegistered(req, rec, o, scored)
	}
	return compareScripts(req, rec, o, scored)
}

// compareScripts is [compareName] without the record's registered reading:
// the two names by their scripts.
func compareScripts(req, rec *name, o Options, scored bool) Match {
	sq, sr := req.script, rec.script
	if req.text == rec.text {
		return Match{Equal: true}
	}
	switch {
	case sq == ScriptKana && sr == ScriptKana:
		return compareKana(req, rec, o)
	case sq == ScriptKanji && sr == ScriptKanji:
		return compareKanji(req, rec, scored)
	case sq == ScriptKanji && (sr == ScriptKana || sr == ScriptRomaji):
		return readingOrMixed(req, rec, o, scored)
	case sr == ScriptKanji && (sq == ScriptKana || sq == ScriptRomaji):
		return readingOrMixed(rec, req, o, scored)
	case (sq == ScriptKana || sq == ScriptRomaji) && (sr == ScriptKana || sr == ScriptRomaji):
		m := compareRomaji(req.romaji, rec.romaji)
		if !m.Equal && (sq == ScriptKana) != (sr == ScriptKana) {
			m = better(m, foreignEither(req, rec, o))
		}
		return m
	case sq == ScriptOther && sr == ScriptKana || sq == ScriptKana && sr == ScriptOther:
		return foreignEither(req, rec, o)
	case sq == ScriptKanji && sr == ScriptOther, sq == ScriptOther && sr == ScriptKanji:
		// Latin letters that are not romaji as a whole (Ms. Hanako
		// Takahashi, H. Takahashi, Yuhko Satoh): never equal, scored on
		// the readings; but a name in kanji and katakana (スミス 花子) is
		// read word by word ([mixedLatinEqual]).
		kanji, latin := req, rec
		if sr == ScriptKanji {
			kanji, latin = rec, req
		}
		if f, ok := mixedLatinEqual(kanji, latin, o); ok {
			return Match{Equal: true, Folds: f}
		}
		if !scored {
			return Match{}
		}
		if sq == ScriptKanji {
			return Match{Score: latinReadingScore(req, rec)}
		}
		return Match{Score: latinReadingScore(rec, req)}
	}
	// A foreign name, or one side in another script: text similarity.
	if req.lower == rec.lower {
		return Match{Equal: true, Folds: FoldWidth | FoldSpacing}
	}
	if o.FullName {
		// SMITH JOHN, as a residence card writes it, against JOHN SMITH.
		if f, ok := rotatedLatin(req.text, rec.text); ok {
			return Match{Equal: true, Folds: f}
		}
	}
	return Match{Score: tokens(req.words, rec.words).S}
}

// readingOrMixed is [compareReading] of a name in kanji and one in kana or
// romaji, and for romaji that it does not take, [mixedLatinEqual] (NGUYEN
// HANAKO, romaji as a whole, against グエン 花子).
func readingOrMixed(kanji, other *name, o Options, scored bool) Match {
	m := compareReading(kanji, other, o, scored)
	if !m.Equal && other.script == ScriptRomaji {
		if f, ok := mixedLatinEqual(kanji, other, o); ok {
			return Match{Equal: true, Folds: f}
		}
	}
	return m
}

// compareRegistered compares a request name with a record name that holds
// its registered reading ([WithReading]); only the record's reading counts
// (a request cannot choose how its kanji are read). A name in kana or romaji
// is compared with the reading of a kanji name, which the register decides
// rather than the dictionaries (大野 read オオノ is not オノ, 幸子 read ユキコ is
// not Sachiko), in either word order, equal with FoldReading; with a name in
// Latin letters, the name or its reading (MICHAEL JACKSON read マイケル
// ジャクソン). Other requests are compared with the name as written, a kanji
// name's words in kana with the reading's words ([mixedWordsEqual]).
func compareRegistered(req, rec *name, o Options, scored bool) Match {
	if req.script == ScriptOther && rec.script == ScriptKanji {
		// Latin letters that are not romaji, against a kanji name with its
		// reading: the reading decides, as a foreign name's katakana (LI
		// WEI and 李 偉 read リー ウェイ; SMITH SACHIKO is not スミス 幸子
		// read スミス ユキコ, though the dictionaries read 幸子 サチコ). The
		// name as written only scores.
		rd, _ := rec.registered()
		r := foreignEither(req, rd, o)
		if r.Equal {
			r.Folds |= FoldReading
			return r
		}
		if !scored {
			return Match{}
		}
		return better(Match{Score: latinReadingScore(rec, req)}, r)
	}
	if req.script != ScriptKana && req.script != ScriptRomaji {
		return compareScripts(req, rec, o, scored)
	}
	rd, _ := rec.registered()
	if rec.script != ScriptKanji {
		// The registered reading first: it says more than a transcription
		// the aligner finds plausible.
		r := compareScripts(req, rd, o, scored)
		if r.Equal {
			r.Folds |= FoldReading
			return r
		}
		return better(compareScripts(req, rec, o, scored), r)
	}
	m := compareScripts(req, rd, o, scored)
	if !m.Equal && req.script == ScriptKana && swappedEqual(req.words, rd.words) {
		// タロウ ヤマダ: the words in the other order, as a kanji name is
		// read in either.
		m = Match{Equal: true, Folds: FoldOrder | kanaFolds(req, rd)}
	}
	if m.Equal {
		m.Folds |= FoldReading
	}
	return m
}

// foreignEither compares a Latin name with a katakana one, whichever side
// each is on. The aligner and the Vietnamese rules decide
// ([alignedForeign], [vietnameseAligned]) and the sound keys score
// ([compareForeign]). A Latin name that is Japanese romaji as a whole is
// left to the romaji rules ([compareScripts]), the Vietnamese ones, and the
// keys where [hepburnOnly] and [sameGemination] let them decide, unless the
// katakana is written as only a foreign name is ([foreignKatakana]).
func foreignEither(req, rec *name, o Options) Match {
	latin, kana := req, rec
	if req.script == ScriptKana {
		latin, kana = rec, req
	}
	m := compareForeign(latin.foreign, kana.foreign)
	if m.Equal && (latin.script != ScriptRomaji || hepburnOnly(latin.text) && !sameGemination(latin.text, kana.kana)) {
		// The keys score; the aligner and the romaji rules decide: the
		// keys' folds let through ミケ for Mike, アッダム for Adam, an
		// initial, and for names Hepburn can spell カンナ for KANA, ハッタ
		// for HATA. They decide for a name that is romaji as a whole
		// but spelt as no Japanese name is (ALLEN アレン, KEVIN ケビン), or
		// whose romaji and katakana hold as many ッ and ン (SARA and サアラ,
		// a long vowel the passport's Hepburn does not write).
		m = Match{Score: 0.99}
	}
	if latin.foreign == nil || kana.foreign == nil {
		return m
	}
	if latin.script == ScriptRomaji && !foreignKatakana(kana.words) {
		// Latin letters that are Japanese romaji as a whole, against
		// katakana a Japanese name could be written in: the romaji rules
		// decide (MICHI is not ミキ), and the Vietnamese ones for a name of
		// Vietnamese syllables (NGUYEN HAI グエン ハイ: NGUYEN reads as
		// romaji ングイェン). Katakana written for a foreign name (ジェイソン,
		// スーザン) goes to the aligner too (JASON, SUSAN).
		if ok, ordered := vietnameseAligned(latin.words, kana.words, o.FullName); ok {
			return aligned(ordered, len(latin.words), len(kana.words))
		}
		return m
	}
	ok, ordered := alignedForeign(latin.words, kana.words, o.FullName)
	if !ok {
		ok, ordered = vietnameseAligned(latin.words, kana.words, o.FullName)
	}
	if ok {
		return aligned(ordered, len(latin.words), len(kana.words))
	}
	return m
}

// aligned is the match of a Latin name and a katakana one that the aligner
// or the Vietnamese rules take, of nl and nk words, ordered when in the
// written order.
func aligned(ordered bool, nl, nk int) Match {
	folds := FoldReading | FoldRomaji
	if !ordered {
		folds |= FoldOrder
	}
	if nl != nk {
		folds |= FoldSpacing
	}
	return Match{Equal: true, Folds: folds}
}

// hepburnOnly reports whether a name in Latin letters is spelt only as
// Hepburn spells Japanese names: no l, q, v or x, c only in ch, f only in
// fu, and no consonant doubled but kk, mm, nn, pp, ss, tt (ッ, ン: HATTA,
// HOMMA, KANNA). A name that is not (ALLEN, KEVIN, HARRISON) is a foreign
// one even when romaji can read it.
func hepburnOnly(s string) bool {
	var b [64]byte
	w, ok := appendLatinLetters(b[:0], strings.ReplaceAll(s, " ", ""))
	if !ok {
		return false
	}
	for i, c := range w {
		next := byte(0)
		if i+1 < len(w) {
			next = w[i+1]
		}
		switch c {
		case 'l', 'q', 'v', 'x':
			return false
		case 'c':
			if next != 'h' {
				return false
			}
		case 'f':
			if next != 'u' {
				return false
			}
		}
		if c == next && latinType(c) == 'c' && !strings.ContainsRune("kmnpst", rune(c)) {
			return false
		}
	}
	return true
}

// sameGemination reports whether the kana ParseRomaji reads of a name in
// romaji and a katakana name hold as many ッ and as many ン: whether the two
// differ at most in vowels (SARA, サアラ) and not in a doubled consonant
// (KANA, カンナ; HATA, ハッタ).
func sameGemination(latin, kana string) bool {
	var b [128]byte
	k, ok := appendParseRomaji(b[:0], latin, false)
	if !ok {
		return false
	}
	count := func(s string, r rune) int { return strings.Count(s, string(r)) }
	return count(string(k), 'ッ') == count(kana, 'ッ') && count(string(k), 'ン') == count(kana, 'ン')
}

// better returns the equal one of two matches, else the higher score.
func better(a, b Match) Match {
	if a.Equal || !b.Equal && a.Score >= b.Score {
		return a
	}
	return b
}

// kanaFolds reports the folds between two kana values whose [Kana] is equal.
func kanaFolds(req, rec *name) Fold {
	var f Fold
	q, r := &req.marks, &rec.marks
	if q.hiragana != r.hiragana {
		f |= FoldKanaScript
	}
	if q.halfWidth || r.halfWidth {
		f |= FoldWidth
	}
	if len(req.words) != len(rec.words) {
		f |= FoldSpacing
	}
	if q.longVowel != r.longVowel || q.longOther || r.longOther {
		f |= FoldLongVowel
	}
	return f
}

// keBetweenKanji writes in place, in a name in kanji, each ケ between two
// kanji as ヶ, the form names are written with (一ヶ谷, 一ケ谷: one name).
func keBetweenKanji(b []byte) {
	const ke, smallKe = "ケ", "ヶ" // 3 bytes each
	for i := 0; ; {
		j := bytes.Index(b[i:], []byte(ke))
		if j < 0 {
			return
		}
		j += i
		before, _ := utf8.DecodeLastRune(b[:j])
		after, _ := utf8.DecodeRune(b[j+len(ke):])
		if isHan(before) && isHan(after) {
			copy(b[j:], smallKe)
		}
		i = j + len(ke)
	}
}

func isHiragana(r rune) bool  { return r >= 0x3041 && r <= 0x309f }
func isHalfWidth(r rune) bool { return r >= 0xff61 && r <= 0xff9f || r >= 0xff01 && r <= 0xff5e }

func compareKana(req, rec *name, o Options) Match {
	if req.kana == rec.kana {
		f := kanaFolds(req, rec)
		if f == 0 {
			f = FoldWidth
		}
		return Match{Equal: true, Folds: f}
	}
	if o.Zengin && req.zengin == rec.zengin {
		return Match{Equal: true, Folds: kanaFolds(req, rec) | FoldZengin}
	}
	if o.FullName {
		// スミス ジョン against ジョン スミス: the words of a full name in
		// another order, as romaji, Latin letters and a kanji name's
		// reading are taken.
		if rotatedEqual(req.words, rec.words) {
			return Match{Equal: true, Folds: kanaFolds(req, rec) | FoldOrder}
		}
		if o.Zengin && rotatedEqual(req.zwords, rec.zwords) {
			return Match{Equal: true, Folds: kanaFolds(req, rec) | FoldZengin | FoldOrder}
		}
	}
	var m Match
	if o.Zengin {
		m = scoreWords(req.zwords, rec.zwords)
	} else {
		m = scoreWords(req.words, rec.words)
	}
	if soundAlike(req.kana, rec.kana) {
		m.Score = max(m.Score, sameSoundScore)
	}
	return m
}

// soundAlike reports whether two katakana readings are different spellings
// of one sound: long vowels written either way ([sameSound]), or ヴ written
// for ブ (ヴィクトル, ビクトル; the Cabinet's 外来語の表記, 1991, lets ヴァ, ヴィ,
// ヴ, ヴェ, ヴォ be written バ, ビ, ブ, ベ, ボ), or both.
func soundAlike(a, b string) bool {
	if sameSound(a, b) {
		return true
	}
	if !strings.Contains(a, "ヴ") && !strings.Contains(b, "ヴ") {
		return false
	}
	fa, fb := vuFold.Replace(a), vuFold.Replace(b)
	return fa == fb || sameSound(fa, fb)
}

// vuFold writes ヴ and the small vowel after it as the B-row kana.
var vuFold = strings.NewReplacer("ヴァ", "バ", "ヴィ", "ビ", "ヴェ", "ベ", "ヴォ", "ボ", "ヴュ", "ビュ", "ヴ", "ブ")

// sameSoundScore is the score of two kana readings that sound the same but
// are spelt differently ([soundAlike]): high, and not "true", for a
// registered reading is written one way (サトウ, not サトー).
const sameSoundScore = 0.95

// sameSound reports whether two katakana readings differ only in long
// vowels written with ー on one side and as a kana on the other: サトー and
// サトウ, ユーコ and ユウコ, オーノ and オオノ (not オノ). ー after a kana
// ending in o stands for ウ or オ, in e for イ or エ, and in a, i or u for
// ア, イ or ウ.
func sameSound(a, b string) bool {
	if a == b || utf8.RuneCountInString(a) != utf8.RuneCountInString(b) {
		return false
	}
	var prev rune
	for a != "" {
		x, n := utf8.DecodeRuneInString(a)
		y, m := utf8.DecodeRuneInString(b)
		a, b = a[n:], b[m:]
		if x == y {
			prev = x
			continue
		}
		if y == 'ー' {
			x, y = y, x
		}
		if x != 'ー' || prev == 0 || prev == 'ー' || !longVowel(vowelOf(prev), y) {
			return false
		}
		prev = y
	}
	return true
}

// longVowel reports whether kana k lengthens vowel v as ー does.
func longVowel(v byte, k rune) bool {
	switch v {
	case 'a':
		return k == 'ア'
	case 'i':
		return k == 'イ'
	case 'u':
		return k == 'ウ'
	case 'e':
		return k == 'イ' || k == 'エ'
	case 'o':
		return k == 'ウ' || k == 'オ'
	}
	return false
}

// compareKanji compares two names in kanji (or kanji and kana): equal after
// the variant fold, or with a word in kana where the other writes it in
// kanji ([mixedWordsEqual]); scored otherwise.
func compareKanji(req, rec *name, scored bool) Match {
	qw, rw := req.kanji, rec.kanji
	if joinedEqual(qw, rw) {
		var f Fold
		if len(qw) != len(rw) {
			f |= FoldSpacing
		}
		if req.variant || rec.variant {
			f |= FoldVariant
		}
		if f == 0 {
			f = FoldWidth
		}
		return Match{Equal: true, Folds: f}
	}
	if f, ok := mixedWordsEqual(req, rec); ok {
		return Match{Equal: true, Folds: f}
	}
	if len(qw) == 2 && len(rw) == 2 && qw[0] == rw[1] && qw[1] == rw[0] {
		// 太郎 山田: a name in kanji is written family name first, so the
		// other order is another name (飛鳥 大和, 大和 飛鳥), scored high.
		return Match{Score: tokens(qw, rw).S, Folds: FoldOrder}
	}
	m := scoreWords(qw, rw)
	if scored {
		m.Score = max(m.Score, mixedScore(req, rec))
	}
	return m
}

// wordReadingScore is the similarity of a kana word with the i-th word of a
// kanji name: with its registered reading when there is one (registered not
// nil), else the best of its readings.
func wordReadingScore(kanji, kana string, registered []string, i int) float64 {
	sim := func(reading string) float64 {
		if soundAlike(reading, kana) {
			return max(sameSoundScore, score.Similarity(reading, kana)) // タロー, タロウ
		}
		return score.Similarity(reading, kana)
	}
	if registered != nil {
		return sim(registered[i])
	}
	best := 0.0
	for _, c := range candidateReadings([]string{kanji}, []string{kana}, formKana, maxCandidates) {
		best = max(best, sim(c.text))
	}
	return best
}

// mixedWordsEqual compares two names in kanji, as many words each (split
// where the script changes when they are not: 高橋ゆきこ), where one writes
// a word in kana that the other writes in kanji (山田 たろう, 山田 太郎; 山田
// 小百合, 山田 さゆり): equal when every other word is the same and each kana
// word is the reading of the kanji word, the one the record holds for it
// when it does ([WithReading]), else one the dictionaries make "true"
// (DESIGN.md 3.1), as a name all in kana would be; in either order of two
// words. It returns the folds: FoldReading, and FoldOrder for the other
// order.
func mixedWordsEqual(req, rec *name) (Fold, bool) {
	qw, rw, ok := mixedPairs(req, rec)
	if !ok {
		return 0, false
	}
	// The record's registered reading speaks for each word; a request's is
	// not read (it cannot choose how its kanji read).
	rReg, ok := registeredWords(rec, rw)
	switch {
	case !ok:
		return 0, false
	case mixedWordsRead(qw, rw, rReg):
		return FoldReading, true
	case len(qw) == 2 && mixedWordsRead([]string{qw[1], qw[0]}, rw, rReg):
		// ゆきこ 山田: the other order, as a name in kana is read in
		// either.
		return FoldReading | FoldOrder, true
	}
	return 0, false
}

// mixedLatinEqual compares a name written in kanji and kana, word by word
// (スミス 花子, 山田 ジョン: a foreign family name taken in marriage, a foreign
// given name), with a name in Latin letters of as many words, two or three
// (SMITH HANAKO): equal when each kana word and the Latin word of its rank
// are one name as two names of a word each are ([compareScripts]: romaji,
// the foreign-name aligner, the Vietnamese rules), and each kanji word reads
// as the Latin word's romaji as a word of a name in kanji does
// ([wordReads]); the Latin words in their order or, for a full name, moved
// from its start to its end (HANAKO SMITH). It returns FoldReading and
// FoldRomaji, and FoldOrder for another order.
func mixedLatinEqual(kanji, latin *name, o Options) (Fold, bool) {
	lw := latin.words
	if len(lw) < 2 || len(lw) > 3 || !slices.ContainsFunc(kanji.kanji, func(w string) bool {
		return strings.ContainsFunc(w, func(r rune) bool { return isKatakana(r) && r != 'ヶ' })
	}) {
		return 0, false // no word in kana: the readings decide (compareReading)
	}
	kw := splitScripts(kanji.kanji)
	n := len(kw)
	if len(lw) != n || !slices.ContainsFunc(kw, IsKana) {
		return 0, false
	}
	// same[i][r]: 1 when Latin word i is the r-th word of the other name, 2
	// when not, 0 before it is worked out.
	var same [3][3]byte
	pair := func(i, r int) bool {
		if same[i][r] == 0 {
			same[i][r] = 2
			if wordIsLatin(kw[r], lw[i], o) {
				same[i][r] = 1
			}
		}
		return same[i][r] == 1
	}
	shifts := 1
	if o.FullName {
		shifts = n
	}
	for k := range shifts {
		all := true
		for r := 0; r < n && all; r++ {
			all = pair((r+k)%n, r)
		}
		if all {
			f := FoldReading | FoldRomaji
			if k > 0 {
				f |= FoldOrder
			}
			return f, true
		}
	}
	return 0, false
}

// wordIsLatin reports whether a word in kana or kanji and a word in Latin
// letters are one name ([mixedLatinEqual]).
func wordIsLatin(word, latin string, o Options) bool {
	if IsKana(word) {
		o.FullName = false
		return compareScripts(newOneName(word, o), newOneName(latin, o), o, false).Equal
	}
	kana, ok := ParseRomaji(latin)
	return ok && wordReads(word, Kana(kana), nil, 0)
}

// mixedScore scores two names in kanji of which one writes a word in kana
// that the other writes in kanji, word by word as [mixedWordsEqual] reads
// them: the kana word against the record's reading of the other's word, or
// the best of the dictionaries' readings (大野 ゆうい against 大野 雄一, one
// kana short, scores as おおの ゆうい does), the other words as text, each
// weighed by its length; the better of the two orders of two words. 0 when
// no word is in kana on one side only.
func mixedScore(req, rec *name) float64 {
	qw, rw, ok := mixedPairs(req, rec)
	if !ok {
		return 0
	}
	rReg, _ := registeredWords(rec, rw)
	best := mixedWordsScore(qw, rw, rReg)
	if len(qw) == 2 {
		best = max(best, mixedWordsScore([]string{qw[1], qw[0]}, rw, rReg))
	}
	return best
}

// mixedPairs returns the words of two names in kanji that [mixedWordsEqual]
// and [mixedScore] pair, split where the script changes when they do not
// have as many, and ok when they have as many, two or more, and a word in
// kana pairs with one in kanji in order or, of two, in the other order.
func mixedPairs(req, rec *name) (qw, rw []string, ok bool) {
	qw, rw = req.kanji, rec.kanji
	if len(qw) != len(rw) {
		qw, rw = splitScripts(qw), splitScripts(rw)
	}
	if len(qw) != len(rw) || len(qw) < 2 {
		return nil, nil, false
	}
	for i := range qw {
		j := i
		if len(qw) == 2 {
			j = 1 - i
		}
		if IsKana(qw[i]) != IsKana(rw[i]) || IsKana(qw[j]) != IsKana(rw[i]) {
			return qw, rw, true
		}
	}
	return nil, nil, false
}

// mixedWordsRead is [mixedWordsEqual] of the words in order, with the
// record's registered words rReg (nil for none): every word the same, or a
// kana word the reading of its kanji word.
func mixedWordsRead(qw, rw, rReg []string) bool {
	read := false
	for i := range qw {
		q, r := qw[i], rw[i]
		switch qk, rk := IsKana(q), IsKana(r); {
		case q == r:
		case qk && !rk:
			read = true
			if !wordReads(r, q, rReg, i) {
				return false
			}
		case rk && !qk:
			read = true
			if !wordReads(q, r, nil, i) {
				return false
			}
		default:
			return false
		}
	}
	return read
}

// mixedWordsScore is [mixedScore] of the words in order, with the record's
// registered words rReg (nil for none).
func mixedWordsScore(qw, rw, rReg []string) float64 {
	var sum, total float64
	read := false
	for i := range qw {
		q, r := qw[i], rw[i]
		w := float64(max(utf8.RuneCountInString(q), utf8.RuneCountInString(r)))
		var s float64
		switch qk, rk := IsKana(q), IsKana(r); {
		case q == r:
			s = 1
		case qk && !rk:
			s, read = wordReadingScore(r, q, rReg, i), true
		case rk && !qk:
			s, read = wordReadingScore(q, r, nil, i), true
		default:
			s = score.Similarity(q, r)
		}
		sum, total = sum+w*s, total+w
	}
	if !read || total == 0 {
		return 0
	}
	return sum / total
}

// splitScripts returns words split where kana meet kanji (高橋ユキコ is
// 高橋 and ユキコ); words itself when none does.
func splitScripts(words []string) []string {
	var out []string
	split := false
	for _, w := range words {
		start, prev := 0, -1
		for i, r := range w {
			k := 0
			if isKatakana(r) && r != 'ヶ' { // ヶ between kanji is read as one (一ヶ谷)
				k = 1
			}
			if prev >= 0 && k != prev {
				out, start, split = append(out, w[start:i]), i, true
			}
			prev = k
		}
		out = append(out, w[start:])
	}
	if !split {
		return words
	}
	return out
}

// registeredWords returns the words of a name's registered reading, one for
// each of its words rw ([name.registered]): nil and ok for a name without a
// reading (the dictionaries read it), ok false for a reading that no word
// can be held to.
func registeredWords(n *name, rw []string) (words []string, ok bool) {
	if n.reading == nil {
		return nil, true
	}
	_, words = n.registered()
	if len(words) != len(rw) {
		return nil, false
	}
	return words, true
}

// registered returns a name's registered reading as it stands for the
// name's own words, and the reading of each of them (nil when it cannot
// tell them), worked out once and only when a comparison asks: a reading of
// as many words is the words'; one of two words without a space is split
// where the two read ([splitReading]: ヤマダユキコ as ヤマダ and ユキコ for 山田
// 幸子); one of a full name (readingOf) gives a part its part (ユキコ for
// 幸子) and the words in the other order theirs (ユキコ ヤマダ for 幸子 山田).
func (n *name) registered() (*name, []string) {
	switch {
	case n.readingOf != "":
	case len(n.reading.words) == len(n.kanji):
		return n.reading, n.reading.words // the common case, at no cost
	case len(n.kanji) != 2:
		return n.reading, nil
	}
	n.reg.once.Do(func() {
		n.reg.name = n.reading
		rw, joined := n.kanji, strings.Join(n.reading.words, "")
		if n.readingOf == "" {
			switch {
			case len(n.reading.words) == len(rw):
				n.reg.words = n.reading.words
			case len(rw) == 2:
				if f, g := splitReading(rw[0], rw[1], joined); f != "" {
					n.reg.words = []string{f, g}
				}
			}
			return
		}
		full := kanjiWords(n.readingOf)
		if len(full) != 2 {
			return
		}
		parts := n.reading.words
		if len(parts) != 2 {
			f, g := splitReading(full[0], full[1], joined)
			if f == "" {
				return
			}
			parts = []string{f, g}
		}
		switch {
		case len(rw) == 1 && rw[0] == full[0]:
			n.reg.words = parts[:1]
		case len(rw) == 1 && rw[0] == full[1]:
			n.reg.words = parts[1:]
		case len(rw) == 2 && rw[0] == full[1] && rw[1] == full[0]:
			n.reg.words = []string{parts[1], parts[0]}
		case len(rw) == 2 && rw[0] == full[0] && rw[1] == full[1]:
			n.reg.words = parts
		default:
			return
		}
		n.reg.name = newOneName(strings.Join(n.reg.words, " "), Options{})
	})
	return n.reg.name, n.reg.words
}

// wordReads reports whether the kana word is the reading of the i-th word of
// a name, kanji: the i-th word of its registered reading (registered, when
// not nil), else a reading the dictionaries make "true".
func wordReads(kanji, kana string, registered []string, i int) bool {
	if registered != nil {
		return registered[i] == kana
	}
	m := matchWords([]string{kanji}, []string{kana}, formKana, classFamily|classGiven, false)
	return m.True()
}

// joinedEqual reports whether two lists of words are the same text once run
// together.
func joinedEqual(q, r []string) bool {
	i, j := 0, 0 // the word and the byte within it, in r
	for _, w := range q {
		for len(w) > 0 {
			for i < len(r) && j == len(r[i]) {
				i, j = i+1, 0
			}
			if i == len(r) {
				return false
			}
			n := min(len(w), len(r[i])-j)
			if w[:n] != r[i][j:j+n] {
				return false
			}
			w, j = w[n:], j+n
		}
	}
	for i < len(r) && j == len(r[i]) {
		i, j = i+1, 0
	}
	return i == len(r)
}

func compareRomaji(qw, rw []string) Match {
	if len(qw) == 0 || len(rw) == 0 {
		return Match{}
	}
	if joinedEqual(qw, rw) {
		return Match{Equal: true, Folds: FoldRomaji}
	}
	if swappedEqual(qw, rw) {
		return Match{Equal: true, Folds: FoldRomaji | FoldOrder}
	}
	return scoreWords(qw, rw)
}

// rotatedEqual reports whether the words of one side, moved from its start
// to its end, are the other side's words: word for word when both hold two
// or more (スミス ジョン and ジョン スミス, グエン ヴァン ナム and ナム グエン
// ヴァン; not ヴァン グエン ナム, nor ソン ジョン デビッド and ジョン デビッドソン),
// run together when one holds a single word (ジョンスミス) and no word of the
// other is a single kana. A side of more than eight words is not rotated.
func rotatedEqual(q, r []string) bool {
	if len(q) < 2 {
		q, r = r, q
	}
	n := len(q)
	switch {
	case n < 2 || n > maxRotated || len(r) >= 2 && len(r) != n:
		return false
	case len(r) >= 2:
		for k := 1; k < n; k++ {
			all := true
			for i := 0; i < n && all; i++ {
				all = q[(i+k)%n] == r[i]
			}
			if all {
				return true
			}
		}
		return false
	}
	if slices.ContainsFunc(q, func(w string) bool { return utf8.RuneCountInString(w) < 2 }) {
		return false // ミ カ is not カミ: a word of one kana is not a name's
	}
	var buf [maxRotated]string
	for k := 1; k < n; k++ {
		if joinedEqual(append(append(buf[:0], q[k:]...), q[:k]...), r) {
			return true
		}
	}
	return false
}

// swappedEqual reports whether two words on one side, in the other order,
// are the other side's words (run together or not): Taro Yamada and
// ヤマダタロウ.
func swappedEqual(q, r []string) bool {
	if len(r) == 2 {
		q, r = r, q
	}
	return len(q) == 2 && joinedEqual([]string{q[1], q[0]}, r)
}

// compareReading compares a kanji name with a kana or romaji one, and
// scores them when they differ and scored is set.
func compareReading(kanji, other *name, o Options, scored bool) Match {
	m := matchReading(kanji.kanji, other, o.Zengin, o.FullName)
	if m.True() {
		f := FoldReading
		if m.Swapped {
			f |= FoldOrder
		}
		if other.script != ScriptKana {
			f |= FoldRomaji
		}
		return Match{Equal: true, Folds: f, Source: m.Source}
	}
	out := Match{Source: m.Source}
	if scored {
		out.Score = readingScore(kanji, other, o)
		if m.OK {
			out.Score = max(out.Score, kanjidicScore)
		}
	}
	if m.Swapped {
		out.Folds |= FoldOrder
	}
	return out
}

// maxCandidates bounds the readings of a kanji name a score is computed on.
const maxCandidates = 64

// readingScore returns the best similarity of a reading of the kanji name
// with the other side: Jaro-Winkler on the katakana, or on the romaji keys.
func readingScore(kanji, other *name, o Options) float64 {
	kw := kanji.kanji
	romaji := other.script != ScriptKana
	var tw []string
	switch {
	case romaji:
		tw = other.romaji
	case o.Zengin:
		tw = other.zwords
	default:
		tw = other.words
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
	for _, c := range candidateReadings(kw, tw, f, maxCandidates) {
		best = max(best, candidateScore(c, tw, target))
		if f == formKana && soundAlike(c.text, target) {
			best = max(best, sameSoundScore)
		}
	}
	return best
}

// latinReadingScore is readingScore for a name in Latin letters that is not
// romaji as a whole (other.script is ScriptOther): its words after the
// titles at its start ([score.GenericNameRules]: Ms., Dr), each as its
// romaji key where it reads as romaji and as written where not (an initial,
// Yuhko), scored against the readings of the kanji name as readingScore
// scores romaji. So Ms. Hanako Takahashi scores as Hanako Takahashi, and
// H. Takahashi and Yuhko Satoh close to their names, where a text
// similarity of Latin letters with kanji is 0.
func latinReadingScore(kanji, other *name) float64 {
	rules := nameRules()
	var tw []string
	lead := true
	for w := range strings.FieldsSeq(normalize.Latin(strings.ToLower(other.text))) {
		w = strings.Trim(w, ".,")
		if w == "" || lead && rules.Title(w) {
			continue
		}
		lead = false
		if k := RomajiKey(w); k != "" {
			w = k
		}
		tw = append(tw, w)
	}
	if len(kanji.kanji) == 0 || len(tw) == 0 {
		return 0
	}
	target := strings.Join(tw, "")
	best := 0.0
	for _, c := range candidateReadings(kanji.kanji, tw, formRomaji, maxCandidates) {
		best = max(best, candidateScore(c, tw, target))
	}
	return best
}

// nameRules are the name scorer's generic rules (titles, nicknames).
var nameRules = sync.OnceValue(score.GenericNameRules)

// A candidate is a reading of a kanji name, with the byte offsets where its
// segments meet.
type candidate struct {
	text string
	cuts []int
}

// candidateReadings returns readings of a kanji name, its words kw, in form
// f, for a score: the name is split into the fewest dictionary words
// (ENAMDICT, IPA; 山田太郎 as 山田 and 太郎, not 山田, 太 and 郎), none across a
// space of the name, a kanji no word covers read alone by its first three
// readings; the readings are every combination of the words' readings, for
// each of the splits into that fewest number of words (山田花子 is also 山 and
// 田花子, a given name ENAMDICT holds), up to limit in all. So the score of a
// name the dictionaries read is the score of those readings, not of every
// reading its kanji would allow one by one. Each reading is the forms of its
// segments run together (in romaji, a long vowel across two segments is not
// folded: close enough for a score). When a split has more combinations
// than its share of limit, each segment keeps the readings closest to a word
// of the target tw (in form f), as many as the share allows.
func candidateReadings(kw, tw []string, f form, limit int) []candidate {
	r := newReader(strings.Join(kw, ""), classFamily|classGiven)
	n := len(r.word)
	if n == 0 || n > maxNameRunes {
		return nil
	}
	// A segment may not cross a space of the name: stops[i] marks the
	// rune where a word of kw starts.
	stops := make([]bool, n+1)
	at := 0
	for _, w := range kw {
		stops[at] = true
		at += utf8.RuneCountInString(w)
	}
	crosses := func(i, j int) bool {
		for k := i + 1; k < j; k++ {
			if stops[k] {
				return true
			}
		}
		return false
	}
	// steps[i] is the fewest segments that read runes [0, i).
	const inf = 1 << 30
	steps := make([]int, n+1)
	for i := 1; i <= n; i++ {
		steps[i] = inf
	}
	// hasWord[i] reports a dictionary word starting at i, where a kanji is
	// then not read alone.
	hasWord := make([]bool, n)
	usable := func(i int, s *segment) bool {
		return !(hasWord[i] && s.src >= SourceNameKanji) && !crosses(i, s.j)
	}
	for i := 0; i < n; i++ {
		if steps[i] == inf {
			continue
		}
		segs := r.at(i)
		hasWord[i] = slices.ContainsFunc(segs, func(s segment) bool { return s.src < SourceNameKanji })
		for k := range segs {
			if s := &segs[k]; usable(i, s) && steps[i]+1 < steps[s.j] {
				steps[s.j] = steps[i] + 1
			}
		}
	}
	if steps[n] == inf {
		return nil
	}
	// Every split into steps[n] segments (up to maxSplits), found backwards
	// from the end: a segment [i, j) is on one when steps[i]+1 == steps[j].
	reaches := func(i, j int) bool {
		segs := r.at(i)
		for k := range segs {
			if segs[k].j == j && usable(i, &segs[k]) {
				return true
			}
		}
		return false
	}
	var splits [][]int // each: the segment starts, then n
	var walk func(j int, tail []int)
	walk = func(j int, tail []int) {
		if len(splits) >= maxSplits {
			return
		}
		if j == 0 {
			splits = append(splits, append([]int{0}, tail...))
			return
		}
		for i := j - 1; i >= 0; i-- {
			if steps[i] != inf && steps[i]+1 == steps[j] && reaches(i, j) {
				walk(i, append([]int{j}, tail...))
			}
		}
	}
	walk(n, nil)
	share := max(1, limit/len(splits))
	var out []candidate
	for _, bounds := range splits {
		out = append(out, splitReadings(r, bounds, tw, f, share)...)
	}
	return out
}

// maxSplits bounds the splits of a name into its fewest words that
// candidateReadings reads.
const maxSplits = 4

// splitReadings returns up to limit readings of the name r split at bounds
// (the segment starts, then the end): every combination of the segments'
// readings, a kanji alone by its first three. When the combinations are
// more than limit, each segment keeps its readings closest to a word of tw.
func splitReadings(r *reader, bounds []int, tw []string, f form, limit int) []candidate {
	nseg := len(bounds) - 1
	keys := make([][]string, nseg)
	total := 1
	for k := range nseg {
		i, j := bounds[k], bounds[k+1]
		for idx := range r.segs[i] {
			s := &r.segs[i][idx]
			if s.j != j || len(keys[k]) >= 3 && s.src >= SourceNameKanji {
				continue
			}
			if key := s.keyIn(f); !slices.Contains(keys[k], key) {
				keys[k] = append(keys[k], key)
			}
		}
		total = min(total*len(keys[k]), limit+1)
	}
	if total > limit {
		// As many readings a segment as keep the product within limit.
		per := 1
		for p := 2; ; p++ {
			prod := 1
			for range nseg {
				prod = min(prod*p, limit+1)
			}
			if prod > limit {
				break
			}
			per = p
		}
		for k := range keys {
			if len(keys[k]) > per {
				keys[k] = closest(keys[k], tw, per)
			}
		}
	}
	out := []candidate{{}}
	for k := range nseg {
		var next []candidate
		for _, c := range out {
			for _, key := range keys[k] {
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

// closest returns the n readings of keys most similar to a part of a word
// of tw as long as the reading, in their order in keys: ハナコ is close to
// ヤマダバナコ for its バナコ.
func closest(keys, tw []string, n int) []string {
	sim := make([]float64, len(keys))
	for i, k := range keys {
		kn := utf8.RuneCountInString(k)
		for _, w := range tw {
			for off := range w {
				end := off
				for c := 0; c < kn && end < len(w); c++ {
					_, size := utf8.DecodeRuneInString(w[end:])
					end += size
				}
				sim[i] = max(sim[i], score.Similarity(k, w[off:end]))
				if end == len(w) {
					break
				}
			}
		}
	}
	idx := make([]int, len(keys))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(sim[b], sim[a]) })
	idx = idx[:n]
	slices.Sort(idx)
	out := make([]string, n)
	for i, k := range idx {
		out[i] = keys[k]
	}
	return out
}

// candidateScore is the similarity of a candidate reading with the target
// words: with one or two target words, the best token alignment over the
// places the candidate's segments meet (family | given), and with one also
// Jaro-Winkler on the whole; with more, Jaro-Winkler on the words run
// together.
func candidateScore(c candidate, tw []string, target string) float64 {
	if len(tw) > 2 {
		return score.Similarity(c.text, target)
	}
	best, cut := 0.0, false
	if len(tw) == 1 {
		// One word: the whole name, or one of its words (タロウ, the given
		// name alone, against 山田 太郎).
		best = score.Similarity(c.text, target)
	}
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

// wordsOrCompact aligns the words when both sides have as many; otherwise
// the better of the words aligned (タロウ, the given name alone, against
// ヤマダ タロウ) and the words run together (ヤマダタロ against ヤマダ タロウ,
// one word against two).
func wordsOrCompact(q, r []string) score.Alignment {
	al := tokens(q, r)
	if len(q) == len(r) {
		return al
	}
	if s := score.Similarity(strings.Join(q, ""), strings.Join(r, "")); s >= al.S {
		return score.Alignment{S: s}
	}
	return al
}

func tokens(q, r []string) score.Alignment { return score.Tokens(q, r) }

// WithReading returns a name in kanji with its registered reading in kana,
// in the ruby notation of Japanese plain text: 山田 太郎《ヤマダ タロウ》. It is
// how [Profile.Sources] gives the name comparer a record's name with the
// reading the record holds for it (nameKanaZenkaku or nameKanaHankaku), so
// that a name in kana or romaji is compared with that reading, the one the
// family register holds since 2025, and not with every reading the
// dictionaries give the kanji. A record's name given so is read as its
// kanji, with the reading beside them ([CompareName]); a request's reading
// is set aside (a request cannot choose how its kanji are read).
func WithReading(name, reading string) string {
	return name + readingOpen + reading + readingClose
}

// The marks of ruby notation around a reading ([WithReading]), and the
// mark after which the reading names the full name it is of
// ([withReadingOf]).
const (
	readingOpen   = "《"
	readingClose  = "》"
	readingOfMark = "｜"
)

// withReadingOf returns a part of a full name in kanji, or its words in
// another order, with the full name's reading and the full name
// (幸子《ヤマダユキコ｜山田 幸子》), so that the comparer works out the part's
// reading only when a comparison needs it ([name.registered]).
func withReadingOf(part, reading, full string) string {
	return part + readingOpen + reading + readingOfMark + full + readingClose
}

// cutReading splits a name written with its reading ([WithReading]): ok
// when s ends with the reading in 《》 after a name, neither empty, and
// neither holding the marks again.
func cutReading(s string) (base, reading string, ok bool) {
	rest, found := strings.CutSuffix(s, readingClose)
	if !found {
		return "", "", false
	}
	i := strings.LastIndex(rest, readingOpen)
	if i <= 0 {
		return "", "", false
	}
	base, reading = rest[:i], rest[i+len(readingOpen):]
	if reading == "" || strings.Contains(base, readingOpen) || strings.Contains(base, readingClose) || strings.Contains(reading, readingClose) {
		return "", "", false
	}
	return base, reading, true
}
