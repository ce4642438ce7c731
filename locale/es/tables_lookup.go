package es

import (
	"strings"
	"sync"

	"github.com/kycmatch/kycmatch/locale"
	"github.com/kycmatch/kycmatch/score"
)

//go:generate go run gen_tables.go

// tables are the lookups built from the generated tables, once.
type tables struct {
	// streetTypes maps a folded street-type form to its name; maxTypeWords
	// is the longest form in words.
	streetTypes  map[string]string
	maxTypeWords int
	// abbreviations maps a lower-case abbreviation to its expansions.
	abbreviations map[string][]string
	// places maps a folded place name to the index of its group.
	places map[string]int
	// nameRules are the name scorer's rules: the generic ones with the
	// Spanish hypocoristics.
	nameRules score.NameRules
	// addressRules are the address scorer's: the Spanish street types.
	addressRules score.AddressRules
}

var getTables = sync.OnceValue(func() *tables {
	t := &tables{
		streetTypes:   make(map[string]string, len(streetTypeData)),
		abbreviations: map[string][]string{},
		places:        map[string]int{},
		maxTypeWords:  1,
	}
	for _, st := range streetTypeData {
		t.streetTypes[st[0]] = st[1]
		t.maxTypeWords = max(t.maxTypeWords, strings.Count(st[0], " ")+1)
	}
	for _, ab := range abbreviationData {
		t.abbreviations[ab[0]] = append(t.abbreviations[ab[0]], ab[1])
	}
	for i, g := range placeData {
		for _, name := range g {
			t.places[name] = i
		}
	}
	var pairs [][2]string
	for _, g := range hypocoristicData {
		for _, short := range g[1:] {
			pairs = append(pairs, [2]string{g[0], short})
		}
	}
	t.nameRules = score.GenericNameRules()
	t.nameRules.Nickname = score.EnglishNicknames().With(pairs).Related
	types := make([]string, 0, len(t.streetTypes))
	for k := range t.streetTypes {
		if !strings.Contains(k, " ") && len(k) > 1 {
			types = append(types, k)
		}
	}
	typeSet := make(map[string]bool, len(types))
	for _, k := range types {
		typeSet[k] = true
	}
	t.addressRules = score.AddressRules{StreetType: func(w string) bool { return typeSet[w] }}
	return t
})

// SamePlace reports whether two folded place names are names of one place
// ("a coruna" and "la coruna", "girona" and "gerona"), from the table of
// official and common names of Spanish regions, provinces and
// municipalities (data/places.txt).
func SamePlace(a, b string) bool {
	if a == b {
		return true
	}
	t := getTables()
	ia, oka := t.places[a]
	ib, okb := t.places[b]
	return oka && okb && ia == ib
}

// placeKey returns the key of a folded place name's group: its official
// name, or "" when the table does not hold it.
func placeKey(name string) string {
	if i, ok := getTables().places[name]; ok {
		return placeData[i][0]
	}
	return ""
}

// PlaceComparer compares the names of places (region, locality,
// cityOfBirth): [locale.TextComparer]'s keys, and the official name of the
// place's group when the table knows it (ALIAS: "La Coruña" = "A Coruña").
type PlaceComparer struct{}

// Canon implements [locale.Comparer].
func (PlaceComparer) Canon(s string) locale.Value {
	v := locale.TextComparer{}.Canon(s)
	if k := placeKey(v.Text); k != "" && k != v.Text {
		v.Add(k, locale.Alias)
	}
	return v
}

// Score implements [locale.Comparer] as [locale.TextComparer] does.
func (PlaceComparer) Score(req, rec *locale.Value) (float64, locale.Reason) {
	return locale.TextComparer{}.Score(req, rec)
}
