//go:build race

package score

// raceDivisor cuts the random cases of the differential tests under the race
// detector, which slows them about tenfold.
const raceDivisor = 5
