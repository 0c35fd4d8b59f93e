package catalogue

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"storecast/server/store"
)

func openStore(t testing.TB) *store.Store {
	t.Helper()
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// batchOf is a JSON batch of n products, prices from base.
func batchOf(n int, base int64) []byte {
	type item struct {
		SKU     string            `json:"sku"`
		Barcode string            `json:"barcode,omitempty"`
		Name    map[string]string `json:"name"`
		Price   int64             `json:"price"`
		Unit    string            `json:"unit"`
		Stock   int64             `json:"stock"`
		Online  int64             `json:"online_price"`
	}
	items := make([]item, n)
	for i := range items {
		items[i] = item{
			SKU: fmt.Sprintf("SKU-%06d", i), Name: map[string]string{"zh-Hans": "商品" + fmt.Sprint(i), "en": fmt.Sprintf("Product %d", i)},
			Price: base + int64(i%500), Unit: "each", Stock: int64(i % 40), Online: base + int64(i%500),
		}
	}
	b, _ := json.Marshal(map[string]any{"products": items})
	return b
}

func TestApplyRefusesABadBatchWhole(t *testing.T) {
	st := openStore(t)
	f := New(st, nil)
	ctx := context.Background()
	a, err := f.Apply(ctx, Batch{Body: batchOf(3, 100), Format: FormatJSON, Locale: "en"})
	if err != nil || a.Status != http.StatusOK {
		t.Fatalf("good batch = %+v, %v", a, err)
	}
	bad := strings.Replace(string(batchOf(3, 200)), `"price":202`, `"price":-5`, 1)
	a, err = f.Apply(ctx, Batch{Body: []byte(bad), Format: FormatJSON, Locale: "en"})
	if err != nil || a.Status != http.StatusUnprocessableEntity {
		t.Fatalf("bad batch = %+v, %v; want 422", a, err)
	}
	p, err := st.SearchProducts(ctx, "sku-000000", 1)
	if err != nil || p.Products[0].Price != 100 {
		t.Errorf("after a refused batch the first product costs %d; want 100 (unchanged)", p.Products[0].Price)
	}
}

func TestDropFolderAppliesAndFilesAway(t *testing.T) {
	st := openStore(t)
	dir := t.TempDir()
	d := &Drop{Dir: dir, Feed: New(st, nil), Log: slog.New(slog.NewTextHandler(io.Discard, nil)),
		now: func() time.Time { return time.Now().Add(time.Minute) }} // every file has settled
	if err := d.Prepare(); err != nil {
		t.Fatal(err)
	}
	files := map[string]string{
		"good.json":   string(batchOf(2, 100)),
		"good.csv":    "sku,name_en,price,stock,online_price\nC1,Salt,1.20,4,1.20\n",
		"bad.csv":     "sku,name_en,price\nC2,Sugar,x\nC3,Rice,-1\n",
		"notes.txt":   "left alone",
		".hidden.csv": "sku,name_en,price\nC4,Tea,1\n",
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	d.Scan(context.Background())
	list := func(sub string) []string {
		es, _ := os.ReadDir(filepath.Join(dir, sub))
		var out []string
		for _, e := range es {
			if !e.IsDir() {
				name := e.Name()
				if _, stamped, ok := strings.Cut(name, "Z-"); ok {
					name = stamped
				}
				out = append(out, name)
			}
		}
		return out
	}
	if got := strings.Join(list("done"), " "); got != "good.csv good.json" {
		t.Errorf("done/ = %q; want good.csv good.json", got)
	}
	if got := strings.Join(list("failed"), " "); got != "bad.csv bad.csv.error.json" {
		t.Errorf("failed/ = %q; want bad.csv and its error file", got)
	}
	if got := strings.Join(list(""), " "); got != ".hidden.csv notes.txt" {
		t.Errorf("left in the folder: %q; want .hidden.csv notes.txt", got)
	}
	es, _ := os.ReadDir(filepath.Join(dir, "failed"))
	for _, e := range es {
		if strings.HasSuffix(e.Name(), ".error.json") {
			b, _ := os.ReadFile(filepath.Join(dir, "failed", e.Name()))
			if !strings.Contains(string(b), `"line": 2`) || !strings.Contains(string(b), `"line": 3`) {
				t.Errorf("error file names no lines 2 and 3: %s", b)
			}
		}
	}
	if n, _ := st.ProductCount(context.Background()); n != 3 {
		t.Errorf("%d products; want 3 (two from good.json, one from good.csv)", n)
	}
	hist, err := st.PriceHistory(context.Background(), "C1", 10)
	if err != nil || len(hist) != 2 || hist[0].Source != "drop file good.csv" || hist[0].Actor != "catalogue-drop" {
		t.Errorf("C1's history = %+v, %v; want two rows from drop file good.csv", hist, err)
	}
}

func TestDropFolderWaitsForAFileToSettle(t *testing.T) {
	st := openStore(t)
	dir := t.TempDir()
	d := &Drop{Dir: dir, Feed: New(st, nil), Log: slog.New(slog.NewTextHandler(io.Discard, nil))}
	if err := d.Prepare(); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "half.csv"), []byte("sku,name_en,price\n"), 0o600)
	d.Scan(context.Background())
	if _, err := os.Stat(filepath.Join(dir, "half.csv")); err != nil {
		t.Errorf("a file written a moment ago was taken: %v", err)
	}
}

// BenchmarkApply50k upserts 50,000 products through the feed, as a first
// load and again with every price changed (so each row also writes price
// history), on SQLite in a temporary directory. docs/bench.md has the
// numbers.
func BenchmarkApply50k(b *testing.B) {
	st := openStore(b)
	f := New(st, nil)
	ctx := context.Background()
	bodies := [][]byte{batchOf(50_000, 100), batchOf(50_000, 700)}
	cpu0 := cpuTime()
	n := 0
	for b.Loop() {
		a, err := f.Apply(ctx, Batch{Body: bodies[n%2], Format: FormatJSON, Locale: "en"})
		if err != nil || a.Status != http.StatusOK {
			b.Fatalf("apply = %d, %v", a.Status, err)
		}
		n++
	}
	// The process's CPU time per batch: on a machine shared with other
	// work the wall time says more about the neighbours than the feed.
	b.ReportMetric((cpuTime()-cpu0).Seconds()/float64(n), "cpu-s/op")
}

// cpuTime is the CPU time (user and system) the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
