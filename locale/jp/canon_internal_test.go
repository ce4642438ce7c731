package jp

import (
	"slices"
	"strings"
	"testing"

	"github.com/kycmatch/kycmatch/locale"
)

// prefectureSlow is Prefecture as it read every value before its ASCII path.
func prefectureSlow(s string) (int, bool) {
	k := Kana(s)
	if k == "" {
		return 0, false
	}
	m := prefectureKeys()
	if i, ok := m[FoldKanji(k)]; ok {
		return i, true
	}
	if strings.ContainsFunc(k, isHan) || IsKana(k) {
		return 0, false
	}
	words := strings.Fields(strings.ToLower(strings.NewReplacer("-", " ", ",", " ").Replace(s)))
	if n := len(words); n > 1 && englishUnit(words[n-1]) {
		words = words[:n-1]
	}
	i, ok := m[RomajiKey(strings.Join(words, " "))]
	return i, ok
}

// blockSlow is BlockComparer.Canon as it read every value before
// plainBlock.
func blockSlow(s string) locale.Value {
	a := ParseAddress(s)
	var v locale.Value
	ns := a.allNumbers()
	if len(ns) == 0 || a.City != "" || a.Town != "" {
		return locale.HouseNumberComparer{}.Canon(s, nil)
	}
	v.Add(s, locale.Exact)
	key := joinInts(ns)
	if a.Other != "" {
		key += " " + Kana(a.Other)
	}
	v.Add(key, locale.Format)
	v.Text = key
	return v
}

var canonSeeds = []string{
	"Tokyo", "TOKYO", "tokyo to", "Tokyo-to", "Tōkyō-to", "Tokyo Metropolis", "Metropolis", "Osaka Prefecture", "osaka, pref",
	"Hokkaido", "hokkaidou", " kyoto  fu ", "東京都", "東京", "とうきょうと", "トウキョウ", "Ｔｏｋｙｏ", "prefecture tokyo", "",
	"4", "14", "3-10-10", "0-1-2", "03", "3--4", "3-", "-3", "1028460", "102-8460", "123456", "1-2-3-4-5", "１４", "3丁目10番10号",
	"10-15 2階", "99999999999", "4a",
}

// FuzzCanonFastPaths checks the allocation-free paths of the Region and
// Block comparers' Canon against the reading they replace.
func FuzzCanonFastPaths(f *testing.F) {
	for _, s := range canonSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 100 {
			return
		}
		i, ok := Prefecture(s)
		if j, ok2 := prefectureSlow(s); i != j || ok != ok2 {
			t.Errorf("Prefecture(%q) = %d, %v; want %d, %v", s, i, ok, j, ok2)
		}
		v, w := BlockComparer{}.Canon(s, nil), blockSlow(s)
		if !slices.Equal(v.Keys(), w.Keys()) || v.Text != w.Text {
			t.Errorf("BlockComparer.Canon(%q) = %v %q; want %v %q", s, v.Keys(), v.Text, w.Keys(), w.Text)
		}
	})
}
