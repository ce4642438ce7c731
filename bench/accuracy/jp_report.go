package main

import (
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
)

// jpSelected reports whether the -set prefix selects the Japanese measures,
// named "jp/...".
func jpSelected(prefix string) bool {
	return strings.HasPrefix("jp/", prefix) || strings.HasPrefix(prefix, "jp/")
}

// reportJP prints the Japanese measures (issue 8) on every row of their
// data: the name pairs made from gimei, the agreement with geolonia on
// addresses as written and romanised, and the kanjikana-model's pairs.
func reportJP(w io.Writer) error {
	names, err := measureJPNames(1)
	if err != nil {
		return err
	}
	ag, err := measureGeolonia(1)
	if err != nil {
		return err
	}
	rom, towns, english, skipped, err := measureGeoloniaRomanised(1)
	if err != nil {
		return err
	}
	right, n, wrong, err := measureKanjikana()
	if err != nil {
		return err
	}
	fmt.Fprintln(w, "| Japanese names | pairs (same) | P true | R true |")
	fmt.Fprintln(w, "|---|---|---|---|")
	all := names.CrossAll()
	for _, r := range []struct {
		name string
		t    *tally
	}{
		{"jp/kana", &names.Kana}, {"jp/romaji", &names.Romaji}, {"jp/kanji", &names.Kanji},
		{"jp/cross-script", &names.Cross}, {"jp/cross-script-hard", &names.Hard}, {"jp/cross-script-all", &all},
		{"jp/cross-script-voiced", &names.Voiced},
	} {
		t := r.t
		if t.tp+t.fn == 0 {
			// Negatives only: the false "true" are the figure.
			fmt.Fprintf(w, "| %s | %d (0) | %d answered \"true\" | |\n", r.name, t.fp+t.tn, t.fp)
			continue
		}
		fmt.Fprintf(w, "| %s | %d (%d) | %s | %s |\n", r.name, t.tp+t.fp+t.fn+t.tn, t.tp+t.fn, pct2(t.precision()), pct2(t.recall()))
	}
	fmt.Fprintln(w)
	fmt.Fprintf(w, "- jp: %d persons from gimei's given names, each with a family name in turn.\n", names.Persons)
	fmt.Fprintln(w, "- jp/kana: hiragana, half-width, no space, `－` for `ー`, small kana under Zengin; another person's kana as negatives.")
	fmt.Fprintln(w, "- jp/romaji: the given name first, romaji against kana; another person's romaji against the romaji and against the kana, and the kana against the romaji of the same family name with another given name, as negatives; jp/kanji: no space, variant kanji.")
	fmt.Fprintln(w, "- jp/cross-script: the record's kanji against katakana, hiragana, half-width, passport romaji in both orders, variant kanji against katakana, neither side with a space; another person's reading as negatives.")
	fmt.Fprintf(w, "- jp/cross-script-hard: the same family name and another given name's reading that gimei does not list for the kanji (no positives); the false \"true\" read the given name from %s.\n", sourceCounts(names.HardSources))
	fmt.Fprintln(w, "- jp/cross-script-voiced: the family name's kana and the given name's with its first kana voiced (`ハナコ` as `バナコ`; no positives), with and without the space, against the kanji with and without it; not in -all: some are readings names attest (`大河` `ダイガ`).")
	fmt.Fprintf(w, "- jp/cross-script scores: %d same-person and %d other pairs (half sharing the family name), \"true\" as 1: ROC AUC %.4f, best F1 %.4f at %.2f.\n",
		names.Pos, names.Neg, names.AUC, names.F1, names.Threshold)
	fmt.Fprintln(w)
	fmt.Fprintln(w, "| Japanese addresses | rows | prefecture | city | town | block | all four |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|---|")
	for _, r := range []struct {
		name string
		a    *agreement
	}{{"jp/geolonia", ag}, {"jp/geolonia-romanised", rom}, {"jp/geolonia-romanised-towns", towns}, {"jp/geolonia-english", english}} {
		s := r.a.shares()
		fmt.Fprintf(w, "| %s | %d | %s | %s | %s | %s | %s |\n", r.name, r.a.n, pct2(s[0]), pct2(s[1]), pct2(s[2]), pct2(s[3]), pct2(s[4]))
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "- jp/geolonia: ParseAddress against geolonia's components for its test addresses.")
	fmt.Fprintf(w, "- jp/geolonia-romanised: the same addresses in romaji from gimei's readings (%d rows skipped: no reading of their prefecture or city); -towns: the rows whose town gimei reads; -english: the same written as map services write them in English (`2-chōme-1-2 Nasahara, Takatsuki City, Osaka, Japan`; a ward of Tokyo as `Chiyoda City`, of another city as `Tsurumi Ward, Osaka`).\n", skipped)
	fmt.Fprintf(w, "- jp/kanjikana: %d of the kanjikana-model's %d labelled pairs right; wrong: %s.\n", right, n, strings.Join(wrong, "; "))
	return nil
}

// sourceCounts writes the counts by source in a stable order.
func sourceCounts(m map[string]int) string {
	if len(m) == 0 {
		return "none"
	}
	var parts []string
	for _, k := range slices.Sorted(maps.Keys(m)) {
		parts = append(parts, fmt.Sprintf("%s %d", k, m[k]))
	}
	return strings.Join(parts, ", ")
}

// pct2 formats a share as a percentage with two decimals.
func pct2(x float64) string { return fmt.Sprintf("%.2f %%", 100*x) }
