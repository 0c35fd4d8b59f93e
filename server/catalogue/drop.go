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
	"time"

	"storecast/app/content"
	"storecast/app/rest"
	"storecast/server/store"
)

// MaxFileBytes caps a batch, over the API or in the drop folder: 50,000
// products with every field come to about 15 MiB of JSON.
const MaxFileBytes = 64 << 20

// settle is how long a file must be left alone before it is read: a
// writer that copies into the folder rather than renaming into it has
// finished by then.
const settle = time.Second

// Drop is a watched folder: each JSON or CSV file that appears in it is
// applied as a batch and moved to done/, or to failed/ with NAME.error.json
// saying why.
type Drop struct {
	Dir    string
	Feed   *Feed
	Log    *slog.Logger
	Every  time.Duration // how often the folder is looked at; zero: a second
	Locale string        // the language of row errors; "": the store's default
	now    func() time.Time
}

// Prepare makes the folder's done/ and failed/, so a folder the server
// cannot use stops it at start rather than failing quietly later.
func (d *Drop) Prepare() error {
	for _, sub := range []string{"done", "failed"} {
		if err := os.MkdirAll(filepath.Join(d.Dir, sub), 0o750); err != nil {
			return fmt.Errorf("catalogue: drop folder: %w", err)
		}
	}
	return nil
}

// Run watches the folder until ctx ends; Prepare it first.
func (d *Drop) Run(ctx context.Context) {
	every := d.Every
	if every <= 0 {
		every = time.Second
	}
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		d.Scan(ctx)
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// Scan applies every settled file in the folder once, oldest first.
func (d *Drop) Scan(ctx context.Context) {
	entries, err := os.ReadDir(d.Dir)
	if err != nil {
		d.Log.Warn("catalogue: drop folder unreadable", slog.String("dir", d.Dir), slog.Any("err", err))
		return
	}
	now := time.Now
	if d.now != nil {
		now = d.now
	}
	for _, e := range entries {
		format := formatOf(e.Name())
		if e.IsDir() || format == "" || strings.HasPrefix(e.Name(), ".") || ctx.Err() != nil {
			continue
		}
		info, err := e.Info()
		if err != nil || !info.Mode().IsRegular() || now().Sub(info.ModTime()) < settle {
			continue
		}
		d.file(ctx, e.Name(), format)
	}
}

func formatOf(name string) string {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".json":
		return FormatJSON
	case ".csv":
		return FormatCSV
	}
	return ""
}

// file applies one file and moves it away.
func (d *Drop) file(ctx context.Context, name, format string) {
	path := filepath.Join(d.Dir, name)
	log := d.Log.With(slog.String("file", name))
	body, err := readCapped(path)
	var a Answer
	if err == nil {
		locale := d.Locale
		if !content.KnownLocale(locale) {
			locale = content.DefaultLocale
		}
		a, err = d.Feed.Apply(store.WithActor(ctx, "catalogue-drop"), Batch{
			Body: body, Format: format, Locale: locale, Source: "drop file " + name, From: "drop",
		})
		if err != nil {
			// The store failed, not the file: leave it to be tried again.
			log.Error("catalogue: drop file not applied; will retry", slog.Any("err", err))
			return
		}
	} else {
		a = Answer{Status: http.StatusBadRequest, Body: rest.ErrorBody{Error: rest.ErrorDetail{Code: "unreadable", Message: err.Error()}}}
	}
	stamp := time.Now().UTC().Format("20060102T150405.000Z") + "-"
	if a.Status == http.StatusOK {
		if err := os.Rename(path, filepath.Join(d.Dir, "done", stamp+name)); err != nil {
			log.Error("catalogue: drop file applied but not moved", slog.Any("err", err))
			return
		}
		log.Info("catalogue: drop file applied")
		return
	}
	raw := a.Raw
	if raw == nil {
		raw, _ = json.MarshalIndent(a.Body, "", "  ")
	}
	failed := filepath.Join(d.Dir, "failed", stamp+name)
	if err := os.WriteFile(failed+".error.json", raw, 0o640); err != nil {
		log.Error("catalogue: drop file refused; its error file not written", slog.Any("err", err))
	}
	if err := os.Rename(path, failed); err != nil {
		log.Error("catalogue: drop file refused but not moved", slog.Any("err", err))
		return
	}
	log.Warn("catalogue: drop file refused", slog.Int("status", a.Status))
}

var errTooLarge = fmt.Errorf("the file is larger than %d MiB", MaxFileBytes>>20)

func readCapped(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, MaxFileBytes+1))
	if err != nil {
		return nil, err
	}
	if len(b) > MaxFileBytes {
		return nil, errTooLarge
	}
	return b, nil
}
