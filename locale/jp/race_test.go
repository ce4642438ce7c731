//go:build race

package jp_test

// raceEnabled reports that the tests run under the race detector, whose
// sync.Pool drops some of what it is given (the engine's scratch): the
// allocation counts are not pinned then.
const raceEnabled = true
