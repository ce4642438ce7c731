package jp

import (
	"bytes"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/kycmatch/kycmatch/attr"
	"github.com/kycmatch/kycmatch/locale"
	"github.com/kycmatch/kycmatch/normalize"
	"github.com/kycmatch/kycmatch/score"
)

// Config holds the operator's choices for Japanese values: plain values,
// serialisable, whose zero value is the default.
type Config struct {
	// Zengin folds kana by the Zengin bank-transfer rules before comparing
	// ([Zengin]: small kana large, ヲ as オ, ヂ and ヅ as ジ and ズ), reason
	// ZENGIN_FOLD.
	Zengin bool `json:"zengin,omitempty"`
	// Preload loads the reading dictionaries when the profile is made (New)
	// rather than on the first comparison that needs a kanji reading.
	Preload bool `json:"preload,omitempty"`
}

// Profile is the Japanese profile (DESIGN.md section 3, Japan). Make it with
// [New]; it is immutable and safe for concurrent use.
type Profile struct {
	locale.GenericProfile
	opts Options
}

// New returns the Japanese profile with the operator's choices. With
// c.Preload it loads the dictionaries now (about 0.6 s and 90 MB); otherwise
// they load on the first comparison that needs a kanji reading, and a
// process that never compares Japanese never loads them.
func New(c Config) Profile {
	if c.Preload {
		Preload()
	}
	return Profile{opts: Options{Zengin: c.Zengin}}
}

// Country implements [locale.Profile]: "JP".
func (Profile) Country() string { return "JP" }

// Comparer implements [locale.Profile]:
//   - name, givenName, familyName, familyNameAtBirth, middleNames,
//     nameKanaHankaku, nameKanaZenkaku: [NameComparer] (kanji, kana and romaji,
//     readings);
//   - address: [AddressComparer];
//   - region: [RegionComparer] (the 47 prefectures in any script);
//   - locality, cityOfBirth: [PlaceComparer] for cities; streetName:
//     [PlaceComparer] for towns;
//   - streetNumber: [BlockComparer] (丁目, 番地, 号, N-M-L);
//     houseNumberExtension: [RoomComparer] (301号室, #301);
//   - birthdate, idDocumentExpiryDate: [DateComparer] (a record's date in
//     an era, 平成2年4月1日, or 1990年4月1日);
//   - country, countryOfBirth, nationality: [CountryComparer] (日本);
//     gender: [GenderComparer] (男, 女性);
//   - postalCode: [PostalCodeComparer];
//   - the other attributes: the generic comparers.
func (p Profile) Comparer(a attr.Attribute) locale.Comparer {
	switch a {
	case attr.Name:
		o := p.opts
		o.FullName = true
		return NameComparer{Options: o}
	case attr.NameKanaHankaku, attr.NameKanaZenkaku:
		o := p.opts
		o.FullName = true
		return NameComparer{Options: o, Reading: true}
	case attr.GivenName, attr.FamilyName, attr.FamilyNameAtBirth, attr.MiddleNames:
		return NameComparer{Options: p.opts}
	case attr.Address:
		return AddressComparer{}
	case attr.Region:
		return RegionComparer{}
	case attr.Locality, attr.CityOfBirth:
		return PlaceComparer{City: true}
	case attr.StreetName:
		return PlaceComparer{}
	case attr.StreetNumber:
		return BlockComparer{}
	case attr.HouseNumberExtension:
		return RoomComparer{}
	case attr.PostalCode:
		return PostalCodeComparer{}
	case attr.Birthdate, attr.IDDocumentExpiryDate:
		return DateComparer{}
	case attr.Country, attr.CountryOfBirth, attr.Nationality:
		return CountryComparer{}
	case attr.Gender:
		return GenderComparer{}
	}
	return p.GenericProfile.Comparer(a)
}

// Sources implements [locale.Profile] with the generic rules, Japanese
// composition ([Profile.Names], [Profile.Addresses]) and two rules more:
//   - a kana reading the record does not hold, in neither width, is derived
//     from its name in kanji or kana (name, else familyName and givenName),
//     which the [NameComparer] reads (reason DERIVED). A name in Latin
//     letters only confirms a reading ([locale.Source].Confirms): its
//     transcription (the foreign-name aligner, the Vietnamese rules) or its
//     romaji is "true", another "not_available", as a name of another
//     language may be transcribed in ways the rules do not know;
//   - a name in kanji or Latin letters (name, familyName, givenName) comes
//     with the reading the record holds for it ([withRegistered],
//     [WithReading]), which decides how it is read.
func (p Profile) Sources(a attr.Attribute, rec *attr.Values, dst []locale.Source) []locale.Source {
	n := len(dst)
	dst = locale.SourcesWith(composer{}, a, rec, dst)
	if a == attr.Name || a == attr.GivenName || a == attr.FamilyName {
		if rd := recordReading(rec); rd != "" {
			for i := n; i < len(dst); i++ {
				dst[i].Value = withRegistered(a, dst[i].Value, dst[i].Why, rd, rec)
			}
		}
		return dst
	}
	if len(dst) > n || a != attr.NameKanaHankaku && a != attr.NameKanaZenkaku {
		return dst
	}
	if v := rec[attr.Name]; v != "" && japanese(v) {
		return append(dst, locale.Source{Value: v, Why: locale.Derived})
	}
	if f, g := rec[attr.FamilyName], rec[attr.GivenName]; f != "" && g != "" && japaneseEither(f, g) {
		return append(dst, locale.Source{Value: locale.Compose(f, g), Why: locale.Derived | locale.Composed})
	}
	// A name in Latin letters (a foreign resident's, as the residence card
	// writes it) only confirms a reading: its transcription, or its romaji.
	if v := rec[attr.Name]; v != "" {
		return append(dst, locale.Source{Value: v, Why: locale.Derived, Confirms: true})
	}
	if f, g := rec[attr.FamilyName], rec[attr.GivenName]; f != "" && g != "" {
		return append(dst, locale.Source{Value: locale.Compose(f, g), Why: locale.Derived | locale.Composed, Confirms: true})
	}
	return dst
}

// How a record's value for a name attribute takes its reading
// ([readsAsRegistered]).
const (
	readingNone     = iota // no reading: in kana, or another name's
	readingInOrder         // the reading as the record holds it
	readingReversed        // its words reversed: a name given name first
)

// readsAsRegistered tells how the record's value v for the name attribute a
// takes its reading: not at all for a name in kana (its own reading) or one
// composed from familyNameAtBirth (another name's); reversed for one
// composed given name first (幸子 山田 read ユキコ ヤマダ); else as the record
// holds it, for a name in kanji or Latin letters (in the Digital Agency's
// notation too: its current name's).
func readsAsRegistered(a attr.Attribute, v string, why locale.Reason, rec *attr.Values) int {
	if sc := ScriptOf(v); sc == ScriptKana || sc == ScriptNone {
		return readingNone
	}
	if a != attr.Name || why&locale.Composed == 0 {
		return readingInOrder
	}
	first, rest, _ := strings.Cut(strings.TrimSpace(v), " ")
	switch {
	case first == rec[attr.FamilyName]:
		return readingInOrder
	case first == rec[attr.GivenName] && strings.TrimSpace(rest) == rec[attr.FamilyName]:
		return readingReversed
	}
	return readingNone
}

// recordReading returns the reading the record holds for its name, in kana:
// nameKanaZenkaku, else nameKanaHankaku; "" for none.
func recordReading(rec *attr.Values) string {
	rd := rec[attr.NameKanaZenkaku]
	if rd == "" {
		rd = rec[attr.NameKanaHankaku]
	}
	if rd == "" || ScriptOf(rd) != ScriptKana {
		return ""
	}
	return rd
}

// withRegistered returns the record's value v for the name attribute a with
// the record's reading rd as it stands for v ([readsAsRegistered]): name as
// it is, or given name first with the full name ([withReadingOf]); the
// first or last word of a reading of two words, or of more with middle
// names, for familyName and givenName, else the full reading with the full
// name, of which the
// comparer takes the part when it needs it (ヤマダユキコ of 山田 幸子 for 幸子:
// ユキコ). A part alone, with no other part to tell it by, takes none.
func withRegistered(a attr.Attribute, v string, why locale.Reason, rd string, rec *attr.Values) string {
	family, given := rec[attr.FamilyName], rec[attr.GivenName]
	switch readsAsRegistered(a, v, why, rec) {
	case readingReversed:
		return withReadingOf(v, rd, locale.Compose(family, given))
	case readingNone:
		return v
	}
	if a == attr.Name {
		return WithReading(v, rd)
	}
	if family == "" || given == "" {
		return v
	}
	if words := KanaWords(rd); len(words) == 2 || len(words) > 2 && rec[attr.MiddleNames] != "" {
		if a == attr.FamilyName {
			return WithReading(v, words[0])
		}
		return WithReading(v, words[len(words)-1])
	}
	return withReadingOf(v, rd, locale.Compose(family, given))
}

// Names implements [locale.Composer] in the Japanese order, family name
// first (山田 太郎; with the family name at birth in place of the family name
// too), then the generic given-name-first forms, as a name in romaji may be
// written (Taro Yamada).
func (Profile) Names(rec *attr.Values, dst []string) []string { return composer{}.Names(rec, dst) }

// Addresses implements [locale.Composer] in the Japanese order, from the
// largest unit down: postalCode (when it is a Japanese postcode), region
// (prefecture), locality (city), streetName
// (town), streetNumber (chōme, block, lot), houseNumberExtension (a
// building, a room). It needs a street name or a street number.
func (Profile) Addresses(rec *attr.Values, dst []string) []string {
	return composer{}.Addresses(rec, dst)
}

// composer is the Japanese [locale.Composer] of [Profile.Names] and
// [Profile.Addresses]: a type of no size, which Sources passes as an
// interface without allocating (a Profile, which holds its options, would
// be copied to the heap on every call).
type composer struct{}

func (composer) Names(rec *attr.Values, dst []string) []string {
	given, family, atBirth := rec[attr.GivenName], rec[attr.FamilyName], rec[attr.FamilyNameAtBirth]
	if given == "" || family == "" && atBirth == "" {
		return dst
	}
	start := len(dst)
	for _, f := range [2]string{family, atBirth} {
		if f != "" {
			dst = locale.AppendNew(dst, start, locale.Compose(f, given))
		}
	}
	return locale.GenericProfile{}.Names(rec, dst)
}

func (composer) Addresses(rec *attr.Values, dst []string) []string {
	street, number := rec[attr.StreetName], rec[attr.StreetNumber]
	if street == "" && number == "" {
		return dst
	}
	// The record's postcode first, as an address writes it, when it is one:
	// a request that gives another is never matched through a value
	// without it ([CompareAddress] counts it only where both hold one).
	pc := rec[attr.PostalCode]
	if _, ok := PostalCode(pc); !ok {
		pc = ""
	}
	region, locality := rec[attr.Region], rec[attr.Locality]
	if p, ok := Prefecture(region); ok && strings.HasPrefix(locality, PrefectureName(p)) {
		region = "" // a locality that starts with its prefecture (東京都千代田区)
	}
	full := locale.Compose(pc, region, locality, street, number, rec[attr.HouseNumberExtension])
	return locale.AppendNew(dst, len(dst), full)
}

// reasons maps the folds of a Match to the engine's reasons.
func reasons(f Fold) locale.Reason {
	var r locale.Reason
	for _, m := range [...]struct {
		f Fold
		r locale.Reason
	}{
		{FoldWidth, locale.Normalized}, {FoldKanaScript, locale.KanaScript},
		{FoldSpacing, locale.Spacing}, {FoldLongVowel, locale.Normalized},
		{FoldZengin, locale.ZenginFold}, {FoldVariant, locale.KanjiVariant},
		{FoldRomaji, locale.Romanization}, {FoldReading, locale.ReadingMatch},
		{FoldOrder, locale.OrderSwap}, {FoldNumber, locale.NumberMismatch},
		{FoldDiacritic, locale.DiacriticFold}, {FoldTransliteration, locale.Transliteration},
	} {
		if f&m.f != 0 {
			r |= m.r
		}
	}
	if r == 0 {
		r = locale.Normalized
	}
	return r
}

// textValue is the Value of the Japanese comparers of names, places and
// addresses: the keys and the text of [locale.TextComparer], so that two
// values in Latin letters are equal, and scored, as the generic profile has
// them. Its first key is the value itself ([raw]).
func textValue(s string, f *normalize.Folder) locale.Value {
	return locale.TextComparer{}.Canon(s, f)
}

// textValueWith is textValue with, in Aux, what read works out of s when
// Canon should (when reports so), for the comparer's Equal and Score.
func textValueWith[T any](s string, f *normalize.Folder, when func(string) bool, read func(string) *T) locale.Value {
	v := textValue(s, f)
	if !v.Empty() && when(s) {
		v.Aux = read(s)
	}
	return v
}

// raw returns the value a textValue was made of: its first key, EXACT; ""
// for an empty value (the engine gives a comparer none, a caller may).
func raw(v *locale.Value) string {
	if v.Empty() {
		return ""
	}
	return v.Keys()[0].Form
}

// wide reports whether s holds a rune from U+2E80 on, where kana, kanji and
// the full-width forms are: a value without one is in Latin (or another)
// script even after NFKC (TestNarrowIsNotJapanese), so that its reading is
// simple enough to be worked out when a comparison needs it, without
// allocating, rather than in Canon.
func wide(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0xe2 && s[i] < 0xf8 {
			if r, _ := utf8.DecodeRuneInString(s[i:]); r >= 0x2e80 {
				return true
			}
		}
	}
	return false
}

// japanese reports whether s holds kana or kanji.
func japanese(s string) bool {
	return wide(s) && strings.ContainsFunc(s, func(r rune) bool {
		return isHan(r) || r >= 0x3040 && r <= 0x30ff || r >= 0xff66 && r <= 0xff9f
	})
}

// japaneseEither is japanese(f + g) without joining them (but for bytes
// that only join into a rune).
func japaneseEither(f, g string) bool {
	if !utf8.ValidString(f) || !utf8.ValidString(g) {
		return japanese(f + g)
	}
	return japanese(f) || japanese(g)
}

// genericScore is the generic profile's score of two free-text values.
func genericScore(req, rec *locale.Value) (float64, locale.Reason) {
	return locale.TextComparer{}.Score(req, rec)
}

// NameComparer compares names and kana readings with [CompareName]: kanji,
// kana and romaji against one another, readings decided by the other side.
type NameComparer struct {
	Options Options
	// Reading says the values are kana readings (nameKanaHankaku,
	// nameKanaZenkaku): a record value in Latin letters, the name a reading
	// is derived from for a foreign resident ([Profile.Sources]), equals
	// only a request in kana (its transcription), never one in kanji or
	// Latin letters, which is no reading.
	Reading bool
}

// Canon implements [locale.Comparer]: the text keys, and for a name that
// may hold kanji what [CompareName] reads of it. A name in kana or Latin
// letters is read when a comparison needs it (most are equal by their
// keys, and reading them is cheap); a name in kanji is compared with kana
// and romaji through its words and readings, which are worth reading once.
func (c NameComparer) Canon(s string, f *normalize.Folder) locale.Value {
	if base, _, ok := cutReading(s); ok {
		// A name with its reading (WithReading): the text keys of the
		// name as written, and what CompareName reads of both.
		v := textValue(base, f)
		if !v.Empty() {
			v.Aux = newName(s, c.Options)
		}
		return v
	}
	return textValueWith(s, f, mayHoldKanji, func(s string) *name { return newName(s, c.Options) })
}

// latinRegistered reports whether a record value is a name in Latin letters
// with its reading ([WithReading]): compared first as the name, as any
// Latin name is (MICHAEL JACKSON, Michael Jackson), then through its
// reading.
func (c NameComparer) latinRegistered(v *locale.Value) bool {
	n, ok := v.Aux.(*name)
	return ok && n.reading != nil && n.script != ScriptKanji && !wide(raw(v))
}

// mayHoldKanji reports whether [Kana] of s may hold a kanji: whether s holds
// a rune from U+2E80 on outside the kana and CJK punctuation (U+3000 to
// U+30FF) and the half- and full-width forms (U+FF00 to U+FFEF), or one of
// the kanji and kanji numerals among them ([kanjiAmongKana]);
// TestMayHoldKanji checks every rune of those blocks.
func mayHoldKanji(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0xe2 || c >= 0xf8 {
			continue // a rune before U+0800, or not a first byte
		}
		if i+2 < len(s) && s[i+2]&0xc0 == 0x80 {
			// The kana and the width forms without decoding: E3 80..83 xx
			// is U+3000..U+30FF, EF BC..BF xx U+FF00..U+FFFF.
			switch c1 := s[i+1]; {
			case c == 0xe3 && c1 >= 0x80 && c1 <= 0x83:
				if !kanjiAmongKana(0x3000 | rune(c1&0x3f)<<6 | rune(s[i+2]&0x3f)) {
					i += 2
					continue
				}
				return true
			case c == 0xef && c1 >= 0xbc && c1 <= 0xbf && (c1 != 0xbf || s[i+2] <= 0xaf):
				i += 2
				continue
			}
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r < 0x2e80:
		case r >= 0xff00 && r <= 0xffef:
		case r >= 0x3000 && r <= 0x30ff:
			if kanjiAmongKana(r) {
				return true
			}
		default:
			return true // utf8.RuneError too
		}
		i += n - 1
	}
	return false
}

// kanjiAmongKana reports whether r, from U+3000 to U+30FF, is a kanji or a
// kanji numeral (々 〆 〇, 〡 to 〩, 〸 to 〻), or becomes one through NFKC.
func kanjiAmongKana(r rune) bool {
	return r >= 0x3005 && r <= 0x3007 || r >= 0x3021 && r <= 0x3029 || r >= 0x3038 && r <= 0x303b
}

// name returns what CompareName reads of v: worked out in Canon, or now for
// a value in kana or Latin letters.
func (c NameComparer) name(v *locale.Value) *name {
	return worked(v, func(s string) *name { return newName(s, c.Options) })
}

// Confirmable implements [locale.Confirmer]: for kana readings (Reading),
// only a request in kana may be the transcription of a name in Latin letters
// the record's reading is derived from (kanji or Latin letters are no
// reading).
func (c NameComparer) Confirmable(req string) bool {
	return !c.Reading || japanese(req) && IsKana(req) // japanese: a quick no for Latin letters
}

// Equal implements [locale.Equaler]: the generic text keys first, then
// [CompareName] without its score, which the engine asks of Score only when
// Equal says no (a kanji name is not scored here: its readings' score is
// most of the cost of a miss).
func (c NameComparer) Equal(req, rec *locale.Value) (locale.Reason, bool) {
	if why, ok := locale.Equal(req, rec); ok {
		return why, true
	}
	if c.Reading && !wide(raw(rec)) && !IsKana(raw(req)) {
		return 0, false // a reading not in kana against a Latin name
	}
	latin := c.latinRegistered(rec)
	if q, r := raw(req), raw(rec); req.Aux == nil && (rec.Aux == nil || latin) && !wide(q) && !wide(r) {
		if c.Options.FullName && rec.Aux == nil {
			// The words in another order, as their text keys have them:
			// what equalLatin reads in Kana, without reading it
			// (a record's name composed family name first, say).
			if f, ok := rotatedKeys(req, rec); ok {
				return reasons(f), true
			}
		}
		if f, eq, ok := equalLatin(q, r, c.Options.FullName); ok && (eq || !latin) {
			if !eq {
				return 0, false
			}
			return reasons(f), true
		}
	}
	m := compareNames(c.name(req), c.name(rec), c.Options, false)
	if !m.Equal {
		return 0, false
	}
	return reasons(m.Folds), true
}

// rotatedKeys reports whether the words of two values' text keys of one
// fold ([locale.TextComparer]: NORMALIZED, DIACRITIC_FOLD, TRANSLITERATION,
// the first that does), moved from the start of one to its end, are the
// other's ([rotatedLatin]'s rule), and the folds.
func rotatedKeys(req, rec *locale.Value) (Fold, bool) {
	const folds = FoldOrder | FoldWidth | FoldSpacing
	for _, k := range [...]struct {
		why locale.Reason
		f   Fold
	}{{locale.Normalized, 0}, {locale.DiacriticFold, FoldDiacritic}, {locale.Transliteration, FoldTransliteration}} {
		q, r := keyOf(req, k.why), keyOf(rec, k.why)
		if q != "" && r != "" && rotatedText(q, r) {
			return folds | k.f, true
		}
	}
	return 0, false
}

// keyOf returns v's key of the fold why, or, when it has none of its own
// (the fold changes nothing), the key of the fold before it; "" for none.
func keyOf(v *locale.Value, why locale.Reason) string {
	form := ""
	for _, k := range v.Keys() {
		if k.Why == locale.Exact || k.Why > why {
			continue
		}
		form = k.Form
	}
	return form
}

// Score implements [locale.Comparer]: [CompareName]'s score, or the generic
// one for two values without kana or kanji that are not both romaji.
func (c NameComparer) Score(req, rec *locale.Value) (float64, locale.Reason) {
	if q, r := raw(req), raw(rec); req.Aux == nil && rec.Aux == nil && !wide(q) && !wide(r) {
		// Neither holds kana or kanji.
		if romaji, ok := bothRomaji(q, r); ok && !romaji {
			return genericScore(req, rec)
		}
	}
	q, r := c.name(req), c.name(rec)
	if c.latinRegistered(rec) {
		// The name as a Latin name is scored (its keys are the name's),
		// and through its reading.
		s, why := genericScore(req, rec)
		if m := compareNames(q, r, c.Options, true); m.Score > s {
			return m.Score, locale.Different | reasons(m.Folds&(FoldOrder|FoldNumber))&^locale.Normalized
		}
		return s, why
	}
	if !q.japanese && !r.japanese && (q.script != ScriptRomaji || r.script != ScriptRomaji) {
		return genericScore(req, rec)
	}
	m := compareNames(q, r, c.Options, true)
	return m.Score, locale.Different | reasons(m.Folds&(FoldOrder|FoldNumber))&^locale.Normalized
}

// AddressComparer compares whole addresses with [CompareAddress].
type AddressComparer struct{}

// Canon implements [locale.Comparer]: the text keys, and for an address in
// kana or kanji its parts ([ParseAddress]).
func (AddressComparer) Canon(s string, f *normalize.Folder) locale.Value {
	return textValueWith(s, f, wide, newAddress)
}

// address returns the parts of v: read in Canon, or now for an address in
// Latin letters.
func (AddressComparer) address(v *locale.Value) *address { return worked(v, newAddress) }

// worked returns what a comparer's Canon worked out of v, a *T in v.Aux,
// or works it out now with read for a value it left to the comparison.
func worked[T any](v *locale.Value, read func(string) *T) *T {
	if x, ok := v.Aux.(*T); ok {
		return x
	}
	return read(raw(v))
}

// Equal implements [locale.Equaler]: the generic text keys first, then
// [CompareAddress].
func (c AddressComparer) Equal(req, rec *locale.Value) (locale.Reason, bool) {
	if why, ok := locale.Equal(req, rec); ok {
		return why, true
	}
	m := compareAddresses(c.address(req), c.address(rec), false)
	if !m.Equal {
		return 0, false
	}
	return reasons(m.Folds) | locale.Format, true
}

// Score implements [locale.Comparer].
func (c AddressComparer) Score(req, rec *locale.Value) (float64, locale.Reason) {
	m := compareAddresses(c.address(req), c.address(rec), true)
	return m.Score, locale.Different | reasons(m.Folds&FoldNumber)&^locale.Normalized
}

// RegionComparer compares prefectures in any script: Tokyo, 東京都, 東京,
// Tōkyō-to and とうきょうと are one ([Prefecture]). A region that names no
// prefecture is compared as text ([locale.TextComparer]).
type RegionComparer struct{}

// Canon implements [locale.Comparer]: the text keys, and the prefecture's
// kanji name, reason EXACT or NORMALIZED for its kanji, KANA_SCRIPT for kana,
// ROMANIZATION for romaji.
func (RegionComparer) Canon(s string, f *normalize.Folder) locale.Value {
	v := locale.TextComparer{}.Canon(s, f)
	var kb [64]byte
	k := appendKana(kb[:0], s, false)
	if i, ok := prefectureOf(s, k); ok {
		p := &prefectures[i]
		why := locale.Romanization
		switch {
		case s == p.kanji:
			why = locale.Exact
		case string(k) == p.kanji:
			why = locale.Normalized
		case bytes.ContainsFunc(k, isHan):
			why = locale.Alias // 東京 for 東京都
		case allKatakana(k):
			why = locale.KanaScript
		}
		pk := prefectureForms()
		v.Add(pk.keys[i], why)
		v.Text = pk.texts[i]
	}
	return v
}

// prefectureForms holds, for each prefecture, the key and the text the
// RegionComparer gives it: "pref:" and its kanji name, and the romaji key of
// its reading.
var prefectureForms = sync.OnceValue(func() *struct{ keys, texts [len(prefectures)]string } {
	t := new(struct{ keys, texts [len(prefectures)]string })
	for i, p := range prefectures {
		t.keys[i], t.texts[i] = "pref:"+p.kanji, romajiKey(p.reading)
	}
	return t
})

// Score implements [locale.Comparer]: Jaro-Winkler on the romaji of the
// prefectures, or on the text.
func (RegionComparer) Score(req, rec *locale.Value) (float64, locale.Reason) {
	return score.Similarity(req.Text, rec.Text), locale.Different
}

// PlaceComparer compares a city (City) or a town in kanji or romaji: equal
// when the kanji are (variant kanji and geolonia's kana classes folded), or
// when the kanji read as the romaji, unit by unit (千代田区, Chiyoda-ku).
type PlaceComparer struct {
	City bool
}

// Canon implements [locale.Comparer]: the text keys, and for a place in
// kana or kanji its key.
func (c PlaceComparer) Canon(s string, f *normalize.Folder) locale.Value {
	return textValueWith(s, f, wide, c.read)
}

// read reads a place: a city with the prefecture it may start with
// ([newCity]), else a town.
func (c PlaceComparer) read(s string) *place {
	if c.City {
		return newCity(s)
	}
	return newPlace(s)
}

// place returns what the comparer reads of v: worked out in Canon, or now
// for a place in Latin letters.
func (c PlaceComparer) place(v *locale.Value) *place { return worked(v, c.read) }

// A place is a city or town as the PlaceComparer reads it.
type place struct {
	text     string
	romaji   bool   // isRomajiAddress(text)
	name     string // romajiPlace(text) in romaji, else text; Kyoto's street directions cut off
	key      string // romajiPlaceKey(name) in romaji, else placeKey of name, its numbers in kanji numerals
	street   string // the streetKey of Kyoto's street directions, cut off name
	variant  bool   // FoldKanji changes name more than repeated kanji written 々
	japanese bool
	pref     int // the prefecture a kanji city starts with ([newCity]), or -1
}

// newCity reads a city that may start with its prefecture's full name, as
// records write a locality (東京都千代田区): the prefecture cut off (its old
// and variant kanji folded, [foldVariantRunes]) and the rest read as a
// place. A value that is only a prefecture is read whole.
func newCity(s string) *place {
	if f, _ := foldVariantRunes(s); wide(f) {
		for i, pr := range prefectures {
			if rest, ok := strings.CutPrefix(f, pr.kanji); ok && rest != "" {
				// The same runes of s: the fold is rune for rune.
				rs := []rune(s)
				p := newPlace(string(rs[len(rs)-utf8.RuneCountInString(rest):]))
				p.pref = i
				p.variant = p.variant || f[:len(f)-len(rest)] != string(rs[:len(rs)-utf8.RuneCountInString(rest)])
				return p
			}
		}
	}
	return newPlace(s)
}

func newPlace(s string) *place {
	p := &place{text: s, romaji: isRomajiAddress(s), name: s, japanese: japanese(s), pref: -1}
	if p.romaji {
		p.name = romajiPlace(s)
		if mayHoldRomajiDirection(p.name) {
			if town, street := cutRomajiStreetDirections(strings.Fields(p.name)); street != nil {
				p.name, p.street = strings.Join(town, " "), streetKey(strings.Join(street, " "), true)
			}
		}
		if mayHoldJo(p.name) {
			// A numbered 条 (1-jo-dori, Kita24-jō Nishi, Kita 24 Jo Nishi),
			// read as parseRomajiAddress reads a town: kita 24-jo nishi.
			if a := parseRomajiAddress(p.name); a.City == "" && a.Prefecture < 0 && a.Chome == 0 &&
				len(a.Numbers) == 0 && a.Other == "" && a.Street == "" && hasGrid(a.Town, true) {
				p.name = a.Town
			}
		}
		p.key = romajiPlaceKey(p.name)
	} else {
		town, street := cutStreetDirections(s)
		if street != "" {
			p.name, p.street = town, streetKey(street, false)
		}
		// Numbers in digits before 丁目, 条, 線, 号, 地割, 番町 written in
		// kanji numerals, as ParseAddress writes a town (飯田橋3丁目 is
		// 飯田橋三丁目).
		p.key = placeKey(kanjiTownNumbers(p.name))
	}
	// The town compared, not the directions cut off it: 忠庵町 restated in
	// full-width brackets holds no variant kanji.
	// A kanji repeated in a name (四日市市, which FoldKanji writes 四日市々)
	// is no variant.
	if f := FoldKanji(p.name); f != p.name {
		p.variant = f != repeatMarks(p.name)
	}
	return p
}

func (c PlaceComparer) compare(req, rec *place) (float64, bool, Fold) {
	s, eq := placeSim(req.name, req.key, rec.name, rec.key, req.romaji, rec.romaji, c.City)
	if req.street != "" && rec.street != "" && req.romaji == rec.romaji && req.street != rec.street {
		// Kyoto's street directions, as CompareAddress compares them.
		s, eq = s*0.95, false
	}
	if req.pref >= 0 && rec.pref >= 0 && req.pref != rec.pref {
		// Two cities of one name in two prefectures (府中市 of 東京都 and
		// of 広島県), weighed as in an address.
		s, eq = s*(1-weightPrefecture), false
	}
	var f Fold
	switch {
	case req.romaji != rec.romaji:
		f = FoldReading | FoldRomaji
	case req.romaji:
		f = FoldRomaji
	case eq && IsKana(req.name) != IsKana(rec.name):
		f = FoldReading // いいだばし, 飯田橋
	default:
		f = FoldWidth
		if req.variant || rec.variant {
			f |= FoldVariant
		}
	}
	return s, eq, f
}

// romajiPlace writes a romaji place as ParseAddress keeps it: lower case,
// the unit after a hyphen (Chiyoda ku as chiyoda-ku).
func romajiPlace(s string) string {
	words := strings.Fields(strings.ToLower(strings.ReplaceAll(s, ",", " ")))
	var out []string
	for i := 0; i < len(words); i++ {
		if i+1 < len(words) {
			if _, ok := romajiUnits[words[i+1]]; ok {
				out = append(out, words[i]+"-"+words[i+1])
				i++
				continue
			}
		}
		out = append(out, words[i])
	}
	return strings.Join(out, " ")
}

// Equal implements [locale.Equaler]: the generic text keys first; an empty
// value equals none.
func (c PlaceComparer) Equal(req, rec *locale.Value) (locale.Reason, bool) {
	if why, ok := locale.Equal(req, rec); ok {
		return why, true
	}
	if req.Empty() || rec.Empty() {
		return 0, false
	}
	if req.Aux == nil && rec.Aux == nil {
		if f, eq, ok := equalLatinPlace(raw(req), raw(rec), c.City); ok {
			if !eq {
				return 0, false
			}
			return reasons(f), true
		}
	}
	_, eq, f := c.compare(c.place(req), c.place(rec))
	if !eq {
		return 0, false
	}
	return reasons(f), true
}

// Score implements [locale.Comparer]; the generic score for two values
// without kana or kanji.
func (c PlaceComparer) Score(req, rec *locale.Value) (float64, locale.Reason) {
	if req.Aux == nil && rec.Aux == nil {
		return genericScore(req, rec) // no kana or kanji (wide)
	}
	q, r := c.place(req), c.place(rec)
	if !q.japanese && !r.japanese {
		return genericScore(req, rec)
	}
	s, _, _ := c.compare(q, r)
	return s, locale.Different
}

// DateComparer compares dates as [locale.DateComparer] does, a value in
// none of its forms also read as Japanese records write dates ([Date]: an
// era, 平成2年4月1日, H2.4.1; or 1990年4月1日, 1990/4/1), FORMAT.
type DateComparer struct {
	locale.DateComparer
}

// Canon implements [locale.Comparer].
func (DateComparer) Canon(s string, f *normalize.Folder) locale.Value {
	return genericThen(locale.DateComparer{}, s, f, Date, locale.Format)
}

// genericThen returns the keys the generic comparer makes of s or, when it
// makes none, the one value read makes of s, for the reason why: a record's
// value in Japanese, read after the generic forms.
func genericThen(generic locale.Comparer, s string, f *normalize.Folder, read func(string) (string, bool), why locale.Reason) locale.Value {
	if v := generic.Canon(s, f); !v.Empty() {
		return v
	}
	var v locale.Value
	if x, ok := read(s); ok {
		v.Add(x, why)
		v.Text = x
	}
	return v
}

// BlockComparer compares the chōme, block and lot of an address
// (streetNumber): 3丁目10番10号, 3-10-10, ３－１０－１０ and 三丁目10-10 are
// [3 10 10] (FORMAT); two different numbers score as house numbers do
// ([score.Number]).
type BlockComparer struct{}

// Canon implements [locale.Comparer].
func (BlockComparer) Canon(s string, f *normalize.Folder) locale.Value {
	var nb [8]int
	ns, ok := plainBlock(s, nb[:0])
	var town, other string
	if !ok {
		a := ParseAddress(s)
		ns = a.allNumbers()
		if len(ns) == 0 || a.City != "" || a.Town != "" && !isChiwari(a.Town) {
			return locale.HouseNumberComparer{}.Canon(s, f)
		}
		town, other = a.Town, a.Other
	}
	var v locale.Value
	v.Add(s, locale.Exact)
	var kb [64]byte
	k := kb[:0]
	if town != "" {
		k = append(append(k, town...), '/')
	}
	k = appendInts(k, ns)
	if other != "" {
		// A space where a separator stood, so that the grouping of a
		// room's numbers counts (1-101 is not 1101: readRoom).
		k = appendKana(append(k, ' '), other, true)
	}
	key := keepString(k, s)
	v.Add(key, locale.Format)
	v.Text = key
	return v
}

// isChiwari reports whether a town, as ParseAddress writes it, is only an
// Iwate 地割 (第十地割, 十地割), which a streetNumber may hold before the
// block: 第10地割1番地1.
func isChiwari(town string) bool {
	rest, ok := strings.CutSuffix(strings.TrimPrefix(town, "第"), "地割")
	return ok && rest != "" && strings.Trim(rest, "〇一二三四五六七八九十") == ""
}

// plainBlock reads the numbers ParseAddress reads in s when s is only ASCII
// numbers joined by single hyphens (4, 14, 3-10-10) too short to be a
// postcode, appending them to dst; ok false for any other s.
func plainBlock(s string, dst []int) (ns []int, ok bool) {
	digits := 0
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		if j == i || j-i > 9 || j+1 == len(s) || j < len(s) && s[j] != '-' {
			return nil, false
		}
		n := 0
		for _, c := range []byte(s[i:j]) {
			n = n*10 + int(c-'0')
		}
		dst = append(dst, n)
		digits += j - i
		i = j + 1
	}
	if len(dst) == 0 || digits >= 7 {
		return nil, false // 7 digits may be a postcode
	}
	if len(dst) >= 3 && dst[0] == 0 {
		// N-M-L is chōme N, block M, lot L, and chōme 0 is none.
		dst = dst[1:]
	}
	return dst, true
}

// Equal implements [locale.Equaler]: the keys, or the same chōme, block and
// lot followed by rooms that agree (3-10-10-301 against 3丁目10番10号: a room
// on one side only, as [CompareAddress] reads it), FORMAT.
func (BlockComparer) Equal(req, rec *locale.Value) (locale.Reason, bool) {
	if why, ok := locale.Equal(req, rec); ok {
		return why, true
	}
	if !mayHoldRoom(req.Text) && !mayHoldRoom(rec.Text) {
		return 0, false // the common case, without reading the keys again
	}
	var qb, rb [8]int
	qt, qn, qr, ok1 := blockRoom(req.Text, qb[:0])
	rt, rn, rr, ok2 := blockRoom(rec.Text, rb[:0])
	if !ok1 || !ok2 || qt != rt || !slices.Equal(qn, rn) || !qr.agrees(rr) {
		return 0, false
	}
	return locale.Format, true
}

// mayHoldRoom reports whether a BlockComparer key may hold a room: a fourth
// number or more, or what follows the numbers.
func mayHoldRoom(key string) bool {
	return strings.Count(key, "-") >= 3 || strings.Contains(key, " ")
}

// blockRoom reads a BlockComparer key (3-10-10, 3-10-10-301, 10-10 2階,
// 第十地割/1-1): the 地割 before the numbers ("" for none), the chōme,
// block and lot, appended to ns, and the room after them, a fourth number
// or what follows the numbers. ok is false for a key of another form.
func blockRoom(key string, ns []int) (town string, _ []int, r room, ok bool) {
	nums, other, _ := strings.Cut(key, " ")
	if t, rest, found := strings.Cut(nums, "/"); found {
		town, nums = t, rest
	}
	for part := range strings.SplitSeq(nums, "-") {
		n, err := strconv.Atoi(part)
		if err != nil || n < 0 {
			return "", nil, room{}, false
		}
		ns = append(ns, n)
	}
	if len(ns) >= 4 {
		r, ns = roomOfNumbers(ns[3:], false), ns[:3]
	}
	if other != "" {
		r = r.withOther(readRoom(other, false))
	}
	return town, ns, r, true
}

// RoomComparer compares the room of an address (houseNumberExtension) as
// the generic [locale.HouseNumberComparer] does, and as [CompareAddress]
// reads what follows an address's numbers: 301, 301号室, #301 and
// 飯田橋ハイツ301号室 (and 三〇一号室) are room 301; the building's own
// numbers and letters (A棟301 is neither B棟301 nor B-301, 第1ビル301 not
// 第2ビル301), the grouping of the numbers (1-101 is not 1101) and the floor
// (3階 = 3F) compared where both hold them, a building's name when both name
// one in the same script ([readRoom]), FORMAT.
type RoomComparer struct {
	locale.HouseNumberComparer
}

// Equal implements [locale.Equaler].
func (RoomComparer) Equal(req, rec *locale.Value) (locale.Reason, bool) {
	if why, ok := locale.Equal(req, rec); ok {
		return why, true
	}
	if req.Empty() || rec.Empty() {
		return 0, false
	}
	qs, rs := raw(req), raw(rec)
	const digits = "0123456789０１２３４５６７８９〇一二三四五六七八九十百千壱弐参"
	if !strings.ContainsAny(qs, digits) || !strings.ContainsAny(rs, digits) {
		return 0, false // no room number on a side: nothing to read again
	}
	q, r := roomOf(qs), roomOf(rs)
	// Both hold a room's number, or neither does and both a floor (3F,
	// 3階): a floor alone says nothing of a room's number.
	comparable := q.number != "" && r.number != "" || q.number == "" && r.number == "" && q.floor != "" && r.floor != ""
	if !comparable || !q.agrees(r) {
		return 0, false
	}
	return locale.Format, true
}

// roomOf reads a houseNumberExtension as a room ([readRoom]); in romaji,
// the English words for a room (Room 301, Apt. 301) name no building.
func roomOf(s string) room {
	s = norm.NFKC.String(s)
	return readRoom(s, isRomajiAddress(s))
}

// Score implements [locale.Comparer]: as house numbers, and at most 0.6
// when the 地割 differ (第10地割1-1, 第11地割1-1; or one side holds none),
// as for a different number.
func (BlockComparer) Score(req, rec *locale.Value) (float64, locale.Reason) {
	s, why := locale.HouseNumberComparer{}.Score(req, rec)
	if chiwariOf(req.Text) != chiwariOf(rec.Text) {
		s, why = min(s, numberCap), why|locale.NumberMismatch
	}
	return s, why
}

// chiwariOf returns the 地割 of a BlockComparer key (第十地割 of
// 第十地割/1-1), or "".
func chiwariOf(key string) string {
	if t, _, ok := strings.Cut(key, "/"); ok && strings.HasSuffix(t, "地割") {
		return t
	}
	return ""
}

// PostalCodeComparer compares Japanese postcodes: 102-8460, 1028460,
// 〒102-8460 and １０２－８４６０ are one (FORMAT). A value that is not a
// Japanese postcode is compared as the generic profile does.
type PostalCodeComparer struct{}

// Canon implements [locale.Comparer].
func (PostalCodeComparer) Canon(s string, f *normalize.Folder) locale.Value {
	pc, ok := PostalCode(s)
	if !ok {
		return locale.CodeComparer{}.Canon(s, f)
	}
	var v locale.Value
	v.Add(s, locale.Exact)
	v.Add(pc, locale.Format)
	v.Text = pc
	return v
}

// Score implements [locale.Comparer]; there is no score for postalCode.
func (PostalCodeComparer) Score(req, rec *locale.Value) (float64, locale.Reason) {
	return 0, locale.Different
}
