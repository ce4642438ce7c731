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
