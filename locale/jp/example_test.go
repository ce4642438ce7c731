package jp_test

import (
	"context"
	"fmt"

	"github.com/kycmatch/kycmatch/attr"
	"github.com/kycmatch/kycmatch/locale/jp"
	"github.com/kycmatch/kycmatch/match"
)

// The Japanese profile answers a request in romaji and kana against a
// record in kanji.
func Example() {
	e := match.MustNew(match.Config{}, jp.New(jp.Config{}))
	req := match.Request{PhoneNumber: "+81312345678", Values: attr.Values{
		attr.Name:            "Taro Yamada",
		attr.NameKanaHankaku: "ﾔﾏﾀﾞ ﾀﾛｳ",
		attr.FamilyName:      "髙橋",
		attr.Address:         "Tokyo-to Chiyoda-ku Iidabashi 3-10-10",
		attr.Region:          "Tokyo",
		attr.PostalCode:      "〒102-8460",
	}}
	rec := match.Record{
		attr.Country:    "JP",
		attr.Name:       "山田太郎",
		attr.FamilyName: "高橋",
		attr.Address:    "東京都千代田区飯田橋3丁目10番10号",
		attr.Region:     "東京都",
		attr.PostalCode: "1028460",
	}
	resp, err := e.Match(context.Background(), req, rec, match.Subject{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for a, f := range resp.All() {
		fmt.Println(a, f.Result, f.Reason)
	}
	// Output:
	// name true ORDER_SWAP+READING_MATCH+ROMANIZATION
	// familyName true KANJI_VARIANT
	// nameKanaHankaku true DERIVED+READING_MATCH
	// address true FORMAT+READING_MATCH+ROMANIZATION
	// postalCode true FORMAT
	// region true ROMANIZATION
}

func ExampleKana() {
	fmt.Println(jp.Kana("ﾔﾏﾀﾞ ﾀﾛｳ"), jp.Kana("やまだ　たろう"), jp.Kana("ユ－コ"))
	// Output: ヤマダタロウ ヤマダタロウ ユーコ
}

func ExampleRomajiKey() {
	fmt.Println(jp.RomajiKey("Tarō"), jp.RomajiKey("Tarou"), jp.RomajiKey("Taroh"), jp.RomajiKey("タロウ"))
	fmt.Println(jp.RomajiKey("Ōno"), jp.RomajiKey("Ohno"), jp.RomajiKey("Ono"))
	// Output:
	// taro taro taro taro
	// ono ono ono
}

func ExampleMatchReading() {
	for _, r := range []string{"サチコ", "ユキコ", "Yukiko", "ハナコ"} {
		if m := jp.MatchReading("幸子", r, false); m.OK {
			fmt.Println(r, "reads 幸子 in", m.Source)
		} else {
			fmt.Println(r, "does not read 幸子")
		}
	}
	// Output:
	// サチコ reads 幸子 in ENAMDICT
	// ユキコ reads 幸子 in ENAMDICT
	// Yukiko reads 幸子 in ENAMDICT
	// ハナコ does not read 幸子
}

func ExampleParseAddress() {
	a := jp.ParseAddress("〒102-8460 東京都千代田区飯田橋三丁目１０－１０")
	fmt.Println(a.Postcode, jp.PrefectureName(a.Prefecture), a.City, a.TownWithChome(), a.Block())
	// Output: 1028460 東京都 千代田区 飯田橋三丁目 10-10
}

func ExampleCompareAddress() {
	const record = "〒102-8460 東京都千代田区飯田橋三丁目10番10号 飯田橋ハイツ301号室"
	for _, req := range []string{
		"3-chōme-10-10 Iidabashi, Chiyoda City, Tokyo 102-8460, Japan", // as map services write it
		"東京都千代田区飯田橋3-10-10-301",                                        // the room as a fourth number
		"東京都千代田区飯田橋3-10-10-302",                                        // another room
		"東京都千代田区飯田橋3-10-11",                                            // another lot
	} {
		m := jp.CompareAddress(req, record)
		fmt.Printf("%v %.2f\n", m.Equal, m.Score)
	}
	// Output:
	// true 0.00
	// true 0.00
	// false 0.95
	// false 0.60
}

func ExampleDate() {
	for _, s := range []string{"平成2年4月1日", "H2.4.1", "令和元年5月1日", "平成元年1月7日"} {
		d, ok := jp.Date(s)
		fmt.Println(s, d, ok)
	}
	// Output:
	// 平成2年4月1日 1990-04-01 true
	// H2.4.1 1990-04-01 true
	// 令和元年5月1日 2019-05-01 true
	// 平成元年1月7日  false
}
