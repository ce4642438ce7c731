//go:build !race

package score

// raceDivisor cuts the random cases of the differential tests under the race
// detector; without it, none.
const raceDivisor = 1
