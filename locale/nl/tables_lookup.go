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
	nameRules    score.NameRules
	addressRules score.AddressRules
}

var getTables = sync.OnceValue(func() *tables {
	t := &tables{
		particles:   map[string]bool{},
		streetTypes: map[string]string{},
		suffixes:    map[string]string{},
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
	generic := score.GenericNameRules()
	t.nameRules = generic
	t.nameRules.Nickname = score.EnglishNicknames().WithGroups(hypocoristicData[:]).Related
	t.nameRules.Particle = func(w string) bool { return t.particles[w] || generic.Particle(w) }
	t.addressRules = score.AddressRules{StreetType: func(w string) bool { _, ok := t.streetTypes[w]; return ok }}
	return t
})

// IsParticle reports whether a folded word is a Dutch name particle
// (tussenvoegsel): van, de, der, den, het, 't, ten, ter, te, in, op, von, la,
// the words of the frequent particles of the Meertens Familienamenbank.
func IsParticle(w string) bool { return getTables().particles[w] }

// places are the official and common names of places (data/places.txt).
var places = sync.OnceValue(func() *locale.Places { return locale.NewPlaces(placeData[:]) })

// SamePlace reports whether two folded place names are names of one place
// ("den haag" and "s gravenhage", "friesland" and "fryslan"), from the
// table of official and common names (data/places.txt).
func SamePlace(a, b string) bool { return places().Same(a, b) }

// compact removes the spaces of a folded value.
func compact(s string) string { return strings.ReplaceAll(s, " ", "") }
