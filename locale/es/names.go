package es

import (
	"strings"

	"github.com/kycmatch/kycmatch/locale"
	"github.com/kycmatch/kycmatch/normalize"
)

// particles are the Spanish name particles, folded: de, del, de la, de
// los, y (and Catalan i). They keep their place in the natural order of a
// name written in sort form ("Fuente, de la" is "de la Fuente"); a particle
// left out is a difference ("Ortega y Gasset" is not "Ortega Gasset").
var particles = map[string]bool{"de": true, "del": true, "la": true, "las": true, "los": true, "y": true, "i": true}

func isParticle(w string) bool { return particles[w] }

// NameComparer compares Spanish names (name, givenName, familyName,
// middleNames, familyNameAtBirth). Its keys are [locale.TextComparer]'s
// (case, accents, hyphen and space alike), and:
//   - the name with the usual abbreviations written out (ABBREVIATION: "Mª"
//     is María, "Fco." Francisco, "Glez." González, "Fdez." Fernández;
//     libpostal's Spanish given_names and surnames);
//   - the name in its natural order when written in sort form ("Sánchez
//     Arjona, Federica"; "Fuente, de la": PARTICLE, or FORMAT without a
//     particle).
//
// Two surnames are kept in their order: a missing second surname, or
// swapped surnames, are "false" with a high score. The score is
// [score.Name] with the generic rules and the Spanish hypocoristics ("Paco"
// and "Francisco" score high, never "true").
type NameComparer struct{}

// Canon implements [locale.Comparer].
func (NameComparer) Canon(s string, f *normalize.Folder) locale.Value {
	v := locale.TextComparer{}.Canon(s, f)
	if v.Empty() {
		return v
	}
	if nat, ok := locale.NaturalName(s, isParticle); ok {
		v.Add(nat, sortReason(nat))
		v.Text = nat
	}
	for i, e := range expandAbbreviations(s) {
		why := locale.Abbreviation
		if nat, ok := locale.NaturalName(e, isParticle); ok {
			e, why = nat, why|sortReason(nat)
		} else {
			e = fold(e)
		}
		v.Add(e, why)
		if i == 0 {
			v.Text = e
		}
	}
	return v
}

// sortReason is the reason of a name brought back from its sort form:
// PARTICLE when it holds a particle, FORMAT otherwise.
func sortReason(natural string) locale.Reason {
	for _, w := range strings.Fields(natural) {
		if particles[w] {
			return locale.Particle
		}
	}
	return locale.Format
}

// Score implements [locale.Comparer] with [score.Name] and the country's
// rules.
func (NameComparer) Score(req, rec *locale.Value) (float64, locale.Reason) {
	return locale.NameComparer{Rules: &getTables().nameRules}.Score(req, rec)
}

// expandAbbreviations returns the name with its abbreviations written out
// (the other words as they are), one value per reading of an ambiguous
// abbreviation ("Fco." is Francisco or Federico), or nil when it holds
// none. Abbreviations are matched on the raw words in lower case, with a
// final "." dropped, so that
// "Mª" and "M.ª" are María while a plain "Ma" is not.
func expandAbbreviations(s string) []string {
	t := getTables()
	words := strings.Fields(s)
	var alts [][]string
	found := false
	for _, w := range words {
		lw := strings.TrimRight(strings.ToLower(w), ".,")
		if exp, ok := t.abbreviations[lw]; ok {
			if p, ok := preferred[lw]; ok && exp[0] != p {
				exp = append([]string{p}, exp...)
			}
			if strings.HasSuffix(w, ",") {
				// Keep the comma of a sort form ("Glez.,").
				comma := make([]string, len(exp))
				for i, e := range exp {
					comma[i] = e + ","
				}
				exp = comma
			}
			alts = append(alts, exp)
			found = true
			continue
		}
		alts = append(alts, []string{w})
	}
	if !found {
		return nil
	}
	// The first reading of every word, then the second reading of each
	// ambiguous word in turn: at most a few values.
	first := make([]string, len(alts))
	for i, a := range alts {
		first[i] = a[0]
	}
	out := []string{strings.Join(first, " ")}
	for i, a := range alts {
		for _, alt := range a[1:] {
			w := append([]string(nil), first...)
			w[i] = alt
			out = append(out, strings.Join(w, " "))
		}
	}
	return out
}

// preferred is the first reading of an ambiguous abbreviation, the one the
// score is computed on: "Fco." stands for Francisco far more often than for
// Federico (INE, given names of residents: about 600,000 Franciscos, 20,000
// Federicos); both readings are keys.
var preferred = map[string]string{"fco": "francisco", "fcº": "francisco", "fc°": "francisco"}

// fold folds a value as the profile's keys are folded.
func fold(s string) string { return normalize.Latin(normalize.Text(s)) }
