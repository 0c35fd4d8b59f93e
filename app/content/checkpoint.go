package content

// Checkpoint is a stream's state and the position it was taken at:
// Snapshot holds every event of epoch Epoch up to Seq. The server renders
// a screen's page from one, and the screen keeps one between page loads;
// resuming the live feed from it replays exactly what it lacks.
type Checkpoint struct {
	Epoch    string   `json:"epoch"`
	Seq      uint64   `json:"seq"`
	Snapshot Snapshot `json:"snapshot"`
}
