package locale

import "github.com/kycmatch/kycmatch/normalize"

// Places is a table of the names of places: each group holds the names of
// one place, its official name first ("a coruna", "la coruna"). Names are
// folded ([normalize.Text], [normalize.Latin]). A Places is read-only once
// built and safe for concurrent use.
type Places struct {
	group    map[string]int
	official []string
}

// NewPlaces builds a table from groups of folded names, the official name
// first in each. A name in two groups joins the second.
func NewPlaces(groups [][]string) *Places {
	p := &Places{group: map[string]int{}}
	for _, g := range groups {
		if len(g) == 0 {
			continue
		}
		for _, name := range g {
			p.group[name] = len(p.official)
		}
		p.official = append(p.official, g[0])
	}
	return p
}

// Same reports whether two folded names are names of one place.
func (p *Places) Same(a, b string) bool {
	if a == b {
		return true
	}
	ia, oka := p.group[a]
	ib, okb := p.group[b]
	return oka && okb && ia == ib
}

// Official returns the official name of the place a folded name names, or
// "" when the table does not hold it.
func (p *Places) Official(name string) string {
	if i, ok := p.group[name]; ok {
		return p.official[i]
	}
	return ""
}

// PlaceComparer compares the names of places (region, locality,
// cityOfBirth): [TextComparer]'s keys, and the official name of the place
// when Places holds the name (ALIAS: "La Coruña" = "A Coruña"). Its score is
// [TextComparer]'s.
type PlaceComparer struct {
	Places *Places
}

// Canon implements [Comparer].
func (c PlaceComparer) Canon(s string, f *normalize.Folder) Value {
	v := TextComparer{}.Canon(s, f)
	if c.Places != nil {
		if o := c.Places.Official(v.Text); o != "" && o != v.Text {
			v.Add(o, Alias)
		}
	}
	return v
}

// Score implements [Comparer] as [TextComparer] does.
func (PlaceComparer) Score(req, rec *Value) (float64, Reason) { return TextComparer{}.Score(req, rec) }
