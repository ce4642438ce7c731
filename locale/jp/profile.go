package jp

import (
	"github.com/kycmatch/kycmatch/normalize"
	"strings"

	"github.com/kycmatch/kycmatch/attr"
	"github.com/kycmatch/kycmatch/locale"
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
//   - postalCode: [PostalCodeComparer];
//   - the other attributes: the generic comparers.
func (p Profile) Comparer(a attr.Attribute) locale.Comparer {
	switch a {
	case attr.Name, attr.GivenName, attr.FamilyName, attr.FamilyNameAtBirth, attr.MiddleNames,
		attr.NameKanaHankaku, attr.NameKanaZenkaku:
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
	case attr.PostalCode:
		return PostalCodeComparer{}
	}
	return p.GenericProfile.Comparer(a)
}

// Sources implements [locale.Profile] with the generic rules, Japanese
// composition ([Profile.Names], [Profile.Addresses]) and one derivation more:
// a kana reading the record does not hold, in neither width, is derived from
// its name in kanji or kana (name, else familyName and givenName), which the
// [NameComparer] reads (reason DERIVED). A name in Latin letters derives no
// reading: the record holds none, and the answer is "not_available".
func (p Profile) Sources(a attr.Attribute, rec *attr.Values, dst []locale.Source) []locale.Source {
	n := len(dst)
	dst = locale.SourcesWith(p, a, rec, dst)
	if len(dst) > n || a != attr.NameKanaHankaku && a != attr.NameKanaZenkaku {
		return dst
	}
	if v := rec[attr.Name]; v != "" && japanese(v) {
		return append(dst, locale.Source{Value: v, Why: locale.Derived})
	}
	if f, g := rec[attr.FamilyName], rec[attr.GivenName]; f != "" && g != "" && japanese(f+g) {
		return append(dst, locale.Source{Value: locale.Compose(f, g), Why: locale.Derived | locale.Composed})
	}
	return dst
}

// Names implements [locale.Composer] in the Japanese order, family name
// first (山田 太郎; with the family name at birth in place of the family name
// too), then the generic given-name-first forms, as a name in romaji may be
// written (Taro Yamada).
func (p Profile) Names(rec *attr.Values, dst []string) []string {
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
	return p.GenericProfile.Names(rec, dst)
}

// Addresses implements [locale.Composer] in the Japanese order, from the
// largest unit down: region (prefecture), locality (city), streetName
// (town), streetNumber (chōme, block, lot), houseNumberExtension (a
// building, a room). It needs a street name or a street number.
func (Profile) Addresses(rec *attr.Values, dst []string) []string {
	street, number := rec[attr.StreetName], rec[attr.StreetNumber]
	if street == "" && number == "" {
		return dst
	}
	full := locale.Compose(rec[attr.Region], rec[attr.Locality], street, number, rec[attr.HouseNumberExtension])
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

// textValue is the Value of the Japanese comparers: the keys of
// [locale.TextComparer] (so that two values in Latin letters are equal as the
// generic profile has them), and the value itself as its text, which Equal
// and Score read; no key when it holds nothing to compare.
func textValue(s string, f *normalize.Folder) locale.Value {
	v := locale.TextComparer{}.Canon(s, f)
	if v.Empty() {
		return v
	}
	v.Text = s
	return v
}

// japanese reports whether s holds kana or kanji.
func japanese(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool {
		return isHan(r) || r >= 0x3040 && r <= 0x30ff || r >= 0xff66 && r <= 0xff9f
	})
}

// genericScore is the generic profile's score of two free-text values.
func genericScore(req, rec *locale.Value) (float64, locale.Reason) {
	q, r := locale.TextComparer{}.Canon(req.Text, nil), locale.TextComparer{}.Canon(rec.Text, nil)
	return locale.TextComparer{}.Score(&q, &r)
}

// NameComparer compares names and kana readings with [CompareName]: kanji,
// kana and romaji against one another, readings decided by the other side.
type NameComparer struct {
	Options Options
}

// Canon implements [locale.Comparer].
func (NameComparer) Canon(s string, f *normalize.Folder) locale.Value { return textValue(s, f) }

// Equal implements [locale.Equaler]: the generic text keys first, then
// [CompareName].
func (c NameComparer) Equal(req, rec *locale.Value) (locale.Reason, bool) {
	if why, ok := locale.Equal(req, rec); ok {
		return why, true
	}
	m := CompareName(req.Text, rec.Text, c.Options)
	if !m.Equal {
		return 0, false
	}
	return reasons(m.Folds), true
}

// Score implements [locale.Comparer]: [CompareName]'s score, or the generic
// one for two values without kana or kanji that are not both romaji.
func (c NameComparer) Score(req, rec *locale.Value) (float64, locale.Reason) {
	if !japanese(req.Text) && !japanese(rec.Text) && (ScriptOf(req.Text) != ScriptRomaji || ScriptOf(rec.Text) != ScriptRomaji) {
		return genericScore(req, rec)
	}
	m := CompareName(req.Text, rec.Text, c.Options)
	return m.Score, locale.Different | reasons(m.Folds&(FoldOrder|FoldNumber))&^locale.Normalized
}

// AddressComparer compares whole addresses with [CompareAddress].
type AddressComparer struct{}

// Canon implements [locale.Comparer].
func (AddressComparer) Canon(s string, f *normalize.Folder) locale.Value { return textValue(s, f) }

// Equal implements [locale.Equaler]: the generic text keys first, then
// [CompareAddress].
func (AddressComparer) Equal(req, rec *locale.Value) (locale.Reason, bool) {
	if why, ok := locale.Equal(req, rec); ok {
		return why, true
	}
	m := CompareAddress(req.Text, rec.Text)
	if !m.Equal {
		return 0, false
	}
	return reasons(m.Folds) | locale.Format, true
}

// Score implements [locale.Comparer].
func (AddressComparer) Score(req, rec *locale.Value) (float64, locale.Reason) {
	m := CompareAddress(req.Text, rec.Text)
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
	if i, ok := Prefecture(s); ok {
		why := locale.Romanization
		switch k := Kana(s); {
		case s == prefectures[i].kanji:
			why = locale.Exact
		case k == prefectures[i].kanji:
			why = locale.Normalized
		case strings.ContainsFunc(k, isHan):
			why = locale.Alias // 東京 for 東京都
		case IsKana(k):
			why = locale.KanaScript
		}
		v.Add("pref:"+prefectures[i].kanji, why)
		v.Text = romajiKey(prefectures[i].reading)
	}
	return v
}

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

// Canon implements [locale.Comparer].
func (PlaceComparer) Canon(s string, f *normalize.Folder) locale.Value { return textValue(s, f) }

func (c PlaceComparer) compare(req, rec string) (float64, bool, Fold) {
	qr, rr := isRomajiAddress(req), isRomajiAddress(rec)
	q, r := req, rec
	if qr {
		q = romajiPlace(req)
	}
	if rr {
		r = romajiPlace(rec)
	}
	s, eq := placeSim(q, r, qr, rr, c.City)
	var f Fold
	switch {
	case qr != rr:
		f = FoldReading | FoldRomaji
	case qr:
		f = FoldRomaji
	default:
		f = FoldWidth
		if FoldKanji(req) != req || FoldKanji(rec) != rec {
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

// Equal implements [locale.Equaler]: the generic text keys first.
func (c PlaceComparer) Equal(req, rec *locale.Value) (locale.Reason, bool) {
	if why, ok := locale.Equal(req, rec); ok {
		return why, true
	}
	_, eq, f := c.compare(req.Text, rec.Text)
	if !eq {
		return 0, false
	}
	return reasons(f), true
}

// Score implements [locale.Comparer]; the generic score for two values
// without kana or kanji.
func (c PlaceComparer) Score(req, rec *locale.Value) (float64, locale.Reason) {
	if !japanese(req.Text) && !japanese(rec.Text) {
		return genericScore(req, rec)
	}
	s, _, _ := c.compare(req.Text, rec.Text)
	return s, locale.Different
}

// BlockComparer compares the chōme, block and lot of an address
// (streetNumber): 3丁目10番10号, 3-10-10, ３－１０－１０ and 三丁目10-10 are
// [3 10 10] (FORMAT); two different numbers score as house numbers do
// ([score.Number]).
type BlockComparer struct{}

// Canon implements [locale.Comparer].
func (BlockComparer) Canon(s string, f *normalize.Folder) locale.Value {
	a := ParseAddress(s)
	var v locale.Value
	ns := a.allNumbers()
	if len(ns) == 0 || a.City != "" || a.Town != "" {
		return locale.HouseNumberComparer{}.Canon(s, f)
	}
	v.Add(s, locale.Exact)
	key := joinInts(ns)
	if a.Other != "" {
		key += " " + Kana(a.Other)
	}
	v.Add(key, locale.Format)
	v.Text = key
	return v
}

// Score implements [locale.Comparer].
func (BlockComparer) Score(req, rec *locale.Value) (float64, locale.Reason) {
	return locale.HouseNumberComparer{}.Score(req, rec)
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
