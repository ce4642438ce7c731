//go:build !race

package match_test

// raceEnabled reports that the race detector is on.
const raceEnabled = false
