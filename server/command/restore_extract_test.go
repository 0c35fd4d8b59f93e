package command

import "testing"

func TestRestoreLeavesOut(t *testing.T) {
	tests := []struct {
		name string
		out  bool
	}{
		{"jetstream/jetstream/$G/streams/FEED_store/msgs/1.blk", true},
		{"jetstream/jetstream/$G/streams/HQ_IN/obs/store/o.dat", true},
		{"jetstream/jetstream/$G/streams/HQ_IN/msgs/1.blk", false},
		{"jetstream/jetstream/$G/streams/UP/obs/x/o.dat", false},
		{"media/ab.png", false},
	}
	for _, tt := range tests {
		if got := isFeedFile(tt.name); got != tt.out {
			t.Errorf("isFeedFile(%q) = %v; want %v", tt.name, got, tt.out)
		}
	}
}
