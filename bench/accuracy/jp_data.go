package main

import (
	"bufio"
	"bytes"
	"embed"
	"regexp"
	"strings"
	"sync"

	"github.com/kycmatch/kycmatch/attr"
	"github.com/kycmatch/kycmatch/locale"
	"github.com/kycmatch/kycmatch/locale/jp"
)

// jpFS holds the Japanese test data (testdata/jp/README.md): gimei's names
// and addresses, geolonia's test addresses and the kanjikana-model's
// labelled pairs.
//
//go:embed testdata/jp/gimei-names.yml testdata/jp/gimei-addresses.yml testdata/jp/geolonia-addresses.csv testdata/jp/kanjikana-input.txt
var jpFS embed.FS

// gimeiEntry is one row of gimei: kanji, hiragana, katakana, romaji.
type gimeiEntry struct {
	kanji, hira, kata, romaji string
}

var gimeiRow = regexp.MustCompile(`\['([^']*)', '([^']*)', '([^']*)'(?:, '([^']*)')?\]`)

// readGimei returns the rows of each top-level and second-level section of
// a gimei YAML file of jpFS ("first_name/male", "last_name",
// "addresses/city").
func readGimei(path string) (map[string][]gimeiEntry, error) {
	b, err := jpFS.ReadFile(path)
	if err != nil {
		return nil, err
	}
	out := map[string][]gimeiEntry{}
	var top, sub string
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasSuffix(line, ":") && !strings.HasPrefix(line, " "):
			top, sub = strings.TrimSuffix(line, ":"), ""
		case strings.HasSuffix(line, ":") && strings.HasPrefix(line, "  ") && !strings.HasPrefix(line, "   "):
			sub = strings.TrimSpace(strings.TrimSuffix(line, ":"))
		default:
			if m := gimeiRow.FindStringSubmatch(line); m != nil {
				key := top
				if sub != "" {
					key += "/" + sub
				}
				out[key] = append(out[key], gimeiEntry{m[1], m[2], m[3], m[4]})
			}
		}
	}
	return out, sc.Err()
}

// jpProfiles are the Japanese profiles the measures use, without and with
// the Zengin option; made once.
var jpProfiles = sync.OnceValue(func() [2]jp.Profile {
	return [2]jp.Profile{jp.New(jp.Config{Preload: true}), jp.New(jp.Config{Zengin: true})}
})

// same reports whether the profile calls req and rec the same value of
// attribute a, as the engine does: the comparer's canonical forms, then its
// equality.
func same(p locale.Profile, a attr.Attribute, req, rec string) bool {
	c := p.Comparer(a)
	q, r := c.Canon(req, nil), c.Canon(rec, nil)
	if q.Empty() || r.Empty() {
		return false
	}
	_, ok := locale.Same(c, &q, &r)
	return ok
}

// answerScore returns the engine's answer for a pair as one number: 1 for
// "true", else the score in [0, 1), for ranking same-person pairs over
// different-person pairs.
func answerScore(p locale.Profile, a attr.Attribute, req, rec string) float64 {
	c := p.Comparer(a)
	q, r := c.Canon(req, nil), c.Canon(rec, nil)
	if q.Empty() || r.Empty() {
		return 0
	}
	if _, ok := locale.Same(c, &q, &r); ok {
		return 1
	}
	s, _ := c.Score(&q, &r)
	return s
}

// tally counts the answers on labelled pairs.
type tally struct {
	tp, fp, fn, tn int
	fps, fns       []string
}

func (c *tally) add(want, got bool, example string) {
	switch {
	case want && got:
		c.tp++
	case want:
		c.fn++
		if len(c.fns) < 20 {
			c.fns = append(c.fns, example)
		}
	case got:
		c.fp++
		if len(c.fps) < 20 {
			c.fps = append(c.fps, example)
		}
	default:
		c.tn++
	}
}

func (c *tally) precision() float64 {
	if c.tp+c.fp == 0 {
		return 1
	}
	return float64(c.tp) / float64(c.tp+c.fp)
}

func (c *tally) recall() float64 {
	if c.tp+c.fn == 0 {
		return 1
	}
	return float64(c.tp) / float64(c.tp+c.fn)
}
