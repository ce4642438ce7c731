package locale

import (
	"strings"

	"github.com/kycmatch/kycmatch/normalize"
)

// NaturalName returns a name written in sort form in its natural order,
// folded ([normalize.Text], [normalize.Latin]), and true; or "", false when
// s is not in sort form. The sort forms are the family name first and a
// comma, then the given names and the particles ("Berg, van den" and
// "Berg, Jan van den" give "van den berg" and "jan van den berg"; "Sanchez,
// Federica" gives "federica sanchez"), and, without a comma, trailing
// particles after at least one other word ("Berg van den"). particle
// reports a folded particle word.
func NaturalName(s string, particle func(string) bool) (string, bool) {
	core, after := s, ""
	i := strings.LastIndexByte(s, ',')
	if i >= 0 {
		core, after = s[:i], s[i+1:]
	}
	c := strings.Fields(normalize.Latin(normalize.Text(core)))
	a := strings.Fields(normalize.Latin(normalize.Text(after)))
	if len(c) == 0 {
		return "", false
	}
	if i < 0 {
		// No comma: the trailing particles of the words.
		k := len(c)
		for k > 0 && particle(c[k-1]) {
			k--
		}
		if k == len(c) || k == 0 {
			return "", false
		}
		c, a = c[:k], c[k:]
	}
	if len(a) == 0 {
		return "", false
	}
	return strings.Join(a, " ") + " " + strings.Join(c, " "), true
}
