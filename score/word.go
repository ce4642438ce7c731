package score

import "math"

// Word returns the similarity in [0, 1] of two words of a name, as the name
// scorer compares them. It is Jaro-Winkler ([Similarity]) while the weighted
// edit cost ([EditCost]) of the two words stays within the budget of their
// length ([Budget]): a misspelling. Beyond it, the two words are read as
// different names that happen to share letters ("castillo" and "castro",
// "albano" and "albanese"), and Jaro-Winkler's prefix boost is what misleads:
// the score is plain Jaro, scaled down by how far the cost exceeds the budget.
//
// This is a departure from Jaro-Winkler, documented in DESIGN.md; one word
// against one word keeps plain Jaro-Winkler where the common prefix is a
// single letter ("clara" and "carla" stay 0.88).
func Word(a, b string) float64 {
	return wordWith(&defaultParams, a, b)
}

func wordWith(p *params, a, b string) float64 {
	if a == b {
		return 1
	}
	c := EditCost(a, b)
	n := max(runeLen(a), runeLen(b))
	budget := max(Budget(n)*p.budgetTolerance, p.minBudget)
	if c <= budget {
		return Similarity(a, b)
	}
	return jaroOf(a, b) * math.Pow(budget/c, p.overBudgetPower)
}

// jaroOf is the Jaro part of [Similarity]: the lexically smaller string
// first, the first MaxRunes runes of each.
func jaroOf(a, b string) float64 {
	if a > b {
		a, b = b, a
	}
	var bufA, bufB [MaxRunes]rune
	return min(1, float64(jaro(decode(&bufA, a), decode(&bufB, b))))
}
