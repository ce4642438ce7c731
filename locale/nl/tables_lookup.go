package nl

import (
	"strings"
	"sync"

	"github.com/kycmatch/kycmatch/locale"
	"github.com/kycmatch/kycmatch/score"
)

//go:generate go run gen_tables.go

// tables are the lookups built from the generated tables, once.
type tables struct {
	particles    map[string]bool
	streetTypes  map[string]string
	suffixes     map[string]string
	places       map[string]int
	nameRules    score.NameRules
	addressRules score.AddressRules
}

var getTables = sync.OnceValue(func() *tables {
	t := &tables{
		particles:   map[string]bool{},
		streetTypes: map[string]string{},
		suffixes:    map[string]string{},
		places:      map[string]int{},
	}
	for _, w := range particleWords {
		t.particles[w] = true
	}
	for _, st := range streetTypeData {
		t.streetTypes[st[0]] = st[1]
	}
	for _, sf := range suffixData {
		t.suffixes[sf[0]] = sf[1]
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
	generic := score.GenericNameRules()
	t.nameRules = generic
	t.nameRules.Nickname = score.EnglishNicknames().With(pairs).Related
	t.nameRules.Particle = func(w string) bool { return t.particles[w] || generic.Particle(w) }
	t.addressRules = score.AddressRules{StreetType: func(w string) bool { _, ok := t.streetTypes[w]; return ok }}
	return t
})

// IsParticle reports whether a folded word is a Dutch name particle
// (tussenvoegsel): van, de, der, den, het, 't, ten, ter, te, in, op, von, la,
// the words of the frequent particles of the Meertens Familienamenbank.
func IsParticle(w string) bool { return getTables().particles[w] }

// SamePlace reports whether two folded place names are names of one place
// ("den haag" and "s gravenhage", "friesland" and "fryslan"), from the
// table of official and common names (data/places.txt).
func SamePlace(a, b string) bool {
	if a == b {
		return true
	}
	t := getTables()
	ia, oka := t.places[a]
	ib, okb := t.places[b]
	return oka && okb && ia == ib
}

// PlaceComparer compares the names of places (region, locality,
// cityOfBirth): [locale.TextComparer]'s keys, and the official name of the
// place's group when the table knows it (ALIAS: "Den Haag" =
// "'s-Gravenhage").
type PlaceComparer struct{}

// Canon implements [locale.Comparer].
func (PlaceComparer) Canon(s string) locale.Value {
	v := locale.TextComparer{}.Canon(s)
	if i, ok := getTables().places[v.Text]; ok && placeData[i][0] != v.Text {
		v.Add(placeData[i][0], locale.Alias)
	}
	return v
}

// Score implements [locale.Comparer] as [locale.TextComparer] does.
func (PlaceComparer) Score(req, rec *locale.Value) (float64, locale.Reason) {
	return locale.TextComparer{}.Score(req, rec)
}

// compact removes the spaces of a folded value.
func compact(s string) string { return strings.ReplaceAll(s, " ", "") }
