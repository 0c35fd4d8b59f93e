package outbox

import (
	"context"
	"encoding/json"
	"errors"
	"slices"
	"testing"
)

// recorder is a Feed that keeps what it was given.
type recorder struct{ ids []string }

func (f *recorder) PublishID(_ context.Context, stream, id string, _ json.RawMessage) (uint64, error) {
	f.ids = append(f.ids, stream+"/"+id)
	return uint64(len(f.ids)), nil
}

func (f *recorder) LastID(string) string {
	if len(f.ids) == 0 {
		return ""
	}
	return f.ids[len(f.ids)-1]
}

func TestRoutesHandEachStreamToItsFeed(t *testing.T) {
	ctx := context.Background()
	live, up := &recorder{}, &recorder{}
	r := Routes{"store": live, "staff": live, "up": up}
	for _, s := range []string{"store", "up", "staff"} {
		if _, err := r.PublishID(ctx, s, "x:1", nil); err != nil {
			t.Fatal(err)
		}
	}
	if want := []string{"store/x:1", "staff/x:1"}; !slices.Equal(live.ids, want) {
		t.Errorf("live feed got %v; want %v", live.ids, want)
	}
	if want := []string{"up/x:1"}; !slices.Equal(up.ids, want) {
		t.Errorf("uplink got %v; want %v", up.ids, want)
	}
	if _, err := r.PublishID(ctx, "chain", "x:2", nil); !errors.Is(err, ErrNoRoute) {
		t.Errorf("publishing to an unrouted stream: err = %v; want ErrNoRoute", err)
	}
	if got := r.LastID("chain"); got != "" {
		t.Errorf("LastID of an unrouted stream = %q; want empty", got)
	}
	if got, want := r.Streams(), []string{"staff", "store", "up"}; !slices.Equal(got, want) {
		t.Errorf("Streams() = %v; want %v", got, want)
	}
}
