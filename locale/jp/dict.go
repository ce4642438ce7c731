package jp

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"io"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"github.com/ikawaha/kagome-dict/dict"
	"github.com/ikawaha/kagome-dict/ipa"
)

// The tables gen.go builds from EDRDG's ENAMDICT and KANJIDIC (CC BY-SA 3.0;
// data/README.md).
var (
	//go:embed data/names.txt.gz
	namesGz []byte
	//go:embed data/kanji.txt.gz
	kanjiGz []byte
)

// Source says where a reading comes from.
type Source uint8

// The sources of readings, from the most to the least specific.
const (
	// SourceKana: the name is written in kana, its own reading.
	SourceKana Source = iota
	// SourceENAMDICT: a person-name entry of ENAMDICT.
	SourceENAMDICT
	// SourceIPA: a proper noun of the IPA dictionary (kagome).
	SourceIPA
	// SourceNameKanji: built kanji by kanji, each read as ENAMDICT's names
	// read it at that place (the first kanji, a later one, the last one) at
	// least attestedReadings times; never a word of one kanji.
	SourceNameKanji
	// SourceKANJIDIC: built kanji by kanji from KANJIDIC's on, kun and name
	// readings.
	SourceKANJIDIC
)

// attestedReadings is how many ENAMDICT names must read a kanji one way, at
// the start of a name, inside one or at its end, for that reading to be a
// name reading of the kanji there (SourceNameKanji).
const attestedReadings = 5

// String returns the source's name.
func (s Source) String() string {
	switch s {
	case SourceKana:
		return "kana"
	case SourceENAMDICT:
		return "ENAMDICT"
	case SourceIPA:
		return "IPA"
	case SourceNameKanji:
		return "name-kanji"
	case SourceKANJIDIC:
		return "KANJIDIC"
	}
	return "unknown"
}

// Name classes of a reading: a family name, a given name, or either.
const (
	classFamily = 1 << iota
	classGiven
	classPlace
)

// A Reading is one reading of a kanji word, in katakana.
type Reading struct {
	Kana   string
	Source Source
	class  uint8
}

// nameTable is ENAMDICT's table: lines "kanji\treading+class reading+class",
// sorted by kanji, and the offset of each line.
type nameTable struct {
	text  string
	lines []uint32
}

// loads counts the loads of the reading dictionaries (ENAMDICT's table and
// kagome's IPA dictionary), so that tests can tell a comparison that loaded
// them from one that did not.
var loads atomic.Int32

var names = sync.OnceValue(func() *nameTable {
	loads.Add(1)
	text := gunzip(namesGz)
	t := &nameTable{text: text, lines: make([]uint32, 0, strings.Count(text, "\n"))}
	for i := 0; i < len(text); {
		t.lines = append(t.lines, uint32(i))
		j := strings.IndexByte(text[i:], '\n')
		if j < 0 {
			break
		}
		i += j + 1
	}
	return t
})

// kanjiEntry holds the readings of one kanji: KANJIDIC's, and those ENAMDICT's
// names attest at the start of a name, inside one (its end included) and at
// its end.
type kanjiEntry struct {
	readings []string
	initial  map[string]int
	inside   map[string]int
	final    map[string]int
	// The forms of the readings (kanjiEntry.forms), worked out on first use.
	once                                              sync.Once
	initialForms, insideForms, finalForms, aloneForms []kanjiForm
}

// kanjiTable maps each kanji to its readings in katakana.
var kanjiTable = sync.OnceValue(func() map[rune]*kanjiEntry {
	text := gunzip(kanjiGz)
	m := make(map[rune]*kanjiEntry, strings.Count(text, "\n"))
	for line := range strings.SplitSeq(text, "\n") {
		f := strings.Split(line, "\t")
		if len(f) != 5 {
			continue
		}
		r, _ := utf8.DecodeRuneInString(f[0])
		m[r] = &kanjiEntry{readings: strings.Fields(f[1]), initial: counts(f[2]), inside: counts(f[3]), final: counts(f[4])}
	}
	return m
})

// counts parses "reading:count reading:count".
func counts(s string) map[string]int {
	m := map[string]int{}
	for f := range strings.FieldsSeq(s) {
		rd, n, _ := strings.Cut(f, ":")
		c, _ := strconv.Atoi(n)
		m[rd] = c
	}
	return m
}

func gunzip(b []byte) string {
	r, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		panic("jp: embedded table: " + err.Error()) // a build defect, not input
	}
	out, err := io.ReadAll(r)
	if err != nil {
		panic("jp: embedded table: " + err.Error())
	}
	return string(out)
}

// line returns the readings part of word's line, or "".
func (t *nameTable) line(word string) string {
	i, found := slices.BinarySearchFunc(t.lines, word, t.compareKey)
	if !found {
		return ""
	}
	s := t.text[t.lines[i]:]
	_, s, _ = strings.Cut(s, "\t")
	s, _, _ = strings.Cut(s, "\n")
	return s
}

// compareKey compares the key of the line at off (up to its tab) with w,
// as strings.Compare does, reading no further than they differ.
func (t *nameTable) compareKey(off uint32, w string) int {
	k := t.text[off:]
	for i := 0; i < len(w); i++ {
		if i == len(k) || k[i] == '\t' {
			return -1 // the key is a prefix of w
		}
		if k[i] != w[i] {
			if k[i] < w[i] {
				return -1
			}
			return 1
		}
	}
	if len(w) < len(k) && k[len(w)] != '\t' {
		return 1 // w is a prefix of the key
	}
	return 0
}

// appendNameReadings appends ENAMDICT's readings of the folded word.
func appendNameReadings(dst []Reading, word string) []Reading {
	s := names().line(word)
	for s != "" {
		var rd string
		rd, s, _ = strings.Cut(s, " ")
		if rd == "" {
			continue
		}
		c := uint8(0)
		switch rd[len(rd)-1] {
		case 'f':
			c = classFamily
		case 'g':
			c = classGiven
		case 'b':
			c = classFamily | classGiven
		}
		dst = append(dst, Reading{Kana: rd[:len(rd)-1], Source: SourceENAMDICT, class: c})
	}
	return dst
}

// ipaDict is kagome's IPA dictionary with the feature positions it needs,
// loaded on first use.
type ipaDict struct {
	d       *dict.Dict
	reading int // index of the reading in Contents
	pos     [3]dict.POSID
	hasPOS  [3]bool
}

// The IPA parts of speech whose readings are names or places:
// 名詞,固有名詞,人名 and 名詞,固有名詞,地域.
const (
	posProper = iota // 固有名詞
	posPerson        // 人名
	posRegion        // 地域
)

var kagome = sync.OnceValue(func() *ipaDict {
	loads.Add(1)
	d := ipa.Dict()
	k := &ipaDict{d: d}
	k.reading = int(d.ContentsMeta[dict.ReadingIndex]) - int(d.ContentsMeta[dict.POSHierarchy])
	for i, name := range d.POSTable.NameList {
		switch name {
		case "固有名詞":
			k.pos[posProper], k.hasPOS[posProper] = dict.POSID(i), true
		case "人名":
			k.pos[posPerson], k.hasPOS[posPerson] = dict.POSID(i), true
		case "地域":
			k.pos[posRegion], k.hasPOS[posRegion] = dict.POSID(i), true
		}
	}
	return k
})

// Preload loads the reading dictionaries (ENAMDICT's and KANJIDIC's tables
// and kagome's IPA dictionary, about 0.6 s and 90 MB) now rather than on the
// first comparison that needs a kanji reading, and builds the foreign-name
// aligner's table (ja_en.dic) and the Latin letters' folds (about 2 ms)
// rather than on the first foreign name compared.
func Preload() {
	names()
	kanjiTable()
	kagome()
	alignment()
	transcriptionUnits()
	latinRuneFolds()
}

// appendIPAReadings appends the readings the IPA dictionary gives the word as
// a proper noun: a person's name (人名) when class holds classFamily or
// classGiven, a place (地域) when it holds classPlace.
func appendIPAReadings(dst []Reading, word string, class uint8) []Reading {
	k := kagome()
	for _, id := range k.d.Index.Search(word) {
		pos := k.d.POSTable.POSs[id]
		if len(pos) < 3 || pos[1] != k.pos[posProper] {
			continue
		}
		var c uint8
		switch pos[2] {
		case k.pos[posPerson]:
			c = classFamily | classGiven
		case k.pos[posRegion]:
			c = classPlace
		default:
			continue
		}
		if c&class == 0 {
			continue
		}
		content := k.d.Contents[id]
		if k.reading >= len(content) {
			continue
		}
		rd := content[k.reading]
		if rd == "" || rd == "*" || slices.ContainsFunc(dst, func(x Reading) bool { return x.Kana == rd }) {
			continue
		}
		dst = append(dst, Reading{Kana: rd, Source: SourceIPA, class: c})
	}
	return dst
}

// kanjiReadings returns the readings of one kanji, or nil.
func kanjiReadings(r rune) *kanjiEntry { return kanjiTable()[r] }

// WordReadings returns every reading the dictionaries give a kanji word (a
// family name, a given name or a place name): ENAMDICT's person names, then
// the IPA dictionary's proper nouns not already listed. The word is folded
// with [FoldKanji] first. The first call loads the dictionaries.
func WordReadings(word string) []Reading {
	w := FoldKanji(word)
	out := appendNameReadings(nil, w)
	return appendIPAReadings(out, w, classFamily|classGiven|classPlace)
}
