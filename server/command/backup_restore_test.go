package command

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"storecast/app/content"
	"storecast/server/bus"
	"storecast/server/coupon"
	"storecast/server/hub"
	"storecast/server/points"
	"storecast/server/store"
)

// newDataDir makes a stopped store's data directory: a database, both
// secrets, two media files (and an upload in progress, which a backup
// leaves out) and JetStream files of a feed stream and of another stream.
func newDataDir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	st, err := store.Open(context.Background(), filepath.Join(dir, dbFile))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.CreatePromotion(context.Background(), content.Promotion{Title: content.Text{"en": "Plums"}}); err != nil {
		t.Fatal(err)
	}
	st.Close()
	if _, err := adminToken(dir); err != nil {
		t.Fatal(err)
	}
	if _, err := coupon.LoadSecret(dir); err != nil {
		t.Fatal(err)
	}
	if _, err := points.LoadSecret(dir); err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(dir, "media", "aa.png"), "picture a")
	write(t, filepath.Join(dir, "media", "bb.mp4"), "video b")
	write(t, filepath.Join(dir, "media", ".upload-123"), "half an upload")
	write(t, filepath.Join(dir, "jetstream", "jetstream", "$G", "streams", "FEED_store", "msgs", "1.blk"), "feed")
	write(t, filepath.Join(dir, "jetstream", "jetstream", "$G", "streams", "OUTBOX", "msgs", "1.blk"), "outbox")
	return dir
}

func write(t *testing.T, path, s string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o750); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}

func runCmd(args ...string) (string, string, error) {
	var out, errOut bytes.Buffer
	err := Run(context.Background(), append([]string{"storecast"}, args...), env(), &out, &errOut)
	return out.String(), errOut.String(), err
}

// modes lists every path under dir (slash-separated, relative) with its
// permission bits, leaving out what SQLite makes beside a database.
func modes(t *testing.T, dir string) map[string]fs.FileMode {
	t.Helper()
	got := map[string]fs.FileMode{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || strings.HasSuffix(p, "-wal") || strings.HasSuffix(p, "-shm") {
			return err
		}
		fi, err := d.Info()
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		got[filepath.ToSlash(rel)] = fi.Mode().Perm()
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return got
}

func TestBackupRestoreRoundTrip(t *testing.T) {
	src := newDataDir(t)
	file := filepath.Join(t.TempDir(), "b.tar.gz")
	if _, stderr, err := runCmd("backup", "--data", src, file); err != nil {
		t.Fatalf("backup: %v\n%s", err, stderr)
	}
	if fi, err := os.Stat(file); err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("archive mode = %v, %v; want 0600 (it holds the secrets)", fi.Mode().Perm(), err)
	}

	dst := filepath.Join(t.TempDir(), "new")
	stdout, stderr, err := runCmd("restore", "--data", dst, file)
	if err != nil {
		t.Fatalf("restore: %v\n%s", err, stderr)
	}
	for _, want := range []string{"integrity ok", "admin-token, coupon-secret, points-secret", "media/       2 files", "jetstream/   1 files (1 of the screens' feed left out"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("restore said %q; want it to hold %q", stdout, want)
		}
	}
	want := map[string]fs.FileMode{
		".": 0o750, dbFile: 0o600, adminTokenFile: 0o600, coupon.SecretFile: 0o600, points.SecretFile: 0o600,
		"media": 0o750, "media/aa.png": 0o640, "media/bb.mp4": 0o640,
		"jetstream": 0o700, "jetstream/jetstream": 0o700, "jetstream/jetstream/$G": 0o700,
		"jetstream/jetstream/$G/streams": 0o700, "jetstream/jetstream/$G/streams/OUTBOX": 0o700,
		"jetstream/jetstream/$G/streams/OUTBOX/msgs": 0o700, "jetstream/jetstream/$G/streams/OUTBOX/msgs/1.blk": 0o600,
	}
	got := modes(t, dst)
	for p, m := range want {
		if got[p] != m {
			t.Errorf("%s: mode %v; want %v", p, got[p], m)
		}
	}
	for p := range got {
		if _, ok := want[p]; !ok {
			t.Errorf("%s restored; want only %v", p, want)
		}
	}
	for _, name := range []string{coupon.SecretFile, points.SecretFile, adminTokenFile, "media/aa.png"} {
		a, _ := os.ReadFile(filepath.Join(src, name))
		b, _ := os.ReadFile(filepath.Join(dst, name))
		if !bytes.Equal(a, b) {
			t.Errorf("%s differs after restore", name)
		}
	}
	st, err := store.Open(context.Background(), filepath.Join(dst, dbFile))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if ps, err := st.Promotions(context.Background()); err != nil || len(ps) != 1 {
		t.Errorf("restored promotions = %v, %v; want the one", ps, err)
	}
}

func TestBackupManifest(t *testing.T) {
	src := newDataDir(t)
	var archive bytes.Buffer
	now := time.Date(2026, 12, 1, 3, 30, 0, 0, time.UTC)
	m, err := writeBackup(context.Background(), src, &archive, now)
	if err != nil {
		t.Fatal(err)
	}
	entries := readArchive(t, archive.Bytes())
	if last := entries[len(entries)-1]; last.name != manifestName {
		t.Fatalf("last entry = %s; want %s", last.name, manifestName)
	}
	var inArchive manifest
	if err := json.Unmarshal(entries[len(entries)-1].data, &inArchive); err != nil {
		t.Fatal(err)
	}
	if inArchive.Format != backupFormat || inArchive.Storecast != Version || !inArchive.CreatedAt.Equal(now) ||
		inArchive.SQLiteIntegrity != "ok" || inArchive.SchemaVersion != store.KnownSchemaVersion() || inArchive.JetStream == "" {
		t.Errorf("manifest = %+v", inArchive)
	}
	var paths []string
	for _, f := range m.Files {
		paths = append(paths, f.Path)
	}
	wantPaths := "storecast.db admin-token coupon-secret points-secret media/aa.png media/bb.mp4 jetstream/jetstream/$G/streams/FEED_store/msgs/1.blk jetstream/jetstream/$G/streams/OUTBOX/msgs/1.blk"
	if got := strings.Join(paths, " "); got != wantPaths {
		t.Errorf("files = %s; want %s", got, wantPaths)
	}
	if len(entries) != len(m.Files)+1 {
		t.Errorf("%d entries; want the %d files and the manifest", len(entries), len(m.Files))
	}
}

type entry struct {
	hdr  *tar.Header
	name string
	data []byte
}

func readArchive(t *testing.T, b []byte) []entry {
	t.Helper()
	gz, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	var es []entry
	tr := tar.NewReader(gz)
	for {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			return es
		}
		if err != nil {
			t.Fatal(err)
		}
		data, _ := io.ReadAll(tr)
		es = append(es, entry{hdr: h, name: h.Name, data: data})
	}
}

// writeArchive writes entries (the manifest as given) as a backup.
func writeArchive(t *testing.T, path string, es []entry) {
	t.Helper()
	var b bytes.Buffer
	gz := gzip.NewWriter(&b)
	tw := tar.NewWriter(gz)
	for _, e := range es {
		h := &tar.Header{Typeflag: tar.TypeReg, Name: e.name, Mode: 0o600, Size: int64(len(e.data))}
		if e.hdr != nil && e.hdr.Typeflag != tar.TypeReg {
			h.Typeflag, h.Size, h.Linkname = e.hdr.Typeflag, 0, e.hdr.Linkname
		}
		if err := tw.WriteHeader(h); err != nil {
			t.Fatal(err)
		}
		tw.Write(e.data)
	}
	tw.Close()
	gz.Close()
	if err := os.WriteFile(path, b.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
}

// TestRestoreRefuses: a restore that fails changes nothing in the target.
func TestRestoreRefuses(t *testing.T) {
	var good bytes.Buffer
	if _, err := writeBackup(context.Background(), newDataDir(t), &good, time.Now()); err != nil {
		t.Fatal(err)
	}
	base := readArchive(t, good.Bytes())
	edit := func(f func([]entry) []entry) []entry {
		es := append([]entry(nil), base...)
		return f(es)
	}
	tests := []struct {
		name    string
		entries []entry
		want    string
	}{
		{"a changed byte", edit(func(es []entry) []entry {
			for i, e := range es {
				if e.name == coupon.SecretFile {
					es[i] = entry{name: e.name, data: append([]byte{e.data[0] ^ 1}, e.data[1:]...)}
				}
			}
			return es
		}), "coupon-secret is damaged"},
		{"a file left out", edit(func(es []entry) []entry { return append(es[:3:3], es[4:]...) }), "is missing"},
		{"a file added", edit(func(es []entry) []entry {
			return append([]entry{{name: "media/cc.png", data: []byte("c")}}, es...)
		}), "media/cc.png is not in the manifest"},
		{"no manifest", edit(func(es []entry) []entry { return es[:len(es)-1] }), "no manifest.json"},
		{"a path out of the directory", edit(func(es []entry) []entry {
			return append([]entry{{name: "media/../../evil", data: []byte("x")}}, es...)
		}), "unexpected entry"},
		{"a symlink", edit(func(es []entry) []entry {
			return append([]entry{{name: "media/link", hdr: &tar.Header{Typeflag: tar.TypeSymlink, Linkname: "/etc/passwd"}}}, es...)
		}), "unexpected entry"},
		{"an unknown top-level file", edit(func(es []entry) []entry {
			return append([]entry{{name: "authorized_keys", data: []byte("x")}}, es...)
		}), "unexpected file"},
		{"a future format", edit(func(es []entry) []entry {
			last := es[len(es)-1]
			es[len(es)-1] = entry{name: last.name, data: bytes.Replace(last.data, []byte(`"Format": 1`), []byte(`"Format": 2`), 1)}
			return es
		}), "format 2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			file := filepath.Join(t.TempDir(), "b.tar.gz")
			writeArchive(t, file, tt.entries)
			dst := t.TempDir()
			_, _, err := runCmd("restore", "--data", dst, file)
			if !errors.Is(err, ErrBadBackup) || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("restore: %v; want ErrBadBackup mentioning %q", err, tt.want)
			}
			if left, _ := os.ReadDir(dst); len(left) != 0 {
				t.Errorf("the failed restore left %v in the target", left)
			}
		})
	}
}

func TestRestoreNonEmptyTarget(t *testing.T) {
	src := newDataDir(t)
	file := filepath.Join(t.TempDir(), "b.tar.gz")
	if _, _, err := runCmd("backup", "--data", src, file); err != nil {
		t.Fatal(err)
	}
	dst := t.TempDir()
	write(t, filepath.Join(dst, dbFile), "the old database")
	write(t, filepath.Join(dst, dbFile+"-wal"), "its WAL, which must not meet the restored file")
	if _, _, err := runCmd("restore", "--data", dst, file); err == nil || !strings.Contains(err.Error(), "not empty") {
		t.Fatalf("restore into a store: %v; want a refusal", err)
	}
	stdout, _, err := runCmd("restore", "--force", "--data", dst, file)
	if err != nil {
		t.Fatalf("restore --force: %v", err)
	}
	asides, _ := filepath.Glob(filepath.Join(dst, ".pre-restore-*"))
	if len(asides) != 1 || !strings.Contains(stdout, asides[0]) {
		t.Fatalf("moved aside into %v; restore said %q", asides, stdout)
	}
	if b, _ := os.ReadFile(filepath.Join(asides[0], dbFile+"-wal")); string(b) != "its WAL, which must not meet the restored file" {
		t.Errorf("the old WAL was not moved aside")
	}
	if _, err := os.Stat(filepath.Join(dst, dbFile+"-wal")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("a WAL is beside the restored database: %v", err)
	}
	if c, err := store.Check(context.Background(), filepath.Join(dst, dbFile)); err != nil || !c.OK() {
		t.Errorf("restored database: %+v, %v", c, err)
	}
}

// TestRestoreGivesTheFeedANewEpoch runs the real JetStream feed: after a
// restore it starts anew (a new epoch, so every screen loads a snapshot),
// while a plain restart of the same files keeps its epoch.
func TestRestoreGivesTheFeedANewEpoch(t *testing.T) {
	ctx := context.Background()
	src := newDataDir(t)
	os.RemoveAll(filepath.Join(src, jetstreamDir))
	openFeed := func(dir string) (*bus.Bus, *hub.JetStreamBroker) {
		nb, err := bus.Start(ctx, bus.Config{Dir: filepath.Join(dir, jetstreamDir), Name: "test"})
		if err != nil {
			t.Fatal(err)
		}
		b, err := hub.NewJetStreamBroker(ctx, nb.JS, hub.JetStreamConfig{Streams: []string{content.StreamStore}})
		if err != nil {
			nb.Close()
			t.Fatal(err)
		}
		return nb, b
	}
	nb, b := openFeed(src)
	for range 3 {
		if _, err := b.Publish(ctx, content.StreamStore, json.RawMessage(`{}`)); err != nil {
			t.Fatal(err)
		}
	}
	epoch, seq := b.Head(content.StreamStore)
	file := filepath.Join(t.TempDir(), "b.tar.gz")
	_, stderr, err := runCmd("backup", "--data", src, file)
	b.Close()
	nb.Close()
	if err != nil {
		t.Fatalf("backup with the feed open: %v\n%s", err, stderr)
	}

	dst := filepath.Join(t.TempDir(), "restored")
	if _, _, err := runCmd("restore", "--data", dst, file); err != nil {
		t.Fatal(err)
	}
	nb, b = openFeed(dst)
	e2, s2 := b.Head(content.StreamStore)
	b.Close()
	nb.Close()
	if e2 == epoch || s2 != 0 {
		t.Errorf("restored feed Head = %q, %d; want a new epoch (not %q) at 0", e2, s2, epoch)
	}
	nb, b = openFeed(src)
	defer nb.Close()
	defer b.Close()
	if e3, s3 := b.Head(content.StreamStore); e3 != epoch || s3 != seq {
		t.Errorf("reopened feed Head = %q, %d; want %q, %d as before", e3, s3, epoch, seq)
	}
}

func TestBackupRefusesMissingStore(t *testing.T) {
	dir := t.TempDir()
	_, _, err := runCmd("backup", "--data", filepath.Join(dir, "typo"), filepath.Join(dir, "b.tar.gz"))
	if !errors.Is(err, ErrNoStore) {
		t.Fatalf("backup of a missing data directory: %v; want ErrNoStore", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "typo")); !errors.Is(err, fs.ErrNotExist) {
		t.Error("backup created the data directory")
	}
}
