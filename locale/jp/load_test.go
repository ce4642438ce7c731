package jp

import (
	"context"
	"os"
	"os/exec"
	"testing"

	"github.com/kycmatch/kycmatch/attr"
	"github.com/kycmatch/kycmatch/locale"
	"github.com/kycmatch/kycmatch/match"
)

// probeEnv makes the test binary run TestLoadsOnlyForReadings's probe: a
// fresh process, whose dictionaries no other test has loaded.
const probeEnv = "KYCMATCH_JP_LOAD_PROBE"

// TestLoadsOnlyForReadings checks, in a fresh process, that an engine with
// the Japanese profile answers requests that need no kanji reading (a
// Spanish persona, kana against kana, kanji against kanji, romaji against
// romaji, postcodes, prefectures, kana or romaji against a kanji name whose
// reading the record holds) without loading the reading dictionaries
// (issue 8: a process that never sees Japanese never pays).
func TestLoadsOnlyForReadings(t *testing.T) {
	if os.Getenv(probeEnv) == "1" {
		probe(t)
		return
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestLoadsOnlyForReadings$", "-test.v")
	cmd.Env = append(os.Environ(), probeEnv+"=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("probe: %v\n%s", err, out)
	}
}

func probe(t *testing.T) {
	e := match.MustNew(match.Config{}, New(Config{}))
	ctx := context.Background()
	ask := func(req, rec attr.Values) match.Response {
		rec[attr.Country] = "JP"
		r, err := e.Match(ctx, match.Request{PhoneNumber: "+81312345678", Values: req}, match.Record(rec), match.Subject{})
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	ask(attr.Values{attr.Name: "Federica Sanchez Arjona", attr.Address: "Calle Mayor 5", attr.CityOfBirth: "Madrid"},
		attr.Values{attr.GivenName: "FEDERICA", attr.FamilyName: "SÁNCHEZ ARJONA", attr.Address: "CALLE MAYOR 5", attr.CityOfBirth: "MADRUD"})
	// The specification's persona: a romaji address against romaji.
	ask(attr.Values{attr.Address: "Tokyo-to Chiyoda-ku Iidabashi 3-10-10", attr.NameKanaHankaku: "federica"},
		attr.Values{attr.Address: "TOKYO-TO, CHIYODA-KU, IIDABASHI 3-10-10", attr.GivenName: "FEDERICA", attr.FamilyName: "SÁNCHEZ ARJONA"})
	ask(attr.Values{attr.NameKanaZenkaku: "やまだ たろう"}, attr.Values{attr.NameKanaZenkaku: "ヤマダ タロウ"})
	ask(attr.Values{attr.FamilyName: "髙橋", attr.Name: "Taro Yamada"}, attr.Values{attr.FamilyName: "高橋", attr.Name: "YAMADA TARO"})
	ask(attr.Values{attr.PostalCode: "〒102-8460", attr.Region: "Tokyo"}, attr.Values{attr.PostalCode: "1028460", attr.Region: "東京都"})
	ask(attr.Values{attr.Address: "東京都千代田区飯田橋3-10-10"}, attr.Values{attr.Address: "東京都千代田区飯田橋3丁目10番10号"})
	// Towns in kana, cities in kanji without their suffix, kanji names
	// that differ by a kanji word.
	ask(attr.Values{attr.StreetName: "いいだばし", attr.Locality: "横浜"}, attr.Values{attr.StreetName: "イイダバシ", attr.Locality: "横浜市"})
	ask(attr.Values{attr.Name: "山田 次郎"}, attr.Values{attr.Name: "山田 太郎"})
	// A kana or romaji name against a record that holds its kanji name's
	// reading: the reading decides, no dictionary is read.
	ask(attr.Values{attr.Name: "ヤマダ タロウ", attr.GivenName: "Taro"},
		attr.Values{attr.Name: "山田 太郎", attr.GivenName: "太郎", attr.FamilyName: "山田", attr.NameKanaZenkaku: "ヤマダ タロウ"})
	ask(attr.Values{attr.Name: "オノ ユウイチ"}, attr.Values{attr.Name: "大野 雄一", attr.NameKanaZenkaku: "オオノ ユウイチ"})
	// Kanji against kanji with a reading written without a space: the
	// reading is split only when a comparison needs a word of it.
	ask(attr.Values{attr.FamilyName: "高橋", attr.GivenName: "花男", attr.Name: "高橋 花男"},
		attr.Values{attr.FamilyName: "高橋", attr.GivenName: "花子", attr.Name: "高橋 花子", attr.NameKanaZenkaku: "タカハシハナコ"})
	if n := loads.Load(); n != 0 {
		t.Fatalf("the dictionaries were loaded %d times for requests that need no reading", n)
	}
}

// TestLoadsOnce checks that a kanji name against kana loads the
// dictionaries, each once, however many comparisons follow.
func TestLoadsOnce(t *testing.T) {
	e := match.MustNew(match.Config{}, New(Config{}))
	for range 3 {
		r, err := e.Match(context.Background(), match.Request{PhoneNumber: "+81312345678", Values: attr.Values{attr.NameKanaZenkaku: "ヤマダ タロウ"}},
			match.Record{attr.Country: "JP", attr.Name: "山田太郎"}, match.Subject{})
		if err != nil {
			t.Fatal(err)
		}
		if got, _ := r.Get(attr.NameKanaZenkaku); got.Result != match.True || got.Reason&locale.ReadingMatch == 0 {
			t.Fatalf("ヤマダ タロウ against 山田太郎: %+v", got)
		}
	}
	if n := loads.Load(); n != 2 {
		t.Fatalf("the dictionaries were loaded %d times, want 2 (ENAMDICT's table, kagome's IPA, once each)", n)
	}
}
