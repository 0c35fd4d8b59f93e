//go:build race

package chain

// raceEnabled: the race detector slows a JetStream cluster ~10×; the
// chain test sends fewer changes under it (make unit also runs it at full
// scale without -race).
const raceEnabled = true
