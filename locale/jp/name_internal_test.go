package jp

import "testing"

// FuzzEqualUnscored checks that compareNames without its score, as
// NameComparer.Equal asks it, tells equal names as it does with the score,
// with the same folds and source.
func FuzzEqualUnscored(f *testing.F) {
	for _, p := range [][2]string{{"山田太郎", "Yamada Taro"}, {"山田太郎", "Yamada Jiro"}, {"高橋 光宙", "タカハシ ピカチュウ"}, {"森明治", "モリアキハル"}, {"タカハシ　ジロウ", "ALLEN JACKSON＿鈴木　一郎（高橋　二郎）"}, {"ﾔﾏﾀﾞ ﾀﾛｳ", "やまだ たろう"}, {"BILLY JOEL", "ビリー・ジョエル"}} {
		f.Add(p[0], p[1])
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		if len(a) > 200 || len(b) > 200 {
			return
		}
		for _, o := range []Options{{}, {FullName: true}} {
			q, r := newName(a, o), newName(b, o)
			with, without := compareNames(q, r, o, true), compareNames(q, r, o, false)
			if with.Equal != without.Equal || with.Equal && with != without {
				t.Errorf("compareNames(%q, %q, %+v): scored %+v, unscored %+v", a, b, o, with, without)
			}
		}
	})
}

// FuzzAddressEqualUnscored checks that compareAddresses without its score,
// as AddressComparer.Equal asks it, tells equal addresses as it does with the
// score, with the same folds.
func FuzzAddressEqualUnscored(f *testing.F) {
	for _, p := range [][2]string{
		{"Tokyo-to Chiyoda-ku Iidabashi 3-10-10", "東京都千代田区飯田橋三丁目10番10号"},
		{"Tokyo-to Chiyoda-ku Iidabashi 3-10-11", "東京都千代田区飯田橋三丁目10番10号"},
		{"東京都千代田区飯田橋3-10-10 〒530-0001", "〒102-8460 東京都千代田区飯田橋三丁目10番10号"},
		{"北海道札幌市北区北24条西6丁目1-1", "Kita 24 Jonishi, 6 Chome-1-1, Kita Ward, Sapporo"},
		{"京都市中京区河原町二条下ル一之船入町537-50", "京都市中京区一之船入町537-50"},
		{"東京都千代田区飯田橋3-10-10 5F", "東京都千代田区飯田橋3丁目10番10号 301号室"},
	} {
		f.Add(p[0], p[1])
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		if len(a) > 200 || len(b) > 200 {
			return
		}
		q, r := newAddress(a), newAddress(b)
		with, without := compareAddresses(q, r, true), compareAddresses(q, r, false)
		if with.Equal != without.Equal || with.Equal && with != without {
			t.Errorf("compareAddresses(%q, %q): scored %+v, unscored %+v", a, b, with, without)
		}
	})
}
