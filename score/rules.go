package score

import (
	"bufio"
	_ "embed"
	"slices"
	"strings"
	"sync"
)

// nicknamesEN is carltonnorthern/nicknames names.csv at 21d75051c39c
// (Apache-2.0, data/LICENSE.nicknames-en): 2,691 "name,has_nickname,nickname"
// relations between English given names and their nicknames.
//
//go:embed data/nicknames-en.csv
var nicknamesEN string

// Nicknames is a table of given names and their nicknames or hypocoristics.
// Two words are related when one is a nickname of the other, or both are
// nicknames of the same name ("bob" and "rob", of "robert"). The zero value
// relates nothing. A Nicknames is read-only once built and safe for
// concurrent use.
type Nicknames struct {
	// names maps a word to the names it stands for: itself when it is a
	// name, and every name it is a nickname of.
	names map[string][]string
}

// NewNicknames builds a table from pairs of a name and one of its nicknames,
// folded (lower case, no diacritics).
func NewNicknames(pairs [][2]string) *Nicknames {
	t := &Nicknames{names: make(map[string][]string, 2*len(pairs))}
	t.add(pairs)
	return t
}

func (t *Nicknames) add(pairs [][2]string) {
	for _, p := range pairs {
		name, nick := p[0], p[1]
		if name == "" || nick == "" || name == nick {
			continue
		}
		if !slices.Contains(t.names[name], name) {
			t.names[name] = append(t.names[name], name)
		}
		if !slices.Contains(t.names[nick], name) {
			t.names[nick] = append(t.names[nick], name)
		}
	}
}

// With returns a new table that holds t's pairs and the given ones.
func (t *Nicknames) With(pairs [][2]string) *Nicknames {
	n := &Nicknames{names: make(map[string][]string, len(t.names)+2*len(pairs))}
	for k, v := range t.names {
		n.names[k] = slices.Clone(v)
	}
	n.add(pairs)
	return n
}

// WithGroups returns a new table that holds t's pairs and those of groups,
// each a name followed by its nicknames.
func (t *Nicknames) WithGroups(groups [][]string) *Nicknames {
	var pairs [][2]string
	for _, g := range groups {
		for _, short := range g[min(1, len(g)):] {
			pairs = append(pairs, [2]string{g[0], short})
		}
	}
	return t.With(pairs)
}

// Related reports whether a and b, two different folded words, are a name
// and its nickname or two nicknames of one name.
func (t *Nicknames) Related(a, b string) bool {
	if t == nil || a == b {
		return false
	}
	na, nb := t.names[a], t.names[b]
	for _, x := range na {
		if slices.Contains(nb, x) {
			return true
		}
	}
	return false
}

// EnglishNicknames returns the table of English nicknames
// (carltonnorthern/nicknames), built on first use.
func EnglishNicknames() *Nicknames { return englishNicknames() }

var englishNicknames = sync.OnceValue(func() *Nicknames {
	var pairs [][2]string
	sc := bufio.NewScanner(strings.NewReader(nicknamesEN))
	for sc.Scan() {
		f := strings.Split(sc.Text(), ",")
		if len(f) == 3 && f[1] == "has_nickname" {
			pairs = append(pairs, [2]string{f[0], f[2]})
		}
	}
	return NewNicknames(pairs)
})

// titles are the words of titles and honorifics dropped from the start of a
// person's name, folded. They are the single words of OpenSanctions rigour's
// PERSON_NAME_PREFIXES (resources/names/stopwords.yml, MIT), with the words
// of its multi-word titles ("his excellency", "the right honourable"), and
// the personal titles of libpostal's English, Spanish and Dutch dictionaries
// (resources/dictionaries/*/personal_titles.txt, MIT) that are honorifics
// rather than offices.
var titles = []string{
	// rigour PERSON_NAME_PREFIXES
	"mr", "mister", "master", "mrs", "misses", "missis", "missus", "mistress", "miss", "ms", "mx",
	"mixter", "madam", "madame", "mme", "mmme", "monsieur", "fraulein", "frau", "fr", "senor",
	"senorita", "herr", "hr", "dr", "doctor", "prof", "professor", "dott", "dottore", "dottor",
	"president", "prasident", "ambassador", "amb", "admiral", "general", "brigadier", "colonel",
	"col", "commodore", "captain", "capt", "maj", "lieutenant", "marshal", "private", "pvt",
	"emperor", "empress", "sheik", "sheikh", "shaikh", "emir", "emira", "prince", "princess",
	"majesty", "excellency", "highness", "higness", "royal", "hrh", "lord", "lady", "laird", "dame",
	"baroness", "baron", "countess", "marchioness", "marquess", "seigneur", "sir",
	"reverend", "honourable", "honorable", "hon", "honble", "rt", "right", "most", "much",
	"honoured", "honored", "noble", "grace", "worshipful", "his", "her", "the",
	// libpostal es personal_titles: honorifics
	"don", "dona", "sr", "sra", "srta", "senora", "dra", "lic", "lcdo", "lcda", "ing",
	// libpostal nl personal_titles: honorifics, and the Dutch forms of address
	"dhr", "mevr", "mevrouw", "mw", "heer", "mej", "mejuffrouw", "jhr", "jonkheer", "ir", "drs", "mr",
}

// particles are the folded words weighed as particles in a person's name
// (matching-anchors.md c.3 and c.4): Romance and Germanic particles,
// and the Arabic ones.
var particles = []string{
	"de", "del", "della", "dei", "di", "da", "das", "do", "dos", "du", "des", "la", "las", "le",
	"lo", "los", "y", "e", "van", "von", "der", "den", "het", "t", "ter", "ten", "te", "op", "in",
	"zu", "zum", "zur", "al", "el", "bin", "ibn", "ben", "bint", "ould", "abu",
}

// GenericNameRules returns the rules of the generic profile: the English
// nicknames, the titles and the particles above.
func GenericNameRules() NameRules { return genericNameRules() }

var genericNameRules = sync.OnceValue(func() NameRules {
	nick := EnglishNicknames()
	return NameRules{
		Nickname: nick.Related,
		Title:    wordSet(titles),
		Particle: wordSet(particles),
	}
})

// wordSet returns a membership test for a list of words.
func wordSet(words []string) func(string) bool {
	set := make(map[string]struct{}, len(words))
	for _, w := range words {
		set[w] = struct{}{}
	}
	return func(w string) bool {
		_, ok := set[w]
		return ok
	}
}
