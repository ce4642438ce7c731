package main

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/width"

	"github.com/kycmatch/kycmatch/attr"
	"github.com/kycmatch/kycmatch/locale/jp"
)

// jpPerson is a full name built from gimei: a family name and a given name,
// in kanji, hiragana, katakana and passport romaji.
type jpPerson struct {
	family, given gimeiEntry
}

func (p jpPerson) kanji(space bool) string {
	if space {
		return p.family.kanji + " " + p.given.kanji
	}
	return p.family.kanji + p.given.kanji
}
func (p jpPerson) kata() string { return p.family.kata + "　" + p.given.kata }
func (p jpPerson) hira() string { return p.family.hira + " " + p.given.hira }
func (p jpPerson) romaji() string {
	return strings.ToUpper(p.family.romaji + " " + p.given.romaji)
}
func (p jpPerson) romajiGivenFirst() string {
	return title(p.given.romaji) + " " + title(p.family.romaji)
}

func title(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// jpVariants are old and variant forms of common name kanji, to perturb a
// name with (test data: the matcher's own table is generated from geolonia,
// KANJIDIC and Unihan).
var jpVariants = strings.NewReplacer(
	"高", "髙", "崎", "﨑", "辺", "邊", "吉", "𠮷", "斎", "齋", "沢", "澤", "浜", "濱",
	"国", "國", "徳", "德", "広", "廣", "桜", "櫻", "真", "眞", "恵", "惠", "竜", "龍", "斉", "齊",
)

// small kana and their Zengin (large) forms.
var jpLarge = strings.NewReplacer("ャ", "ヤ", "ュ", "ユ", "ョ", "ヨ", "ッ", "ツ", "ァ", "ア", "ィ", "イ", "ゥ", "ウ", "ェ", "エ", "ォ", "オ")

// jpPersons builds one person per gimei given name, with the family names in
// turn.
func jpPersons() ([]jpPerson, error) {
	g, err := readGimei("testdata/jp/gimei-names.yml")
	if err != nil {
		return nil, err
	}
	given := append(append([]gimeiEntry(nil), g["first_name/male"]...), g["first_name/female"]...)
	family := g["last_name"]
	if len(given) < 10000 || len(family) < 400 {
		return nil, fmt.Errorf("gimei: %d given names, %d family names", len(given), len(family))
	}
	out := make([]jpPerson, len(given))
	for i := range given {
		out[i] = jpPerson{family: family[i%len(family)], given: given[i]}
	}
	return out, nil
}

// jpNameFigures are the measures of the Japanese name pairs.
type jpNameFigures struct {
	// Persons is the number of persons the pairs are made of, one in
	// Stride of gimei's given names.
	Persons, Stride int
	// Kana, Romaji and Kanji are the pairs within a script; Cross the
	// record's kanji against the request's kana or romaji, with another
	// person's reading as the negatives (the pairs); Hard the hard
	// negatives alone: the same family name and another given name's
	// reading that gimei does not list for the kanji.
	Kana, Romaji, Kanji, Cross, Hard tally
	// Voiced are negatives too: the family name, and the given name's
	// reading with its first kana voiced (ハナコ as バナコ).
	Voiced tally
	// HardSources counts where the readings of the hard negatives answered
	// "true" come from.
	HardSources map[string]int
	// AUC and F1 (at Threshold) rank a sample of cross-script pairs by
	// their answer ("true" as 1, else the score): Pos same-person pairs,
	// Neg other pairs, half of them sharing the family name.
	AUC, F1, Threshold float64
	Pos, Neg           int
}

// CrossAll returns Cross with the hard negatives added.
func (f *jpNameFigures) CrossAll() tally {
	all := f.Cross
	all.fp += f.Hard.fp
	all.tn += f.Hard.tn
	all.fps = append(all.fps[:len(all.fps):len(all.fps)], f.Hard.fps...)
	return all
}

// measureJPNames measures the precision and recall of "true" on pairs of
// names made from gimei, one person in stride (issue 8): the same person in
// other scripts, widths and spellings (positives), other persons
// (negatives), within a script and across kanji and kana or romaji.
func measureJPNames(stride int) (*jpNameFigures, error) {
	persons, err := jpPersons()
	if err != nil {
		return nil, err
	}
	ps := jpProfiles()
	def, zen := ps[0], ps[1]
	// The readings gimei gives each kanji given name: a reading gimei lists
	// for the kanji is no negative.
	readings := map[string]map[string]bool{}
	for _, p := range persons {
		if readings[p.given.kanji] == nil {
			readings[p.given.kanji] = map[string]bool{}
		}
		readings[p.given.kanji][p.given.kata] = true
	}
	f := &jpNameFigures{Stride: stride, HardSources: map[string]int{}}
	kana, romaji, kanji, cross, crossHard := &f.Kana, &f.Romaji, &f.Kanji, &f.Cross, &f.Hard
	var ranked []Outcome // a sample of cross-script pairs, by their answer
	n := 0
	for i := 0; i < len(persons); i += stride {
		p := persons[i]
		o := persons[(i*7919+4099)%len(persons)] // another person
		n++
		// Kana within the script.
		k := p.kata()
		kana.add(true, same(def, attr.NameKanaZenkaku, p.hira(), k), "hira "+p.hira())
		kana.add(true, same(def, attr.NameKanaHankaku, width.Narrow.String(k), k), "half "+k)
		kana.add(true, same(def, attr.NameKanaZenkaku, strings.ReplaceAll(k, "　", ""), k), "nospace "+k)
		if strings.Contains(k, "ー") {
			kana.add(true, same(def, attr.NameKanaZenkaku, strings.ReplaceAll(k, "ー", "－"), k), "long "+k)
		}
		if l := jpLarge.Replace(k); l != k {
			kana.add(true, same(zen, attr.NameKanaZenkaku, l, k), "zengin "+k)
		}
		if o.kata() != k {
			kana.add(false, same(def, attr.NameKanaZenkaku, o.kata(), k), o.kata()+" / "+k)
			kana.add(false, same(def, attr.NameKanaZenkaku, o.hira(), k), o.hira()+" / "+k)
		}
		// Romaji within the script, and romaji against kana.
		r := p.romaji()
		romaji.add(true, same(def, attr.Name, p.romajiGivenFirst(), r), "swap "+r)
		romaji.add(true, same(def, attr.Name, r, k), "kana "+r)
		if o.romaji() != r {
			romaji.add(false, same(def, attr.Name, o.romaji(), r), o.romaji()+" / "+r)
		}
		// Romaji against another person's kana, and against the kana of
		// one with the same family name and another given name: the
		// foreign-name aligner sees these pairs too (locale/jp
		// foreign_align.go), and must not take them.
		if o.kata() != k && o.romaji() != r {
			romaji.add(false, same(def, attr.Name, o.romaji(), k), o.romaji()+" / "+k)
		}
		if sib := (jpPerson{family: p.family, given: o.given}); sib.kata() != k && o.given.romaji != p.given.romaji {
			romaji.add(false, same(def, attr.Name, sib.romaji(), k), sib.romaji()+" / "+k)
		}
		// Kanji within the script.
		kj := p.kanji(true)
		kanji.add(true, same(def, attr.Name, p.kanji(false), kj), "nospace "+kj)
		if v := jpVariants.Replace(kj); v != kj {
			kanji.add(true, same(def, attr.Name, v, kj), "variant "+v)
		}
		if o.kanji(true) != kj {
			kanji.add(false, same(def, attr.Name, o.kanji(true), kj), o.kanji(true)+" / "+kj)
		}
		// Across scripts: the record's kanji against the request's kana or
		// romaji.
		for j, rec := range []string{kj, p.kanji(false)} {
			cross.add(true, same(def, attr.Name, k, rec), k+" / "+rec)
			if j == 0 {
				cross.add(true, same(def, attr.Name, p.hira(), rec), p.hira()+" / "+rec)
				cross.add(true, same(def, attr.NameKanaHankaku, width.Narrow.String(k), rec), "half "+k+" / "+rec)
				cross.add(true, same(def, attr.Name, p.romajiGivenFirst(), rec), p.romajiGivenFirst()+" / "+rec)
			}
			cross.add(true, same(def, attr.Name, r, rec), r+" / "+rec)
		}
		// Neither side with a space.
		cross.add(true, same(def, attr.Name, p.family.kata+p.given.kata, p.kanji(false)), "nospace "+p.family.kata+p.given.kata+" / "+p.kanji(false))
		if v := jpVariants.Replace(kj); v != kj {
			cross.add(true, same(def, attr.Name, k, v), k+" / "+v)
		}
		// Negatives across scripts: another person entirely, and the same
		// family name with another given name (whose reading gimei does not
		// list for this given name's kanji).
		if o.kata() != k {
			cross.add(false, same(def, attr.Name, o.kata(), kj), o.kata()+" / "+kj)
			cross.add(false, same(def, attr.Name, o.romaji(), kj), o.romaji()+" / "+kj)
		}
		// The given name with its first kana voiced (ハナコ as バナコ), which
		// a given name after its family name never is: the kana with and
		// without the space against the kanji with and without it.
		if v, ok := voicedStart(p.given.kata); ok && !readings[p.given.kanji][v] {
			for _, c := range [][2]string{{p.family.kata + "　" + v, kj}, {p.family.kata + "　" + v, p.kanji(false)}, {p.family.kata + v, kj}, {p.family.kata + v, p.kanji(false)}} {
				f.Voiced.add(false, same(def, attr.Name, c[0], c[1]), c[0]+" / "+c[1])
			}
		}
		if !readings[p.given.kanji][o.given.kata] {
			hard := p.family.kata + "　" + o.given.kata
			got := same(def, attr.Name, hard, kj)
			crossHard.add(false, got, hard+" / "+kj)
			if got {
				f.HardSources[jp.MatchReading(p.given.kanji, o.given.kata, false).Source.String()]++
			}
			if n%4 == 0 {
				ranked = append(ranked, Outcome{Score: answerScore(def, attr.Name, hard, kj)})
			}
		}
		if n%4 == 0 {
			ranked = append(ranked,
				Outcome{Same: true, Score: answerScore(def, attr.Name, k, kj)},
				Outcome{Same: true, Score: answerScore(def, attr.Name, r, kj)},
				Outcome{Score: answerScore(def, attr.Name, o.kata(), kj)})
		}
	}
	f.Persons = n
	m := Measure(ranked)
	f.Pos, f.Neg = m.Same, m.Pairs-m.Same
	f.AUC, f.F1, f.Threshold = m.AUC, m.F1, m.Threshold
	return f, nil
}

// voicedStart returns the katakana k with its first kana voiced (カ as ガ, ハ
// as バ), and false when that kana has no voiced form.
func voicedStart(k string) (string, bool) {
	r, n := utf8.DecodeRuneInString(k)
	const pairs = "カガキギクグケゲコゴサザシジスズセゼソゾタダチヂツヅテデトドハバヒビフブヘベホボ"
	p := []rune(pairs)
	for i := 0; i < len(p); i += 2 {
		if p[i] == r {
			return string(p[i+1]) + k[n:], true
		}
	}
	return "", false
}
