package jp_test

import (
	"testing"

	"github.com/kycmatch/kycmatch/locale/jp"
)

func TestFoldKanji(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, in, want string }{
		{"standard", "高橋", "高橋"},
		{"hashigo-daka", "髙橋", "高橋"},
		{"tatsu-saki", "山﨑", "山崎"},
		{"watanabe old", "渡邊", "渡辺"},
		{"watanabe variant", "渡邉", "渡辺"},
		{"jinmeiyo old form", "德川", "徳川"},
		{"tsuchi-yoshi", "𠮷田", "吉田"},
		{"jisdai2", "澤田", "沢田"},
		{"saito", "齋藤", "斎藤"},
		{"iteration", "佐佐木", "佐々木"},
		{"iteration kept", "佐々木", "佐々木"},
		{"compatibility ideograph", "\ufa10", "塚"},
		{"variation selector", "葛\U000e0100城", "葛城"},
		{"different kanji kept", "埼玉", "埼玉"},
		// The sources pair some both ways: one form for both.
		{"hinoki", "檜山", "桧山"},
		{"hinoki simplified", "桧山", "桧山"},
		{"kago", "籠谷", "篭谷"},
		// A standard form is written as NFKC writes it, not as a
		// compatibility ideograph (祐 is not U+FA4F).
		{"no compatibility ideograph", "祐介", "祐介"},
		{"inoshishi old form", "豬俣", "猪俣"},
		{"kana untouched", "やまだ", "やまだ"},
		{"ascii", "Yamada", "Yamada"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := jp.FoldKanji(tt.in); got != tt.want {
				t.Errorf("FoldKanji(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if got := jp.FoldKanji(tt.want); got != tt.want {
				t.Errorf("FoldKanji(%q) = %q: not idempotent", tt.want, got)
			}
		})
	}
}

func FuzzFoldKanji(f *testing.F) {
	for _, s := range []string{"髙橋", "佐佐佐木", "渡邉", "a\xff", "0000000000000000\xf0ŉ", "檜籠", "\ufa4f"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k := jp.FoldKanji(s)
		if jp.FoldKanji(k) != k {
			t.Errorf("FoldKanji not idempotent on %q: %q then %q", s, k, jp.FoldKanji(k))
		}
	})
}
