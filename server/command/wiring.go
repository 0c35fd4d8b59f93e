package command

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"storecast/app/content"
	"storecast/assets"
	"storecast/server/hub"
	"storecast/server/media"
	"storecast/server/store"
)

// snapshot reads the store stream's whole state.
func snapshot(ctx context.Context, st *store.Store) (content.Snapshot, error) {
	ps, err := st.Promotions(ctx)
	if err != nil {
		return content.Snapshot{}, err
	}
	if ps == nil {
		ps = []content.Promotion{}
	}
	os, err := st.ActiveOverrides(ctx)
	if err != nil {
		return content.Snapshot{}, err
	}
	snap := content.Snapshot{Promotions: ps, Overrides: os}
	if snap.Events, err = st.Events(ctx, time.Now()); err != nil {
		return content.Snapshot{}, err
	}
	if snap.Categories, err = st.Categories(ctx); err != nil {
		return content.Snapshot{}, err
	}
	if snap.Campaigns, err = st.Campaigns(ctx, true); err != nil {
		return content.Snapshot{}, err
	}
	g := &content.Signage{}
	if g.Store, err = st.StoreInfo(ctx); err != nil {
		return content.Snapshot{}, err
	}
	if g.Playlists, err = st.Playlists(ctx); err != nil {
		return content.Snapshot{}, err
	}
	if g.Schedules, err = st.Schedules(ctx); err != nil {
		return content.Snapshot{}, err
	}
	snap.Signage = g
	p, err := st.Power(ctx)
	if err != nil {
		return content.Snapshot{}, err
	}
	snap.Power = &p
	switch b, err := st.Brand(ctx); {
	case err == nil:
		snap.Brand = &b
	case !errors.Is(err, store.ErrNotFound):
		return content.Snapshot{}, err
	}
	return snap, nil
}

func snapshotFunc(st *store.Store) hub.SnapshotFunc {
	return func(ctx context.Context, stream string) (json.RawMessage, error) {
		s, err := snapshot(ctx, st)
		if err != nil {
			return nil, err
		}
		return json.Marshal(s)
	}
}

// prerenderSource gives server-rendered pages the state and the stream
// position it was taken at. The position is read first: a change that lands
// in between is in the state and replayed once more, which is harmless.
//
// The render does not know which screen asked: a page request carries no
// device token (it lives in the screen's storage and goes only in the
// feed's first message). So the page paints as an unpaired screen does,
// with only the promotions for every screen (screen.State.Groups is nil
// until the feed's welcome), and the wasm adds the ones for its groups as
// soon as the welcome names them. The state itself keeps every promotion:
// the feed resumes from its position and would never send again one left
// out here, and the store stream sends them all to every screen anyway.
//
// It is a screen.Source; the plain func type keeps app/screen, browser
// code, out of the server.
func prerenderSource(st *store.Store, b hub.Broker) func(context.Context) (content.Checkpoint, error) {
	return func(ctx context.Context) (content.Checkpoint, error) {
		epoch, seq := b.Head(content.StreamStore)
		s, err := snapshot(ctx, st)
		return content.Checkpoint{Epoch: epoch, Seq: seq, Snapshot: s}, err
	}
}

func seedDemo(ctx context.Context, st *store.Store, lib *media.Library) (bool, error) {
	return st.SeedDemo(ctx, func(name string) (string, error) {
		f, err := assets.Demo.Open("demo/" + name + ".png")
		if err != nil {
			return "", nil // a demo without a picture is still a demo
		}
		defer f.Close()
		return lib.Save(f)
	})
}

const adminTokenFile = "admin-token"

// adminToken returns the data directory's admin API token, creating it (mode
// 0600) on first start so no default secret ever exists.
func adminToken(dir string) (string, error) {
	path := filepath.Join(dir, adminTokenFile)
	b, err := os.ReadFile(path)
	if err == nil {
		tok := strings.TrimSpace(string(b))
		if len(tok) < MinAdminTokenLen {
			return "", fmt.Errorf("admin token in %s is shorter than %d characters", path, MinAdminTokenLen)
		}
		return tok, nil
	}
	if !errors.Is(err, os.ErrNotExist) {
		return "", fmt.Errorf("admin token: %w", err)
	}
	raw := make([]byte, 24)
	if _, err := rand.Read(raw); err != nil {
		return "", err
	}
	tok := "sc_" + hex.EncodeToString(raw)
	if err := os.WriteFile(path, []byte(tok+"\n"), 0o600); err != nil {
		return "", fmt.Errorf("admin token: %w", err)
	}
	return tok, nil
}

// origin returns scheme://host of a URL, as browsers send in Origin.
func origin(publicURL string) string {
	u, err := url.Parse(publicURL)
	if err != nil {
		return ""
	}
	return u.Scheme + "://" + u.Host
}
