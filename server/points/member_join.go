package points

import (
	"context"
	"fmt"
	"slices"

	"storecast/app/content"
	"storecast/app/rest"
	"storecast/server/store"
)

// Join makes a member of a shopper who agreed to the current consent
// notice in their locale: by phone number (kept only as a keyed hash) or,
// with none, under a random id. Joining again with a number that is a
// member is refused without saying more: whoever types a number must not
// get that member's code.
func (l *Ledger) Join(ctx context.Context, in rest.PointsJoin) (rest.PointsMember, error) {
	if in.ConsentVersion != ConsentVersion || !slices.Contains(content.Locales, in.ConsentLocale) {
		return rest.PointsMember{}, fmt.Errorf("points: join: %w", ErrConsent)
	}
	id, byPhone := randomID(), in.Phone != ""
	if byPhone {
		e164, err := NormalisePhone(in.Phone)
		if err != nil {
			return rest.PointsMember{}, fmt.Errorf("points: join: %w", err)
		}
		id = l.keys.phoneID(e164)
	}
	var m rest.PointsMember
	err := l.st.Record(ctx, func(tx *store.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO point_members (id, by_phone, consent_version, consent_locale, consented_at)
			VALUES (?, ?, ?, ?, ?)`, id, byPhone, in.ConsentVersion, in.ConsentLocale, l.now().UnixMilli())
		if store.IsUnique(err) {
			return ErrAlreadyMember
		}
		if err != nil {
			return err
		}
		if m, err = l.member(ctx, tx, id); err != nil {
			return err
		}
		m.Card, err = l.keys.card(id)
		return err
	})
	if err != nil {
		return rest.PointsMember{}, fmt.Errorf("points: join: %w", err)
	}
	return m, nil
}
