//go:build race

package match_test

// raceEnabled reports that the race detector is on: sync.Pool then drops
// what it is given at random, so allocation counts mean nothing.
const raceEnabled = true
