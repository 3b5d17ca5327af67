//go:build !race

package content

// raceEnabled is set when the tests run under the race detector, which slows them several times.
const raceEnabled = false
