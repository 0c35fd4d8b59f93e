package store

import (
	"database/sql"
	"encoding/json"
	"errors"

	"storecast/app/content"
)

// chainKinds are the ops of head office's content, by the kind of item
// they change; the rest of the store stream (categories, store events,
// the store's clock) stays at head office.
var chainKinds = map[string]string{
	content.OpPromotionUpsert: "promotion", content.OpPromotionDelete: "promotion",
	content.OpCampaignUpsert: "campaign", content.OpCampaignDelete: "campaign",
	content.OpPlaylistUpsert: "playlist", content.OpPlaylistDelete: "playlist",
	content.OpScheduleUpsert: "schedule", content.OpScheduleDelete: "schedule",
	content.OpOverrideSet: "override", content.OpOverrideClear: "override",
}

// emitChain writes an event of head office's content to the outbox of
// StreamChain too, with the stores it is for, in the transaction that
// makes the change: the stores get every change head office commits, and
// none it does not.
func (t *Tx) emitChain(e any) error {
	ev, ok := e.(content.Event)
	if !ok {
		return nil
	}
	kind, ok := chainKinds[ev.Op]
	if !ok {
		return nil
	}
	id := eventItemID(ev)
	var targets content.Targets
	switch {
	case id == ev.ID: // a delete goes to every store: one that holds no copy ignores it
	case hasTargets(t):
		targets, _ = targetsFrom(t.ctx)
		if err := saveTargets(t, kind, id, targets); err != nil {
			return err
		}
	default:
		var err error
		if targets, err = loadTargets(t, kind, id); err != nil {
			return err
		}
	}
	return t.toStores(content.ChainItem{Targets: targets, Event: ev})
}

// toStores writes an item of head office's for the stores to the outbox of
// StreamChain.
func (t *Tx) toStores(it content.ChainItem) error {
	b, err := json.Marshal(it)
	if err != nil {
		return err
	}
	_, err = t.ExecContext(t.ctx, `INSERT INTO outbox (stream, data) VALUES (?, ?)`, StreamChain, b)
	return err
}

func hasTargets(t *Tx) bool { _, ok := targetsFrom(t.ctx); return ok }

// eventItemID is the id of the item an event changes; for deletes, ev.ID.
func eventItemID(ev content.Event) string {
	switch {
	case ev.Promotion != nil:
		return ev.Promotion.ID
	case ev.Campaign != nil:
		return ev.Campaign.ID
	case ev.Playlist != nil:
		return ev.Playlist.ID
	case ev.Schedule != nil:
		return ev.Schedule.ID
	case ev.Override != nil:
		return ev.Override.ID
	}
	return ev.ID
}

func saveTargets(t *Tx, kind, id string, tg content.Targets) error {
	regions, _ := json.Marshal(nonNil(tg.Regions))
	stores, _ := json.Marshal(nonNil(tg.Stores))
	_, err := t.ExecContext(t.ctx, `INSERT INTO chain_targets (kind, id, regions, stores) VALUES (?, ?, ?, ?)
		ON CONFLICT (kind, id) DO UPDATE SET regions = excluded.regions, stores = excluded.stores`,
		kind, id, string(regions), string(stores))
	return err
}

func loadTargets(t *Tx, kind, id string) (content.Targets, error) {
	var tg content.Targets
	var regions, stores string
	err := t.QueryRowContext(t.ctx, `SELECT regions, stores FROM chain_targets WHERE kind = ? AND id = ?`, kind, id).Scan(&regions, &stores)
	if errors.Is(err, sql.ErrNoRows) {
		return tg, nil // every store
	}
	if err != nil {
		return tg, err
	}
	if err := json.Unmarshal([]byte(regions), &tg.Regions); err != nil {
		return tg, err
	}
	if err := json.Unmarshal([]byte(stores), &tg.Stores); err != nil {
		return tg, err
	}
	if len(tg.Regions) == 0 {
		tg.Regions = nil
	}
	if len(tg.Stores) == 0 {
		tg.Stores = nil
	}
	return tg, nil
}
