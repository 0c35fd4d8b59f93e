package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"storecast/app/content"
	"storecast/app/rest"
)

// The points catalogue (migration points_items): coupon campaigns members
// get for points. The exchange itself is the API's: a ledger spend and a
// claim, which live in different books when the store is in a chain.

const pointsItemSelect = `SELECT i.id, i.campaign_id, c.title, i.price
	FROM point_items i JOIN campaigns c ON c.id = i.campaign_id`

func scanPointsItem(r rowScanner) (rest.PointsItem, error) {
	var it rest.PointsItem
	var title string
	if err := r.Scan(&it.ID, &it.Campaign, &title, &it.Price); err != nil {
		return it, err
	}
	var err error
	it.Title, err = decodeText(title)
	return it, err
}

// PointsItems lists the catalogue, cheapest first; liveOnly keeps the
// items whose campaign is live and not sold out here (what a kiosk
// offers; head office may still refuse a chain campaign's claim).
func (s *Store) PointsItems(ctx context.Context, liveOnly bool) ([]rest.PointsItem, error) {
	its, err := queryAll(ctx, s, scanPointsItem, pointsItemSelect+`
		WHERE ? = 0 OR (c.status = 'live' AND c.claimed < c.quantity)
		ORDER BY i.price, i.id LIMIT ?`, liveOnly, s.listMax)
	if err != nil {
		return nil, fmt.Errorf("store: points items: %w", err)
	}
	return its, nil
}

// PointsItem returns one item, or ErrNotFound.
func (s *Store) PointsItem(ctx context.Context, id string) (rest.PointsItem, error) {
	it, err := scanPointsItem(s.queryRow(ctx, pointsItemSelect+` WHERE i.id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		err = ErrNotFound
	}
	if err != nil {
		return rest.PointsItem{}, fmt.Errorf("store: points item: %w", err)
	}
	return it, nil
}

// ValidatePointsItem checks an item's fields; the campaign's existence is
// checked when it is written.
func ValidatePointsItem(in rest.PointsItemInput) error {
	switch {
	case in.Campaign == "":
		return &content.FieldError{Field: "campaign", Message: "name the coupon campaign the item gives"}
	case in.Price < 1 || in.Price > 1_000_000_000:
		return &content.FieldError{Field: "price", Message: "the price is a whole number of points from 1"}
	}
	return nil
}

// SavePointsItem creates (id "") or replaces an item. An unknown campaign
// is a *content.FieldError; an unknown id is ErrNotFound.
func (s *Store) SavePointsItem(ctx context.Context, id string, in rest.PointsItemInput) (rest.PointsItem, error) {
	if err := ValidatePointsItem(in); err != nil {
		return rest.PointsItem{}, err
	}
	action := "points_item.update"
	if id == "" {
		id, action = NewID(), "points_item.create"
	}
	err := s.change(ctx, action, func(tx *Tx) error {
		if _, err := campaignIn(tx, in.Campaign); errors.Is(err, sql.ErrNoRows) {
			return &content.FieldError{Field: "campaign", Message: "no such campaign"}
		} else if err != nil {
			return err
		}
		now := s.now().UnixMilli()
		var res sql.Result
		var err error
		if action == "points_item.create" {
			res, err = tx.ExecContext(ctx, `INSERT INTO point_items (id, campaign_id, price, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?)`, id, in.Campaign, in.Price, now, now)
		} else {
			res, err = tx.ExecContext(ctx, `UPDATE point_items SET campaign_id = ?, price = ?, updated_at = ?
				WHERE id = ?`, in.Campaign, in.Price, now, id)
		}
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return ErrNotFound
		}
		tx.Audit(id, fmt.Sprintf("campaign %s for %d points", in.Campaign, in.Price))
		return nil
	})
	if err != nil {
		var fe *content.FieldError
		if errors.As(err, &fe) {
			return rest.PointsItem{}, err
		}
		return rest.PointsItem{}, fmt.Errorf("store: save points item: %w", err)
	}
	return s.PointsItem(ctx, id)
}

// DeletePointsItem takes an item out of the catalogue; coupons already
// exchanged for it stay valid.
func (s *Store) DeletePointsItem(ctx context.Context, id string) error {
	err := s.change(ctx, "points_item.delete", func(tx *Tx) error {
		res, err := tx.ExecContext(ctx, `DELETE FROM point_items WHERE id = ?`, id)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return ErrNotFound
		}
		tx.Audit(id, "")
		return nil
	})
	if err != nil {
		return fmt.Errorf("store: delete points item: %w", err)
	}
	return nil
}
