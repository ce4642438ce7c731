//go:build !race

package main

// jpRaceStride widens the sampling of the Japanese accuracy tests under the
// race detector; without it, none.
const jpRaceStride = 1
