package jp

import (
	"os"
	"strings"
	"testing"
)

// TestAlignTable checks that the embedded ja_en.dic reads, with the rows
// and the longest run of codes this package's aligner was measured with:
// 1,282 rows, of which the 6 whose letters start with a mark (space, hyphen,
// apostrophe) are left out.
func TestAlignTable(t *testing.T) {
	t.Parallel()
	tb := alignment()
	rows := 0
	for _, rs := range tb.byCodes {
		for _, es := range rs {
			rows += len(es)
		}
	}
	if rows != 1276 || tb.codes != 8 {
		t.Errorf("ja_en.dic: %d rows, codes up to %d; want 1276, 8", rows, tb.codes)
	}
	if _, err := parseAlignTable("k\tc\tx\n"); err == nil {
		t.Error("parseAlignTable took a score that is not a number")
	}
	if _, err := parseAlignTable("k\tc\nk\tc\n"); err == nil {
		t.Error("parseAlignTable took a pair given twice")
	}
}

// TestTranscription checks the transcription codes of katakana words.
func TestTranscription(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct{ kana, codes string }{
		{"ジョン", "3o0"},
		{"スミス", "SuMiSu"},
		{"デイビッド", "DeIBi!Do"},
		{"ウィルソン", "WiRuSo0"},
		{"ファー", "Fa+"},
		{"キャサリン", "KjaSaRi0"},
		{"ヴォ", "Vo"},
	} {
		t.Run(tt.kana, func(t *testing.T) {
			got, ok := appendTranscription(nil, tt.kana)
			if !ok || string(got) != tt.codes {
				t.Errorf("appendTranscription(%q) = %q, %v; want %q", tt.kana, got, ok, tt.codes)
			}
		})
	}
	if _, ok := appendTranscription(nil, "ジョン山"); ok {
		t.Error("appendTranscription took a kanji")
	}
}

// readPairs reads a TSV of testdata: a Latin name, its katakana, and more
// fields; # starts a comment line.
func readPairs(t *testing.T, name string) [][]string {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	var rows [][]string
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		if !strings.HasPrefix(line, "#") {
			rows = append(rows, strings.Split(line, "\t"))
		}
	}
	return rows
}

// ReadRows is readPairs for the package's external tests (name_qa_test.go).
func ReadRows(t *testing.T, name string) [][]string {
	t.Helper()
	return readPairs(t, name)
}

// sameName reports whether CompareName takes a katakana name and a Latin
// one as the same, in both directions; it fails the test when the two
// directions differ.
func sameName(t *testing.T, latin, kana string) bool {
	t.Helper()
	a, b := CompareName(kana, latin, Options{FullName: true}).Equal, CompareName(latin, kana, Options{FullName: true}).Equal
	if a != b {
		t.Errorf("CompareName(%q, %q) and the reverse differ: %v, %v", kana, latin, a, b)
	}
	return a
}

// TestForeignNamesMeasured measures CompareName on testdata/foreign-names.tsv:
// each line's Latin word against its katakana (a positive); against every
// other line's katakana that is not also a transcription of it (a
// negative); and against its katakana with one kana changed to another of
// its row or its column of the kana table (a near miss: スミス as スミソ or
// ズミス), but for the kana that sound alike (ジ ヂ, ズ ヅ). The figures
// are pinned: a change that moves them is measured and the pins moved with
// a reason. At this commit: 187 of the 216 pairs taken (NGUYEN グエン and
// TRAN チャン through the Vietnamese rules; the misses are mostly French,
// German, Spanish, Chinese and Korean spellings: DUBOIS デュボア, SCHNEIDER
// シュナイダー, JOSE ホセ, WANG ワン, PARK パク, names that are Japanese
// romaji as a whole against katakana a Japanese name could be written in:
// RYAN ライアン, DUNCAN ダンカン, EMMA エマ, spelt as Hepburn spells エンマ,
// and a few English ones: CATHERINE キャサリン, CHARLOTTE シャーロット), 2 of
// the 44,306 negatives (MARY and マリー, MARIE and メアリー: one transcription
// two names share; ANNA アナ and ANA アンナ went with the keys' say over names
// Hepburn spells), and 134 of the 9,855 near misses, many of them spellings
// in use (ADAMS アダムズ, DAVID ダビッド).
func TestForeignNamesMeasured(t *testing.T) {
	t.Parallel()
	rows := readPairs(t, "testdata/foreign-names.tsv")
	kanaOf := map[string]map[string]bool{}
	for _, r := range rows {
		if kanaOf[r[0]] == nil {
			kanaOf[r[0]] = map[string]bool{}
		}
		kanaOf[r[0]][r[1]] = true
	}
	tp, fp, neg := 0, 0, 0
	seen := map[string]bool{}
	for _, p := range rows {
		if sameName(t, p[0], p[1]) {
			tp++
		}
		for _, q := range rows {
			if p[0] == q[0] || kanaOf[p[0]][q[1]] || seen[p[0]+"\t"+q[1]] {
				continue
			}
			seen[p[0]+"\t"+q[1]] = true
			neg++
			if CompareName(q[1], p[0], Options{}).Equal {
				fp++
			}
		}
	}
	// Near misses: each kana of the table's rows changed to the others of
	// its row (another vowel) and of its column (another consonant).
	table := []string{"アイウエオ", "カキクケコ", "サシスセソ", "タチツテト", "ナニヌネノ", "ハヒフヘホ", "マミムメモ", "ラリルレロ", "ガギグゲゴ", "ザジズゼゾ", "ダヂヅデド", "バビブベボ", "パピプペポ"}
	at := map[rune][2]int{}
	for r, row := range table {
		for v, k := range []rune(row) {
			at[k] = [2]int{r, v}
		}
	}
	alike := func(a, b rune) bool {
		return a == 'ジ' && b == 'ヂ' || a == 'ヂ' && b == 'ジ' || a == 'ズ' && b == 'ヅ' || a == 'ヅ' && b == 'ズ'
	}
	near, nearTaken := 0, 0
	for _, p := range rows {
		ks := []rune(p[1])
		for i, c := range ks {
			pos, ok := at[c]
			if !ok {
				continue
			}
			var others []rune
			for v, k := range []rune(table[pos[0]]) {
				if v != pos[1] {
					others = append(others, k)
				}
			}
			for r, row := range table {
				if r != pos[0] {
					others = append(others, []rune(row)[pos[1]])
				}
			}
			for _, o := range others {
				if alike(c, o) {
					continue
				}
				changed := append([]rune(nil), ks...)
				changed[i] = o
				if kanaOf[p[0]][string(changed)] {
					continue
				}
				near++
				if CompareName(string(changed), p[0], Options{}).Equal {
					nearTaken++
				}
			}
		}
	}
	t.Logf("taken: %d of %d pairs, %d of %d negatives, %d of %d near misses", tp, len(rows), fp, neg, nearTaken, near)
	if tp != 187 || fp != 2 || neg != 44306 || nearTaken != 134 || near != 9855 {
		t.Errorf("taken %d of %d pairs, %d of %d negatives, %d of %d near misses; pinned 187 of 216, 2 of 44306, 134 of 9855",
			tp, len(rows), fp, neg, nearTaken, near)
	}
}

// TestForeignNamesQA measures CompareName, both ways, on the names five QA
// passes wrote with the answer they expected, many of them made to catch
// the aligner out, each pass against the rules the one before it had
// fixed: testdata/foreign-names-qa.tsv (883: PERRY and パリー, JACK and
// ジェイク, ROBERTS and ロバート, initials, stray marks), foreign-names-qa2.tsv
// (1,301: JOHN and ジョーン, NEIL and ネル, KNIGHT and クナイト, pinyin, Nepali
// and Indian names), foreign-names-qa3.tsv (842: MICHELLE and マイケル,
// LOUISE and ルイス, ROBERTO and ロバート, nicknames, names a syllable apart),
// foreign-names-qa4.tsv (409: each rule of DESIGN.md 3.1 attacked in
// turn: DAWN and ダウン, LARA and レイラ, RICH and リック) and
// foreign-names-qa5.tsv (452, written before the Vietnamese rules:
// Vietnamese, pinyin, Korean, Thai names and the English ones those rules
// must not take, KING キン). Pinned: the "F" rows answered "true" and the
// "T" rows answered "false". Before the aligner (f831a6f) the first four
// sets had 34, 90, 20 and 39 "F" rows "true", and 460, 522, 365 and 114 "T"
// rows "false"; before this stop's rules (0407922) the five had 22, 75, 18,
// 65, 65 and 239, 179, 126, 31, 111. Since: an x that starts a word is ザ
// only (XANDER is not サンダー, XU not スー); the sound keys no longer decide
// for a name Hepburn can spell where its romaji and the katakana differ in
// a ッ or an ン (KANA is not カンナ, JAKE not ジャック, JANE not ジャン, EMMA
// not エマ), and JOHN is not romaji (not ジョーン); another word order only
// word for word, and only moved from the start to the end. Of qa5's 63, 34 are Vietnamese
// names read by English rules, which the aligner takes (DUNG ダング, TRAN
// トラン, ンゴック for NGOC), and 17 a final ng of Chinese, Korean, Thai,
// Indonesian or Filipino names as ング, as English says it (WANG ワング). Most "true" answers left are
// transcriptions two names share or other spellings of the same name (MARY
// マリー, ADAM エイダム, PHILIP ファイリップ), the romaji rules' (KEN MORE
// ケン モレ, MIKE ミケ), and readings of names of other languages by English
// rules (PATEL ペテル, RACHEL ラケル); 4 are JOHN SMITH with a stray ー the
// kana fold drops.
func TestForeignNamesQA(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		file                         string
		falseTrue, f, falseFalse, tr int
	}{
		{"testdata/foreign-names-qa.tsv", 22, 352, 233, 531},
		{"testdata/foreign-names-qa2.tsv", 64, 493, 174, 808},
		{"testdata/foreign-names-qa3.tsv", 18, 363, 117, 479},
		{"testdata/foreign-names-qa4.tsv", 66, 277, 30, 132},
		{"testdata/foreign-names-qa5.tsv", 63, 221, 101, 231},
	} {
		falseTrue, falseFalse, f, tr := 0, 0, 0, 0
		for _, r := range readPairs(t, tt.file) {
			got := sameName(t, r[0], r[1])
			switch r[2] {
			case "F":
				f++
				if got {
					falseTrue++
				}
			case "T":
				tr++
				if !got {
					falseFalse++
				}
			}
		}
		t.Logf("%s: %d of %d F rows answered true, %d of %d T rows false", tt.file, falseTrue, f, falseFalse, tr)
		if falseTrue != tt.falseTrue || f != tt.f || falseFalse != tt.falseFalse || tr != tt.tr {
			t.Errorf("%s: %d of %d F rows true, %d of %d T rows false; pinned %d of %d, %d of %d",
				tt.file, falseTrue, f, falseFalse, tr, tt.falseTrue, tt.f, tt.falseFalse, tt.tr)
		}
	}
}

// TestForeignNamesCrossed measures how often CompareName takes one person's
// given name for another's, on testdata/foreign-names-crossed.tsv (427
// common given names of 14 language groups with their usual katakana, a
// fifth QA pass's): each written "<NAME> SMITH" against "<katakana> スミス"
// (a positive, both ways) and against the katakana of every name of another
// same-name group (a negative; a name with two usual katakana is a row for
// each). Pinned. At this commit: 319 of the 427 positives taken (English
// most; French, Chinese, Vietnamese and Korean least), and 28 of the
// 162,636 negatives "true" (25 pairs): 13 the same name in another language
// (ANA アンナ, MARY マリー, LOUIS ルイス, DIPAK ディーパック), 12 another
// person's (MAI メイ, LEAH リー, JOAN ジョアン, JUN ジャン, ARUN アラン).
// Before this pass's fixes (the j of Jun as フ, an unsaid h in Hyun and
// Thanh, a vowel added before a vowel letter in Li ルイ, ヌ for a final n,
// th as チ or シ before a) the pass counted 37 other persons.
func TestForeignNamesCrossed(t *testing.T) {
	t.Parallel()
	rows := readPairs(t, "testdata/foreign-names-crossed.tsv")
	byGroup, neg, negTaken := crossed(t, rows, func(l, k string) (string, string) { return l + " SMITH", k + " スミス" })
	taken := 0
	for _, n := range byGroup {
		taken += n
	}
	t.Logf("taken: %d of %d positives, %d of %d negatives", taken, len(rows), negTaken, neg)
	if taken != 319 || negTaken != 28 || neg != 162636 {
		t.Errorf("taken %d of %d positives, %d of %d negatives; pinned 319 of 427, 28 of 162636", taken, len(rows), negTaken, neg)
	}
}

// crossed runs the rows of foreign-names-crossed.tsv written as carry
// writes them: each Latin name against its katakana (a positive, both ways;
// counted by language group in taken), and against the katakana of every
// other same-name group (a negative, counted in neg, and in negTaken when
// "true").
func crossed(t *testing.T, rows [][]string, carry func(latin, kana string) (string, string)) (taken map[string]int, neg, negTaken int) {
	t.Helper()
	taken = map[string]int{}
	for _, p := range rows {
		if latin, kana := carry(p[0], p[1]); sameName(t, latin, kana) {
			taken[p[2]]++
		}
		own := map[string]bool{}
		for _, q := range rows {
			if q[3] == p[3] {
				own[q[1]] = true
			}
		}
		seen := map[string]bool{}
		for _, q := range rows {
			if own[q[1]] || seen[q[1]] {
				continue
			}
			seen[q[1]] = true
			neg++
			if latin, kana := carry(p[0], q[1]); CompareName(kana, latin, Options{FullName: true}).Equal {
				negTaken++
			}
		}
	}
	return taken, neg, negTaken
}

// capitals returns the words with the letters a to z in capitals, and every
// other rune as it is (strings.ToUpper would change others, and their
// length).
func capitals(words []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = strings.Map(func(r rune) rune {
			if 'a' <= r && r <= 'z' {
				return r - 'a' + 'A'
			}
			return r
		}, w)
	}
	return out
}

// FuzzAlignedForeign checks the aligner on any words: no panic, and the
// same answer whatever the case of the letters a to z (they fold before it
// runs).
func FuzzAlignedForeign(f *testing.F) {
	for _, p := range [][2]string{{"JOHN SMITH", "ジョン スミス"}, {"TIM", "トム"}, {"BILLY JOEL", "ビリージョエル"}, {"ERIC", "エリック"}, {"SARAH", "サラ"}, {"NGUYEN VAN AN", "グエン バン アン"}} {
		f.Add(p[0], p[1])
	}
	f.Fuzz(func(t *testing.T, latin, kana string) {
		if len(latin) > 200 || len(kana) > 200 {
			return
		}
		lw, kw := strings.Fields(latin), KanaWords(kana)
		ok, _ := alignedForeign(lw, kw, true)
		if again, _ := alignedForeign(capitals(lw), kw, true); again != ok {
			t.Errorf("alignedForeign(%q, %q) = %v, but %v in capitals", lw, kw, ok, again)
		}
	})
}

func BenchmarkVietnamese(b *testing.B) {
	b.ReportAllocs()
	lw, kw := []string{"NGUYEN", "THI", "THU", "HUONG"}, []string{"グエン", "ティ", "トゥ", "フオン"}
	for b.Loop() {
		vietnameseAligned(lw, kw, true)
	}
}

func BenchmarkForeignAlign(b *testing.B) {
	b.ReportAllocs()
	alignment()
	for b.Loop() {
		alignedForeign([]string{"CHRISTOPHER", "WILSON"}, []string{"クリストファー", "ウィルソン"}, true)
	}
}

// vietnameseWord reports whether a Latin word and a katakana word are one
// Vietnamese name, as vietnameseAligned pairs them: the letters read as a syllable ([readVNSyllable]) and the
// katakana is how Japanese writes it (the file's comment).
func vietnameseWord(latin, kana string) bool {
	var lb [32]byte
	w, ok := appendLatinLetters(lb[:0], latin)
	if !ok {
		return false
	}
	s, ok := readVNSyllable(w)
	if !ok {
		return false
	}
	return s.writes(kana)
}

// TestVietnameseSyllable checks which Latin words read as Vietnamese
// syllables and how Japanese writes them.
func TestVietnameseSyllable(t *testing.T) {
	t.Parallel()
	tests := []struct {
		latin    string
		syllable bool
		writes   []string // katakana it writes
		not      []string // katakana it does not
	}{
		{"NGUYEN", true, []string{"グエン", "グイエン"}, []string{"ングエン", "ギエン", "グエ"}},
		{"TRAN", true, []string{"チャン"}, []string{"トラン", "チャム"}},
		{"ANH", true, []string{"アイン", "アン"}, []string{"アング", "エン"}},
		{"MINH", true, []string{"ミン"}, []string{"ミイン", "ミング"}},
		{"DUC", true, []string{"ドゥック", "ドゥク", "ズック"}, []string{"ダック", "ドゥッグ"}}, // Đức or a D
		{"DANG", true, []string{"ダン"}, []string{"ザン", "ダング"}},                  // a d before a, e, o is Đ
		{"DO", true, []string{"ド", "ドー"}, []string{"ゾー"}},
		{"LE", true, []string{"レ", "レー"}, []string{"リー", "レイ"}},
		{"VAN", true, []string{"ヴァン", "バン"}, []string{"ファン", "ワン"}},
		{"HUONG", true, []string{"フオン"}, []string{"ヒュオン", "ホン"}},
		{"QUYNH", true, []string{"クイン"}, []string{"キン", "クイング"}},
		{"GIANG", true, []string{"ザン"}, []string{"ジャン", "ギアン", "ガン"}}, // ジャン is Jean, Zhang
		{"TUAN", true, []string{"トゥアン", "トアン"}, []string{"ツアン", "タン"}},
		{"LUU", true, []string{"ルウ", "ルー"}, []string{"ル", "リュウ"}},
		{"XUAN", true, []string{"スアン"}, []string{"シュアン", "ズアン"}},
		{"HUE", true, []string{"フエ", "フエー"}, []string{"ヒュー"}},
		// r and s as Japanese names and pinyin read them: REN is not ゼン,
		// SONG not ション.
		{"REN", true, []string{"レン"}, []string{"ゼン"}},
		{"SONG", true, []string{"ソン"}, []string{"ション"}},
		// English or Chinese spellings that are no syllable.
		{"XU", false, nil, []string{"スー"}}, // x only before two vowels: XU is pinyin
		{"KING", false, nil, []string{"キン", "キング"}},
		{"SMITH", false, nil, []string{"スミス"}},
		{"SUE", false, nil, []string{"スエ"}},
		{"HUANG", false, nil, []string{"フアン"}},
		{"MAY", false, nil, []string{"マイ"}},
		{"CINDY", false, nil, nil},
		{"KA", false, nil, []string{"カ"}}, // k only before e, i, y
		{"CI", false, nil, []string{"キ"}}, // c never before e, i, y
		{"QA", false, nil, []string{"カ"}}, // q only in qu
	}
	for _, tt := range tests {
		t.Run(tt.latin, func(t *testing.T) {
			t.Parallel()
			var b [32]byte
			l, _ := appendLatinLetters(b[:0], tt.latin)
			if _, ok := readVNSyllable(l); ok != tt.syllable {
				t.Errorf("readVNSyllable(%q) = %v, want %v", tt.latin, ok, tt.syllable)
			}
			for _, k := range tt.writes {
				if !vietnameseWord(tt.latin, k) {
					t.Errorf("vietnameseWord(%q, %q) = false, want true", tt.latin, k)
				}
			}
			for _, k := range tt.not {
				if vietnameseWord(tt.latin, k) {
					t.Errorf("vietnameseWord(%q, %q) = true, want false", tt.latin, k)
				}
			}
		})
	}
}

// FuzzVietnamese checks the Vietnamese transcription on any words: no
// panic, the same answer whatever the case of the letters, and never more
// katakana words than Latin ones.
func FuzzVietnamese(f *testing.F) {
	for _, p := range [][2]string{{"NGUYEN VAN NAM", "グエン ヴァン ナム"}, {"TRAN THANH", "チャン タイン"}, {"QUYNH", "クイン"}, {"GI", "ジ"}, {"UYEN", "ウエン"}} {
		f.Add(p[0], p[1])
	}
	f.Fuzz(func(t *testing.T, latin, kana string) {
		if len(latin) > 200 || len(kana) > 200 {
			return
		}
		lw, kw := strings.Fields(latin), KanaWords(kana)
		ok, _ := vietnameseAligned(lw, kw, true)
		if ok && len(kw) > len(lw) {
			t.Errorf("vietnameseAligned(%q, %q) = true with %d and %d words", lw, kw, len(lw), len(kw))
		}
		if again, _ := vietnameseAligned(lw, kw, true); again != ok {
			t.Errorf("vietnameseAligned(%q, %q) = %v, then %v", lw, kw, ok, again)
		}
		if again, _ := vietnameseAligned(capitals(lw), kw, true); again != ok {
			t.Errorf("vietnameseAligned(%q, %q) = %v, but %v in capitals", lw, kw, ok, again)
		}
	})
}

// vietnameseCarrier writes a QA row as a Vietnamese full name: a given name
// written "<NAME> SMITH" as "NGUYEN <NAME>", a family name written "JOHN
// <NAME>" as "<NAME> VAN NAM", each with the katakana of the words added
// (グエン, ヴァン ナム); other rows as they are.
func vietnameseCarrier(latin, kana string) (string, string) {
	if l, ok := strings.CutSuffix(latin, " SMITH"); ok {
		if k, ok := strings.CutSuffix(kana, " スミス"); ok {
			return "NGUYEN " + l, "グエン " + k
		}
	}
	if l, ok := strings.CutPrefix(latin, "JOHN "); ok {
		if k, ok := strings.CutPrefix(kana, "ジョン "); ok {
			return l + " VAN NAM", k + " ヴァン ナム"
		}
	}
	return latin, kana
}

// TestForeignNamesVietnamese measures the Vietnamese rules where they apply,
// on names every word of which is a Vietnamese syllable: the rows of
// foreign-names-qa5.tsv written as Vietnamese full names
// ([vietnameseCarrier]), and the crossed names of foreign-names-crossed.tsv
// after NGUYEN (グエン), each against its own katakana and every other
// group's. Pinned. At this commit, of qa5's 110 Vietnamese "T" rows 109 are
// taken (before these rules, at 0407922: 21; KHANH カーン is missed), and 16
// of its 103 Vietnamese "F" rows (before: 10): 6 where a d before i, u or
// y is read as Đ or as D, which the residence card does not tell apart (DUC
// ズック, DUNG ドゥン, DINH ジン), and 10 readings by English rules, which the
// aligner takes (TRAN トラン, HOANG ホアング: the same person, misspelt). Of
// the 54 English "F" rows 3 are taken (before: 2; LONG ロン, a Vietnamese
// name too, is the new one). Crossed: all 30 Vietnamese names are taken
// (before: none, as NGUYEN was not), and 2 of 162,636 other names'
// katakana: ANH アン (Ann's too) and HUI フイ (Huy's).
func TestForeignNamesVietnamese(t *testing.T) {
	t.Parallel()
	type count struct{ t, tTaken, f, fTaken int }
	by := map[string]*count{}
	for _, r := range readPairs(t, "testdata/foreign-names-qa5.tsv") {
		group, _, _ := strings.Cut(r[3], "-")
		c := by[group]
		if c == nil {
			c = &count{}
			by[group] = c
		}
		latin, kana := vietnameseCarrier(r[0], r[1])
		got := sameName(t, latin, kana)
		if r[2] == "T" {
			c.t++
			if got {
				c.tTaken++
			}
		} else {
			c.f++
			if got {
				c.fTaken++
			}
		}
	}
	vn, en := *by["vn"], *by["en"]
	t.Logf("qa5 as Vietnamese names: vn T %d of %d taken, F %d of %d; en F %d of %d", vn.tTaken, vn.t, vn.fTaken, vn.f, en.fTaken, en.f)
	if vn != (count{110, 109, 103, 16}) || en.f != 54 || en.fTaken != 3 {
		t.Errorf("vn T %d of %d, F %d of %d, en F %d of %d; pinned 109 of 110, 16 of 103, 3 of 54", vn.tTaken, vn.t, vn.fTaken, vn.f, en.fTaken, en.f)
	}

	rows := readPairs(t, "testdata/foreign-names-crossed.tsv")
	byGroup, neg, negTaken := crossed(t, rows, func(l, k string) (string, string) { return "NGUYEN " + l, "グエン " + k })
	taken, vnTaken := 0, byGroup["VN"]
	for _, n := range byGroup {
		taken += n
	}
	t.Logf("crossed after NGUYEN: %d of %d taken (%d Vietnamese), %d of %d negatives", taken, len(rows), vnTaken, negTaken, neg)
	if vnTaken != 30 || negTaken != 2 || neg != 162636 {
		t.Errorf("crossed after NGUYEN: %d Vietnamese taken, %d of %d negatives; pinned 30, 2 of 162636", vnTaken, negTaken, neg)
	}
}
