package score_test

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/kycmatch/kycmatch/score"
)

func address(q, r string) score.Alignment {
	rules := score.GenericAddressRules()
	return score.Address(strings.Fields(q), strings.Fields(r), &rules)
}

func TestAddress(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		q, r   string
		want   float64
		numMm  bool
		approx bool
	}{
		{name: "same", q: "calle mayor 4", r: "calle mayor 4", want: 1},
		// Number first and street first compare alike.
		{name: "number first", q: "8 stanley street", r: "stanley street 8", want: 1},
		// Another number: the street scaled by 0.5 + 0.5*Number.
		{name: "other number", q: "calle mayor 6", r: "calle mayor 4", want: 0.5, numMm: true},
		{name: "close number", q: "calle mayor 14", r: "calle mayor 12", want: 0.75, numMm: true},
		// The same digits, another letter: 0.5 + 0.5*0.85.
		{name: "other letter", q: "kerkstraat 12a", r: "kerkstraat 12b", want: 0.925},
		// A letter written apart is the number's extension.
		{name: "letter apart", q: "kerkstraat 12 a", r: "kerkstraat 12a", want: 1},
		// A number on one side only costs a tenth (issue 7's example).
		{name: "number missing", q: "eggleston crescent", r: "106 eggleston crescent", want: 0.9},
		{name: "number extra", q: "106 eggleston crescent", r: "eggleston crescent", want: 0.9},
		// The same number on another street: some evidence.
		{name: "same number other street", q: "60 tepper circuit", r: "archibald street 60", want: 0.3},
		{name: "number only", q: "95", r: "grylls crescent 95", want: 0.3},
		{name: "numbers only", q: "12", r: "12a", want: 0.925},
		{name: "nothing", q: "", r: "calle mayor", want: 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			got := address(tc.q, tc.r)
			if math.Abs(got.S-tc.want) > 1e-9 || got.NumberMismatch != tc.numMm {
				t.Errorf("Address(%q, %q) = %+v, want S %v, NumberMismatch %v", tc.q, tc.r, got, tc.want, tc.numMm)
			}
		})
	}
}

// TestAddressStreetType checks that a street type weighs less than the
// street's name: the same name with another type beats another name with
// the same type.
// TestAddressLong checks values of many words, up to the 32 the pairing
// takes and beyond.
func TestAddressLong(t *testing.T) {
	t.Parallel()
	rules := score.GenericAddressRules()
	for _, n := range []int{16, 20, 31, 32, 33, 60} {
		q := strings.Fields(strings.Repeat("calle mayor 4 ", n/3+1))[:n]
		r := strings.Fields(strings.Repeat("mayor calle 5 ", n/3+1))[:n]
		if al := score.Address(q, r, &rules); !(al.S >= 0 && al.S <= 1) {
			t.Errorf("%d words: %+v", n, al)
		}
		nrules := score.GenericNameRules()
		if al := score.Name(q, r, &nrules); !(al.S >= 0 && al.S <= 1) {
			t.Errorf("%d words, as a name: %+v", n, al)
		}
	}
}

func TestAddressStreetType(t *testing.T) {
	t.Parallel()
	sameName := address("stanley street", "stanley crescent").S
	sameType := address("stanley street", "archibald street").S
	if !(sameName > 0.5 && sameType < 0.2) {
		t.Errorf("same name, other type %v; other name, same type %v", sameName, sameType)
	}
	// A typo in the name.
	if s := address("stanly street 8", "stanley street 8").S; s < 0.9 || s >= 1 {
		t.Errorf("typo: %v", s)
	}
}

func TestStreetTypeWords(t *testing.T) {
	t.Parallel()
	got := score.StreetTypeWords("street|st|str\ncalle|c|c /\nkerk pad|kpd\n")
	want := []string{"street", "st", "str", "calle", "kpd"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("StreetTypeWords = %q, want %q", got, want)
	}
}

func ExampleAddress() {
	rules := score.GenericAddressRules()
	for _, p := range [][2]string{
		{"8 stanley street", "stanley street 8"},
		{"stanley street 9", "stanley street 8"},
		{"eggleston crescent", "106 eggleston crescent"},
	} {
		al := score.Address(strings.Fields(p[0]), strings.Fields(p[1]), &rules)
		fmt.Println(p[0], "|", p[1], score.Percent(al.S), al.NumberMismatch)
	}
	// Output:
	// 8 stanley street | stanley street 8 99 false
	// stanley street 9 | stanley street 8 50 true
	// eggleston crescent | 106 eggleston crescent 90 false
}

func FuzzAddress(f *testing.F) {
	for _, s := range [][2]string{
		{"8 stanley street", "stanley street 8"}, {"12 a", "12a"}, {"1 2 3", "3 2 1"}, {"", "x"},
	} {
		f.Add(s[0], s[1])
	}
	rules := score.GenericAddressRules()
	f.Fuzz(func(t *testing.T, q, r string) {
		al := score.Address(strings.Fields(q), strings.Fields(r), &rules)
		if !(al.S >= 0 && al.S <= 1) {
			t.Fatalf("Address(%q, %q) = %+v", q, r, al)
		}
	})
}
