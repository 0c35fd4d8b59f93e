package chain

import (
	"context"
	"fmt"
	"testing"
	"time"

	"storecast/app/content"
	"storecast/server/store"
)

func TestSmoke(t *testing.T) {
	ctx := context.Background()
	c := startCluster(t, 3)
	hq := openOffice(t, t.TempDir(), c.clientURLs())
	a := openShop(t, t.TempDir(), "A", "north", c.leafURLs())
	waitFor(t, 20*time.Second, func() error {
		s, err := hq.st.ChainStores(ctx)
		if err != nil || len(s) != 1 {
			return fmt.Errorf("stores %v %v", s, err)
		}
		return nil
	})
	p, err := hq.st.CreatePromotion(ctx, content.Promotion{Title: content.Text{"en": "x"}, Price: 1})
	if err != nil {
		t.Fatal(err)
	}
	waitFor(t, 20*time.Second, func() error {
		_, err := a.st.Promotion(ctx, p.ID)
		return err
	})
	if _, err := a.st.AddPlays(ctx, []store.Play{{ID: "1", Screen: "s"}}); err != nil {
		t.Fatal(err)
	}
	waitFor(t, 20*time.Second, func() error {
		r, err := hq.st.ChainReport(ctx, store.ByStore, "0", "9")
		if err != nil || len(r) != 1 || r[0].Plays != 1 {
			return fmt.Errorf("report %v %v", r, err)
		}
		return nil
	})
}
