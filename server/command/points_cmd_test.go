package command

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"storecast/app/rest"
	"storecast/server/points"
	"storecast/server/store"
)

// points verify says a sound ledger is sound, and names each mismatch of
// a broken one with a non-zero exit.
func TestPointsVerify(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(dir, dbFile))
	if err != nil {
		t.Fatal(err)
	}
	l, err := openPoints(ctx, dir, st)
	if err != nil {
		t.Fatal(err)
	}
	m, err := l.Join(ctx, rest.PointsJoin{ConsentVersion: points.ConsentVersion, ConsentLocale: "en"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := l.Earn(ctx, "pos", rest.PointsEarnInput{MemberCode: m.Code, ReceiptID: "r", AmountFen: 1000}); err != nil {
		t.Fatal(err)
	}
	stdout, stderr, err := runCmd("points", "verify", "--data", dir)
	if err != nil || !strings.Contains(stdout, "every balance equals") {
		t.Errorf("verify = %v\n%s%s; want it clean", err, stdout, stderr)
	}
	err = st.Record(ctx, func(tx *store.Tx) error {
		_, err := tx.ExecContext(ctx, `UPDATE point_members SET balance = 7`)
		return err
	})
	st.Close()
	if err != nil {
		t.Fatal(err)
	}
	stdout, _, err = runCmd("points", "verify", "--data", dir)
	if !errors.Is(err, ErrPointsMismatch) || !strings.Contains(stdout, "balance 7, entries sum to 10, lots hold 10") {
		t.Errorf("verify of a broken ledger = %v\n%s; want the mismatch", err, stdout)
	}
}
