package score

import (
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

// orgTerms maps the folded aliases of organisation terms to their terms, and
// gives the most words an alias has. Built on first use from orgTermData.
var orgTerms = sync.OnceValues(func() (map[string]orgTerm, int) {
	m := make(map[string]orgTerm, 5000)
	longest := 1
	for line := range strings.Lines(orgTermData) {
		alias, rest, ok := strings.Cut(strings.TrimSuffix(line, "\n"), "\t")
		if !ok || len(rest) < 2 {
			continue
		}
		m[alias] = orgTerm{form: rest[1:], legal: rest[0] == 'l'}
		longest = max(longest, strings.Count(alias, " ")+1)
	}
	return m, longest
})

// orgForms rewrites the organisation terms of a name's words into their
// canonical words, longest alias first, and reports whether the name is an
// organisation's: a legal form as its first or last term, or a word of
// the "company" group (company, corporation, co) as its last. The legal
// forms are marked in legal, which has the length of the result.
func orgForms(words []string) (out []string, legal []bool, isOrg bool) {
	terms, longest := orgTerms()
	for i := 0; i < len(words); {
		n := min(longest, len(words)-i)
		for ; n > 0; n-- {
			if t, ok := terms[strings.Join(words[i:i+n], " ")]; ok {
				first, last := i == 0, i+n == len(words)
				if t.legal && (first || last) || last && t.form == "co" {
					isOrg = true
				}
				out = append(out, t.form)
				legal = append(legal, t.legal)
				i += n
				break
			}
		}
		if n == 0 {
			out = append(out, words[i])
			legal = append(legal, false)
			i++
		}
	}
	return out, legal, isOrg && len(words) > 1
}
