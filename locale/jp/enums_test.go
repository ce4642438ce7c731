package jp_test

import (
	"testing"

	"github.com/kycmatch/kycmatch/attr"
	"github.com/kycmatch/kycmatch/locale"
	"github.com/kycmatch/kycmatch/locale/jp"
	"github.com/kycmatch/kycmatch/normalize"
)

func TestCountry(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"日本", "JP"}, {"日本国", "JP"}, {" 日本 ", "JP"}, {"中国", "CN"}, {"韓国", "KR"},
		{"ベトナム", "VN"}, {"ﾍﾞﾄﾅﾑ", "VN"}, {"フィリピン", "PH"}, {"ブラジル", "BR"},
		{"アメリカ合衆国", "US"}, {"イギリス", "GB"}, {"台湾", "TW"}, {"ドイツ", "DE"}, {"フランス", "FR"},
		{"ミャンマー", "MM"}, {"ミャンマー (ビルマ)", "MM"}, {"コンゴ民主共和国", "CD"}, {"ジンバブエ", "ZW"},
		{"米国", ""}, // the residence card's short form, which CLDR does not hold
		{"日", ""}, {"JP", ""}, {"", ""},
	}
	for _, tt := range tests {
		if got, ok := jp.Country(tt.in); got != tt.want || ok != (tt.want != "") {
			t.Errorf("Country(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
		}
	}
}

func TestGender(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"男", "MALE"}, {"男性", "MALE"}, {"女", "FEMALE"}, {" 女性 ", "FEMALE"}, {"その他", "OTHER"},
		{"男女", ""}, {"M", ""}, {"", ""},
	}
	for _, tt := range tests {
		if got, ok := jp.Gender(tt.in); got != tt.want || ok != (tt.want != "") {
			t.Errorf("Gender(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
		}
	}
}

// TestEnumComparers checks the Japanese profile's country, nationality and
// gender: the request's code against a record in Japanese, and the generic
// forms as before.
func TestEnumComparers(t *testing.T) {
	t.Parallel()
	checkSame(t, []sameCase{
		{attr.Nationality, "JP", "日本", true, locale.Alias},
		{attr.Nationality, "JP", "JPN", true, locale.Alias},
		{attr.Nationality, "VN", "ベトナム", true, locale.Alias},
		{attr.Nationality, "CN", "日本", false, 0},
		{attr.Country, "JP", "日本国", true, locale.Alias},
		{attr.CountryOfBirth, "KR", "韓国", true, locale.Alias},
		{attr.Gender, "MALE", "男", true, locale.Alias},
		{attr.Gender, "FEMALE", "女性", true, locale.Alias},
		{attr.Gender, "FEMALE", "F", true, locale.Normalized},
		{attr.Gender, "MALE", "女", false, 0},
	})
}

func FuzzCountryGender(f *testing.F) {
	for _, s := range []string{"日本", "日本国", "ﾍﾞﾄﾅﾑ", "ミャンマー (ビルマ)", "男", "女性", "その他", "\xff", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if c, ok := jp.Country(s); ok {
			if _, valid := normalize.Country(c); !valid {
				t.Errorf("Country(%q) = %q, no country code", s, c)
			}
		}
		if g, ok := jp.Gender(s); ok && g != "MALE" && g != "FEMALE" && g != "OTHER" {
			t.Errorf("Gender(%q) = %q", s, g)
		}
	})
}
