//go:build race

package command

// raceEnabled: the race detector slows the server ~10×; load tests scale
// down under it.
const raceEnabled = true
