package main

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/kycmatch/kycmatch/attr"
	"github.com/kycmatch/kycmatch/locale"
)

// measureKanjikana answers the labelled pairs of the Digital Agency's
// kanjikana-model (core/input.txt): the kanji or alphabet name (with its
// aliases and former names in the Agency's notation) is the record's name,
// the kana the request's name. A pair is right when "ok" is answered "true"
// and "ng" "false" (issue 8: every one right). It returns the number right,
// the number of pairs, and the wrong ones with the answer given.
func measureKanjikana() (right, n int, wrong []string, err error) {
	b, err := jpFS.ReadFile("testdata/jp/kanjikana-input.txt")
	if err != nil {
		return 0, 0, nil, err
	}
	p := jpProfiles()[0]
	for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n")[1:] {
		f := strings.Split(line, ",")
		if len(f) != 4 {
			return 0, 0, nil, fmt.Errorf("kanjikana-input.txt: a line of %d fields", len(f))
		}
		got := same(p, attr.Name, f[2], f[1])
		n++
		if got == (f[3] == "ok") {
			right++
		} else {
			wrong = append(wrong, line+kanjikanaAnswer(p, f[2], f[1]))
		}
	}
	return right, n, wrong, nil
}

// kanjikanaAnswer describes the engine's answer to a pair answered wrong.
func kanjikanaAnswer(p locale.Profile, kana, kanji string) string {
	c := p.Comparer(attr.Name)
	q, r := c.Canon(kana, nil), c.Canon(kanji, nil)
	if _, ok := locale.Same(c, &q, &r); ok {
		return " (true)"
	}
	s, _ := c.Score(&q, &r)
	return " (false, score " + strconv.FormatFloat(s, 'f', 2, 64) + ")"
}
