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
		maxTypeWords:  1,
	}
	for _, st := range streetTypeData {
		t.streetTypes[st[0]] = st[1]
		t.maxTypeWords = max(t.maxTypeWords, strings.Count(st[0], " ")+1)
	}
	for _, ab := range abbreviationData {
		t.abbreviations[ab[0]] = append(t.abbreviations[ab[0]], ab[1])
	}
	t.nameRules = score.GenericNameRules()
	t.nameRules.Nickname = score.EnglishNicknames().WithGroups(hypocoristicData[:]).Related
	// The score weighs the single words of street types below the street's
	// name; a one-letter abbreviation ("c") is too often an initial.
	typeSet := map[string]bool{}
	for k := range t.streetTypes {
		if !strings.Contains(k, " ") && len(k) > 1 {
			typeSet[k] = true
		}
	}
	t.addressRules = score.AddressRules{StreetType: func(w string) bool { return typeSet[w] }}
	return t
})

// places are the official and common names of places (data/places.txt).
var places = sync.OnceValue(func() *locale.Places { return locale.NewPlaces(placeData[:]) })

// SamePlace reports whether two folded place names are names of one place
// ("a coruna" and "la coruna", "girona" and "gerona"), from the table of
// official and common names (data/places.txt).
func SamePlace(a, b string) bool { return places().Same(a, b) }
