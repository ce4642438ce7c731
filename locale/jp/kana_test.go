package jp_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/kycmatch/kycmatch/locale/jp"
)

func TestKana(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, in, want string }{
		{"katakana", "ヤマダタロウ", "ヤマダタロウ"},
		{"hiragana", "やまだ たろう", "ヤマダタロウ"},
		{"half-width with voicing", "ﾔﾏﾀﾞ ﾀﾛｳ", "ヤマダタロウ"},
		{"half-width semi-voiced", "ﾊﾟﾝ", "パン"},
		{"ideographic space", "ヤマダ　タロウ", "ヤマダタロウ"},
		{"spacing voicing mark", "カ゛ク", "ガク"},
		{"spacing semi-voicing mark", "ハ゜ン", "パン"},
		{"combining voicing mark", "カ\u3099ク", "ガク"},
		{"hiragana combining", "か\u3099く", "ガク"},
		{"vu", "ｳﾞｨｸﾄﾙ", "ヴィクトル"},
		{"long vowel", "ユーコ", "ユーコ"},
		{"half-width long vowel", "ﾕｰｺ", "ユーコ"},
		{"hyphen as long vowel", "ユ-コ", "ユーコ"},
		{"full-width hyphen", "ユ－コ", "ユーコ"},
		{"dash", "ユ—コ", "ユーコ"},
		{"horizontal bar", "ユ―コ", "ユーコ"},
		{"wave dash", "ユ〜コ", "ユーコ"},
		{"full-width tilde", "ユ～コ", "ユーコ"},
		{"box drawing", "ユ─コ", "ユーコ"},
		{"leading dash dropped", "-ユコ", "ユコ"},
		{"middle dot", "ビリー・ジョエル", "ビリージョエル"},
		{"half-width middle dot", "ﾋﾞﾘｰ･ｼﾞｮｴﾙ", "ビリージョエル"},
		{"iteration mark", "さゝき", "ササキ"},
		{"voiced iteration mark", "いすゞ", "イスズ"},
		{"katakana iteration", "サヽキ", "ササキ"},
		{"iteration after voiced", "ガヽ", "ガカ"},
		{"kanji kept", "山田タロウ", "山田タロウ"},
		{"latin folded", "ＡＢＣ", "abc"},
		{"small kana kept", "キャッシュ", "キャッシュ"},
		{"empty", "", ""},
		{"punctuation", "・ 　", ""},
		{"invalid utf-8", "ヤ\xffマ", "ヤマ"},
		{"stray combining mark", "\u3099ア", "ア"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := jp.Kana(tt.in); got != tt.want {
				t.Errorf("Kana(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if got := jp.Kana(jp.Kana(tt.in)); got != tt.want {
				t.Errorf("Kana is not idempotent on %q: %q", tt.in, got)
			}
		})
	}
}

func TestKanaWords(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in   string
		want []string
	}{
		{"やまだ　たろう", []string{"ヤマダ", "タロウ"}},
		{"ﾔﾏﾀﾞ ﾀﾛｳ", []string{"ヤマダ", "タロウ"}},
		{"ビリー・ジョエル", []string{"ビリー", "ジョエル"}},
		{"ヤマダタロウ", []string{"ヤマダタロウ"}},
		{"  ", nil},
	}
	for _, tt := range tests {
		if got := jp.KanaWords(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("KanaWords(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestZengin(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"キャッシュ", "キヤツシユ"},
		{"ヲノ", "オノ"},
		{"ヰヱ", "イエ"},
		{"ハナヂ", "ハナジ"},
		{"ミカヅキ", "ミカズキ"},
		{"ヶヵ", "ケカ"},
		{"ㇰㇿ", "クロ"},
		{"ヤマダ", "ヤマダ"},
	}
	for _, tt := range tests {
		if got := jp.Zengin(tt.in); got != tt.want {
			t.Errorf("Zengin(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestIsKana(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]bool{
		"やまだ": true, "ﾔﾏﾀﾞ": true, "ヤマダ タロウ": true, "ユーコ": true,
		"山田": false, "Yamada": false, "": false, "・": false, "ヤマ田": false,
	} {
		if got := jp.IsKana(in); got != want {
			t.Errorf("IsKana(%q) = %v, want %v", in, got, want)
		}
	}
}

func FuzzKana(f *testing.F) {
	for _, s := range []string{"ﾔﾏﾀﾞ ﾀﾛｳ", "カ゛ク", "さゝき", "ユ-コ", "\u3099", "ヾヾ", "a\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k := jp.Kana(s)
		if jp.Kana(k) != k {
			t.Errorf("Kana not idempotent on %q: %q then %q", s, k, jp.Kana(k))
		}
		z := jp.Zengin(k)
		if jp.Zengin(z) != z {
			t.Errorf("Zengin not idempotent on %q", k)
		}
		// What the name comparer reads of a name in one pass.
		words := jp.KanaWords(s)
		if j := strings.Join(words, ""); j != k {
			t.Errorf("KanaWords(%q) = %q, run together not Kana %q", s, words, k)
		}
		for _, w := range words {
			if jp.Kana(w) != w {
				t.Errorf("KanaWords(%q) holds %q, whose Kana is %q", s, w, jp.Kana(w))
			}
		}
	})
}

func BenchmarkKana(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		jp.Kana("ﾔﾏﾀﾞ ﾀﾛｳ")
	}
}
