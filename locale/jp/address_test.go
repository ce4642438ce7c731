package jp_test

import (
	"slices"
	"testing"

	"github.com/kycmatch/kycmatch/attr"
	"github.com/kycmatch/kycmatch/internal/comparertest"
	"github.com/kycmatch/kycmatch/locale"
	"github.com/kycmatch/kycmatch/locale/jp"
)

func TestParseAddress(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in                       string
		pref                     string
		city, town, chome, block string
		postcode                 string
	}{
		{"東京都千代田区飯田橋3丁目10番10号", "東京都", "千代田区", "飯田橋", "三", "10-10", ""},
		{"東京都千代田区飯田橋3-10-10", "東京都", "千代田区", "飯田橋", "三", "10-10", ""},
		{"〒102-8460 東京都千代田区飯田橋三丁目１０－１０", "東京都", "千代田区", "飯田橋", "三", "10-10", "1028460"},
		{"東京都 千代田区 飯田橋 3‐10‐10", "東京都", "千代田区", "飯田橋", "三", "10-10", ""},
		{"東京都千代田区飯田橋3ー10ー10", "東京都", "千代田区", "飯田橋", "三", "10-10", ""},
		{"大阪府高槻市八丁西町８番２１号", "大阪府", "高槻市", "八丁西町", "", "8-21", ""},
		{"北海道札幌市西区二十四軒二条二丁目3-3", "北海道", "札幌市西区", "二十四軒二条", "二", "3-3", ""},
		{"千葉県市川市市川２丁目３２－２１", "千葉県", "市川市", "市川", "二", "32-21", ""},
		{"三重県四日市市諏訪町1-5", "三重県", "四日市市", "諏訪町", "", "1-5", ""},
		{"愛知県愛知郡東郷町春木1番地", "愛知県", "愛知郡東郷町", "春木", "", "1", ""},
		{"東京都港区麻布十番２丁目１６－６", "東京都", "港区", "麻布十番", "二", "16-6", ""},
		{"東京都千代田区一番町5", "東京都", "千代田区", "一番町", "", "5", ""},
		{"大阪府堺市堺区南花田口町２丁３－１０", "大阪府", "堺市堺区", "南花田口町", "二", "3-10", ""},
		{"東京都品川区上大崎１丁目１０－１５　２階", "東京都", "品川区", "上大崎", "一", "10-15", ""},
		{"千代田区飯田橋3-10-10", "", "千代田区", "飯田橋", "三", "10-10", ""},
		// Hokkaido's numbered 線 and 号 and Iwate's 地割 belong to the town,
		// in kanji numerals, as geolonia writes 東神楽町十四号.
		{"北海道上川郡東川町東7号北5線1番地", "北海道", "上川郡東川町", "東七号北五線", "", "1", ""},
		{"北海道旭川市東旭川町共栄11線12号1番地", "北海道", "旭川市", "東旭川町共栄十一線十二号", "", "1", ""},
		{"岩手県岩手郡雫石町長山第10地割字早坂1-1", "岩手県", "岩手郡雫石町", "長山第十地割字早坂", "", "1-1", ""},
		// So do 番町 and 番丁.
		{"東京都千代田区3番町3-9", "東京都", "千代田区", "三番町", "", "3-9", ""},
		{"和歌山県和歌山市7番町19", "和歌山県", "和歌山市", "七番町", "", "19", ""},
		// 番地の and 番の before the lot, and の between numbers, as a hyphen.
		{"奈良県奈良市東包永町２２番地の３", "奈良県", "奈良市", "東包永町", "", "22-3", ""},
		{"東京都千代田区永田町一丁目七番地の一", "東京都", "千代田区", "永田町", "一", "7-1", ""},
		{"東京都千代田区永田町1丁目7番の1", "東京都", "千代田区", "永田町", "一", "7-1", ""},
		{"東京都千代田区飯田橋三の十の十", "東京都", "千代田区", "飯田橋", "三", "10-10", ""},
		{"東京都千代田区飯田橋三ノ十ノ十", "東京都", "千代田区", "飯田橋", "三", "10-10", ""},
		// A name before 郡 is a county's; a 区 after a 町 the town's.
		{"石川郡石川町字長久保185-4", "", "石川郡石川町", "字長久保", "", "185-4", ""},
		{"せたな町北檜山区北檜山193", "", "せたな町", "北檜山区北檜山", "", "193", ""},
		// A prefecture without its suffix only before a city, a ward or a
		// county: 長野原町 and 福島町 are towns, not 長野 and 福島.
		{"長野原町大字長野原1-1", "", "長野原町", "長野原", "", "1-1", ""},
		{"福島町字福島1-1", "", "福島町", "字福島", "", "1-1", ""},
		{"大阪北区梅田1-1", "大阪府", "北区", "梅田", "", "1-1", ""},
		// A city named as its prefecture lies in it; 京都市 is no 京 and 都市.
		{"京都市北区紫野東御所田町", "京都府", "京都市北区", "紫野東御所田町", "", "", ""},
		{"青森市長島1-1-1", "青森県", "青森市", "長島", "一", "1-1", ""},
		{"Tokyo-to Chiyoda-ku Iidabashi 3-10-10", "東京都", "chiyoda-ku", "iidabashi", "3", "10-10", ""},
		{"3-10-10 Iidabashi, Chiyoda-ku, Tokyo 102-8460", "東京都", "chiyoda-ku", "iidabashi", "3", "10-10", "1028460"},
		{"Iidabashi 3-chome 10-10, Chiyoda-ku, Tōkyō", "東京都", "chiyoda-ku", "iidabashi", "3", "10-10", ""},
		{"Osaka-fu Sakai-shi Sakai-ku Minamihanadaguchi-cho 2-chome 3-10", "大阪府", "sakai-shi sakai-ku", "minamihanadaguchi-cho", "2", "3-10", ""},
		{"Aichi-ken Aichi-gun Togo-cho Haruki 1", "愛知県", "aichi-gun togo-cho", "haruki", "", "1", ""},
		// Sapporo's 条丁目: the 条's number is the town's, in kanji numerals.
		{"北海道札幌市北区北24条西6丁目1-1", "北海道", "札幌市北区", "北二十四条西", "六", "1-1", ""},
		{"北海道札幌市北区北二十四条西六丁目1番1号", "北海道", "札幌市北区", "北二十四条西", "六", "1-1", ""},
		{"北海道札幌市北区北２４条西６－１－１", "北海道", "札幌市北区", "北二十四条西", "六", "1-1", ""},
		{"北海道札幌市厚別区厚別中央1条5丁目4-1", "北海道", "札幌市厚別区", "厚別中央一条", "五", "4-1", ""},
		{"北海道旭川市1条通2丁目", "北海道", "旭川市", "一条通", "二", "", ""},
		{"京都府京都市南区九条町1", "京都府", "京都市南区", "九条町", "", "1", ""},
		{"Hokkaido Sapporo-shi Kita-ku Kita 24-jo Nishi 6-chome 1-1", "北海道", "sapporo-shi kita-ku", "kita 24-jo nishi", "6", "1-1", ""},
		{"Hokkaido Sapporo-shi Kita-ku Kita 24 Jo Nishi 6 Chome 1-1", "北海道", "sapporo-shi kita-ku", "kita 24-jo nishi", "6", "1-1", ""},
		{"Kita24-jō Nishi6-chōme 1-1, Kita-ku, Sapporo-shi, Hokkaido", "北海道", "sapporo-shi kita-ku", "kita 24-jo nishi", "6", "1-1", ""},
		{"Hokkaido Asahikawa-shi 1-jo-dori 2-chome", "北海道", "asahikawa-shi", "1-jo dori", "2", "", ""},
		// Western order: the city's units back in Japanese order, a city
		// without its suffix after its ward, the country dropped.
		{"1-1 Minatomirai 3-chome, Nishi-ku, Yokohama-shi, Kanagawa, Japan", "神奈川県", "yokohama-shi nishi-ku", "minatomirai", "3", "1-1", ""},
		{"1-1 Minatomirai 3-chome, Nishi-ku, Yokohama, Kanagawa", "神奈川県", "yokohama nishi-ku", "minatomirai", "3", "1-1", ""},
		{"Kanagawa Yokohama Nishi-ku Minatomirai 3-1-1", "神奈川県", "yokohama nishi-ku", "minatomirai", "3", "1-1", ""},
		{"Haruki 1, Togo-cho, Aichi-gun, Aichi-ken", "愛知県", "aichi-gun togo-cho", "haruki", "", "1", ""},
		// A prefecture without its suffix beside a ward and no city is
		// also the designated city of its name; Tokyo's wards are no city's.
		{"Osaka Kita-ku Umeda 1-1-1", "大阪府", "osaka kita-ku", "umeda", "1", "1-1", ""},
		{"1-1-1 Umeda, Kita-ku, Osaka", "大阪府", "osaka kita-ku", "umeda", "1", "1-1", ""},
		{"Tokyo Chiyoda-ku Iidabashi 3-10-10", "東京都", "chiyoda-ku", "iidabashi", "3", "10-10", ""},
		{"3-10-10 Iidabashi, Chiyoda-ku, Tokyo, Japan 102-8460", "東京都", "chiyoda-ku", "iidabashi", "3", "10-10", "1028460"},
		{"Minatomirai 3-chome 1-1, Nishi-ku, Yokohama, Kanagawa", "神奈川県", "yokohama nishi-ku", "minatomirai", "3", "1-1", ""},
		// No suffix at all: the city is the last name in Western order,
		// the first in Japanese order, and none among a 条's names.
		{"3-10-10 Iidabashi, Chiyoda, Tokyo", "東京都", "chiyoda", "iidabashi", "3", "10-10", ""},
		{"Iidabashi 3-10-10, Chiyoda, Tokyo", "東京都", "chiyoda", "iidabashi", "3", "10-10", ""},
		{"Tokyo Chiyoda Iidabashi 3-10-10", "東京都", "chiyoda", "iidabashi", "3", "10-10", ""},
		{"Hokkaido Kita 24-jo Nishi 6-chome 1-1", "北海道", "", "kita 24-jo nishi", "6", "1-1", ""},
		{"Terada 10, Joyo-shi, Kyoto", "京都府", "joyo-shi", "terada", "", "10", ""}, // 城陽市: Jo but no 条
		// English units and map services' chōme.
		{"3-chōme-10-10 Iidabashi, Chiyoda City, Tokyo 102-8460, Japan", "東京都", "chiyoda-city", "iidabashi", "3", "10-10", "1028460"},
		{"Kita 24 Jodouri 1-1, Kita-ku, Sapporo-shi", "", "sapporo-shi kita-ku", "kita 24-jo douri", "", "1-1", ""}, // 通 as douri: not chōme 24
		{"3 Chome-10-10 Iidabashi, Chiyoda City, Tokyo 102-8460, Japan", "東京都", "chiyoda-city", "iidabashi", "3", "10-10", "1028460"},
		{"3-10-10 Iidabashi, Chiyoda Ward, Tokyo Metropolis", "東京都", "chiyoda-ku", "iidabashi", "3", "10-10", ""},
		{"1-1 Minatomirai 3-chome, Nishi Ward, Yokohama City, Kanagawa Prefecture", "神奈川県", "yokohama-city nishi-ku", "minatomirai", "3", "1-1", ""},
		{"Haruki 1, Togo Town, Aichi District, Aichi Prefecture", "愛知県", "aichi-gun togo-cho", "haruki", "", "1", ""},
	}
	// Kyoto's street directions, set apart from the town (the geolonia rows
	// and the forms of its test data), and a name they must not cut.
	streets := []struct{ in, town, street string }{
		{"京都府京都市中京区河原町通三条上る下丸屋町123", "下丸屋町", "河原町通三条上る"},
		{"京都府京都市中京区河原町二条下ル一之船入町537-50", "一之船入町", "河原町二条下ル"},
		{"京都府京都市下京区西中筋通北小路通上る丸屋町", "丸屋町", "西中筋通北小路通上る"},
		{"京都府京都市下京区忠庵町柳馬場通松原下ル（忠庵町）３１６", "忠庵町", "柳馬場通松原下ル"},
		{"京都府京都市下京区高辻堀川町西堀川通高辻下る３６６番２", "高辻堀川町", "西堀川通高辻下る"},
		{"京都府京都市上京区大猪熊町寺之内通大宮西入1", "大猪熊町", "寺之内通大宮西入"},
		{"埼玉県入間市東入間1-1", "東入間", ""},
		{"Kyoto-fu Kyoto-shi Nakagyo-ku Kawaramachi Nijo-sagaru Ichinofunairi-cho 537-50", "ichinofunairi-cho", "kawaramachi nijo-sagaru"},
		{"Kyoto-fu Kyoto-shi Shimogyo-ku Chuan-cho Yanaginobamba-dori Matsubara-sagaru 316", "chuan-cho", "yanaginobamba-dori matsubara-sagaru"},
	}
	for _, tt := range streets {
		if a := jp.ParseAddress(tt.in); a.Town != tt.town || a.Street != tt.street {
			t.Errorf("ParseAddress(%q): town %q, street directions %q; want %q, %q", tt.in, a.Town, a.Street, tt.town, tt.street)
		}
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			t.Parallel()
			a := jp.ParseAddress(tt.in)
			chome := ""
			if a.Chome > 0 {
				if a.Romaji {
					chome = string(rune('0' + a.Chome))
				} else {
					chome = jp.KanjiNumber(a.Chome)
				}
			}
			if got := jp.PrefectureName(a.Prefecture); got != tt.pref || a.City != tt.city || a.Town != tt.town || chome != tt.chome || a.Block() != tt.block || a.Postcode != tt.postcode {
				t.Errorf("ParseAddress(%q) = %s | %s | %s | %s | %s | %s\nwant %s | %s | %s | %s | %s | %s", tt.in,
					got, a.City, a.Town, chome, a.Block(), a.Postcode, tt.pref, tt.city, tt.town, tt.chome, tt.block, tt.postcode)
			}
		})
	}
}

func TestCompareAddress(t *testing.T) {
	t.Parallel()
	const kanji = "東京都千代田区飯田橋3丁目10番10号"
	tests := []struct {
		req   string
		equal bool
		max   float64 // the score is at most this
	}{
		{"Tokyo-to Chiyoda-ku Iidabashi 3-10-10", true, 0},
		{"東京都千代田区飯田橋3-10-10", true, 0},
		{"千代田区飯田橋三丁目10-10", true, 0},
		{"3-10-10 Iidabashi, Chiyoda-ku, Tokyo", true, 0},
		{"Tokyo Chiyoda ku Iidabashi 3 chome 10-10", true, 0},
		{"3-10-10 Iidabashi, Chiyoda, Tokyo", true, 0},
		{"3-10-10 Iidabashi, Shinjuku, Tokyo", false, 0.96}, // another ward; town and numbers agree
		{"東京都千代田区飯田橋3丁目10番11号", false, 0.6},
		{"東京都千代田区飯田橋4丁目10番10号", false, 0.6},
		{"Tokyo-to Chiyoda-ku Iidabashi 3-10-11", false, 0.6},
		{"東京都新宿区飯田橋3丁目10番10号", false, 0.9},
		{"大阪府千代田区飯田橋3丁目10番10号", false, 0.95},
		{"Tokyo-to Chiyoda-ku Kudanminami 3-10-10", false, 0.9},
	}
	for _, tt := range tests {
		m := jp.CompareAddress(tt.req, kanji)
		if m.Equal != tt.equal || !m.Equal && m.Score > tt.max {
			t.Errorf("CompareAddress(%q) = %+v, want equal %v, score at most %v", tt.req, m, tt.equal, tt.max)
		}
	}
}

// TestCompareAddressBanchiNo checks the lot written after 番地の or 番の (and
// の or ノ between numbers), which geolonia reads as a hyphen: the lot is
// compared, so the block alone is not the same address, and another lot is
// a different number (capped at 0.6).
func TestCompareAddressBanchiNo(t *testing.T) {
	t.Parallel()
	checkAddresses(t, "東京都千代田区永田町一丁目7番地の1", 0.6, []addressCase{
		{"東京都千代田区永田町1-7-1", true},
		{"東京都千代田区永田町一丁目七番地の一", true}, // kanji numerals
		{"東京都千代田区永田町一丁目7番の1", true},
		{"東京都千代田区永田町1丁目7番1号", true},
		{"東京都千代田区永田町1-7", false},   // the lot left out
		{"東京都千代田区永田町1-7-2", false}, // another lot
	})
	checkAddresses(t, "奈良県奈良市東包永町２２番地の３", 0.6, []addressCase{
		{"奈良県奈良市東包永町22-3", true},
		{"奈良県奈良市東包永町22番3", true},
		{"奈良県奈良市東包永町22", false},
		{"奈良県奈良市東包永町22番地の4", false},
	})
	checkAddresses(t, "東京都千代田区飯田橋三丁目10番10号", 0.6, []addressCase{
		{"東京都千代田区飯田橋3丁目10番地の10", true},
		{"東京都千代田区飯田橋三の十の十", true}, // の between kanji numerals
		{"東京都千代田区飯田橋三ノ十ノ十", true},
		{"東京都千代田区飯田橋3の10の10", true},
		{"東京都千代田区飯田橋三の十の十一", false},
	})
	checkSame(t, []sameCase{
		{attr.StreetNumber, "10番地の10", "10-10", true, locale.Format},
		{attr.StreetNumber, "3丁目10番地の10", "3-10-10", true, locale.Format},
		{attr.StreetNumber, "22", "22番地の3", false, 0},
		{attr.StreetNumber, "3-10", "3丁目10番地の10", false, 0},
		{attr.StreetNumber, "7", "7番の1", false, 0},
	})
}

// TestCompareAddressGrid checks the numbered 線 and 号 of Hokkaido's rural
// grids and Iwate's 地割, parts of the town as Sapporo's 条 is: compared as
// numbers, in digits or kanji numerals, and two towns that differ in them
// scored as a different number (a different block of the grid).
func TestCompareAddressGrid(t *testing.T) {
	t.Parallel()
	checkAddresses(t, "北海道上川郡東川町東7号北5線1番地", 0.6, []addressCase{
		{"北海道上川郡東川町東七号北五線1番地", true}, // kanji numerals
		{"北海道上川郡東川町東７号北５線１", true},
		{"北海道上川郡東川町東7号北6線1番地", false}, // another 線
		{"北海道上川郡東川町東8号北5線1番地", false}, // another 号
		{"北海道上川郡東川町東7号", false},       // the 線 and block left out
		{"北海道上川郡東川町東7号北5線2番地", false}, // another block
	})
	checkAddresses(t, "北海道上川郡東川町北5線東7号1番地", 0.6, []addressCase{
		{"北海道上川郡東川町北五線東七号1番地", true},
		{"北海道上川郡東川町北5線東8号1番地", false},
	})
	checkAddresses(t, "北海道旭川市東旭川町共栄11線12号1番地", 0.6, []addressCase{
		{"北海道旭川市東旭川町共栄十一線十二号1番地", true},
		{"北海道旭川市東旭川町共栄11線11号1番地", false},
	})
	checkAddresses(t, "岩手県岩手郡雫石町長山第十地割字早坂1番地1", 0.6, []addressCase{
		{"岩手県岩手郡雫石町長山第10地割字早坂1-1", true},
		{"岩手県岩手郡雫石町長山第11地割字早坂1-1", false},
	})
}

// TestCompareAddressTownNumerals checks a number in a town's name written
// in digits where the record has kanji numerals, as geolonia accepts them
// before 番町, 番丁, 条, 線, 号 and 地割 (and 番町 for 番丁), in an address,
// a streetName and a streetNumber.
func TestCompareAddressTownNumerals(t *testing.T) {
	t.Parallel()
	checkAddresses(t, "東京都千代田区三番町3-9", 0.6, []addressCase{
		{"東京都千代田区3番町3-9", true},
		{"東京都千代田区4番町3-9", false}, // another town of the numbered 番町
	})
	checkAddresses(t, "和歌山県和歌山市七番丁19番地", 0.6, []addressCase{
		{"和歌山県和歌山市7番町19", true}, // geolonia's row: its 七番丁
		{"和歌山県和歌山市七番町19", true},
		{"和歌山県和歌山市8番丁19", false},
	})
	checkSame(t, []sameCase{
		{attr.StreetName, "飯田橋3丁目", "飯田橋三丁目", true, locale.Normalized},
		{attr.StreetName, "北3条西", "北三条西", true, locale.Normalized},
		{attr.StreetName, "3番町", "三番町", true, locale.Normalized},
		{attr.StreetName, "7番町", "七番丁", true, locale.Normalized},
		{attr.StreetName, "第10地割字早坂", "第十地割字早坂", true, locale.Normalized},
		{attr.StreetName, "飯田橋4丁目", "飯田橋三丁目", false, 0},
		{attr.StreetNumber, "第10地割1-1", "第10地割1番地1", true, locale.Format},
		{attr.StreetNumber, "第十地割1-1", "第10地割1番地1", true, locale.Format},
		{attr.StreetNumber, "第11地割1-1", "第10地割1番地1", false, 0},
		{attr.StreetNumber, "1-1", "第10地割1番地1", false, 0},
	})
	// Another 地割, or none, is a different number: at most 0.6.
	c := jp.New(jp.Config{}).Comparer(attr.StreetNumber)
	for _, q := range []string{"第11地割1-1", "1-1"} {
		qv, rv := c.Canon(q, nil), c.Canon("第10地割1番地1", nil)
		if s, _ := c.Score(&qv, &rv); s > 0.6 {
			t.Errorf("streetNumber %q against 第10地割1番地1 scores %v, want at most 0.6", q, s)
		}
	}
}

// TestCompareAddressTownSuffix checks a romaji town whose 町 is run into
// its name: the kanji town is read without its 町, then whole (本町 is one
// word, so 吉田本 alone may not read it).
func TestCompareAddressTownSuffix(t *testing.T) {
	t.Parallel()
	checkAddresses(t, "京都府京都市左京区吉田本町36番地1", 0, []addressCase{
		{"Kyoto-fu Kyoto-shi Sakyo-ku Yoshidahonmachi 36-1", true},
		{"Kyoto-fu Kyoto-shi Sakyo-ku Yoshida-honmachi 36-1", true},
		{"Kyoto-fu Kyoto-shi Sakyo-ku Yoshidahon-machi 36-1", true},
		{"Kyoto-fu Kyoto-shi Sakyo-ku Yoshidamachi 36-1", false},
		{"Kyoto-fu Kyoto-shi Sakyo-ku Yoshidahonmachi 36-2", false},
	})
}

// TestCompareAddressJo checks the 条丁目 addresses of Sapporo and other
// cities of Hokkaido: the 条's number compared as a number, in digits, kanji
// numerals or romaji, and a different 条 or direction scored as a different
// number.
func TestCompareAddressJo(t *testing.T) {
	t.Parallel()
	checkAddresses(t, "北海道札幌市北区北24条西6丁目1番1号", 0.6, []addressCase{
		{"北海道札幌市北区北二十四条西六丁目1-1", true},                                                       // kanji numerals
		{"北海道札幌市北区北２４条西６－１－１", true},                                                         // full-width digits, chōme as a number
		{"Hokkaido Sapporo-shi Kita-ku Kita 24-jo Nishi 6-chome 1-1", true},                  // romaji
		{"Hokkaido Sapporo-shi Kita-ku Kita 24 Jo Nishi 6 Chome 1-1", true},                  // jo and chome as words
		{"Kita24-jō Nishi6-chōme 1-1, Kita-ku, Sapporo-shi, Hokkaido", true},                 // Western order, names run in
		{"Kita 24 Jonishi, 6 Chome-1-1, Kita Ward, Sapporo, Hokkaido 001-0024, Japan", true}, // as map services write it
		{"Kita 24 Johigashi, 6 Chome-1-1, Kita Ward, Sapporo, Hokkaido", false},
		{"北海道札幌市北区北23条西6丁目1番1号", false},                                        // another jo
		{"北海道札幌市北区南24条西6丁目1番1号", false},                                        // another direction
		{"Hokkaido Sapporo-shi Kita-ku Kita 23-jo Nishi 6-chome 1-1", false},   // romaji, another jo
		{"Hokkaido Sapporo-shi Kita-ku Kita 24-jo Higashi 6-chome 1-1", false}, // romaji, another direction
		{"Hokkaido Sapporo-shi Kita-ku Kita 24-jo 6-chome 1-1", false},         // direction left out
		{"北海道札幌市北区北24条西6丁目1番2号", false},                                        // another lot
	})
	// A 条 that is no number of a grid is read with its name: 九条町 is
	// Kujo-cho, and 旭川市1条通 is 1-jo-dori, 通 voiced after the 条.
	for _, p := range [][2]string{
		{"Kyoto-fu Kyoto-shi Minami-ku Kujo-cho 1", "京都府京都市南区九条町1"},
		{"Hokkaido Asahikawa-shi 1-jo-dori 2-chome", "北海道旭川市1条通2丁目"},
		{"Hokkaido Asahikawa-shi 1-jō-dōri 2-chōme", "北海道旭川市1条通2丁目"},
		{"Hokkaido Asahikawa-shi 1 Jodouri 2-chome", "北海道旭川市1条通2丁目"}, // 通 as douri
		{"Hokkaido Sapporo-shi Atsubetsu-ku Atsubetsuchuo 1-jo 5-chome 4-1", "北海道札幌市厚別区厚別中央1条5丁目4-1"},
	} {
		if m := jp.CompareAddress(p[0], p[1]); !m.Equal {
			t.Errorf("CompareAddress(%q, %q) = %+v, want equal", p[0], p[1], m)
		}
	}
}

// TestCompareAddressKyoto checks Kyoto's street directions: left out on
// either side, written either way, or in romaji, the address is the same;
// two different ones in one script are a different address with a high
// score, as two buildings are.
func TestCompareAddressKyoto(t *testing.T) {
	t.Parallel()
	checkAddresses(t, "京都府京都市中京区河原町二条下ル一之船入町537-50", 0, []addressCase{
		{"京都府京都市中京区一之船入町537-50", true},                                   // left out
		{"京都府京都市中京区河原町通二条下る一之船入町537番地50", true},                          // with 通 and る
		{"京都府京都市中京区一之船入町河原町通二条下ル537-50", true},                           // after the town
		{"Kyoto-fu Kyoto-shi Nakagyo-ku Ichinofunairi-cho 537-50", true}, // romaji, left out
		{"Kyoto-fu Kyoto-shi Nakagyo-ku Kawaramachi Nijo-sagaru Ichinofunairi-cho 537-50", true},
		{"537-50 Ichinofunairi-cho, Kawaramachi-dori Nijo-sagaru, Nakagyo-ku, Kyoto-shi, Kyoto", true},
		{"京都府京都市中京区木屋町通二条下ル一之船入町537-50", false}, // other directions
		{"京都府京都市中京区河原町二条下ル一之船入町537-51", false},  // other lot
	})
}

// TestCompareAddressRoom checks the building and room after the numbers:
// the room written as a fourth number (3-10-10-301), with or without 号室 or
// the building's name, or in romaji, is the same room; another room or
// another building's name in the same script is not.
func TestCompareAddressRoom(t *testing.T) {
	t.Parallel()
	checkAddresses(t, "東京都千代田区飯田橋3丁目10番10号 飯田橋ハイツ301号室", 0, []addressCase{
		{"東京都千代田区飯田橋3-10-10-301", true},
		{"東京都千代田区飯田橋3-10-10 301号室", true},
		{"東京都千代田区飯田橋3丁目10番10号 飯田橋ハイツ301", true},
		{"東京都千代田区飯田橋3丁目10番10号", true},
		{"Tokyo-to Chiyoda-ku Iidabashi 3-10-10 #301", true},
		{"Tokyo-to Chiyoda-ku Iidabashi 3-10-10 Iidabashi Haitsu 301", true},
		{"3-10-10-301 Iidabashi, Chiyoda-ku, Tokyo", true},
		{"Iidabashi Heights 301, 3-10-10 Iidabashi, Chiyoda-ku, Tokyo", true},
		{"Iidabashi Heights #301, 3-chōme-10-10 Iidabashi, Chiyoda City, Tokyo 102-8460, Japan", true},
		{"Room 302, 3-10-10 Iidabashi, Chiyoda-ku, Tokyo", false},
		// A floor alone is not the room: 5F is not room 301.
		{"東京都千代田区飯田橋3-10-10 5F", false},
		{"東京都千代田区飯田橋3-10-10 5階", false},
		{"東京都千代田区飯田橋3-10-10 3F 301", true},
		{"東京都千代田区飯田橋3-10-10-302", false},
		{"東京都千代田区飯田橋3丁目10番10号 飯田橋ハイツ302号室", false},
		{"東京都千代田区飯田橋3丁目10番10号 九段ハイツ301号室", false},
		{"Tokyo-to Chiyoda-ku Iidabashi 3-10-10 #302", false},
		{"東京都千代田区飯田橋3-10-11-301", false},
	})
	// The building's own numbers and the grouping of the room's count.
	checkAddresses(t, "東京都千代田区飯田橋3-10-10 第1ビル301", 0, []addressCase{
		{"東京都千代田区飯田橋3-10-10 第2ビル301", false},
		{"東京都千代田区飯田橋3-10-10 第一ビル301号室", true},
		{"東京都千代田区飯田橋3-10-10-301", true},
	})
	checkAddresses(t, "東京都千代田区飯田橋3-10-10 1101", 0, []addressCase{
		{"東京都千代田区飯田橋3-10-10 1-101", false},
		{"東京都千代田区飯田橋3-10-10-1-101", false},
		{"東京都千代田区飯田橋3-10-10 1101号室", true},
	})
	checkAddresses(t, "東京都千代田区飯田橋3-10-10 1-101", 0, []addressCase{
		{"東京都千代田区飯田橋3-10-10-1-101", true},
		{"東京都千代田区飯田橋3-10-10 1号棟101号室", true},
		{"東京都千代田区飯田橋3-10-10 2号棟101号室", false},
	})
	checkAddresses(t, "東京都千代田区飯田橋3-10-10 飯田橋ハイツ301号室", 0, []addressCase{
		{"東京都千代田区飯田橋3-10-10 飯田橋ハイツ三〇一号室", true},
		{"東京都千代田区飯田橋3-10-10 飯田橋ハイツ-301", true},
		{"Room 301, 3-10-10 Iidabashi, Chiyoda-ku, Tokyo", true},
	})
	checkAddresses(t, "東京都千代田区飯田橋3-10-10 飯田橋ハイツ3F", 0, []addressCase{
		{"東京都千代田区飯田橋3-10-10 飯田橋ハイツ3階", true},
		{"東京都千代田区飯田橋3-10-10 飯田橋ハイツ4階", false},
	})
	// The building's own script decides whether two names are compared,
	// not the address's; a name in kanji or kana is folded as a place's.
	checkAddresses(t, "東京都千代田区飯田橋3丁目10番10号 ブリリア301号室", 0, []addressCase{
		{"東京都千代田区飯田橋3丁目10番10号 Brillia 301", true},
		{"東京都千代田区飯田橋3丁目10番10号 ブリリア302", false},
		{"東京都千代田区飯田橋3丁目10番10号 パークハウス301", false},
	})
	checkAddresses(t, "東京都千代田区飯田橋3丁目10番10号 飯田橋ハイツ301号室", 0, []addressCase{
		{"東京都千代田区飯田橋3丁目10番10号 Iidabashi Heights 301", true},
	})
	checkAddresses(t, "東京都千代田区飯田橋3丁目10番10号 Brillia 301", 0, []addressCase{
		{"東京都千代田区飯田橋3丁目10番10号 Park House 301", false}, // two names in Latin letters
		{"東京都千代田区飯田橋3丁目10番10号 Room 301", true},
	})
	checkAddresses(t, "東京都千代田区飯田橋3丁目10番10号 高橋ビル301号室", 0, []addressCase{
		{"東京都千代田区飯田橋3丁目10番10号 髙橋ビル301", true},
		{"東京都千代田区飯田橋3丁目10番10号 鈴木ビル301", false},
	})
	checkAddresses(t, "東京都千代田区市谷1-1 MFPR市ケ谷ビル3階", 0, []addressCase{
		{"東京都千代田区市谷1-1 ＭＦＰＲ市ヶ谷ビル3F", true},
		{"東京都千代田区市谷1-1 ＭＦＰＲ市ヶ谷ビル4F", false},
	})
}

// TestCompareAddressTrailingPlace checks text after the lot that reads as
// an address or a part of one (a prefecture, a city, a ward or a county, a
// chōme, a block with 番地 or 番, a numbered part of a town, Kyoto's street
// directions; in romaji a prefecture or a -ku, -shi or City word): it is no
// building one side may leave out, so it agrees only with the same text.
// A building, a floor or a room after the lot still agrees with none.
func TestCompareAddressTrailingPlace(t *testing.T) {
	t.Parallel()
	const rec = "東京都千代田区飯田橋3丁目10番10号"
	checkAddresses(t, rec, 0.96, []addressCase{
		{"東京都千代田区飯田橋3-10-10 大阪府大阪市北区梅田1-1-1", false},
		{"東京都千代田区飯田橋3-10-10 大阪府", false},
		{"東京都千代田区飯田橋3-10-10 新宿区", false},
		{"東京都千代田区飯田橋3-10-10 大阪市", false},
		{"東京都千代田区飯田橋3-10-10 Osaka", false},
		{"東京都千代田区飯田橋3-10-10 Shinjuku-ku", false},
		{"東京都千代田区飯田橋3-10-10 Kamikawa District", false},
		{"東京都千代田区飯田橋3-10-10 Kamikawa County", false},
		{"東京都千代田区飯田橋3-10-10 Kita-ku, Osaka", false},
		{"東京都千代田区飯田橋3-10-10 5丁目", false},
		{"東京都千代田区飯田橋3-10-10 4番地", false},
		{"東京都千代田区飯田橋3-10-10 北24条", false},
		{"東京都千代田区飯田橋3-10-10 第11地割", false},
		{"東京都千代田区飯田橋3-10-10 河原町通三条上る", false},
		{"東京都千代田区飯田橋3-10-10 301号室 大阪府大阪市北区", false},
		{"Tokyo-to Chiyoda-ku Iidabashi 3-10-10 Osaka", false},
		// A building, a floor, a room.
		{"東京都千代田区飯田橋3-10-10 飯田橋ハイツ301号室", true},
		{"東京都千代田区飯田橋3-10-10 3F", true},
		{"東京都千代田区飯田橋3-10-10 3階", true},
		{"東京都千代田区飯田橋3-10-10 #301", true},
		{"東京都千代田区飯田橋3-10-10 Room 301", true},
		{"東京都千代田区飯田橋3-10-10-301", true},
		{"東京都千代田区飯田橋3-10-10 新宿区民センター", true},
		{"東京都千代田区飯田橋3-10-10 MFPR市ヶ谷ビル", true},
		{"東京都千代田区飯田橋3-10-10 1番館101", true},
		{"東京都千代田区飯田橋3-10-10 Tokyo Tower 301", true},
	})
	// The other way round, and the same text on both sides.
	for _, tt := range []struct {
		req, rec string
		equal    bool
	}{
		{rec, "東京都千代田区飯田橋3-10-10 大阪府大阪市北区梅田1-1-1", false},
		{rec, "東京都千代田区飯田橋3-10-10 新宿区", false},
		{"東京都千代田区飯田橋3-10-10 新宿区", "東京都千代田区飯田橋3丁目10番10号 新宿区", true},
	} {
		if m := jp.CompareAddress(tt.req, tt.rec); m.Equal != tt.equal {
			t.Errorf("CompareAddress(%q, %q) = %+v, want equal %v", tt.req, tt.rec, m, tt.equal)
		}
	}
	checkSame(t, []sameCase{
		{attr.StreetNumber, "3-10-10 大阪府", "3-10-10", false, 0},
		{attr.StreetNumber, "3-10-10 5丁目", "3丁目10番10号", false, 0},
	})
}

// TestCompareAddressRoomAfterLot checks a room after a lot written with 号
// in a town without chōme: a number before 号室 or 室 is a room, never a
// block or a lot, and a number after the lot's 号 is a room, so 22番3号
// 101号室 is block 22, lot 3, room 101, not chōme 22. N-M-L without 丁目
// stays chōme N (geolonia's rows), but is read as a block, a lot and a room
// against a side that marks its block and lot without a chōme (22番3号,
// 22番地の3), which tells that its town has none.
func TestCompareAddressRoomAfterLot(t *testing.T) {
	t.Parallel()
	checkAddresses(t, "奈良県奈良市東包永町22-3", 0.96, []addressCase{
		{"奈良県奈良市東包永町22番3号 101号室", true},
		{"奈良県奈良市東包永町22番3号101号室", true},
		{"奈良県奈良市東包永町22番3号 101", true},
		{"奈良県奈良市東包永町22番3号 101号室", true},
		{"奈良県奈良市東包永町22番4号 101号室", false},
		{"奈良県奈良市東包永町22-3-101", false}, // chōme 22: no mark tells otherwise
	})
	checkAddresses(t, "奈良県奈良市東包永町22番3号", 0.96, []addressCase{
		{"奈良県奈良市東包永町22番3号 101号室", true},
		{"奈良県奈良市東包永町22-3-101", true},
		{"奈良県奈良市東包永町22-4-101", false},
	})
	checkAddresses(t, "奈良県奈良市東包永町22番地の3", 0.96, []addressCase{
		{"奈良県奈良市東包永町22-3-101", true},
		{"奈良県奈良市東包永町22-3", true},
	})
	checkAddresses(t, "奈良県奈良市東包永町22番3号 102号室", 0.96, []addressCase{
		{"奈良県奈良市東包永町22-3-101", false},
		{"奈良県奈良市東包永町22-3-102", true},
	})
	checkAddresses(t, "東京都千代田区四番町1番8", 0.96, []addressCase{
		{"東京都千代田区四番町1番8号 501号室", true},
		{"東京都千代田区四番町1番9号 501号室", false},
	})
	if a := jp.ParseAddress("奈良県奈良市東包永町22番3号 101号室"); a.Chome != 0 || a.Block() != "22-3" || a.Other != "101号室" {
		t.Errorf("ParseAddress(22番3号 101号室) = chōme %d, block %s, other %q", a.Chome, a.Block(), a.Other)
	}
	checkSame(t, []sameCase{
		{attr.StreetNumber, "22番3号 101号室", "22-3", true, locale.Format},
		{attr.StreetNumber, "22番3号 101号室", "22番3号 102号室", false, 0},
	})
}

// TestCompareAddressCityNamedShi checks the cities whose name ends in 市
// (四日市市, 廿日市市, 野々市市) written without their suffix, as people
// write them: 四日市 is the city 四日市市, not 四日 and its 市.
func TestCompareAddressCityNamedShi(t *testing.T) {
	t.Parallel()
	checkAddresses(t, "三重県四日市市諏訪町1-5", 0, []addressCase{
		{"三重県四日市諏訪町1-5", true},
		{"四日市諏訪町1-5", true},
		{"三重県四日市諏訪町1-6", false},
	})
	checkAddresses(t, "石川県野々市市本町1-1", 0, []addressCase{
		{"石川県野々市本町1-1", true},
	})
	checkAddresses(t, "広島県廿日市市新宮1丁目13-1", 0, []addressCase{
		{"広島県廿日市新宮1丁目13-1", true},
	})
}

// TestCompareAddressAza checks the mark 字 of a small section, which
// records write or leave out, and 大字 before a town.
func TestCompareAddressAza(t *testing.T) {
	t.Parallel()
	checkAddresses(t, "香川県仲多度郡まんのう町勝浦字家六2094番地1", 0, []addressCase{
		{"香川県仲多度郡まんのう町勝浦家六2094番地1", true},
		{"香川県仲多度郡まんのう町大字勝浦字家六2094-1", true},
		{"香川県仲多度郡まんのう町勝浦字家七2094番地1", false},
		{"香川県仲多度郡まんのう町勝浦2094番地1", false}, // the section left out: another town
	})
}

// TestCompareAddressNamesakeCity checks a prefecture written without its
// suffix beside a ward: Osaka Kita-ku is 大阪市北区, not 堺市北区, though both
// lie in 大阪府.
func TestCompareAddressNamesakeCity(t *testing.T) {
	t.Parallel()
	checkAddresses(t, "大阪府大阪市北区梅田1丁目1番1号", 0, []addressCase{
		{"Osaka Kita-ku Umeda 1-1-1", true},
		{"1-1-1 Umeda, Kita-ku, Osaka", true},
		{"Osaka-fu Osaka-shi Kita-ku Umeda 1-1-1", true},
		{"Osaka Kita-ku Umeda 1-1-2", false},
	})
	checkAddresses(t, "大阪府堺市北区梅田1丁目1番1号", 0, []addressCase{
		{"Osaka Kita-ku Umeda 1-1-1", false},
	})
	checkAddresses(t, "京都府京都市中京区一之船入町537-50", 0, []addressCase{
		{"Kyoto Nakagyo-ku Ichinofunairi-cho 537-50", true},
		{"京都市中京区一之船入町537-50", true},
	})
}

// TestCompareAddressWesternOrder checks romaji addresses written for abroad
// against the kanji record: the ward before its city, the city without its
// suffix, the country at the end, English units and the chōme as map
// services write it.
func TestCompareAddressWesternOrder(t *testing.T) {
	t.Parallel()
	checkAddresses(t, "神奈川県横浜市西区みなとみらい3丁目1番1号", 0, []addressCase{
		{"1-1 Minatomirai 3-chome, Nishi-ku, Yokohama-shi, Kanagawa-ken, Japan", true},
		{"1-1 Minatomirai 3-chome, Nishi-ku, Yokohama, Kanagawa 220-0012, Japan", true},
		{"Kanagawa-ken Yokohama Nishi-ku Minatomirai 3-1-1", true},
		{"Kanagawa Nishi-ku Minatomirai 3-1-1", false}, // 神奈川 names no city: which Nishi-ku?
		{"Minatomirai 3-chome 1-1, Nishi-ku, Yokohama, Kanagawa", true},
		{"3-chōme-1-1 Minatomirai, Nishi Ward, Yokohama, Kanagawa 220-0012, Japan", true},
		{"3 Chome-1-1 Minatomirai, Nishi Ward, Yokohama City, Kanagawa Prefecture", true},
		{"3-chōme-1-2 Minatomirai, Nishi Ward, Yokohama, Kanagawa 220-0012, Japan", false},
		{"3-chōme-1-1 Minatomirai, Naka Ward, Yokohama, Kanagawa 220-0012, Japan", false},
		{"1-1 Minatomirai 3-chome, Naka-ku, Yokohama-shi, Kanagawa-ken, Japan", false},
		{"1-1 Minatomirai 3-chome, Nishi-ku, Kawasaki-shi, Kanagawa-ken, Japan", false},
	})
}

// TestCompareAddressRomajiRecord checks addresses against a record in
// romaji, as an operator may hold a foreign resident's: the units read
// one by one, as against kanji (City for -ku).
func TestCompareAddressRomajiRecord(t *testing.T) {
	t.Parallel()
	checkAddresses(t, "Tokyo-to Chiyoda-ku Iidabashi 3-10-10", 0, []addressCase{
		{"3-chōme-10-10 Iidabashi, Chiyoda City, Tokyo 102-8460, Japan", true},
		{"3-10-10 Iidabashi, Chiyoda, Tokyo", true},
		{"Tokyo-to Chiyoda-ku Iidabashi 3-10-10", true},
		{"東京都千代田区飯田橋三丁目10番10号", true},
		{"3-10-10 Iidabashi, Chuo City, Tokyo", false},
		{"3-10-11 Iidabashi, Chiyoda City, Tokyo", false},
		{"3-10-10 Iidabashi, Chiyoda Town, Tokyo", false},
	})
}

// TestCompareAddressVariantKanji checks old and variant kanji in the
// prefecture and the city, folded before they are read, as the town's are
// (KANJI_VARIANT): 千代田區 was read as no city at all, 兵庫縣 as no
// prefecture, 横濱市 as a city without its ward. The city is kept as
// written (千代田區), the place keys folding it.
func TestCompareAddressVariantKanji(t *testing.T) {
	t.Parallel()
	for _, p := range [][2]string{
		{"東京都千代田區飯田橋3-10-10", "東京都千代田区飯田橋三丁目10番10号"},
		{"兵庫縣尼崎市東七松町1-23-1", "兵庫県尼崎市東七松町一丁目23番1号"},
		{"沖繩県那覇市泉崎1-1-1", "沖縄県那覇市泉崎一丁目1番1号"},
		{"神奈川県横濱市中区日本大通1", "神奈川県横浜市中区日本大通1"},
		{"神奈川県川﨑市川崎区宮本町1", "神奈川県川崎市川崎区宮本町1"},
		{"三重県四日市市諏訪町1-5", "三重県四日市市諏訪町1-5"}, // 市市 is no 々
	} {
		m := jp.CompareAddress(p[0], p[1])
		if !m.Equal || p[0] != p[1] && m.Folds&jp.FoldVariant == 0 {
			t.Errorf("CompareAddress(%q, %q) = %+v, want equal with FoldVariant", p[0], p[1], m)
		}
	}
	if m := jp.CompareAddress("兵庫縣尼崎市東七松町1-23-2", "兵庫県尼崎市東七松町一丁目23番1号"); m.Equal {
		t.Errorf("another lot in 兵庫縣: %+v, want not equal", m)
	}
	if a := jp.ParseAddress("東京都千代田區飯田橋3-10-10"); jp.PrefectureName(a.Prefecture) != "東京都" || a.City != "千代田區" || a.Town != "飯田橋" {
		t.Errorf("ParseAddress(東京都千代田區飯田橋3-10-10) = %+v", a)
	}
}

// TestCompareAddressCounty checks a county (郡) left out in kanji, on
// either side, as romaji already leaves it out: the town or village is the
// municipality, and geolonia's own test addresses write 串本町 for
// 東牟婁郡串本町. A name followed by 郡 is a county, not a prefecture
// without its suffix (石川郡 lies in 福島県), and a 区 after a 町 is the
// town's (せたな町北檜山区).
func TestCompareAddressCounty(t *testing.T) {
	t.Parallel()
	checkAddresses(t, "和歌山県東牟婁郡串本町串本1234番地", 0, []addressCase{
		{"和歌山県串本町串本1234", true},
		{"串本町串本千二百三十四", true},
		{"和歌山県西牟婁郡串本町串本1234", false}, // another county
		{"和歌山県串本町串本1235", false},
		{"三重県串本町串本1234", false},
	})
	checkAddresses(t, "和歌山県串本町串本1234", 0, []addressCase{
		{"和歌山県東牟婁郡串本町串本1234番地", true},
	})
	checkAddresses(t, "福島県石川郡石川町字長久保185-4", 0, []addressCase{
		{"石川郡石川町字長久保185-4", true},
		{"福島県石川町字長久保185-4", true},
		{"石川県石川郡石川町字長久保185-4", false},
	})
	for _, p := range [][2]string{
		{"宮城県七ヶ浜町汐見台1-1", "宮城県宮城郡七ヶ浜町汐見台1-1"},
		{"長野県軽井沢町軽井沢1-1", "長野県北佐久郡軽井沢町軽井沢1-1"},
		{"せたな町北檜山区北檜山193", "北海道久遠郡せたな町北檜山区北檜山193"},
	} {
		if m := jp.CompareAddress(p[0], p[1]); !m.Equal {
			t.Errorf("CompareAddress(%q, %q) = %+v, want equal", p[0], p[1], m)
		}
	}
	// 大和郡山市 is a city whose name holds 郡, not a county.
	if m := jp.CompareAddress("奈良県山市北郡山町1", "奈良県大和郡山市北郡山町1"); m.Equal {
		t.Errorf("山市 against 大和郡山市: %+v, want not equal", m)
	}
}

// TestCompareAddressPostcode checks a postcode in both addresses, counted
// as the Spanish and Dutch profiles count it: two that differ are not the
// same address (NUMBER_MISMATCH, the score scaled as for a different house
// number), one on a side only is no difference. A postcode after a kanji
// address, 〒 or not, is read as one, not as the block's numbers.
func TestCompareAddressPostcode(t *testing.T) {
	t.Parallel()
	checkAddresses(t, "〒102-8460 東京都千代田区飯田橋三丁目10番10号", 0.8, []addressCase{
		{"〒530-0001 東京都千代田区飯田橋3-10-10", false},
		{"5300001東京都千代田区飯田橋3-10-10", false},
		{"3-10-10 Iidabashi, Chiyoda-ku, Tokyo 530-0001", false},
		{"東京都千代田区飯田橋3-10-10 〒530-0001", false},
		{"東京都千代田区飯田橋3-10-10〒530-0001", false},
		{"東京都千代田区飯田橋3-10-10 530-0001", false},
		{"〒102-8460 東京都千代田区飯田橋3-10-10", true},
		{"1028460 東京都千代田区飯田橋3-10-10", true},
		{"東京都千代田区飯田橋3-10-10 〒102-8460", true},
		{"東京都千代田区飯田橋3-10-10 102-8460", true},
		{"3-10-10 Iidabashi, Chiyoda-ku, Tokyo 102-8460", true},
		{"東京都千代田区飯田橋3-10-10", true}, // on one side only
		// A space for the hyphen, full-width or not, 〒 before it or
		// brackets around it; a postcode marked with 〒 anywhere.
		{"東京都千代田区飯田橋3-10-10 530 0001", false},
		{"東京都千代田区飯田橋3-10-10〒530 0001", false},
		{"東京都千代田区飯田橋3-10-10　５３０　０００１", false},
		{"東京都千代田区飯田橋3-10-10(530-0001)", false},
		{"東京都千代田区飯田橋3-10-10（〒530-0001）", false},
		{"東京都千代田区飯田橋3-10-10 〒530-0001 飯田橋ハイツ301", false},
		{"3-10-10 Iidabashi, Chiyoda-ku, Tokyo 530 0001", false},
		{"3-10-10 Iidabashi, Chiyoda-ku, Tokyo-to 530 0001, Japan", false},
		{"3-10-10 Iidabashi, Chiyoda-ku, Tokyo (530-0001)", false},
		{"東京都千代田区飯田橋3-10-10 102 8460", true},
		{"東京都千代田区飯田橋3-10-10 〒102-8460 飯田橋ハイツ301", true},
		{"3-10-10 Iidabashi, Chiyoda-ku, Tokyo 102 8460", true},
	})
	// A room, or four digits before the four, is no postcode.
	for _, tt := range []struct{ in, other string }{
		{"東京都千代田区飯田橋3-10-10 301", "301"},
		{"東京都千代田区飯田橋3-10-10 1234-5678", "1234-5678"},
		{"東京都千代田区飯田橋3-10-10 1-101", "1-101"},
	} {
		if a := jp.ParseAddress(tt.in); a.Postcode != "" || a.Other != tt.other {
			t.Errorf("ParseAddress(%q): postcode %q, other %q; want none, %q", tt.in, a.Postcode, a.Other, tt.other)
		}
	}
	if m := jp.CompareAddress("〒530-0001 東京都千代田区飯田橋3-10-10", "〒102-8460 東京都千代田区飯田橋三丁目10番10号"); m.Folds&jp.FoldNumber == 0 {
		t.Errorf("another postcode: %+v, want FoldNumber", m)
	}
	if a := jp.ParseAddress("東京都千代田区飯田橋3-10-10 〒530-0001"); a.Postcode != "5300001" || a.Block() != "10-10" || a.Other != "" {
		t.Errorf("ParseAddress with a postcode after the numbers = %+v", a)
	}
}

// TestAddressesPostcode checks the record's address composed from its parts
// with its postcode first, so that a request with another postcode is not
// matched through a value without one.
func TestAddressesPostcode(t *testing.T) {
	t.Parallel()
	var rec attr.Values
	rec[attr.PostalCode], rec[attr.Region], rec[attr.Locality] = "〒102-8460", "東京都", "千代田区"
	rec[attr.StreetName], rec[attr.StreetNumber] = "飯田橋", "3-10-10"
	got := jp.New(jp.Config{}).Addresses(&rec, nil)
	if len(got) != 1 || got[0] != "〒102-8460 東京都 千代田区 飯田橋 3-10-10" {
		t.Errorf("Addresses = %q", got)
	}
	if m := jp.CompareAddress("〒530-0001 東京都千代田区飯田橋3-10-10", got[0]); m.Equal {
		t.Errorf("another postcode against the composed address: %+v", m)
	}
	rec[attr.PostalCode] = "ZZZZ" // no Japanese postcode: left out
	if got := jp.New(jp.Config{}).Addresses(&rec, nil); len(got) != 1 || got[0] != "東京都 千代田区 飯田橋 3-10-10" {
		t.Errorf("Addresses = %q", got)
	}
}

// TestCompareAddressRomajiMarks checks the marks romaji addresses write as
// kanji ones do: ban, banchi and go after the numbers (番, 番地, 号), and
// ooaza, oaza or aza before a town's name (大字, 字), dropped as ParseAddress
// drops them in kanji.
func TestCompareAddressRomajiMarks(t *testing.T) {
	t.Parallel()
	checkAddresses(t, "東京都千代田区飯田橋三丁目10番10号", 60, []addressCase{
		{"Iidabashi 3-chome 10-ban 10-go, Chiyoda-ku, Tokyo", true},
		{"Tokyo-to Chiyoda-ku Iidabashi 3-chome 10-banchi 10", true},
		{"Tokyo-to Chiyoda-ku Iidabashi 3-chome 10 banchi 10 go", true},
		{"Iidabashi 3-chome 10-ban 11-go, Chiyoda-ku, Tokyo", false},
	})
	checkAddresses(t, "埼玉県戸田市大字新曽2242番地", 60, []addressCase{
		{"2242 Ooaza Niizo, Toda-shi, Saitama-ken", true},
		{"2242 Ōaza Niizo, Toda-shi, Saitama-ken", true},
		{"2242 Oaza Niizo, Toda-shi, Saitama-ken", true},
		{"Saitama-ken Toda-shi Aza Niizo 2242", true},
		{"2243 Ooaza Niizo, Toda-shi, Saitama-ken", false},
	})
}

// TestCompareAddressRomajiUnits checks the romaji units of the issue that
// the other tables do not write: -do (Hokkai-do), -mura and -son after a
// county.
func TestCompareAddressRomajiUnits(t *testing.T) {
	t.Parallel()
	checkAddresses(t, "北海道札幌市中央区北1条西2丁目1", 0, []addressCase{
		{"Hokkai-do Sapporo-shi Chuo-ku Kita 1-jo Nishi 2-chome 1", true},
		{"Hokkai-do Sapporo-shi Chuo-ku Kita 2-jo Nishi 2-chome 1", false},
	})
	checkAddresses(t, "長野県北安曇郡白馬村北城1", 0, []addressCase{
		{"Nagano-ken Kitaazumi-gun Hakuba-mura Hokujo 1", true},
		{"Nagano-ken Kitaazumi-gun Otari-mura Hokujo 1", false},
	})
	checkAddresses(t, "沖縄県国頭郡東村平良1", 0, []addressCase{
		{"Okinawa-ken Kunigami-gun Higashi-son Taira 1", true},
		{"Okinawa-ken Kunigami-gun Higashi-son Taira 2", false},
	})
}

// An addressCase is a request address and whether it equals the record.
type addressCase struct {
	req   string
	equal bool
}

// checkAddresses compares each request with the record rec, a subtest
// each, and checks whether it is equal; with maxScore above 0, an unequal
// one must also score at most maxScore.
func checkAddresses(t *testing.T, rec string, maxScore float64, cases []addressCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.req, func(t *testing.T) {
			t.Parallel()
			m := jp.CompareAddress(tt.req, rec)
			if m.Equal != tt.equal || maxScore > 0 && !m.Equal && m.Score > maxScore {
				t.Errorf("CompareAddress(%q, %q) = %+v, want equal %v (a score of at most %v)", tt.req, rec, m, tt.equal, maxScore)
			}
		})
	}
}

func TestPostalCode(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"102-8460", "1028460", "〒102-8460", "１０２－８４６０", "〒１０２８４６０", "102 8460", "102ー8460"} {
		if got, ok := jp.PostalCode(s); !ok || got != "1028460" {
			t.Errorf("PostalCode(%q) = %q, %v", s, got, ok)
		}
	}
	for _, s := range []string{"10284600", "102-846", "28001", "ABC-DEFG", ""} {
		if got, ok := jp.PostalCode(s); ok {
			t.Errorf("PostalCode(%q) = %q, want not a postcode", s, got)
		}
	}
}

func TestPrefecture(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"東京都", "東京", "Tokyo", "TOKYO", "Tōkyō-to", "Tokyo-to", "Tokyo To", "tokyo metropolis", "とうきょうと", "トウキョウ"} {
		if i, ok := jp.Prefecture(s); !ok || jp.PrefectureName(i) != "東京都" {
			t.Errorf("Prefecture(%q) = %d, %v", s, i, ok)
		}
	}
	for s, want := range map[string]string{"Hokkaido": "北海道", "Hokkaidō": "北海道", "Osaka Prefecture": "大阪府", "Ōsaka-fu": "大阪府", "Kyoto-fu": "京都府", "Hyogo-ken": "兵庫県", "Kōchi": "高知県",
		"京都": "京都府", "大阪": "大阪府"} { // 京都府 without its 府, not 京
		if i, ok := jp.Prefecture(s); !ok || jp.PrefectureName(i) != want {
			t.Errorf("Prefecture(%q) = %q, %v; want %q", s, jp.PrefectureName(i), ok, want)
		}
	}
	for _, s := range []string{"Madrid", "千代田区", "", "Tokyo Tower", "京"} {
		if i, ok := jp.Prefecture(s); ok {
			t.Errorf("Prefecture(%q) = %q, want none", s, jp.PrefectureName(i))
		}
	}
}

func TestAlternatives(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in   string
		want []string
	}{
		{"山田　太郎", []string{"山田　太郎"}},
		{"東京［日本］　花子", []string{"東京　花子", "日本　花子"}},
		{"ALLEN JACKSON＿鈴木　一郎（高橋　二郎）", []string{"ALLEN JACKSON", "高橋　二郎", "鈴木　一郎"}},
	}
	for _, tt := range tests {
		got := jp.Alternatives(tt.in)
		slices.Sort(got)
		slices.Sort(tt.want)
		if !slices.Equal(got, tt.want) {
			t.Errorf("Alternatives(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestKanjiNumber(t *testing.T) {
	t.Parallel()
	for n, want := range map[int]string{1: "一", 3: "三", 10: "十", 11: "十一", 20: "二十", 24: "二十四", 99: "九十九", 100: "100", 0: "0"} {
		if got := jp.KanjiNumber(n); got != want {
			t.Errorf("KanjiNumber(%d) = %q, want %q", n, got, want)
		}
	}
}

func FuzzParseAddress(f *testing.F) {
	for _, s := range []string{"東京都千代田区飯田橋3丁目10番10号", "Tokyo-to Chiyoda-ku Iidabashi 3-10-10", "〒102-8460", "二十四軒二条二丁目3-3", "1-2-3-4-5-6-7-8-9-10", "\xff市区",
		"北24条西6丁目1-1", "Kita24-jo Nishi6-chome 1-1, Kita-ku, Sapporo", "Asahikawa-shi 1-jo-dori 2-chome", "1-1 Minatomirai, Nishi-ku, Yokohama, Japan",
		"京都市中京区河原町二条下ル一之船入町537-50", "忠庵町柳馬場通松原下ル（忠庵町）316", "Chuan-cho Yanaginobamba-dori Matsubara-sagaru 316",
		"永田町一丁目七番地の一", "東包永町２２番地の３", "7番の1", "飯田橋三ノ十ノ十", "三の十の", "番地の",
		"上川郡東川町東7号北5線1番地", "東旭川町共栄十一線十二号1番地", "東7号", "長山第10地割字早坂1-1", "第十地割",
		"千代田区3番町3-9", "和歌山市7番町19", "三軒茶屋1丁目", "飯田橋ハイツ5号室", "99号100線",
		"兵庫縣尼崎市東七松町1-23-1", "東京都千代田區飯田橋3-10-10", "石川郡石川町字長久保185-4", "せたな町北檜山区北檜山193", "串本町串本1234",
		"東京都千代田区飯田橋3-10-10 〒530-0001", "3-10-10〒", "1〒2",
		"東京都千代田区飯田橋3-10-10 第一ビル3階1-101号室", "飯田橋3-10-10-1-101", "3-10-10 Apt. 3B",
		"Iidabashi 3-chome 10-ban 10-go", "10 banchi", "2242 Ooaza Niizo, Toda-shi", "aza", "1-go-ban",
		"飯田橋3-10-10 大阪府大阪市北区梅田1-1-1", "3-10-10 Kita-ku, Osaka", "3-10-10 第11地割", "3-10-10 河原町通三条上る", "3-10-10 1番館",
		"3-10-10 102 0073", "3-10-10〒102 0073", "3-10-10（〒102-0073）", "3-10-10 〒530-0001 飯田橋ハイツ301", "Tokyo-to 530 0001, Japan", "(〒)", "〒(1",
		"東包永町22番3号 101号室", "東包永町22-3-101", "22番3号101", "101号室", "1番8号5号室", "四日市諏訪町1-5", "野々市本町1-1", "廿日市",
		"飯田橋3-10-10 Brillia 301", "飯田橋3-10-10 髙橋ビル301", "市谷1-1 ＭＦＰＲ市ヶ谷ビル3F", "Kita24-jō Nishi", "1-jo-dori", "jo-jo"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a := jp.ParseAddress(s)
		_ = a.Block()
		_ = a.TownWithChome()
		m := jp.CompareAddress(s, s)
		if m.Score < 0 || m.Score > 1 {
			t.Errorf("CompareAddress(%q, itself) score %v", s, m.Score)
		}
		// Against a kanji record with a 条, read across scripts.
		if m := jp.CompareAddress(s, "北海道札幌市北区北24条西6丁目1番1号"); m.Score < 0 || m.Score > 1 {
			t.Errorf("CompareAddress(%q, a 条 address) score %v", s, m.Score)
		}
		_, _ = jp.PostalCode(s)
		_, _ = jp.Prefecture(s)
	})
}

func TestPlaceComparer(t *testing.T) {
	t.Parallel()
	checkSame(t, []sameCase{
		{attr.Locality, "Chiyoda-ku", "千代田区", true, locale.ReadingMatch | locale.Romanization},
		{attr.Locality, "Chiyoda ku", "千代田区", true, locale.ReadingMatch | locale.Romanization},
		{attr.Locality, "Chiyoda", "千代田区", true, locale.ReadingMatch | locale.Romanization},
		{attr.Locality, "Sapporo-shi Chuo-ku", "札幌市中央区", true, locale.ReadingMatch | locale.Romanization},
		{attr.Locality, "Shinjuku-ku", "千代田区", false, 0},
		{attr.Locality, "Chiyoda-shi", "千代田区", false, 0},
		{attr.Locality, "四日市市", "四日市市", true, locale.Exact},
		// A city whose name ends in 市, written without its suffix.
		{attr.Locality, "四日市", "四日市市", true, locale.Normalized},
		{attr.Locality, "廿日市", "廿日市市", true, locale.Normalized},
		{attr.Locality, "野々市市", "野々市", true, locale.Normalized},
		{attr.Locality, "四日市", "三重県四日市市", true, locale.Normalized},
		{attr.Locality, "Yokkaichi-shi", "四日市", true, locale.ReadingMatch | locale.Romanization},
		{attr.Locality, "四日", "四日市市", false, 0},
		{attr.Locality, "横浜", "Yokohama-shi", true, locale.ReadingMatch | locale.Romanization},
		// A county left out in kanji, as in romaji.
		{attr.Locality, "串本町", "東牟婁郡串本町", true, locale.Normalized},
		{attr.Locality, "東牟婁郡串本町", "串本町", true, locale.Normalized},
		{attr.Locality, "西牟婁郡串本町", "東牟婁郡串本町", false, 0},
		{attr.Locality, "山市", "大和郡山市", false, 0},
		// A kanji name without its suffix stands for any unit, as a romaji
		// one does; a record's locality may start with its prefecture.
		{attr.Locality, "横浜", "横浜市", true, locale.Normalized},
		{attr.Locality, "千代田", "千代田区", true, locale.Normalized},
		{attr.Locality, "千代田区", "千代田", true, locale.Normalized},
		{attr.Locality, "横浜", "横浜市西区", false, 0},
		{attr.Locality, "千代田区", "千代田市", false, 0},
		{attr.Locality, "千代田区", "東京都千代田区", true, locale.Normalized},
		{attr.Locality, "東京都千代田区", "千代田区", true, locale.Normalized},
		{attr.Locality, "Chiyoda-ku", "東京都千代田区", true, locale.ReadingMatch | locale.Romanization},
		{attr.Locality, "千代田區", "東京都千代田区", true, locale.KanjiVariant | locale.Normalized},
		{attr.Locality, "広島県府中市", "東京都府中市", false, 0},
		{attr.Locality, "東京都", "東京都", true, locale.Exact},
		{attr.Locality, "Chiyoda City", "千代田区", true, locale.ReadingMatch | locale.Romanization},
		{attr.Locality, "Yokohama City Nishi Ward", "横浜市西区", true, locale.ReadingMatch | locale.Romanization},
		{attr.Locality, "Yokohama City Naka Ward", "横浜市西区", false, 0},
		{attr.Locality, "Chiyoda Town", "千代田区", false, 0},
		{attr.Locality, "Nishi Ward, Yokohama", "横浜市西区", true, locale.ReadingMatch | locale.Romanization},
		{attr.Locality, "Nishi-ku, Yokohama-shi", "横浜市西区", true, locale.ReadingMatch | locale.Romanization},
		{attr.Locality, "Naka Ward, Yokohama", "横浜市西区", false, 0},
		{attr.Locality, "Togo Town, Aichi District", "愛知郡東郷町", true, locale.ReadingMatch | locale.Romanization},
		// Two romaji cities, unit by unit, as against kanji.
		{attr.Locality, "Chiyoda City", "Chiyoda-ku", true, locale.Romanization},
		{attr.Locality, "Chiyoda-ku", "Chiyoda City", true, locale.Romanization},
		{attr.Locality, "Yokohama City", "Yokohama-shi", true, locale.Romanization},
		{attr.Locality, "Nishi Ward, Yokohama", "Yokohama-shi Nishi-ku", true, locale.Romanization},
		{attr.Locality, "Higashikagura-cho", "Kamikawa-gun Higashikagura-cho", true, locale.Romanization},
		{attr.Locality, "Chiyoda City", "Chuo-ku", false, 0},
		{attr.Locality, "Kita-shi", "Kita-ku", false, 0},
		{attr.Locality, "Nishi-ku", "Yokohama-shi Nishi-ku", false, 0},
		{attr.Locality, "Naka Ward, Yokohama", "Yokohama-shi Nishi-ku", false, 0},
		{attr.StreetName, "Iidabashi", "飯田橋", true, locale.ReadingMatch | locale.Romanization},
		// A numbered 条 in romaji, read as in an address: the numbers as
		// numbers, the names between them read.
		{attr.StreetName, "1-jo-dori", "1条通", true, locale.ReadingMatch | locale.Romanization},
		{attr.StreetName, "Kita24-jō Nishi", "北二十四条西", true, locale.ReadingMatch | locale.Romanization},
		{attr.StreetName, "Kita 24 Jo Nishi", "北24条西", true, locale.ReadingMatch | locale.Romanization},
		{attr.StreetName, "Kita23-jo Nishi", "北二十四条西", false, 0},
		{attr.StreetName, "Minami24-jo Nishi", "北二十四条西", false, 0},
		{attr.StreetName, "2-jo-dori", "1条通", false, 0},
		{attr.StreetName, "Kujo-cho", "九条町", true, locale.ReadingMatch | locale.Romanization},
		{attr.StreetName, "飯田橋", "飯田橋", true, locale.Exact},
		{attr.StreetName, "Kudanminami", "飯田橋", false, 0},
		// A place the IPA dictionary knows is read whole, not from its
		// parts (飯田 as the family name ハンダ).
		{attr.StreetName, "Handabashi", "飯田橋", false, 0},
		{attr.StreetName, "3軒茶屋", "三軒茶屋", true, locale.Normalized}, // 軒's number in kanji numerals
		// In kana, read as in romaji.
		{attr.StreetName, "いいだばし", "飯田橋", true, locale.ReadingMatch},
		{attr.StreetName, "飯田橋", "イイダバシ", true, locale.ReadingMatch},
		{attr.StreetName, "ハンダバシ", "飯田橋", false, 0},
		{attr.StreetName, "くだんみなみ", "飯田橋", false, 0},
		// A city whose name ends in a suffix's kanji, written without its
		// own suffix.
		{attr.Locality, "羽村", "羽村市", true, locale.Normalized},
		{attr.Locality, "大町", "大町市", true, locale.Normalized},
		{attr.Locality, "羽村", "羽村町", true, locale.Normalized},
		{attr.Locality, "羽村", "武蔵村山市", false, 0},
		{attr.Locality, "横浜", "横浜市西区", false, 0},
		// A city in kana: unit by unit, a suffix read as its romaji is,
		// or left out.
		{attr.Locality, "よこはまし", "横浜市", true, locale.ReadingMatch},
		{attr.Locality, "ヨコハマ", "横浜市", true, locale.ReadingMatch},
		{attr.Locality, "さっぽろしちゅうおうく", "札幌市中央区", true, locale.ReadingMatch},
		{attr.Locality, "ひがしかぐらちょう", "上川郡東神楽町", true, locale.ReadingMatch},
		{attr.Locality, "よこはまく", "横浜市", false, 0},
		{attr.Locality, "かわさきし", "横浜市", false, 0},
		{attr.StreetName, "不動ヶ岡", "不動ケ岡", true, locale.Normalized},
		// Kyoto's street directions: left out on one side, or the same.
		{attr.StreetName, "一之船入町", "河原町通二条下ル一之船入町", true, locale.Normalized},
		{attr.StreetName, "河原町二条下る一之船入町", "河原町通二条下ル一之船入町", true, locale.Normalized},
		{attr.StreetName, "木屋町通二条下ル一之船入町", "河原町通二条下ル一之船入町", false, 0},
		{attr.StreetName, "Ichinofunairi-cho", "河原町通二条下ル一之船入町", true, locale.ReadingMatch | locale.Romanization},
		{attr.StreetName, "Kawaramachi-dori Nijo-sagaru Ichinofunairi-cho", "河原町通二条下ル一之船入町", true, locale.ReadingMatch | locale.Romanization},
		{attr.StreetName, "忠庵町", "忠庵町柳馬場通松原下ル（忠庵町）", true, locale.Normalized},
		{attr.Region, "Tokyo", "東京都", true, locale.Romanization},
		{attr.Region, "Ōsaka", "東京都", false, 0},
		{attr.Region, "Kanagawa Prefecture", "神奈川県", true, locale.Romanization},
		{attr.Region, "Tokyo Metropolis", "東京都", true, locale.Romanization},
		{attr.Region, "京都", "京都府", true, locale.Alias},
		{attr.StreetNumber, "3丁目10番10号", "3-10-10", true, locale.Format},
		{attr.StreetNumber, "３－１０－１０", "3-10-10", true, locale.Format},
		{attr.StreetNumber, "3-10-11", "3-10-10", false, 0},
		{attr.PostalCode, "１０２－８４６０", "〒102-8460", true, locale.Format},
		{attr.PostalCode, "102-8461", "〒102-8460", false, 0},
	})
}

// TestRoomComparers checks streetNumber and houseNumberExtension with a
// room, as CompareAddress reads what follows an address's numbers.
func TestRoomComparers(t *testing.T) {
	t.Parallel()
	checkSame(t, []sameCase{
		{attr.StreetNumber, "3-10-10-301", "3丁目10番10号", true, locale.Format}, // the room on one side only
		{attr.StreetNumber, "3-10-10-301", "3丁目10番10号301号室", true, locale.Format},
		{attr.StreetNumber, "3-10-10-302", "3丁目10番10号301号室", false, 0}, // another room
		{attr.StreetNumber, "3-10-11-301", "3丁目10番10号", false, 0},      // another lot
		{attr.StreetNumber, "3-10-10", "3-10-10", true, locale.Exact},
		{attr.HouseNumberExtension, "301", "301号室", true, locale.Format},
		{attr.HouseNumberExtension, "#301", "飯田橋ハイツ301号室", true, locale.Format},
		{attr.HouseNumberExtension, "Room 301", "301号室", true, locale.Format},
		{attr.HouseNumberExtension, "Iidabashi Haitsu 301", "飯田橋ハイツ301号室", true, locale.Format}, // a building in two scripts is not compared
		{attr.HouseNumberExtension, "302", "301号室", false, 0},
		{attr.HouseNumberExtension, "A棟301", "B棟301", false, 0}, // another building
		{attr.HouseNumberExtension, "A棟301", "A棟301号室", true, locale.Format},
		{attr.HouseNumberExtension, "B", "A", false, 0},
		// The building's own numbers and letters, and the grouping of a
		// room's numbers (12-14 is not 1214).
		{attr.HouseNumberExtension, "B-301", "A棟301号室", false, 0},
		{attr.HouseNumberExtension, "A-301", "A棟301号室", true, locale.Format},
		{attr.HouseNumberExtension, "1号棟301", "2号棟301", false, 0},
		{attr.HouseNumberExtension, "2号館101", "1号館101", false, 0},
		{attr.HouseNumberExtension, "第1ビル301", "第2ビル301", false, 0},
		{attr.HouseNumberExtension, "第一ビル301", "第1ビル301号室", true, locale.Format},
		{attr.HouseNumberExtension, "1-101", "1101", false, 0},
		{attr.HouseNumberExtension, "11-01", "1101", false, 0},
		{attr.HouseNumberExtension, "1-10-1", "1101", false, 0},
		{attr.HouseNumberExtension, "1-101", "1号棟101号室", true, locale.Format},
		{attr.HouseNumberExtension, "Room 301", "A棟301号室", true, locale.Format}, // the building on one side only
		{attr.HouseNumberExtension, "Apt. 3B", "3-A", false, 0},
		// Kanji numerals of a room, and the floor.
		{attr.HouseNumberExtension, "三〇一号室", "301号室", true, locale.Format},
		{attr.HouseNumberExtension, "三〇二号室", "301号室", false, 0},
		{attr.HouseNumberExtension, "A棟3階301", "A棟3F301号室", true, locale.Format},
		{attr.HouseNumberExtension, "A棟3階301", "A棟4F301号室", false, 0},
		// A floor alone on both sides; a floor against a room's number.
		{attr.HouseNumberExtension, "3F", "3階", true, locale.Format},
		// A basement floor is not the floor above ground.
		{attr.HouseNumberExtension, "B2F", "地下2階", true, locale.Format},
		{attr.HouseNumberExtension, "地下2階", "2階", false, 0},
		{attr.HouseNumberExtension, "B1F", "1F", false, 0},
		{attr.HouseNumberExtension, "3F", "4階", false, 0},
		{attr.HouseNumberExtension, "3F", "301", false, 0},
		// The building's own script, and its name folded.
		{attr.HouseNumberExtension, "Brillia 301", "ブリリア301号室", true, locale.Format},
		{attr.HouseNumberExtension, "髙橋ビル301", "高橋ビル301号室", true, locale.Format},
		{attr.HouseNumberExtension, "ＭＦＰＲ市ヶ谷ビル301", "MFPR市ケ谷ビル301号室", true, locale.Format},
		{attr.StreetNumber, "3-10-10-1-101", "3丁目10番10号 1-101", true, locale.Format},
		{attr.StreetNumber, "3-10-10-1-101", "3丁目10番10号 1101", false, 0},
		{attr.StreetNumber, "3丁目10番10号 A棟301", "3丁目10番10号 B棟301", false, 0},
	})
}

// FuzzRoomComparers checks that streetNumber and houseNumberExtension
// answer the same whichever side each value is on.
func FuzzRoomComparers(f *testing.F) {
	f.Add("3-10-10-301", "3丁目10番10号")
	f.Add("301", "飯田橋ハイツ301号室")
	f.Add("Room 301", "A棟301")
	f.Add("B-301", "A棟301号室")
	f.Add("1-101", "1101")
	f.Add("3-10-10-1-101", "3丁目10番10号 1-101")
	f.Add("三〇一号室", "第一ビル3階301")
	f.Add("Apt. 3B", "飯田橋ハイツ3F")
	f.Add("3-10-10 大阪府", "3-10-10")
	f.Add("新宿区 301", "301")
	f.Add("22番3号 101号室", "22-3")
	f.Add("3F", "3階")
	f.Add("B1F", "地下1階")
	f.Add("5F", "301号室")
	f.Add("Brillia 301", "ブリリア301号室")
	f.Add("髙橋ビル301", "ＭＦＰＲ市ヶ谷ビル3F")
	p := jp.New(jp.Config{})
	f.Fuzz(func(t *testing.T, a, b string) {
		if len(a) > 100 || len(b) > 100 {
			return
		}
		comparertest.Symmetric(t, p.Comparer(attr.StreetNumber), a, b)
		comparertest.Symmetric(t, p.Comparer(attr.HouseNumberExtension), a, b)
	})
}

// FuzzPlaceComparers checks that locality and streetName call two places
// the same either way round, in any script (kana against kanji reads them),
// and each the same as itself.
func FuzzPlaceComparers(f *testing.F) {
	for _, p := range [][2]string{
		{"さっぽろしちゅうおうく", "札幌市中央区"}, {"ヨコハマ", "横浜市"}, {"ひがしかぐらちょう", "上川郡東神楽町"},
		{"いいだばし", "飯田橋"}, {"Chiyoda City", "Chiyoda-ku"}, {"四日市", "四日市市"}, {"東京都千代田区", "千代田区"},
		{"1-jo-dori", "1条通"}, {"Handabashi", "飯田橋"}, {"ー", "市"}, {"し", "市市"},
	} {
		f.Add(p[0], p[1])
	}
	p := jp.New(jp.Config{})
	f.Fuzz(func(t *testing.T, a, b string) {
		if len(a) > 60 || len(b) > 60 {
			return
		}
		for _, at := range []attr.Attribute{attr.Locality, attr.StreetName} {
			c := p.Comparer(at)
			comparertest.Symmetric(t, c, a, b)
			comparertest.Reflexive(t, c, a)
		}
	})
}

// A sameCase is a request and a record value of an attribute, whether the
// Japanese profile calls them the same, and why.
type sameCase struct {
	a        attr.Attribute
	req, rec string
	equal    bool
	why      locale.Reason
}

// checkSame runs the Japanese profile's comparer on each case
// ([comparertest.Rule]).
func checkSame(t *testing.T, cases []sameCase) {
	t.Helper()
	p := jp.New(jp.Config{})
	for _, tt := range cases {
		comparertest.Rule(t, p, tt.a, tt.req, tt.rec, tt.equal, tt.why)
	}
}
