//go:build race

package main

// jpRaceStride widens the sampling of the Japanese accuracy tests under the
// race detector, which slows them about tenfold.
const jpRaceStride = 4
