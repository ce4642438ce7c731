package jp

import (
	"strings"
	"sync"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
	"golang.org/x/text/unicode/norm"

	"github.com/kycmatch/kycmatch/locale"
	"github.com/kycmatch/kycmatch/normalize"
)

// Country returns the ISO 3166-1 alpha-2 code of a country written by its
// Japanese name as CLDR writes it (x/text's display data: 日本 JP, 中国 CN,
// 韓国 KR, ベトナム VN, アメリカ合衆国 US, イギリス GB), or with 国 after it
// (日本国); widths folded and spaces ignored. Names CLDR does not hold (米国,
// 英国, the residence card's short forms) are not read.
func Country(s string) (string, bool) {
	if len(s) > 128 {
		return "", false
	}
	s = strings.ReplaceAll(norm.NFKC.String(strings.TrimSpace(s)), " ", "")
	names := countryNames()
	if c, ok := names[s]; ok {
		return c, true
	}
	if n, ok := strings.CutSuffix(s, "国"); ok {
		c, ok := names[n]
		return c, ok
	}
	return "", false
}

// countryNames maps the Japanese name of every country [normalize.Country]
// accepts to its code, built once from CLDR, folded as [Country] folds its
// input, and also without what the name adds in brackets. A name that a deleted code
// shares with a current one (ベトナム: VD, North Vietnam, and VN) is the
// current one's.
var countryNames = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	ja := display.Japanese.Regions()
	for _, current := range [...]bool{true, false} {
		for i := range 26 {
			for j := range 26 {
				c, ok := normalize.Country(string([]byte{'A' + byte(i), 'A' + byte(j)}))
				if !ok {
					continue
				}
				r, err := language.ParseRegion(c)
				if err != nil || (r.Canonicalize() == r) != current {
					continue
				}
				name := norm.NFKC.String(ja.Name(r))
				// ミャンマー (ビルマ), コンゴ民主共和国(キンシャサ): also the
				// name before the brackets.
				short, _, _ := strings.Cut(name, "(")
				for _, n := range [...]string{strings.ReplaceAll(name, " ", ""), strings.TrimSpace(short)} {
					if _, taken := m[n]; n != "" && !taken {
						m[n] = c
					}
				}
			}
		}
	}
	return m
})

// CountryComparer compares countries (country, countryOfBirth, nationality)
// as [locale.CountryComparer] does, a value that is no code also read as
// its Japanese name ([Country]: a record's 国籍 日本), ALIAS.
type CountryComparer struct {
	locale.CountryComparer
}

// Canon implements [locale.Comparer].
func (CountryComparer) Canon(s string, f *normalize.Folder) locale.Value {
	return genericThen(locale.CountryComparer{}, s, f, Country, locale.Alias)
}

// Gender returns the CAMARA gender a record writes in Japanese: 男 or 男性
// MALE, 女 or 女性 FEMALE, その他 OTHER (widths folded, spaces ignored).
func Gender(s string) (string, bool) {
	if len(s) > 32 {
		return "", false
	}
	switch strings.ReplaceAll(norm.NFKC.String(strings.TrimSpace(s)), " ", "") {
	case "男", "男性":
		return "MALE", true
	case "女", "女性":
		return "FEMALE", true
	case "その他":
		return "OTHER", true
	}
	return "", false
}

// GenderComparer compares the gender enum as [locale.GenderComparer] does,
// a value in none of its forms also read in Japanese ([Gender]: 男, 女性),
// ALIAS.
type GenderComparer struct {
	locale.GenderComparer
}

// Canon implements [locale.Comparer].
func (GenderComparer) Canon(s string, f *normalize.Folder) locale.Value {
	return genericThen(locale.GenderComparer{}, s, f, Gender, locale.Alias)
}
