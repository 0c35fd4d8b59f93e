package points

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"storecast/app/content"
	"storecast/app/rest"
	"storecast/server/store"
)

// Refusals of partner merchants.
var (
	// ErrNoPartner is an exchange or edit naming no partner, or
	// (exchanges) one not active.
	ErrNoPartner = errors.New("no such active partner merchant")
	// ErrPartnersAtHQ refuses a chain store's change to the partners: in
	// a chain they are head office's, as the ledger is.
	ErrPartnersAtHQ = errors.New("in a chain the partner merchants are set at head office")
)

// maxRate bounds a rate's terms so points × num stays far inside int64.
const maxRate = 1_000_000

// ValidatePartner checks a partner's own fields.
func ValidatePartner(p rest.PointsPartner) error {
	if err := checkKey("id", p.ID); err != nil {
		return err
	}
	if len(p.Names) == 0 {
		return &content.FieldError{Field: "names", Message: "needs at least one locale's name"}
	}
	for loc, n := range p.Names {
		if err := content.CheckString("names."+loc, n, 80, true); err != nil {
			return err
		}
	}
	for f, r := range map[string]rest.Rate{"out": p.Out, "in": p.In} {
		if r.Num < 1 || r.Den < 1 || r.Num > maxRate || r.Den > maxRate {
			return &content.FieldError{Field: f, Message: fmt.Sprintf("num and den must be 1 to %d", maxRate)}
		}
	}
	// Out then in must not give back more than was given: a round trip
	// that grew would make points.
	if p.Out.Num*p.In.Num > p.Out.Den*p.In.Den {
		return &content.FieldError{Field: "in", Message: "out then in would give back more than was given"}
	}
	if p.MemberCap < 0 || p.MemberCap > MaxPoints || p.PartnerCap < 0 || p.PartnerCap > MaxPoints {
		return &content.FieldError{Field: "member_cap", Message: fmt.Sprintf("caps must be 0 (none) to %d", MaxPoints)}
	}
	return nil
}

// PutPartner adds or replaces a partner merchant, audited as
// points.partner with its rates and caps: they decide what members get
// and what the store owes.
func (l *Ledger) PutPartner(ctx context.Context, p rest.PointsPartner) error {
	if err := ValidatePartner(p); err != nil {
		return fmt.Errorf("points: partner: %w", err)
	}
	names, err := json.Marshal(p.Names)
	if err != nil {
		return fmt.Errorf("points: partner: %w", err)
	}
	err = l.st.Change(ctx, "points.partner", func(tx *store.Tx) error {
		tx.Audit(p.ID, fmt.Sprintf("out %d/%d, in %d/%d, caps %d a member and %d in all a day, active %t",
			p.Out.Num, p.Out.Den, p.In.Num, p.In.Den, p.MemberCap, p.PartnerCap, p.Active))
		_, err := tx.ExecContext(ctx, `INSERT INTO point_partners
			(id, names, out_num, out_den, in_num, in_den, member_cap, partner_cap, active)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (id) DO UPDATE SET names = excluded.names, out_num = excluded.out_num,
			out_den = excluded.out_den, in_num = excluded.in_num, in_den = excluded.in_den,
			member_cap = excluded.member_cap, partner_cap = excluded.partner_cap, active = excluded.active`,
			p.ID, string(names), p.Out.Num, p.Out.Den, p.In.Num, p.In.Den, p.MemberCap, p.PartnerCap, p.Active)
		return err
	})
	if err != nil {
		return fmt.Errorf("points: partner: %w", err)
	}
	return nil
}

// DisablePartner stops exchanges with partner id (ErrNoPartner: there is
// none). The row stays: its exchanges and their settlement name it.
func (l *Ledger) DisablePartner(ctx context.Context, id string) error {
	err := l.st.Change(ctx, "points.partner.disable", func(tx *store.Tx) error {
		tx.Audit(id, "")
		res, err := tx.ExecContext(ctx, `UPDATE point_partners SET active = 0 WHERE id = ?`, id)
		if err != nil {
			return err
		}
		if n, err := res.RowsAffected(); err != nil || n == 0 {
			return cmp.Or(err, ErrNoPartner)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("points: partner: %w", err)
	}
	return nil
}

const (
	partnerColumns = `id, names, out_num, out_den, in_num, in_den, member_cap, partner_cap, active`
	qPartner       = `SELECT ` + partnerColumns + ` FROM point_partners WHERE id = ? AND active`
)

func scanPartner(r rowScanner) (rest.PointsPartner, error) {
	var p rest.PointsPartner
	var names []byte
	if err := r.Scan(&p.ID, &names, &p.Out.Num, &p.Out.Den, &p.In.Num, &p.In.Den, &p.MemberCap, &p.PartnerCap, &p.Active); err != nil {
		return p, err
	}
	return p, json.Unmarshal(names, &p.Names)
}

// Partners lists the partner merchants by id.
func (l *Ledger) Partners(ctx context.Context) ([]rest.PointsPartner, error) {
	var out []rest.PointsPartner
	err := l.st.Read(ctx, func(conn *sql.Conn) (err error) {
		out, err = all(ctx, conn, scanPartner, `SELECT `+partnerColumns+` FROM point_partners ORDER BY id`)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("points: partners: %w", err)
	}
	return out, nil
}

// partnerIn reads an active partner inside tx, so an exchange uses the
// rate and caps of the moment it is written.
func partnerIn(ctx context.Context, q querier, id string) (rest.PointsPartner, error) {
	p, err := scanPartner(q.QueryRowContext(ctx, qPartner, id))
	if errors.Is(err, sql.ErrNoRows) {
		return p, ErrNoPartner
	}
	return p, err
}
