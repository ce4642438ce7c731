package jp_test

import (
	"context"
	"testing"

	"github.com/kycmatch/kycmatch/attr"
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
//   - Address: the specification's romaji address against the kanji one.
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
