package jp_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/kycmatch/kycmatch/attr"
	"github.com/kycmatch/kycmatch/camara"
	"github.com/kycmatch/kycmatch/camara/matchapi"
	"github.com/kycmatch/kycmatch/locale/jp"
	"github.com/kycmatch/kycmatch/match"
)

// BenchmarkEngine answers one-attribute Japanese requests through the engine
// with the Japanese profile, after warm-up (the dictionaries loaded; issue 8:
// a kana request ≤ 10 µs, a kanji name against romaji and a romaji address
// against kanji ≤ 50 µs):
//   - KanaGeneric: the kana request through the generic profile, the
//     reference;
//   - Kana: ﾔﾏﾀﾞ ﾀﾛｳ against the record's ヤマダ タロウ;
//   - KanaDerived: ヤマダ タロウ against a record holding only 山田太郎;
//   - KanjiRomaji: the name Yamada Taro against 山田太郎;
//   - KanjiRomajiMiss: Yamada Jiro against 山田太郎, "false" and scored;
//   - Address: the specification's romaji address against the kanji one;
//   - AddressMiss: the same with another lot, "false" and scored;
//   - Foreign: クリストファー ウィルソン against the residence card's WILSON
//     CHRISTOPHER, equal through the foreign-name aligner in the other
//     order; ForeignMiss: クリストファー ウィルキンス, "false" and scored;
//   - Vietnamese: グエン ティ トゥ フオン against NGUYEN THI THU HUONG,
//     equal through the Vietnamese rules once the aligner has said no.
func BenchmarkEngine(b *testing.B) {
	jp.Preload()
	const phone = "+81312345678"
	cases := []struct {
		name     string
		generic  bool
		req, rec attr.Values
	}{
		{"KanaGeneric", true, attr.Values{attr.NameKanaZenkaku: "ﾔﾏﾀﾞ ﾀﾛｳ"}, attr.Values{attr.NameKanaZenkaku: "ヤマダ タロウ"}},
		{"Kana", false, attr.Values{attr.NameKanaZenkaku: "ﾔﾏﾀﾞ ﾀﾛｳ"}, attr.Values{attr.NameKanaZenkaku: "ヤマダ タロウ"}},
		{"KanaDerived", false, attr.Values{attr.NameKanaZenkaku: "ヤマダ タロウ"}, attr.Values{attr.Name: "山田太郎"}},
		{"KanjiRomaji", false, attr.Values{attr.Name: "Yamada Taro"}, attr.Values{attr.Name: "山田太郎"}},
		{"KanjiRomajiMiss", false, attr.Values{attr.Name: "Yamada Jiro"}, attr.Values{attr.Name: "山田太郎"}},
		{"Address", false, attr.Values{attr.Address: "Tokyo-to Chiyoda-ku Iidabashi 3-10-10"}, attr.Values{attr.Address: "東京都千代田区飯田橋3丁目10番10号"}},
		{"AddressMiss", false, attr.Values{attr.Address: "Tokyo-to Chiyoda-ku Iidabashi 3-10-11"}, attr.Values{attr.Address: "東京都千代田区飯田橋3丁目10番10号"}},
		// A foreign resident's name, as the residence card writes it,
		// against its katakana: equal through the aligner, and not.
		{"Foreign", false, attr.Values{attr.Name: "クリストファー ウィルソン"}, attr.Values{attr.Name: "WILSON CHRISTOPHER"}},
		{"ForeignMiss", false, attr.Values{attr.Name: "クリストファー ウィルキンス"}, attr.Values{attr.Name: "WILSON CHRISTOPHER"}},
		{"Vietnamese", false, attr.Values{attr.Name: "グエン ティ トゥ フオン"}, attr.Values{attr.Name: "NGUYEN THI THU HUONG"}},
	}
	ctx := context.Background()
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			e := match.MustNew(match.Config{}, jp.New(jp.Config{}))
			if c.generic {
				e = match.MustNew(match.Config{})
			}
			c.rec[attr.Country] = "JP"
			req := match.Request{PhoneNumber: phone, Values: c.req}
			rec := match.Record(c.rec)
			if _, err := e.Match(ctx, req, rec, match.Subject{}); err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			for b.Loop() {
				if _, err := e.Match(ctx, req, rec, match.Subject{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// personas are the README's two personas, as matchapi decodes them: the
// specification's Spanish one (her record says country JPN, so the Japanese
// profile answers her: the persona of issue 10's budget) and the Japanese
// one (testdata/examples/request-jp.json against record-jp.json).
var personas = [...]struct{ name, req, rec string }{
	{"Spanish", "request.json", "record.json"},
	{"Japanese", "request-jp.json", "record-jp.json"},
}

// loadPersona reads a persona's request and record from testdata/examples.
func loadPersona(tb testing.TB, reqFile, recFile string) (match.Request, match.Record) {
	tb.Helper()
	read := func(name string) []byte {
		b, err := os.ReadFile(filepath.Join("../../testdata/examples", name))
		if err != nil {
			tb.Fatal(err)
		}
		return b
	}
	s, err := matchapi.NewConfig(matchapi.Config{})
	if err != nil {
		tb.Fatal(err)
	}
	req, err := s.Decode(matchapi.V04, read(reqFile))
	if err != nil {
		tb.Fatal(err)
	}
	sub, err := camara.DecodeSubscriber(read(recFile))
	if err != nil {
		tb.Fatal(err)
	}
	return req, sub.Identity
}

// BenchmarkPersona answers the README's personas (every attribute of the
// request) through an engine with the Japanese profile, after warm-up:
// Operator canonicalises the record in every match, Prepared matches against
// a record prepared once (issue 10: the Spanish persona ≤ 8 µs and ≤ 16
// allocations, ≤ 4 µs and ≤ 4 allocations prepared).
func BenchmarkPersona(b *testing.B) {
	jp.Preload()
	e := match.MustNew(match.Config{}, jp.New(jp.Config{}))
	ctx := context.Background()
	for _, p := range personas {
		req, rec := loadPersona(b, p.req, p.rec)
		if _, err := e.Match(ctx, req, rec, match.Subject{}); err != nil {
			b.Fatal(err)
		}
		b.Run(p.name+"/Operator", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := e.Match(ctx, req, rec, match.Subject{}); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(p.name+"/Prepared", func(b *testing.B) {
			pr := e.Prepare(rec, req.PhoneNumber)
			b.ReportAllocs()
			for b.Loop() {
				if _, err := e.MatchPrepared(ctx, req, pr); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
