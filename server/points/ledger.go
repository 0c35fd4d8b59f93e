package points

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"storecast/app/rest"
	"storecast/server/store"
)

// Refusals callers tell apart.
var (
	ErrNoMember      = errors.New("no such member")
	ErrAlreadyMember = errors.New("this phone number is already a member")
	ErrInsufficient  = errors.New("not enough points")
	ErrKeyReused     = errors.New("this receipt id was already used for another request")
	ErrNoEntry       = errors.New("no such entry of yours to reverse")
	ErrReversed      = errors.New("this entry has already been reversed")
	// ErrRulesAtHQ refuses a chain store's change to the earning rules:
	// in a chain they are head office's, the same in every store.
	ErrRulesAtHQ = errors.New("in a chain the earning rules are set at head office")
)

// Ledger is a store's members and their points, in the store's database.
// Every write is one transaction on the store's one writer, so checks
// (a balance, a key already used) and the writes they allow cannot be
// interleaved by a concurrent request.
type Ledger struct {
	st    *store.Store
	keys  keys
	stmts map[string]*sql.Stmt // prepared on the writer (queries.go)
	// Now is the clock of entries, expiry and member codes; tests replace
	// it before the Ledger is shared.
	Now func() time.Time
}

// New returns the ledger in st, with member ids and codes under secret
// (LoadSecret), its statements prepared.
func New(ctx context.Context, st *store.Store, secret []byte) (*Ledger, error) {
	k, err := newKeys(secret)
	if err != nil {
		return nil, err
	}
	stmts, err := prepare(ctx, st)
	if err != nil {
		return nil, fmt.Errorf("points: %w", err)
	}
	return &Ledger{st: st, keys: k, stmts: stmts, Now: time.Now}, nil
}

func (l *Ledger) now() time.Time { return l.Now().UTC().Truncate(time.Millisecond) }

// Code returns member id's code now, for a till to show again.
func (l *Ledger) Code(id string) (string, error) { return l.keys.code(id, l.now()) }

// resolve turns a member code into the member's id.
func (l *Ledger) resolve(code string) (string, error) {
	id, err := l.keys.resolve(code, l.now())
	if err != nil {
		return "", err
	}
	return id, nil
}

// querier is a transaction or a read connection.
type querier interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

const memberColumns = `id, by_phone, consent_version, consent_locale, consented_at, balance`

func (l *Ledger) member(ctx context.Context, q querier, id string) (rest.PointsMember, error) {
	var m rest.PointsMember
	var at int64
	err := q.QueryRowContext(ctx, `SELECT `+memberColumns+` FROM point_members WHERE id = ?`, id).
		Scan(&m.ID, &m.ByPhone, &m.ConsentVersion, &m.ConsentLocale, &at, &m.Balance)
	if errors.Is(err, sql.ErrNoRows) {
		return m, ErrNoMember
	}
	if err != nil {
		return m, err
	}
	m.ConsentedAt = time.UnixMilli(at).UTC()
	now := l.now()
	if m.Code, err = l.keys.code(id, now); err != nil {
		return m, err
	}
	// Accepted in its step and the next (member_code.go).
	m.CodeExpiresAt = time.Unix(int64(step(now)+2)*int64(codeStep/time.Second), 0).UTC()
	return m, nil
}

// Member returns the member a code stands for, with their balance less
// what is due to expire and not yet expired by the job, and how much of
// it expires within rest.ExpiringDays.
func (l *Ledger) Member(ctx context.Context, code string) (rest.PointsMember, error) {
	id, err := l.resolve(code)
	if err != nil {
		return rest.PointsMember{}, fmt.Errorf("points: member: %w", err)
	}
	var m rest.PointsMember
	err = l.st.Read(ctx, func(conn *sql.Conn) error {
		if m, err = l.member(ctx, conn, id); err != nil {
			return err
		}
		var due int64
		now := l.now()
		soon := now.AddDate(0, 0, rest.ExpiringDays)
		err := conn.QueryRowContext(ctx, `SELECT
				coalesce(sum(remaining) FILTER (WHERE expires_at <= ?), 0),
				coalesce(sum(remaining) FILTER (WHERE expires_at > ? AND expires_at <= ?), 0)
			FROM point_lots WHERE member_id = ? AND remaining > 0`,
			now.UnixMilli(), now.UnixMilli(), soon.UnixMilli(), id).Scan(&due, &m.Expiring)
		m.Balance -= due
		return err
	})
	if err != nil {
		return rest.PointsMember{}, fmt.Errorf("points: member: %w", err)
	}
	return m, nil
}
