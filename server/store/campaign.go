package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"storecast/app/content"
)

const campaignColumns = `id, title, offer, quantity, claimed, per_device, window_minutes,
	valid_from, valid_to, coupon_minutes, groups, status, updated_at, promotion, source`

// CreateCampaign stores a campaign under a new id.
func (s *Store) CreateCampaign(ctx context.Context, c content.Campaign) (content.Campaign, error) {
	c.ID, c.UpdatedAt, c.Claimed = NewID(), s.now(), 0
	err := s.change(ctx, "campaign.create", func(tx *Tx) error {
		title, offer, groups, err := campaignJSON(c)
		if err != nil {
			return err
		}
		ms := c.UpdatedAt.UnixMilli()
		_, err = tx.ExecContext(ctx, `INSERT INTO campaigns (id, title, offer, quantity, per_device, window_minutes,
			valid_from, valid_to, coupon_minutes, groups, status, created_at, updated_at, promotion)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			c.ID, title, offer, c.Quantity, c.PerDevice, c.WindowMinutes, toMillis(c.ValidFrom), toMillis(c.ValidTo),
			c.CouponMinutes, groups, c.Status, ms, ms, c.Promotion)
		if err != nil {
			return err
		}
		tx.Audit(c.ID, c.Title.In(content.DefaultLocale))
		return emitCampaign(tx, c)
	})
	if err != nil {
		return content.Campaign{}, fmt.Errorf("store: create campaign: %w", err)
	}
	return c, nil
}

// UpdateCampaign replaces a campaign's settings; the quantity cannot drop
// below what was already claimed.
func (s *Store) UpdateCampaign(ctx context.Context, c content.Campaign) (content.Campaign, error) {
	c.UpdatedAt = s.now()
	err := s.change(ctx, "campaign.update", func(tx *Tx) error {
		title, offer, groups, err := campaignJSON(c)
		if err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, `UPDATE campaigns SET title = ?, offer = ?, quantity = ?, per_device = ?,
			window_minutes = ?, valid_from = ?, valid_to = ?, coupon_minutes = ?, groups = ?, status = ?, updated_at = ?,
			promotion = ?
			WHERE id = ? AND claimed <= ?`,
			title, offer, c.Quantity, c.PerDevice, c.WindowMinutes, toMillis(c.ValidFrom), toMillis(c.ValidTo),
			c.CouponMinutes, groups, c.Status, c.UpdatedAt.UnixMilli(), c.Promotion, c.ID, c.Quantity)
		if err != nil {
			return err
		}
		if err := oneRow(res); err != nil {
			if _, e := scanCampaign(tx.QueryRowContext(ctx, `SELECT `+campaignColumns+` FROM campaigns WHERE id = ?`, c.ID)); e == nil {
				return ErrBelowClaimed
			}
			return err
		}
		tx.Audit(c.ID, c.Status+": "+c.Title.In(content.DefaultLocale))
		if c, err = campaignIn(tx, c.ID); err != nil {
			return err
		}
		return emitCampaign(tx, c)
	})
	if err != nil {
		return content.Campaign{}, fmt.Errorf("store: update campaign: %w", err)
	}
	return c, nil
}

// campaignIn reads a campaign inside a write transaction, counts included.
func campaignIn(tx *Tx, id string) (content.Campaign, error) {
	return scanCampaign(tx.QueryRowContext(tx.ctx, `SELECT `+campaignColumns+` FROM campaigns WHERE id = ?`, id))
}

// emitCampaign tells kiosks and signage about c; a campaign that is not
// live is sent too, so screens drop it.
func emitCampaign(tx *Tx, c content.Campaign) error {
	return tx.Emit(content.StreamStore, content.Event{Op: content.OpCampaignUpsert, Campaign: &c})
}

// ErrBelowClaimed refuses a quantity lower than the coupons already issued.
var ErrBelowClaimed = errors.New("the quantity is lower than the coupons already claimed")

// Campaign returns one campaign.
func (s *Store) Campaign(ctx context.Context, id string) (content.Campaign, error) {
	c, err := scanCampaign(s.queryRow(ctx, `SELECT `+campaignColumns+` FROM campaigns WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		err = ErrNotFound
	}
	if err != nil {
		return content.Campaign{}, fmt.Errorf("store: campaign: %w", err)
	}
	return c, nil
}

// Campaigns lists campaigns (at most listMax), newest first; liveOnly
// keeps the live ones.
func (s *Store) Campaigns(ctx context.Context, liveOnly bool) ([]content.Campaign, error) {
	cs, err := queryAll(ctx, s, scanCampaign, `SELECT `+campaignColumns+` FROM campaigns
		WHERE ? = 0 OR status = 'live' ORDER BY created_at DESC, id LIMIT ?`, liveOnly, s.listMax)
	if err != nil {
		return nil, fmt.Errorf("store: campaigns: %w", err)
	}
	return cs, nil
}

func campaignJSON(c content.Campaign) (title, offer, groups string, err error) {
	if title, err = encodeText(c.Title); err != nil {
		return
	}
	if offer, err = encodeText(c.Offer); err != nil {
		return
	}
	g := c.Groups
	if g == nil {
		g = []string{}
	}
	b, err := json.Marshal(g)
	return title, offer, string(b), err
}

func scanCampaign(r rowScanner) (content.Campaign, error) {
	var c content.Campaign
	var title, offer, groups, source string
	var from, to sql.NullInt64
	var updated int64
	if err := r.Scan(&c.ID, &title, &offer, &c.Quantity, &c.Claimed, &c.PerDevice, &c.WindowMinutes,
		&from, &to, &c.CouponMinutes, &groups, &c.Status, &updated, &c.Promotion, &source); err != nil {
		return content.Campaign{}, err
	}
	c.FromHQ = source == sourceHQ
	var err error
	if c.Title, err = decodeText(title); err != nil {
		return content.Campaign{}, err
	}
	if c.Offer, err = decodeText(offer); err != nil {
		return content.Campaign{}, err
	}
	if err := json.Unmarshal([]byte(groups), &c.Groups); err != nil {
		return content.Campaign{}, err
	}
	if len(c.Groups) == 0 {
		c.Groups = nil
	}
	c.ValidFrom, c.ValidTo = fromMillis(from), fromMillis(to)
	c.UpdatedAt = time.UnixMilli(updated).UTC()
	return c, nil
}
