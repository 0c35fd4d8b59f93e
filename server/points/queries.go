package points

import (
	"context"
	"database/sql"

	"storecast/server/store"
)

// The statements of every earn and spend, prepared once on the store's
// writer (New): SQLite spends about a third of such a write parsing its
// statements otherwise.
const (
	qByKey   = `SELECT ` + entryColumns + ` FROM point_entries WHERE issuer = ? AND kind = ? AND key = ?`
	qMove    = `UPDATE point_members SET balance = balance + ?1 WHERE id = ?2 AND balance + ?1 >= 0 RETURNING balance`
	qAppend  = `INSERT INTO point_entries (member_id, kind, points, issuer, key, reverses, amount_fen, actor, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`
	qBalance = `SELECT balance FROM point_members WHERE id = ?`
	qLots    = `SELECT entry, remaining FROM point_lots WHERE member_id = ? AND remaining > 0 ORDER BY entry != ?, expires_at, entry`
	qDrawLot = `UPDATE point_lots SET remaining = remaining - ? WHERE entry = ?`
	qDraw    = `INSERT INTO point_draws (entry, lot, points) VALUES (?, ?, ?)`
	qLot     = `INSERT INTO point_lots (entry, member_id, earned, remaining, expires_at) VALUES (?, ?, ?, ?, ?)`
	qRules   = `SELECT rules FROM point_rules WHERE id = 1`
	qDue     = `SELECT l.entry, l.remaining,
		(SELECT count(*) FROM point_draws d JOIN point_entries e ON e.seq = d.entry WHERE d.lot = l.entry AND e.kind = 'expire')
		FROM point_lots l WHERE l.member_id = ? AND l.remaining > 0 AND l.expires_at <= ?
		ORDER BY l.expires_at, l.entry`
)

// prepare prepares the hot statements on st's writer.
func prepare(ctx context.Context, st *store.Store) (map[string]*sql.Stmt, error) {
	out := map[string]*sql.Stmt{}
	for _, q := range []string{qByKey, qMove, qAppend, qBalance, qLots, qDrawLot, qDraw, qLot, qRules, qDue,
		qTransferByKey, qPartnerBalance, qEntry, qPartnerCredit, qTransfer, qPartner, qPartnerDebit, qPartnerSpend} {
		s, err := st.Prepare(ctx, q)
		if err != nil {
			return nil, err
		}
		out[q] = s
	}
	return out, nil
}

// ledgerTx is a store transaction that runs the ledger's prepared statements
// as such and any other query as it is.
type ledgerTx struct {
	*store.Tx
	stmts map[string]*sql.Stmt
}

func (l *Ledger) tx(t *store.Tx) *ledgerTx { return &ledgerTx{Tx: t, stmts: l.stmts} }

func (t *ledgerTx) QueryRowContext(ctx context.Context, q string, args ...any) *sql.Row {
	if s, ok := t.stmts[q]; ok {
		return t.StmtContext(ctx, s).QueryRowContext(ctx, args...)
	}
	return t.Tx.QueryRowContext(ctx, q, args...)
}

func (t *ledgerTx) QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	if s, ok := t.stmts[q]; ok {
		return t.StmtContext(ctx, s).QueryContext(ctx, args...)
	}
	return t.Tx.QueryContext(ctx, q, args...)
}

func (t *ledgerTx) ExecContext(ctx context.Context, q string, args ...any) (sql.Result, error) {
	if s, ok := t.stmts[q]; ok {
		return t.StmtContext(ctx, s).ExecContext(ctx, args...)
	}
	return t.Tx.ExecContext(ctx, q, args...)
}
