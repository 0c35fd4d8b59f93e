package points

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"storecast/app/rest"
	"storecast/server/store"
)

// expiryIssuer issues the expiry job's entries.
const expiryIssuer = "expiry"

// expireDue expires member's lots whose day has come, one entry a lot,
// inside the caller's transaction: spends and reversals call it first, so
// nobody spends points that are due even if the job has not run yet.
func expireDue(ctx context.Context, tx *ledgerTx, member string, now time.Time) error {
	type due struct{ lot, points, before int64 }
	dues, err := all(ctx, tx, func(r rowScanner) (d due, err error) { return d, r.Scan(&d.lot, &d.points, &d.before) },
		qDue, member, now.UnixMilli())
	if err != nil {
		return err
	}
	for _, d := range dues {
		// A lot expires again only if a reversed spend gave it points
		// back after its day: the key counts its expiries.
		e := entry{member: member, PointsEntry: rest.PointsEntry{Kind: rest.PointsExpire, Points: -d.points,
			Issuer: expiryIssuer, Key: fmt.Sprintf("lot-%d-%d", d.lot, d.before+1), At: now}}
		if _, err := add(ctx, tx, &e); err != nil {
			return err
		}
		if err := take(ctx, tx, member, e.Seq, d.lot, d.points); err != nil {
			return err
		}
	}
	return nil
}

// expireBatch is how many members one transaction of the job expires, so
// a large run never holds the writer long.
const expireBatch = 100

// Expire expires every lot due now and returns how many members it
// touched.
func (l *Ledger) Expire(ctx context.Context) (int, error) {
	now := l.now()
	total := 0
	for {
		n := 0
		err := l.st.Record(ctx, func(st *store.Tx) error {
			tx := l.tx(st)
			members, err := all(ctx, tx, func(r rowScanner) (id string, err error) { return id, r.Scan(&id) },
				`SELECT DISTINCT member_id FROM point_lots
				WHERE remaining > 0 AND expires_at <= ? LIMIT ?`, now.UnixMilli(), expireBatch)
			if err != nil {
				return err
			}
			for _, id := range members {
				if err := expireDue(ctx, tx, id, now); err != nil {
					return err
				}
			}
			n = len(members)
			return nil
		})
		if err != nil {
			return total, fmt.Errorf("points: expire: %w", err)
		}
		total += n
		if n < expireBatch {
			return total, nil
		}
	}
}

// RunExpiry expires what is due every interval until ctx ends, then
// deletes memberships dormant for longer than dormant (RetireDormant; 0:
// never).
func (l *Ledger) RunExpiry(ctx context.Context, every, dormant time.Duration, log *slog.Logger) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		if n, err := l.Expire(ctx); err != nil {
			log.Warn("points expiry", slog.Any("err", err))
		} else if n > 0 {
			log.Info("points expired", slog.Int("members", n))
		}
		if n, err := l.RetireDormant(ctx, dormant); err != nil {
			log.Warn("points: dormant memberships", slog.Any("err", err))
		} else if n > 0 {
			log.Info("points: dormant memberships deleted", slog.Int("members", n))
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
