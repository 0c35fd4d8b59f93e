package fleet

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"storecast/app/content"
	"storecast/server/auth"
	"storecast/server/hub"
	"storecast/server/store"
)

// TestScreensGauge authenticates screens as the hub would and counts what
// the hub then lists: paired screens by group, an unpaired one, one
// waiting for pairing.
func TestScreensGauge(t *testing.T) {
	ctx := context.Background()
	f, h, st := newFleet(t)
	screens := []struct {
		kind   string
		groups []string
	}{
		{content.KindSignage, []string{"entrance", "fruit"}},
		{content.KindSignage, []string{"entrance"}},
		{content.KindKiosk, nil},
	}
	for i, sc := range screens {
		token := fmt.Sprintf("scd_test-token-%d", i)
		if _, err := st.CreateScreen(ctx, store.Screen{Name: fmt.Sprint("screen ", i), Kind: sc.kind, Groups: sc.groups}, auth.HashSecret(token)); err != nil {
			t.Fatal(err)
		}
		s, err := f.Authenticate(ctx, content.Hello{Kind: sc.kind, Token: token})
		if err != nil {
			t.Fatal(err)
		}
		h.conns = append(h.conns, hub.Connection{Screen: s})
	}
	for _, hello := range []content.Hello{{Kind: content.KindKiosk}, {Kind: content.KindKiosk, Pair: true}} {
		s, err := f.Authenticate(ctx, hello)
		if err != nil {
			t.Fatal(err)
		}
		h.conns = append(h.conns, hub.Connection{Screen: s})
	}
	reg := prometheus.NewRegistry()
	reg.MustRegister(f.Collector())
	want := `
# HELP storecast_screens_connected Screens following the store's feed, by kind.
# TYPE storecast_screens_connected gauge
storecast_screens_connected{kind="kiosk"} 2
storecast_screens_connected{kind="signage"} 2
# HELP storecast_screens_in_group Screens following the store's feed, by kind and group (a screen counts in each of its groups).
# TYPE storecast_screens_in_group gauge
storecast_screens_in_group{group="(none)",kind="kiosk"} 1
storecast_screens_in_group{group="(unpaired)",kind="kiosk"} 1
storecast_screens_in_group{group="entrance",kind="signage"} 2
storecast_screens_in_group{group="fruit",kind="signage"} 1
# HELP storecast_screens_waiting Screens waiting to be paired or enrolled, by kind.
# TYPE storecast_screens_waiting gauge
storecast_screens_waiting{kind="kiosk"} 1
`
	if err := testutil.GatherAndCompare(reg, strings.NewReader(want)); err != nil {
		t.Error(err)
	}
}

// TestGroupLabelsAreCapped: beyond maxGroupLabels groups, the rest (in
// name order) are counted together as "(other)".
func TestGroupLabelsAreCapped(t *testing.T) {
	counts := map[kindGroup]int{{content.KindKiosk, groupNone}: 1, {content.KindKiosk, groupUnpaired}: 1}
	for i := range maxGroupLabels + 5 {
		counts[kindGroup{content.KindSignage, fmt.Sprintf("g%02d", i)}] = 2
	}
	capGroups(counts)
	if got, want := len(counts), maxGroupLabels+3; got != want {
		t.Errorf("%d series after capping; want %d", got, want)
	}
	if got := counts[kindGroup{content.KindSignage, groupOther}]; got != 10 {
		t.Errorf("(other) = %d; want the 5 last groups' 10 screens", got)
	}
	if _, ok := counts[kindGroup{content.KindSignage, fmt.Sprintf("g%02d", maxGroupLabels-1)}]; !ok {
		t.Errorf("group %d of %d was folded; want the first %d kept", maxGroupLabels, maxGroupLabels+5, maxGroupLabels)
	}
	if counts[kindGroup{content.KindKiosk, groupNone}] != 1 || counts[kindGroup{content.KindKiosk, groupUnpaired}] != 1 {
		t.Errorf("(none) and (unpaired) were folded: %v", counts)
	}
}
