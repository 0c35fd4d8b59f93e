package e2e

import (
	"context"
	"database/sql"
	"errors"
	"net/http"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	_ "modernc.org/sqlite"

	"storecast/app/content"
	"storecast/app/live"
	"storecast/e2e/harness"
)

// SIGTERM tells connected screens to back off (close code 4001), the
// process exits 0, and it leaves a consistent SQLite file that the next
// start serves from. (How long it takes is logged: the server bounds it
// itself, with its shutdown grace.)
func TestGracefulShutdown(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	s := kit.Server(t, harness.Options{DataDir: dir})
	ids := publishSome(t, s, 2)
	want := serverPromotions(t, s)

	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	conn, err := wsTransport{URL: wsURL(s.URL)}.Dial(ctx)
	if err != nil {
		t.Fatalf("dial: %v", err)
	}
	defer conn.Close(1000, "")
	if err := conn.Send([]byte(`{"type":"hello","data":{"kind":"signage","app":"e2e"}}`)); err != nil {
		t.Fatalf("send hello: %v", err)
	}
	first := nextFrame(t, conn, eventually)
	if env, err := content.DecodeEnvelope(first.Data); err != nil || env.Type != content.TypeSnapshot {
		t.Fatalf("first frame = %s (%v); want a snapshot", first.Data, err)
	}

	stopped := time.Now()
	if err := s.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	var closed *live.CloseError
	for closed == nil {
		f := nextFrame(t, conn, eventually)
		if f.Err != nil && !errors.As(f.Err, &closed) {
			t.Fatalf("connection ended with %v; want a close frame", f.Err)
		}
	}
	if closed.Code != content.CloseBackOff {
		t.Errorf("close code = %d %q; want %d (back off)", closed.Code, closed.Reason, content.CloseBackOff)
	}
	exitErr, ok := s.Wait(eventually)
	if !ok {
		t.Fatalf("storecast still running %v after SIGTERM\n%s", eventually, s.Log())
	}
	if exitErr != nil {
		t.Fatalf("storecast exit after SIGTERM: %v; want status 0\n%s", exitErr, s.Log())
	}
	t.Logf("close frame and exit %v after SIGTERM", time.Since(stopped).Round(time.Millisecond))

	checkSQLite(t, filepath.Join(dir, "storecast.db"))

	s2 := kit.Server(t, harness.Options{DataDir: dir})
	got := serverPromotions(t, s2)
	if diff := samePromotions(got, want); diff != "" {
		t.Fatalf("after a clean restart the store holds other content: %s", diff)
	}
	var p content.Promotion
	if code := s2.API(t, http.MethodGet, "/api/v1/promotions/"+ids[1], nil, &p); code != http.StatusOK || p.ID != ids[1] {
		t.Fatalf("GET promotion %s = %d %q; want 200", ids[1], code, p.ID)
	}
}

// nextFrame returns the connection's next frame or fails after timeout.
func nextFrame(t *testing.T, conn live.Conn, timeout time.Duration) live.Frame {
	t.Helper()
	select {
	case f := <-conn.Frames():
		return f
	case <-time.After(timeout):
		t.Fatalf("no frame within %v", timeout)
		return live.Frame{}
	}
}

// checkSQLite checks a database file a stopped server left behind: the WAL
// was folded back in (the server checkpoints on a clean stop) and SQLite's
// own integrity check passes.
func checkSQLite(t *testing.T, path string) {
	t.Helper()
	if fi, err := os.Stat(path + "-wal"); err == nil && fi.Size() != 0 {
		t.Errorf("%s-wal holds %d bytes after a clean stop; want it checkpointed", path, fi.Size())
	}
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var res string
	if err := db.QueryRow("PRAGMA integrity_check").Scan(&res); err != nil {
		t.Fatalf("integrity_check: %v", err)
	}
	if res != "ok" {
		t.Errorf("integrity_check = %q; want ok", res)
	}
}
