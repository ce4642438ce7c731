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
	return wordAbove(&defaultParams, a, b, 0)
}

// wordAbove returns Word's similarity of a and b under p when it is at least
// floor, and otherwise some value below floor: Word never exceeds
// Jaro-Winkler, so words whose Jaro-Winkler is below floor are not given the
// edit cost (the quadratic part), and the edit cost of the others is
// computed only as far as it can keep Word at floor or above ([costBand]).
// This needs p.overBudgetPower >= 0.
func wordAbove(p *params, a, b string, floor float64) float64 {
	if a == b {
		return 1
	}
	j, l := jaroPrefix(min(a, b), max(a, b))
	sim := winkler(j, l)
	if sim < floor {
		return sim
	}
	n := max(runeLen(a), runeLen(b))
	budget := max(Budget(n)*p.budgetTolerance, p.minBudget)
	if lb := editLowerBound(a, b); lb > budget {
		// The cost is beyond the budget, and Word at most this bound.
		if bound := min(1, float64(j)) * math.Pow(budget/lb, p.overBudgetPower); bound < floor {
			return bound
		}
	}
	var c float64
	if band := costBand(p, budget, float64(j), floor); band < noBand {
		c = editCostWithin(a, b, band)
		if c >= float64(band+1) {
			// The cost is beyond the band, so beyond the budget, and Word
			// at most this bound, below floor by costBand's choice.
			if bound := min(1, float64(j)) * math.Pow(budget/float64(band+1), p.overBudgetPower); bound < floor {
				return bound
			}
			c = EditCost(a, b)
		}
	} else {
		c = EditCost(a, b)
	}
	if c <= budget {
		return sim
	}
	return min(1, float64(j)) * math.Pow(budget/c, p.overBudgetPower)
}

// costBand returns the band of the edit cost's dynamic programme that
// wordAbove needs for words of Jaro similarity j and edit budget budget
// ([editCostWithin]): a cost above both the budget and the cost at which
// Word falls to floor (budget times (j/floor) to the power
// 1/p.overBudgetPower) need not be known exactly. It returns noBand when
// every cell is needed.
func costBand(p *params, budget, j, floor float64) int {
	j = min(1, j)
	if floor <= 0 || p.overBudgetPower <= 0 || j <= 0 {
		return noBand
	}
	limit := max(budget, budget*math.Pow(j/floor, 1/p.overBudgetPower))
	if !(limit < maxEditRunes) {
		return noBand
	}
	return int(math.Ceil(limit))
}
