package main

import (
	"cmp"
	"slices"
)

// An Outcome is the answer to one labelled pair.
type Outcome struct {
	// Same is the label: the two values belong to the same person (or are
	// the same value written another way).
	Same bool
	// True reports a "true" answer.
	True bool
	// NotAvailable reports a "not_available" answer: the record lacks the
	// value (a FEBRL original without a surname cannot compose a full name).
	// Such pairs say nothing of the matching and are left out of every
	// figure but the count.
	NotAvailable bool
	// Score ranks the pair: 100 for "true", the 0..99 score beside
	// "false". Anchors' scores are in their own scale.
	Score float64
}

// Figures are the measures of one set of outcomes.
type Figures struct {
	// Pairs and Same count the answered pairs and the same-person pairs
	// among them; NotAvailable the pairs left out.
	Pairs, Same, NotAvailable int
	// TrueAnswers is the number of "true" answers, SameTrue those given to
	// pairs of the same person.
	TrueAnswers, SameTrue int
	// AUC is the ROC AUC of Score: the probability that a random same pair
	// scores above a random different pair, ties counting one half.
	AUC float64
	// F1 is the best F1 of "Score >= Threshold" as the decision "same",
	// over every threshold; P and R are its precision and recall.
	F1, P, R, Threshold float64
}

// Precision returns the precision of "true": the share of "true" answers
// given to pairs of the same person, 1 when there is none.
func (f Figures) Precision() float64 {
	if f.TrueAnswers == 0 {
		return 1
	}
	return float64(f.SameTrue) / float64(f.TrueAnswers)
}

// Recall returns the recall of "true": the share of same pairs answered
// "true", 0 when there is none.
func (f Figures) Recall() float64 {
	if f.Same == 0 {
		return 0
	}
	return float64(f.SameTrue) / float64(f.Same)
}

// Measure computes the figures of a set of outcomes. It does not change
// its argument.
func Measure(out []Outcome) Figures {
	var f Figures
	s := make([]Outcome, 0, len(out))
	for _, o := range out {
		if o.NotAvailable {
			f.NotAvailable++
			continue
		}
		s = append(s, o)
		f.Pairs++
		if o.Same {
			f.Same++
		}
		if o.True {
			f.TrueAnswers++
			if o.Same {
				f.SameTrue++
			}
		}
	}
	diff := f.Pairs - f.Same
	if f.Same == 0 || diff == 0 {
		return f
	}
	// Sort by score, highest first, and walk down the distinct scores: each
	// is a threshold, and the Mann-Whitney count gives the AUC.
	slices.SortStableFunc(s, func(a, b Outcome) int { return cmp.Compare(b.Score, a.Score) })
	var aboveDiff float64 // different pairs scoring strictly above the current group
	var wins float64      // same pairs above different ones, ties counting 1/2
	tp, fp := 0, 0
	for i := 0; i < len(s); {
		j := i
		gs, gd := 0, 0
		for ; j < len(s) && s[j].Score == s[i].Score; j++ {
			if s[j].Same {
				gs++
			} else {
				gd++
			}
		}
		// Same pairs of this group beat every different pair below it and
		// tie with the group's own different pairs.
		wins += float64(gs) * (float64(diff) - aboveDiff - float64(gd)/2)
		aboveDiff += float64(gd)
		tp, fp = tp+gs, fp+gd
		p, r := float64(tp)/float64(tp+fp), float64(tp)/float64(f.Same)
		if f1 := 2 * p * r / (p + r); tp > 0 && f1 > f.F1 {
			f.F1, f.P, f.R, f.Threshold = f1, p, r, s[i].Score
		}
		i = j
	}
	f.AUC = wins / (float64(f.Same) * float64(diff))
	return f
}
