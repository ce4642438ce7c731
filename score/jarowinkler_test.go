package score_test

import (
	"fmt"
	"math"
	"testing"

	edlib "github.com/hbollon/go-edlib"

	"github.com/kycmatch/kycmatch/score"
)

// jaroWinkler is the Jaro-Winkler similarity of a and b as the CAMARA
// percentage: 100 when a == b, otherwise [score.Percent] of
// [score.Similarity], so at most 99.
func jaroWinkler(a, b string) int {
	if a == b {
		return 100
	}
	return score.Percent(score.Similarity(a, b))
}

func TestJaroWinkler(t *testing.T) {
	t.Parallel()
	long := "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz"
	tests := []struct {
		name string
		a, b string
		want int
	}{
		// The CAMARA scoring proposal's example (DESIGN 2.2).
		{"clara carla", "Clara", "Carla", 88},
		{"carla clara", "Carla", "Clara", 88},
		{"equal", "Federica", "Federica", 100},
		{"both empty", "", "", 100},
		{"empty vs letter", "", "x", 0},
		{"letter vs empty", "x", "", 0},
		{"nothing in common", "abc", "xyz", 0},
		// A "false" never scores 100 (DESIGN 2.2, 5), however close.
		{"one letter more", long, long + "a", 99},
		// Two different invalid byte strings both read as U+FFFD in go-edlib,
		// which then calls them equal; they are still different values.
		{"invalid utf-8", "\xff", "\xfe", 99},
		// Jaro (7/8 + 7/8 + 1)/3; the first runes differ, so no prefix boost.
		{"case differs", "federica", "Federica", 92},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			if got := jaroWinkler(tc.a, tc.b); got != tc.want {
				t.Errorf("JaroWinkler(%q, %q) = %d, want %d", tc.a, tc.b, got, tc.want)
			}
			if got := jaroWinkler(tc.b, tc.a); got != tc.want {
				t.Errorf("JaroWinkler(%q, %q) = %d, want %d (swapped)", tc.b, tc.a, got, tc.want)
			}
		})
	}
}

// TestSimilarityBoost checks Winkler's rule (DESIGN 2.2): the prefix boost
// p*l*(1-j), p = 0.1, l at most 4, only when the Jaro similarity j is above
// 0.7. go-edlib's own JaroWinklerSimilarity boosts whatever j is; the table
// shows where the two part.
func TestSimilarityBoost(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		a, b   string
		prefix int  // common prefix that earns the boost, 0 when none applies
		edlibJ bool // go-edlib's JaroWinklerSimilarity agrees with Similarity
	}{
		// Jaro 2/3 <= 0.7 with a 4-letter common prefix: no boost, though
		// go-edlib gives 0.8.
		{"below threshold, prefix 4", "abcdxyzw", "abcdqrst", 0, false},
		// Jaro (3/6 + 3/5 + 1)/3 = 0.7 exactly: not above, no boost.
		{"at threshold, prefix 3", "abcxyz", "abcuv", 0, false},
		{"above threshold, prefix 3", "martha", "marhta", 3, true},
		{"above threshold, prefix 0", "dwayne", "uwayne", 0, true},
		// A common prefix of 7 runes earns the boost of 4.
		{"prefix capped at 4", "William", "Williams", 4, true},
		// Runes, not bytes: a 2-byte rune counts once.
		{"prefix in runes", "ñandúes", "ñandú", 4, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			a, b := tc.a, tc.b
			if a > b {
				a, b = b, a
			}
			j := float64(edlib.JaroSimilarity(a, b))
			want := j + 0.1*float64(tc.prefix)*(1-j)
			got := score.Similarity(tc.a, tc.b)
			if math.Abs(got-want) > 1e-12 {
				t.Errorf("Similarity(%q, %q) = %.9f, want %.9f (jaro %.9f, prefix %d)", tc.a, tc.b, got, want, j, tc.prefix)
			}
			ej := float64(edlib.JaroWinklerSimilarity(a, b))
			if agree := math.Abs(ej-got) < 1e-6; agree != tc.edlibJ {
				t.Errorf("go-edlib JaroWinklerSimilarity = %.9f, Similarity = %.9f: agreement %v, want %v", ej, got, agree, tc.edlibJ)
			}
		})
	}
}

func TestPercent(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		s    float64
		want int
	}{
		{"half rounds up", 0.875, 88},
		{"just below half", 0.8749, 87},
		// Clara/Carla through go-edlib's float32: 100*S is 87.9999953...,
		// which truncation would make 87.
		{"float32 0.88", float64(float32(0.88)), 88},
		{"99.5 capped", 0.995, 99},
		{"one capped", 1.0, 99},
		{"above one capped", 1.5, 99},
		{"zero", 0, 0},
		{"tiny", 0.004, 0},
		{"rounds to one", 0.005, 1},
		{"negative", -0.3, 0},
		{"negative zero", math.Copysign(0, -1), 0},
		{"NaN", math.NaN(), 0},
		{"minus infinity", math.Inf(-1), 0},
		// min(99, round(100*S)) is 99 for any S above 1 (Percent's doc).
		{"plus infinity", math.Inf(1), 99},
		{"huge", 1e300, 99},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			if got := score.Percent(tc.s); got != tc.want {
				t.Errorf("Percent(%v) = %d, want %d", tc.s, got, tc.want)
			}
		})
	}
	t.Run("clara carla is not truncated", func(t *testing.T) {
		t.Parallel()
		s := score.Similarity("Clara", "Carla")
		if int(100*s) != 87 {
			t.Skipf("100*S = %v: go-edlib's float32 no longer lands below 88", 100*s)
		}
		if got := score.Percent(s); got != 88 {
			t.Errorf("Percent(%v) = %d, want 88", s, got)
		}
	})
}

func FuzzJaroWinkler(f *testing.F) {
	for _, s := range [][2]string{
		{"Clara", "Carla"}, {"", ""}, {"", "x"}, {"martha", "marhta"},
		{"ñandú", "nandu"}, {"\xff", "\xfe"}, {"abcdxyzw", "abcdqrst"},
		{"ヤマダ タロウ", "ヤマダタロウ"}, {"a", "aa"}, {"0ð00", "0ð00"},
	} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		p, q := jaroWinkler(a, b), jaroWinkler(b, a)
		if p != q {
			t.Fatalf("JaroWinkler(%q, %q) = %d, swapped %d", a, b, p, q)
		}
		if p < 0 || p > 100 {
			t.Fatalf("JaroWinkler(%q, %q) = %d, out of 0..100", a, b, p)
		}
		if (p == 100) != (a == b) {
			t.Fatalf("JaroWinkler(%q, %q) = %d: 100 iff equal", a, b, p)
		}
		s, r := score.Similarity(a, b), score.Similarity(b, a)
		if s != r {
			t.Fatalf("Similarity(%q, %q) = %v, swapped %v", a, b, s, r)
		}
		if !(s >= 0 && s <= 1) {
			t.Fatalf("Similarity(%q, %q) = %v, out of [0, 1]", a, b, s)
		}
		if (s == 1) != (a == b) {
			t.Fatalf("Similarity(%q, %q) = %v: 1 iff equal", a, b, s)
		}
		if a != b && p != score.Percent(s) {
			t.Fatalf("JaroWinkler(%q, %q) = %d, Percent(Similarity) = %d", a, b, p, score.Percent(s))
		}
	})
}

func ExampleSimilarity() {
	s := score.Similarity("clara", "carla")
	fmt.Printf("%.4f %d\n", s, score.Percent(s))
	fmt.Println(score.Percent(score.Similarity("clara", "")))
	// Output:
	// 0.8800 88
	// 0
}

func BenchmarkSimilarity(b *testing.B) {
	pairs := [][2]string{
		{"clara", "carla"},
		{"federica", "frederica"},
		{"sanchez", "sanches"},
		{"muller", "mueller"},
	}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		p := pairs[i%len(pairs)]
		score.Similarity(p[0], p[1])
	}
}
