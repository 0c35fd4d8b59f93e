package store

import (
	"context"
	"errors"
	"fmt"

	"storecast/app/content"
)

// ApplyHQ applies in the store one change of head office's content:
// origin is head office's id, row its outbox row (it grows with every
// change), mine whether the item is for this store.
//
// It is a change by "hq", audited like any other: the item is written with
// source 'hq' (read-only for everyone else, see ErrFromHQ) and the same
// event goes to the store's screens through the store's own outbox, in
// the one transaction that also records row as applied. A row at or
// below the last one applied came again and is skipped (applied false).
// An item not for this store is removed if the store holds a copy (head
// office narrowed its targets), and otherwise only recorded.
func (s *Store) ApplyHQ(ctx context.Context, origin string, row int64, e content.Event, mine bool) (bool, error) {
	ctx = WithActor(ctx, "hq")
	err := s.change(ctx, "hq."+e.Op, func(tx *Tx) error {
		if err := claimRow(tx, origin, row); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO chain_applying (one) VALUES (1)`); err != nil {
			return err
		}
		tx.Audit(eventItemID(e), map[bool]string{true: "", false: "not for this store"}[mine])
		if err := applyHQ(tx, e, mine); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, `DELETE FROM chain_applying`)
		return err
	})
	ok, err := applied(err)
	if err != nil {
		return false, fmt.Errorf("store: apply hq %s:%d %s: %w", origin, row, e.Op, err)
	}
	return ok, nil
}

// errNoItem is an event of head office's that lacks its item.
var errNoItem = errors.New("the event carries no item")

func applyHQ(tx *Tx, e content.Event, mine bool) error {
	switch e.Op {
	case content.OpPromotionUpsert:
		if e.Promotion == nil {
			return errNoItem
		}
		if mine {
			return upsertHQPromotion(tx, *e.Promotion)
		}
		return dropHQ(tx, "promotions", e.Promotion.ID, content.OpPromotionDelete)
	case content.OpPromotionDelete:
		return dropHQ(tx, "promotions", e.ID, content.OpPromotionDelete)
	case content.OpCampaignUpsert:
		if e.Campaign == nil {
			return errNoItem
		}
		if mine {
			return upsertHQCampaign(tx, *e.Campaign)
		}
		return dropHQ(tx, "campaigns", e.Campaign.ID, content.OpCampaignDelete)
	case content.OpCampaignDelete:
		return dropHQ(tx, "campaigns", e.ID, content.OpCampaignDelete)
	case content.OpPlaylistUpsert:
		if e.Playlist == nil {
			return errNoItem
		}
		if mine {
			return upsertHQPlaylist(tx, *e.Playlist)
		}
		return dropHQPlaylist(tx, e.Playlist.ID)
	case content.OpPlaylistDelete:
		return dropHQPlaylist(tx, e.ID)
	case content.OpScheduleUpsert:
		if e.Schedule == nil {
			return errNoItem
		}
		if mine {
			return upsertHQSchedule(tx, *e.Schedule)
		}
		return dropHQ(tx, "schedules", e.Schedule.ID, content.OpScheduleDelete)
	case content.OpScheduleDelete:
		return dropHQ(tx, "schedules", e.ID, content.OpScheduleDelete)
	case content.OpOverrideSet:
		if e.Override == nil {
			return errNoItem
		}
		if mine {
			return upsertHQOverride(tx, *e.Override)
		}
		return clearHQOverride(tx, e.Override.ID)
	case content.OpOverrideClear:
		return clearHQOverride(tx, e.ID)
	case content.OpChainPrices:
		return applyChainPrices(tx, e.Prices) // every store: targets are for content, not prices
	case content.OpChainProductDelete:
		return dropHQProduct(tx, e.ID) // every store, as prices
	}
	// An op this store does not know (a newer head office): recorded as
	// applied, so it does not block what follows.
	return nil
}

// emitIfChanged sends e to screens when the statement before it changed a
// row: an upsert that matched a store's own item, or a delete of an item
// the store never held, tells screens nothing.
func emitIfChanged(tx *Tx, n int64, e content.Event) error {
	if n == 0 {
		return nil
	}
	return tx.Emit(content.StreamStore, e)
}

// dropHQ deletes head office's item id from table, if the store holds it.
// table is one of the chain's tables, never input.
func dropHQ(tx *Tx, table, id, op string) error {
	res, err := tx.ExecContext(tx.ctx, `DELETE FROM `+table+` WHERE id = ? AND source = 'hq'`, id)
	if err != nil {
		return err
	}
	n, _ := res.RowsAffected()
	return emitIfChanged(tx, n, content.Event{Op: op, ID: id})
}

func upsertHQPromotion(tx *Tx, p content.Promotion) error {
	p = normalize(p)
	title, body, groups, err := encodePromotion(p)
	if err != nil {
		return err
	}
	ms := p.UpdatedAt.UnixMilli()
	res, err := tx.ExecContext(tx.ctx, `INSERT INTO promotions
		(id, title, body, image, price, was_price, valid_from, valid_to, priority, category, groups, created_at, updated_at, source)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'hq')
		ON CONFLICT (id) DO UPDATE SET title = excluded.title, body = excluded.body, image = excluded.image,
			price = excluded.price, was_price = excluded.was_price, valid_from = excluded.valid_from,
			valid_to = excluded.valid_to, priority = excluded.priority, category = excluded.category,
			groups = excluded.groups, updated_at = excluded.updated_at
		WHERE promotions.source = 'hq'`,
		p.ID, title, body, p.Image, p.Price, p.WasPrice, toMillis(p.ValidFrom), toMillis(p.ValidTo),
		p.Priority, p.Category, groups, ms, ms)
	if err != nil {
		return err
	}
	n, _ := res.RowsAffected()
	return emitIfChanged(tx, n, content.Event{Op: content.OpPromotionUpsert, Promotion: &p})
}

func upsertHQCampaign(tx *Tx, c content.Campaign) error {
	title, offer, groups, err := campaignJSON(c)
	if err != nil {
		return err
	}
	ms := c.UpdatedAt.UnixMilli()
	res, err := tx.ExecContext(tx.ctx, `INSERT INTO campaigns (id, title, offer, quantity, claimed, per_device, window_minutes,
			valid_from, valid_to, coupon_minutes, groups, status, created_at, updated_at, promotion, source)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'hq')
		ON CONFLICT (id) DO UPDATE SET title = excluded.title, offer = excluded.offer, quantity = excluded.quantity,
			claimed = excluded.claimed, per_device = excluded.per_device, window_minutes = excluded.window_minutes,
			valid_from = excluded.valid_from, valid_to = excluded.valid_to, coupon_minutes = excluded.coupon_minutes,
			groups = excluded.groups, status = excluded.status, updated_at = excluded.updated_at, promotion = excluded.promotion
		WHERE campaigns.source = 'hq'`,
		c.ID, title, offer, c.Quantity, c.Claimed, c.PerDevice, c.WindowMinutes, toMillis(c.ValidFrom), toMillis(c.ValidTo),
		c.CouponMinutes, groups, c.Status, ms, ms, c.Promotion)
	if err != nil {
		return err
	}
	n, _ := res.RowsAffected()
	return emitIfChanged(tx, n, content.Event{Op: content.OpCampaignUpsert, Campaign: &c})
}
