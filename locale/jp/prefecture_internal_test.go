package jp

import (
	"strings"
	"testing"
)

// TestPrefectureAllForms checks every prefecture in each form it is
// written in: the kanji with and without its suffix (京都 for 京都府, which
// trimming the suffixes as a set once cut to 京), the reading in katakana
// and hiragana, and its romaji with and without the suffix or the English
// word (Kyoto Prefecture).
func TestPrefectureAllForms(t *testing.T) {
	for i, p := range prefectures {
		hira := strings.Map(func(r rune) rune {
			if r >= 'ァ' && r <= 'ヶ' {
				return r - 0x60
			}
			return r
		}, p.reading)
		forms := []string{p.kanji, prefectureStem(p.kanji), p.reading, hira, Romaji(p.reading)}
		if suf := suffixReading(p.kanji); suf != "" {
			forms = append(forms, Romaji(p.reading)+"-"+Romaji(suf), p.reading+suf, Romaji(p.reading)+" Prefecture")
		}
		for _, s := range forms {
			if got, ok := Prefecture(s); !ok || got != i {
				t.Errorf("Prefecture(%q) = %d, %v; want %d (%s)", s, got, ok, i, p.kanji)
			}
		}
	}
}
