//go:build unidic

package main

import (
	"strings"
	"testing"
	"time"

	"github.com/ikawaha/kagome-dict/dict"
	"github.com/ikawaha/kagome-dict/ipa"
	"github.com/ikawaha/kagome-dict/uni"
	"github.com/ikawaha/kagome/v2/tokenizer"

	"github.com/kycmatch/kycmatch/locale/jp"
)

// TestJPDictionaries measures, on gimei's names, how often each source of
// readings holds a name's reading (issue 8: measure kagome IPA against
// UniDic): the homographs of the IPA dictionary's index (what locale/jp
// uses), the reading of IPA's and UniDic's best tokenisation, UniDic's index
// (lForm), and ENAMDICT's person names. It links UniDic (87 MB), so it runs
// only with -tags unidic:
//
//	go test -tags unidic -run TestJPDictionaries -v ./bench/accuracy
func TestJPDictionaries(t *testing.T) {
	g, err := readGimei("testdata/jp/gimei-names.yml")
	if err != nil {
		t.Fatal(err)
	}
	t0 := time.Now()
	id := ipa.Dict()
	tIPA := time.Since(t0)
	t0 = time.Now()
	ud := uni.Dict()
	tUni := time.Since(t0)
	t.Logf("load: IPA %v, UniDic %v", tIPA, tUni)
	ipaTok, err := tokenizer.New(id, tokenizer.OmitBosEos())
	if err != nil {
		t.Fatal(err)
	}
	uniTok, err := tokenizer.New(ud, tokenizer.OmitBosEos())
	if err != nil {
		t.Fatal(err)
	}
	ipaReading := int(id.ContentsMeta[dict.ReadingIndex]) - ipa.POSHierarchy
	uniReading := uni.LForm - uni.POSHierarchy
	index := func(d *dict.Dict, col int, w string) []string {
		var out []string
		for _, i := range d.Index.Search(w) {
			if c := d.Contents[i]; col < len(c) {
				out = append(out, c[col])
			}
		}
		return out
	}
	best := func(tk *tokenizer.Tokenizer, feature int, w string) string {
		var b strings.Builder
		for _, tok := range tk.Tokenize(w) {
			f := tok.Features()
			if feature < len(f) && f[feature] != "*" {
				b.WriteString(f[feature])
			} else {
				b.WriteString(tok.Surface)
			}
		}
		return b.String()
	}
	for _, part := range []string{"first_name/male", "first_name/female", "last_name"} {
		rows := g[part]
		var ipaIdx, ipaBest, uniIdx, uniBest, enam, ours, withUni int
		for _, e := range rows {
			want := e.kata
			w := jp.FoldKanji(e.kanji)
			hit := func(list []string) bool {
				for _, r := range list {
					if jp.Kana(r) == want {
						return true
					}
				}
				return false
			}
			a := hit(index(id, ipaReading, w))
			b := jp.Kana(best(ipaTok, ipa.Reading, w)) == want
			c := hit(index(ud, uniReading, w))
			d := jp.Kana(best(uniTok, uni.LForm, w)) == want
			var rds []string
			for _, r := range jp.WordReadings(e.kanji) {
				if r.Source == jp.SourceENAMDICT {
					rds = append(rds, r.Kana)
				}
			}
			en := hit(rds)
			for _, x := range []struct {
				ok bool
				n  *int
			}{{a, &ipaIdx}, {b, &ipaBest}, {c, &uniIdx}, {d, &uniBest}, {en, &enam}, {a || en, &ours}, {a || c || en, &withUni}} {
				if x.ok {
					*x.n++
				}
			}
		}
		pct := func(k int) float64 { return 100 * float64(k) / float64(len(rows)) }
		t.Logf("%-18s %5d names: IPA index %.1f %%, IPA best path %.1f %%, UniDic index %.1f %%, UniDic best path %.1f %%, ENAMDICT %.1f %%; ENAMDICT or IPA (locale/jp) %.1f %%, adding UniDic %.1f %%",
			part, len(rows), pct(ipaIdx), pct(ipaBest), pct(uniIdx), pct(uniBest), pct(enam), pct(ours), pct(withUni))
	}
}
