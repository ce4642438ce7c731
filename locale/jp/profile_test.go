package jp_test

import (
	"strings"
	"testing"

	"github.com/kycmatch/kycmatch/attr"
	"github.com/kycmatch/kycmatch/internal/comparertest"
	"github.com/kycmatch/kycmatch/locale"
	"github.com/kycmatch/kycmatch/locale/jp"
)

func TestProfile(t *testing.T) {
	t.Parallel()
	comparertest.Profile(t, jp.New(jp.Config{}), "JP")
}

// TestSourcesAddress checks the address the profile composes from a
// record's parts: from the postcode down, the prefecture written once when
// the locality starts with it.
func TestSourcesAddress(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name             string
		region, locality string
		want             string
	}{
		{"region and city", "東京都", "千代田区", "〒102-8460 東京都 千代田区 飯田橋 3丁目10番10号"},
		{"locality with its prefecture", "東京都", "東京都千代田区", "〒102-8460 東京都千代田区 飯田橋 3丁目10番10号"},
		{"region in romaji", "Tokyo", "東京都千代田区", "〒102-8460 東京都千代田区 飯田橋 3丁目10番10号"},
		{"another prefecture", "大阪府", "東京都千代田区", "〒102-8460 大阪府 東京都千代田区 飯田橋 3丁目10番10号"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var rec attr.Values
			rec[attr.PostalCode], rec[attr.Region], rec[attr.Locality] = "〒102-8460", tt.region, tt.locality
			rec[attr.StreetName], rec[attr.StreetNumber] = "飯田橋", "3丁目10番10号"
			got := jp.New(jp.Config{}).Sources(attr.Address, &rec, nil)
			if len(got) != 1 || got[0].Value != tt.want || got[0].Why != locale.Composed {
				t.Errorf("Sources(address) = %+v, want %q, COMPOSED", got, tt.want)
			}
		})
	}
}

// TestSourcesNameReading checks the names the profile gives with the
// record's reading (jp.WithReading): the record's own name, and of those it
// composes the ones from familyName, the reading reversed given name first;
// givenName and familyName take their part of the reading, also of one
// written without a space.
func TestSourcesNameReading(t *testing.T) {
	t.Parallel()
	p := jp.New(jp.Config{})
	values := func(a attr.Attribute, rec attr.Values) []string {
		var out []string
		for _, s := range p.Sources(a, &rec, nil) {
			out = append(out, s.Value)
		}
		return out
	}
	tests := []struct {
		name string
		a    attr.Attribute
		rec  attr.Values
		want []string
	}{
		{"name", attr.Name, attr.Values{attr.Name: "山田 幸子", attr.NameKanaZenkaku: "ヤマダ ユキコ"},
			[]string{"山田 幸子《ヤマダ ユキコ》"}},
		{"name in kana", attr.Name, attr.Values{attr.Name: "やまだ ゆきこ", attr.NameKanaZenkaku: "ヤマダ ユキコ"},
			[]string{"やまだ ゆきこ"}},
		{"name in Latin letters", attr.Name, attr.Values{attr.Name: "MICHAEL JACKSON", attr.NameKanaHankaku: "ﾏｲｹﾙ ｼﾞｬｸｿﾝ"},
			[]string{"MICHAEL JACKSON《ﾏｲｹﾙ ｼﾞｬｸｿﾝ》"}},
		{"composed", attr.Name, attr.Values{attr.FamilyName: "山田", attr.FamilyNameAtBirth: "大野", attr.GivenName: "幸子", attr.NameKanaZenkaku: "ヤマダ ユキコ"},
			[]string{"山田 幸子《ヤマダ ユキコ》", "大野 幸子", "幸子 山田《ユキコ ヤマダ》", "幸子 大野"}},
		{"composed, reading without a space", attr.Name, attr.Values{attr.FamilyName: "山田", attr.GivenName: "幸子", attr.NameKanaZenkaku: "ヤマダユキコ"},
			[]string{"山田 幸子《ヤマダユキコ》", "幸子 山田《ユキコ ヤマダ》"}},
		{"given name", attr.GivenName, attr.Values{attr.FamilyName: "山田", attr.GivenName: "幸子", attr.NameKanaZenkaku: "ヤマダ ユキコ"},
			[]string{"幸子《ユキコ》"}},
		{"given name, reading without a space", attr.GivenName, attr.Values{attr.FamilyName: "山田", attr.GivenName: "幸子", attr.NameKanaZenkaku: "ヤマダユキコ"},
			[]string{"幸子《ユキコ》"}},
		{"family name, half-width reading", attr.FamilyName, attr.Values{attr.FamilyName: "山田", attr.GivenName: "花子", attr.NameKanaHankaku: "ﾔﾏﾀﾞﾊﾅｺ"},
			[]string{"山田《ヤマダ》"}},
		{"given name, middle names", attr.GivenName, attr.Values{attr.FamilyName: "山田", attr.GivenName: "花子", attr.MiddleNames: "エミリー", attr.NameKanaZenkaku: "ヤマダ エミリー ハナコ"},
			[]string{"花子《ハナコ》"}},
		{"given name, no parts", attr.GivenName, attr.Values{attr.GivenName: "幸子", attr.NameKanaZenkaku: "ヤマダ ユキコ"},
			[]string{"幸子"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got := values(tt.a, tt.rec)
			if len(got) != len(tt.want) {
				t.Fatalf("Sources(%v) = %q, want %q", tt.a, got, tt.want)
			}
			// Each value is the wanted name and stands for the wanted
			// reading, however the profile writes it (the reading of a
			// part is worked out when a comparison asks).
			for i, w := range tt.want {
				base, reading, _ := strings.Cut(strings.TrimSuffix(w, "》"), "《")
				gotBase, _, hasReading := strings.Cut(got[i], "《")
				switch {
				case gotBase != base || hasReading != (reading != ""):
					t.Errorf("Sources(%v)[%d] = %q, want %q", tt.a, i, got[i], w)
				case reading != "":
					if m := jp.CompareName(reading, got[i], jp.Options{}); !m.Equal || m.Folds&jp.FoldReading == 0 {
						t.Errorf("Sources(%v)[%d] = %q: %q is %+v against it, want its reading", tt.a, i, got[i], reading, m)
					}
				}
			}
		})
	}
}

// TestNameComparerLatinRegistered checks a record name in Latin letters with
// its reading: compared as any Latin name first (accents, case: the generic
// keys of the name as written), then through the reading.
func TestNameComparerLatinRegistered(t *testing.T) {
	t.Parallel()
	fed := jp.WithReading("FEDERICA SÁNCHEZ ARJONA", "フェデリカ サンチェス アルホナ")
	checkSame(t, []sameCase{
		{attr.Name, "Federica Sanchez Arjona", fed, true, locale.Normalized | locale.DiacriticFold},
		{attr.Name, "FEDERICA SÁNCHEZ ARJONA", fed, true, locale.Exact},
		{attr.Name, "フェデリカ サンチェス アルホナ", fed, true, locale.ReadingMatch},
		{attr.Name, "Federica Sanches Arjona", fed, false, 0},
		{attr.Name, "フェデリカ サンチェス", fed, false, 0},
	})
	// The score of a near miss is the Latin name's, as without a reading.
	p := jp.New(jp.Config{})
	c := p.Comparer(attr.Name)
	score := func(q, r string) float64 {
		qv, rv := c.Canon(q, nil), c.Canon(r, nil)
		s, _ := c.Score(&qv, &rv)
		return s
	}
	if with, without := score("Federica Sanches Arjona", fed), score("Federica Sanches Arjona", "FEDERICA SÁNCHEZ ARJONA"); with != without {
		t.Errorf("score with the reading %v, without %v", with, without)
	}
}
