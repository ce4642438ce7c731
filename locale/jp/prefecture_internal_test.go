package jp

import "testing"

// TestPrefectureAllForms checks every prefecture in each form it is
// written in: the kanji with and without its suffix (京都 for 京都府, which
// trimming the suffixes as a set once cut to 京), the reading in katakana
// and hiragana, and its romaji with and without the suffix.
func TestPrefectureAllForms(t *testing.T) {
	for i, p := range prefectures {
		forms := []string{p.kanji, prefectureStem(p.kanji), p.reading, Romaji(p.reading)}
		if suf := suffixReading(p.kanji); suf != "" {
			forms = append(forms, Romaji(p.reading)+"-"+Romaji(suf), p.reading+suf)
		}
		for _, s := range forms {
			if got, ok := Prefecture(s); !ok || got != i {
				t.Errorf("Prefecture(%q) = %d, %v; want %d (%s)", s, got, ok, i, p.kanji)
			}
		}
	}
}
