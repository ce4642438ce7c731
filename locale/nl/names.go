package nl

import (
	"strings"

	"github.com/kycmatch/kycmatch/attr"
	"github.com/kycmatch/kycmatch/locale"
	"github.com/kycmatch/kycmatch/normalize"
)

// NameComparer compares Dutch names (name, givenName, familyName,
// middleNames, familyNameAtBirth). Its keys are [locale.TextComparer]'s
// (case, diacritics, hyphen and space alike), and:
//   - the name in its natural order when written in sort form ("Berg, van
//     den" is "van den Berg"; PARTICLE), with the particles of the Meertens
//     Familienamenbank;
//   - "vd" and "v.d." written out as "van der" and "van den" (PARTICLE);
//   - ij written y (TRANSLITERATION: "Dijkstra", "Dykstra").
//
// A particle left out is a difference ("Berg" is not "van den Berg"). The
// score is [score.Name] with the generic rules, the Dutch particles and the
// Dutch roepnamen ("Kees" and "Cornelis" score high, never "true").
type NameComparer struct{}

// Canon implements [locale.Comparer].
func (NameComparer) Canon(s string, f *normalize.Folder) locale.Value {
	v := locale.TextComparer{}.Canon(s, f)
	if v.Empty() {
		return v
	}
	base := v.Text
	if nat, ok := locale.NaturalName(s, IsParticle); ok {
		v.Add(nat, locale.Particle)
		base = nat
	}
	v.Text = base
	for i, e := range expandVD(base) {
		v.Add(e, locale.Particle)
		if i == 0 {
			v.Text = e
		}
	}
	if strings.Contains(v.Text, "ij") {
		v.Add(strings.ReplaceAll(v.Text, "ij", "y"), locale.Transliteration)
	}
	return v
}

// Score implements [locale.Comparer] with [score.Name] and the country's
// rules.
func (NameComparer) Score(req, rec *locale.Value) (float64, locale.Reason) {
	return locale.NameComparer{Rules: &getTables().nameRules}.Score(req, rec)
}

// expandVD returns the folded name with "vd" (or "v d", from "v.d." and
// "v/d") written out, as "van der" and as "van den", or nil when it holds
// none.
func expandVD(s string) []string {
	w := strings.Fields(s)
	for i := range w {
		n := 0
		switch {
		case w[i] == "vd":
			n = 1
		case w[i] == "v" && i+1 < len(w) && w[i+1] == "d":
			n = 2
		}
		if n == 0 || i+n >= len(w) {
			continue
		}
		rest := strings.Join(w[i+n:], " ")
		head := strings.Join(w[:i], " ")
		if head != "" {
			head += " "
		}
		return []string{head + "van der " + rest, head + "van den " + rest}
	}
	return nil
}

// Names implements [locale.Composer]: the generic compositions, and the
// combinations of Dutch naamgebruik when the record holds a family name and
// another family name at birth: the partner's name then the own, and the
// own then the partner's, joined by a hyphen ("Jansen-de Vries"; KYC Match
// v0.4.0 `name`: "in NLD, it can be name+middleNames+familyName or
// name+middleNames+familyNameAtBirth").
func (p Profile) Names(rec *attr.Values, dst []string) []string {
	start := len(dst)
	dst = p.GenericProfile.Names(rec, dst)
	given, middle := rec[attr.GivenName], rec[attr.MiddleNames]
	fam, birth := rec[attr.FamilyName], rec[attr.FamilyNameAtBirth]
	if given == "" || fam == "" || birth == "" || normalize.Text(fam) == normalize.Text(birth) {
		return dst
	}
	for _, f := range [2]string{fam + "-" + birth, birth + "-" + fam} {
		dst = locale.AppendNew(dst, start, locale.Compose(given, middle, f))
		dst = locale.AppendNew(dst, start, locale.Compose(given, f))
	}
	return dst
}
