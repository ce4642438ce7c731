package score

import (
	"slices"
	"strings"
	"sync"
)

//go:generate go run gen_orgterms.go

// orgTerm is what an organisation term stands for.
type orgTerm struct {
	// form is the canonical word ("ag" for "aktiengesellschaft", "co" for
	// "corporation").
	form string
	// legal reports a legal form (AG, Ltd, S.A.), rather than a descriptor
	// (company, bank, group).
	legal bool
}

// orgAlias is one alias of an organisation term, as words.
type orgAlias struct {
	words []string
	term  orgTerm
}

// orgTerms indexes the aliases of organisation terms by their first word,
// longest alias first. Built on first use from orgTermData.
var orgTerms = sync.OnceValue(func() map[string][]orgAlias {
	m := make(map[string][]orgAlias, 5000)
	for line := range strings.Lines(orgTermData) {
		alias, rest, ok := strings.Cut(strings.TrimSuffix(line, "\n"), "\t")
		if !ok || len(rest) < 2 {
			continue
		}
		w := strings.Fields(alias)
		m[w[0]] = append(m[w[0]], orgAlias{w, orgTerm{form: rest[1:], legal: rest[0] == 'l'}})
	}
	for _, list := range m {
		slices.SortStableFunc(list, func(a, b orgAlias) int { return len(b.words) - len(a.words) })
	}
	return m
})

// orgAt returns the longest organisation term whose alias starts words[i:],
// and the number of words it takes (0 when none).
func orgAt(words []string, i int) (orgTerm, int) {
	for _, a := range orgTerms()[words[i]] {
		if n := len(a.words); i+n <= len(words) && slices.Equal(a.words, words[i:i+n]) {
			return a.term, n
		}
	}
	return orgTerm{}, 0
}

// isOrgName reports whether a name's words are an organisation's: a legal
// form as its first or last term, or a word of the "company" group
// (company, corporation, co) as its last. It allocates nothing.
func isOrgName(words []string) bool {
	if len(words) < 2 {
		return false
	}
	if t, n := orgAt(words, 0); n > 0 && n < len(words) && t.legal {
		return true
	}
	for i := len(words) - 1; i > 0; i-- {
		if t, n := orgAt(words, i); n > 0 && i+n == len(words) {
			return t.legal || t.form == "co"
		}
	}
	return false
}

// orgForms appends to out the words of a name with its organisation terms
// rewritten into their canonical words, longest alias first, and to legal
// whether each is a legal form.
func orgForms(words, out []string, legal []bool) ([]string, []bool) {
	for i := 0; i < len(words); {
		if t, n := orgAt(words, i); n > 0 {
			out = append(out, t.form)
			legal = append(legal, t.legal)
			i += n
			continue
		}
		out = append(out, words[i])
		legal = append(legal, false)
		i++
	}
	return out, legal
}
