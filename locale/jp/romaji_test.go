package jp_test

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/kycmatch/kycmatch/locale/jp"
)

func TestRomaji(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"ヤマダ タロウ", "yamada taro"},
		{"さとう", "sato"},
		{"おおの", "ono"},
		{"せのお", "senoo"},
		{"たかとお", "takatoo"},
		{"ようこ", "yoko"},
		{"なんば", "namba"},
		{"ほんま", "homma"},
		{"はっちょう", "hatcho"},
		{"はっとり", "hattori"},
		{"サリー", "sari"},
		{"しんいち", "shinichi"},
		{"じゅんいちろう", "junichiro"},
		{"きょうこ", "kyoko"},
		{"ゆうこ", "yuko"},
		{"いのうえ", "inoue"},
		{"ちづる", "chizuru"},
		{"ふじ", "fuji"},
		{"ビリー ジョエル", "biri joeru"},
		{"ｳﾞｨｸﾄﾙ", "vikutoru"},
	}
	for _, tt := range tests {
		if got := jp.Romaji(tt.in); got != tt.want {
			t.Errorf("Romaji(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestParseRomaji(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"Yamada Taro", "ヤマダ タロ", true},
		{"YAMADA Tarō", "ヤマダ タロー", true},
		{"Tarou", "タロウ", true},
		{"Taroh", "タロー", true},
		{"Ohno", "オーノ", true},
		{"Ōno", "オーノ", true},
		{"Ôno", "オーノ", true},
		{"Homma", "ホンマ", true},
		{"Namba", "ナンバ", true},
		{"Hatchō", "ハッチョー", true},
		{"Hattori", "ハットリ", true},
		{"Shin'ichi", "シンイチ", true},
		{"Kohei", "コヘイ", true},
		{"Ohashi", "オハシ", true},
		{"Hutosi", "フトシ", true},
		{"Tyouhu", "チョウフ", true},
		{"Kenji", "ケンジ", true},
		{"Jun", "ジュン", true},
		{"Tokyo-to Chiyoda-ku", "トキョ ト チヨダ ク", true},
		{"Billy", "ビッリ", false},
		{"Smith", "スミ", false},
		{"123", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		got, ok := jp.ParseRomaji(tt.in)
		if ok != tt.ok || ok && got != tt.want {
			t.Errorf("ParseRomaji(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestRomajiKey(t *testing.T) {
	t.Parallel()
	groups := [][]string{
		{"Tarō", "Tarou", "Taroh", "Taro", "TARO", "タロウ", "たろう", "ﾀﾛｳ", "Tarô", "タロー"},
		{"Ōno", "Ohno", "Oono", "Ono", "オオノ", "おおの", "オーノ"},
		{"Homma", "Honma", "ホンマ"},
		{"Satō", "Sato", "Satou", "Satoh", "サトウ"},
		{"Shin'ichi", "Shinichi", "シンイチ"},
		{"Hatchō", "Hatcho", "Hacchou", "ハッチョウ"},
		{"Fujita", "Huzita", "フジタ"},
		{"Chizuru", "Tiduru", "チヅル"},
		{"Yūko", "Yuuko", "Yuko", "ユウコ", "ユーコ"},
	}
	for _, g := range groups {
		want := jp.RomajiKey(g[0])
		if want == "" {
			t.Errorf("RomajiKey(%q) is empty", g[0])
		}
		for _, s := range g[1:] {
			if got := jp.RomajiKey(s); got != want {
				t.Errorf("RomajiKey(%q) = %q, want %q as for %q", s, got, want, g[0])
			}
		}
	}
	for _, pair := range [][2]string{{"Yuko", "Yoko"}, {"Hatori", "Hattori"}, {"Sato", "Saito"}, {"Kono", "Kano"}} {
		if a, b := jp.RomajiKey(pair[0]), jp.RomajiKey(pair[1]); a == b {
			t.Errorf("RomajiKey(%q) = RomajiKey(%q) = %q", pair[0], pair[1], a)
		}
	}
	if got := jp.RomajiKey("Smith"); got != "" {
		t.Errorf("RomajiKey(Smith) = %q, want empty", got)
	}
}

func FuzzParseRomaji(f *testing.F) {
	for _, s := range []string{"Yamada Taro", "Ōno", "Shin'ichi", "Tokyo-to", "nn", "tch", "\xff", "SÁNCHEZ", "o\u0304\u0323h", "Ǆ", "ﬁ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k, ok := jp.ParseRomaji(s)
		if ok && !jp.IsKana(k) {
			t.Errorf("ParseRomaji(%q) = %q, not kana", s, k)
		}
		if ok && jp.Kana(k) != strings.ReplaceAll(k, " ", "") {
			t.Errorf("ParseRomaji(%q) = %q, whose Kana is %q", s, k, jp.Kana(k))
		}

		_ = jp.RomajiKey(s)
		_ = jp.Romaji(k)
	})
}

func BenchmarkRomajiKey(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		jp.RomajiKey("Yamada Tarō")
	}
}

// TestParseRomajiIsKana checks what appendRomajiKeyOf relies on: the
// katakana ParseRomaji reads is canonical ([Kana] changes nothing but its
// spaces).
func TestParseRomajiIsKana(t *testing.T) {
	pieces := []string{"a", "i", "u", "e", "o", "ka", "shi", "tsu", "n", "nn", "m", "b", "p", "h", "oh", "ō", "â", "-", "'", " ", "kk", "tch", "ch", "ya", "yu", "x", "v", "fa", "ti", "wo", "ji", "dzu", "kwa", "ye", "-to", "ku", "cho", "É", "ñ"}
	rng := rand.New(rand.NewPCG(3, 4))
	n := 0
	for range 200000 {
		var b strings.Builder
		for k := rng.IntN(8); k >= 0; k-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		k, ok := jp.ParseRomaji(b.String())
		if !ok {
			continue
		}
		n++
		if got := jp.Kana(k); got != strings.ReplaceAll(k, " ", "") {
			t.Fatalf("ParseRomaji(%q) = %q, whose Kana is %q", b.String(), k, got)
		}
	}
	if n < 10000 {
		t.Fatalf("only %d of the strings read as romaji", n)
	}
}
