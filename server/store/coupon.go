package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"storecast/app/content"
)

// Claim refusals, for the kiosk to explain.
var (
	ErrNotClaimable = errors.New("this offer is not available now")
	// ErrEnded is ErrNotClaimable for good: the offer ended or its last
	// day passed.
	ErrEnded       = fmt.Errorf("this offer has ended: %w", ErrNotClaimable)
	ErrSoldOut     = errors.New("all coupons of this offer have been claimed")
	ErrDeviceLimit = errors.New("this screen has claimed its share of this offer; try again later")
	ErrSerialTaken = errors.New("serial taken")
)

// Claim issues one coupon with serial from campaign to device, in one
// transaction: the campaign is counted up only while below its quantity,
// and the device's claims in the window are counted inside the same
// (immediate, so serialised) transaction, so neither limit can be overshot
// by concurrent kiosks.
func (s *Store) Claim(ctx context.Context, campaignID, device string, serial uint32) (content.Coupon, error) {
	now := s.now()
	var cp content.Coupon
	err := s.record(ctx, func(tx *Tx) error {
		c, err := scanCampaign(tx.QueryRowContext(ctx, `SELECT `+campaignColumns+` FROM campaigns WHERE id = ?`, campaignID))
		if errors.Is(err, sql.ErrNoRows) {
			return ErrNotFound
		}
		if err != nil {
			return err
		}
		switch {
		case c.Status == content.CampaignEnded || c.ValidTo != nil && !now.Before(*c.ValidTo):
			return ErrEnded
		case c.Status != content.CampaignLive || c.ValidFrom != nil && now.Before(*c.ValidFrom):
			return ErrNotClaimable
		}
		var mine int
		since := now.Add(-time.Duration(c.WindowMinutes) * time.Minute).UnixMilli()
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM coupons WHERE campaign_id = ? AND device = ? AND issued_at > ?`,
			campaignID, device, since).Scan(&mine); err != nil {
			return err
		}
		if mine >= c.PerDevice {
			return ErrDeviceLimit
		}
		res, err := tx.ExecContext(ctx, `UPDATE campaigns SET claimed = claimed + 1 WHERE id = ? AND claimed < quantity`, campaignID)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return ErrSoldOut
		}
		expires := now.Add(time.Duration(c.CouponMinutes) * time.Minute)
		if c.ValidTo != nil && c.ValidTo.Before(expires) {
			expires = *c.ValidTo
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO coupons (serial, campaign_id, device, issued_at, expires_at) VALUES (?, ?, ?, ?, ?)`,
			serial, campaignID, device, now.UnixMilli(), expires.UnixMilli()); err != nil {
			if isUnique(err) {
				return ErrSerialTaken
			}
			return err
		}
		cp = content.Coupon{Campaign: c.ID, Title: c.Title, Offer: c.Offer, IssuedAt: now.UTC().Truncate(time.Millisecond),
			ExpiresAt: expires.UTC().Truncate(time.Millisecond), Status: content.CouponIssued}
		if err := tx.countUp(content.UpClaim, 1); err != nil {
			return err
		}
		// Screens show what is left, and drop the campaign when none is.
		if c, err = campaignIn(tx, c.ID); err != nil {
			return err
		}
		return emitCampaign(tx, c)
	})
	s.Metrics.claimed(err)
	if err != nil {
		return content.Coupon{}, fmt.Errorf("store: claim: %w", err)
	}
	return cp, nil
}

// Coupon returns the coupon with serial and its state now.
func (s *Store) Coupon(ctx context.Context, serial uint32) (content.Coupon, error) {
	var cp content.Coupon
	err := s.reading(ctx, func(conn *sql.Conn) (err error) {
		cp, err = s.coupon(ctx, conn, serial)
		return err
	})
	if err != nil {
		return content.Coupon{}, fmt.Errorf("store: coupon: %w", err)
	}
	return cp, nil
}

type querier interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

func (s *Store) coupon(ctx context.Context, q querier, serial uint32) (content.Coupon, error) {
	var cp content.Coupon
	var title, offer string
	var issued, expires int64
	var redeemedAt sql.NullInt64
	var redeemedBy sql.NullString
	err := q.QueryRowContext(ctx, `SELECT c.campaign_id, k.title, k.offer, c.issued_at, c.expires_at, c.status, c.redeemed_at, c.redeemed_by
		FROM coupons c JOIN campaigns k ON k.id = c.campaign_id WHERE c.serial = ?`, serial).
		Scan(&cp.Campaign, &title, &offer, &issued, &expires, &cp.Status, &redeemedAt, &redeemedBy)
	if errors.Is(err, sql.ErrNoRows) {
		return content.Coupon{}, ErrNotFound
	}
	if err != nil {
		return content.Coupon{}, err
	}
	cp.Title, _ = decodeText(title)
	cp.Offer, _ = decodeText(offer)
	cp.IssuedAt, cp.ExpiresAt = time.UnixMilli(issued).UTC(), time.UnixMilli(expires).UTC()
	cp.RedeemedAt, cp.RedeemedBy = fromMillis(redeemedAt), redeemedBy.String
	if cp.Status == content.CouponIssued && !s.now().Before(cp.ExpiresAt) {
		cp.Status = content.CouponExpired
	}
	return cp, nil
}

// Redeem marks the coupon used, once: of any number of concurrent calls for
// one serial exactly one gets redeemed=true; the others get the coupon as it
// now stands (already redeemed, expired or void) and redeemed=false.
func (s *Store) Redeem(ctx context.Context, serial uint32, cashier string) (cp content.Coupon, redeemed bool, err error) {
	err = s.change(ctx, "coupon.redeem", func(tx *Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE coupons SET status = 'redeemed', redeemed_at = ?, redeemed_by = ?
			WHERE serial = ? AND status = 'issued' AND expires_at > ?`, s.now().UnixMilli(), cashier, serial, s.now().UnixMilli())
		if err != nil {
			return err
		}
		n, _ := res.RowsAffected()
		redeemed = n == 1
		if cp, err = s.coupon(ctx, tx, serial); err != nil {
			return err
		}
		// A refused attempt is audited too: a code tried twice at a till
		// is worth seeing.
		outcome := "redeemed"
		if !redeemed {
			outcome = "refused, " + cp.Status
		}
		tx.Audit(fmt.Sprint(serial), outcome+": "+cp.Title.In(content.DefaultLocale))
		if redeemed {
			return tx.countUp(content.UpRedeem, 1)
		}
		return nil
	})
	s.Metrics.redeemed(redeemOutcome(cp, redeemed, err))
	if err != nil {
		return content.Coupon{}, false, fmt.Errorf("store: redeem: %w", err)
	}
	return cp, redeemed, nil
}

// redeemOutcome names Redeem's answer for its metric.
func redeemOutcome(cp content.Coupon, redeemed bool, err error) string {
	switch {
	case errors.Is(err, ErrNotFound):
		return "unknown"
	case err != nil:
		return "error"
	case redeemed:
		return "redeemed"
	case cp.Status == content.CouponRedeemed:
		return "already_redeemed"
	case cp.Status == content.CouponExpired:
		return "expired"
	}
	return "void"
}

// CampaignReport counts a campaign's coupons.
type CampaignReport struct {
	Claimed  int
	Redeemed int
	Expired  int
	Void     int
	Rate     float64 // redeemed / claimed
}

// Report counts campaign's coupons by state now.
func (s *Store) Report(ctx context.Context, campaignID string) (CampaignReport, error) {
	var r CampaignReport
	now := s.now().UnixMilli()
	err := s.queryRow(ctx, `SELECT count(*),
		coalesce(sum(status = 'redeemed'), 0),
		coalesce(sum(status = 'issued' AND expires_at <= ?), 0),
		coalesce(sum(status = 'void'), 0)
		FROM coupons WHERE campaign_id = ?`, now, campaignID).Scan(&r.Claimed, &r.Redeemed, &r.Expired, &r.Void)
	if err != nil {
		return r, fmt.Errorf("store: report: %w", err)
	}
	if r.Claimed > 0 {
		r.Rate = float64(r.Redeemed) / float64(r.Claimed)
	}
	return r, nil
}

// Redemptions lists coupons redeemed by cashier, newest first.
func (s *Store) Redemptions(ctx context.Context, cashier string, limit int) ([]uint32, error) {
	serials, err := queryAll(ctx, s, func(r rowScanner) (uint32, error) {
		var serial uint32
		err := r.Scan(&serial)
		return serial, err
	}, `SELECT serial FROM coupons WHERE redeemed_by = ? ORDER BY redeemed_at DESC LIMIT ?`, cashier, limit)
	if err != nil {
		return nil, fmt.Errorf("store: redemptions: %w", err)
	}
	return serials, nil
}

func isUnique(err error) bool {
	return err != nil && (errors.Is(err, ErrExists) || containsFold(err.Error(), "UNIQUE") || containsFold(err.Error(), "PRIMARY KEY"))
}

func containsFold(s, sub string) bool {
	return strings.Contains(strings.ToUpper(s), strings.ToUpper(sub))
}
