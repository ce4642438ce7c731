package score_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/kycmatch/kycmatch/score"
)

// many returns n words made by f.
func many(n int, f func(i int) string) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = f(i)
	}
	return out
}

// TestAllocs pins the allocations of every kernel: none for values within
// KYC Match's limits (256 characters, 32 words), and the documented ones on
// the rare paths that write a word anew. A change that allocates more fails
// here; one that allocates less updates the count.
//
// AllocsPerRun counts the allocations of the whole process, so the test is
// not parallel: the package's parallel tests wait until it is done.
func TestAllocs(t *testing.T) {
	nameRules := score.GenericNameRules()
	addrRules := score.GenericAddressRules()
	name := func(q, r []string) { score.Name(q, r, &nameRules) }
	nameNil := func(q, r []string) { score.Name(q, r, nil) }
	address := func(q, r []string) { score.Address(q, r, &addrRules) }
	addressNil := func(q, r []string) { score.Address(q, r, nil) }
	tokens := func(q, r []string) { score.Tokens(q, r) }
	similarity := func(q, r []string) { score.Similarity(q[0], r[0]) }
	number := func(q, r []string) { score.Number(q[0], r[0]) }
	token := func(q, r []string) { score.Token(q[0], r[0]) }
	editCost := func(q, r []string) { score.EditCost(q[0], r[0]) }
	word := func(q, r []string) { score.Word(q[0], r[0]) }

	long := strings.Repeat("abcdefghij", 26)[:256]
	longU := strings.Repeat("ñandú", 52)[:255]
	w32 := many(32, func(i int) string { return fmt.Sprintf("w%c%c", 'a'+i%26, 'a'+i/26) })
	w33 := many(33, func(i int) string { return fmt.Sprintf("w%c", 'a'+i%26) })
	d33 := many(33, func(i int) string { return fmt.Sprint(i) })
	d33b := many(33, func(i int) string { return fmt.Sprint(i + 1) })
	w12 := many(12, func(i int) string { return fmt.Sprintf("name%c", 'a'+i) })
	w12r := many(12, func(i int) string { return fmt.Sprintf("name%c", 'l'-i) })
	w6 := many(6, func(i int) string { return fmt.Sprintf("word%c", 'a'+i) })
	w6r := many(6, func(i int) string { return fmt.Sprintf("wodr%c", 'f'-i) })
	f := strings.Fields

	tests := []struct {
		name   string
		f      func(q, r []string)
		q, r   []string
		allocs float64
	}{
		{"Similarity/ascii", similarity, f("federica"), f("frederica"), 0},
		{"Similarity/accents", similarity, f("sánchez"), f("sanchez"), 0},
		{"Similarity/kana", similarity, f("ヤマダタロウ"), f("ヤマダタロ"), 0},
		{"Similarity/256 runes", similarity, []string{long}, []string{long[1:] + "x"}, 0},
		{"Similarity/256 runes accented", similarity, []string{longU}, []string{"x" + longU}, 0},
		{"Number/digits", number, f("12"), f("21"), 0},
		{"Number/letters", number, f("12a"), f("12b"), 0},
		{"Number/groups", number, f("3-10-10"), f("3-10-11"), 0},
		{"Token", token, f("12a"), f("calle"), 0},
		{"EditCost", editCost, f("vladimir"), f("wladimir"), 0},
		{"EditCost/accents", editCost, f("sánchez"), f("sanches"), 0},
		{"Word", word, f("castillo"), f("castro"), 0},
		{"Tokens/3x3", tokens, f("federica sanchez arjona"), f("federica arjona sanches"), 0},
		{"Tokens/numbers", tokens, f("calle mayor 4 2a"), f("2b calle mayor 5"), 0},
		{"Tokens/6x6 exhaustive", tokens, w6, w6r, 0},
		{"Tokens/12x12 greedy", tokens, w12, w12r, 0},
		{"Tokens/32x31", tokens, w32, w32[1:], 0},
		{"Tokens/33 words joined", tokens, w33, w33[:20], 0},
		// Beyond 32 words with digits on both sides, the digit strings are
		// sorted on the heap: one slice for each side.
		{"Tokens/33 numbers", tokens, d33, d33b, 2},
		{"Name/persona", name, f("federica lucia sanches arjona"), f("federica sanchez arjona"), 0},
		{"Name/nil rules", nameNil, f("federica lucia sanches arjona"), f("federica sanchez arjona"), 0},
		{"Name/one word", name, f("bob"), f("robert"), 0},
		{"Name/initial", name, f("v putin"), f("vladimir putin"), 0},
		{"Name/title and particles", name, f("dr juan de la cruz"), f("juan cruz"), 0},
		{"Name/organisation", name, f("siemens ag"), f("siemens aktiengesellschaft"), 0},
		{"Name/16 words", name, w12, w32[:16], 0},
		{"Name/32 words, one string", name, w32, w32[:20], 0},
		{"Name/join tried", name, f("ana maria lopez"), f("anabel lopez"), 0},
		// The rare paths that write words anew, which the rules' functions
		// are given: a join made (one string), a word whose digits are read
		// as letters (one each), a word read in Latin letters (one each).
		{"Name/join made", name, f("fridrich buchenberg"), f("fridrichbuchenberg"), 1},
		{"Name/initials of two", name, f("jc smith"), f("jean claude smith"), 1},
		{"Name/lookalikes", name, f("ig0r sech1n"), f("igor sechin"), 2},
		{"Name/latinized", name, f("сергей"), f("sergei"), 1},
		{"Address/number first", address, f("8 stanley street"), f("stanley st 8"), 0},
		{"Address/extension", address, f("kerkstraat 12 a"), f("kerkstraat 12 b"), 0},
		{"Address/numbers", address, f("calle mayor 4 2 a"), f("calle mayor 4 2 b"), 0},
		{"Address/nil rules", addressNil, f("calle mayor 4"), f("c mayor 4"), 0},
		{"Address/32 words", address, w32, w32[2:], 0},
		{"Address/33 words, one string", address, w33, w33[1:], 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tc.f(tc.q, tc.r) // tables built on first use
			if got := testing.AllocsPerRun(100, func() { tc.f(tc.q, tc.r) }); got != tc.allocs {
				t.Errorf("%v allocations per call, want %v", got, tc.allocs)
			}
		})
	}
}
