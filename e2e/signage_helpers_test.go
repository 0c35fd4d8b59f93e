package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"net/http"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/chromedp"

	"storecast/e2e/harness"
	"storecast/e2e/probe"
)

// sgPNG is a w×h picture in one colour with a darker band, so a decoded
// picture is never a blank field.
func sgPNG(t *testing.T, w, h int, c color.RGBA) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			px := c
			if y > h/3 && y < h/2 {
				px = color.RGBA{c.R / 2, c.G / 2, c.B / 2, 255}
			}
			img.SetRGBA(x, y, px)
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// sgUpload posts a file to the media library and returns its URL.
func sgUpload(t *testing.T, s *harness.Server, body []byte) string {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, s.URL+"/api/v1/media", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Authorization", "Bearer "+s.Token)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var out struct {
		URL string `json:"url"`
	}
	if err := json.NewDecoder(res.Body).Decode(&out); err != nil || out.URL == "" {
		t.Fatalf("upload: status %d, %v", res.StatusCode, err)
	}
	return out.URL
}

// sgBreak deletes an uploaded file from the data directory: the playlist
// still names it, the server now answers 404.
func sgBreak(t *testing.T, s *harness.Server, mediaURL string) {
	t.Helper()
	if err := os.Remove(filepath.Join(s.DataDir, "media", filepath.Base(mediaURL))); err != nil {
		t.Fatal(err)
	}
}

// sgCreate POSTs body to path and returns the new object's id.
func sgCreate(t *testing.T, s *harness.Server, path string, body any) string {
	t.Helper()
	var out struct {
		ID string `json:"id"`
	}
	if st := s.API(t, http.MethodPost, path, body, &out); st != http.StatusCreated {
		t.Fatalf("POST %s = %d; want 201", path, st)
	}
	return out.ID
}

// sgPlaylist creates a playlist and returns its id.
func sgPlaylist(t *testing.T, s *harness.Server, name, layout string, slides ...map[string]any) string {
	t.Helper()
	return sgCreate(t, s, "/api/v1/playlists", map[string]any{"name": name, "layout": layout, "slides": slides})
}

// sgDefault makes playlist id the store's default.
func sgDefault(t *testing.T, s *harness.Server, id string) {
	t.Helper()
	if st := s.API(t, http.MethodPut, "/api/v1/signage/default", map[string]string{"playlist": id}, nil); st != http.StatusNoContent {
		t.Fatalf("set default playlist = %d; want 204", st)
	}
}

func sgSlide(id, kind string, seconds int, fields ...any) map[string]any {
	m := map[string]any{"id": id, "kind": kind, "seconds": seconds}
	for i := 0; i+1 < len(fields); i += 2 {
		m[fields[i].(string)] = fields[i+1]
	}
	return m
}

// sgProbeLog returns what the signage probe saw so far.
func sgProbeLog(t *testing.T, page context.Context) ([]probe.Shown, []probe.Blank, int) {
	t.Helper()
	sg, err := probe.ReadSignage(page)
	if err != nil {
		t.Fatal(err)
	}
	return sg.Log, sg.Blank, sg.Frames
}

// sgStats is what window.scSignage() says in test mode.
type sgStats struct {
	Now        float64 `json:"now"`
	Recorded   int     `json:"recorded"`
	Pending    int     `json:"pending"`
	HeapAlloc  float64 `json:"heapAlloc"`
	HeapInuse  float64 `json:"heapInuse"`
	Sys        float64 `json:"sys"`
	Goroutines int     `json:"goroutines"`
	Showing    string  `json:"showing"`
}

func sgStatsOf(t *testing.T, page context.Context) sgStats {
	t.Helper()
	var st sgStats
	if err := json.Unmarshal([]byte(eval[string](t, page, `JSON.stringify(scSignage())`)), &st); err != nil {
		t.Fatal(err)
	}
	return st
}

// sgPlays sums the play report: plays and errors per slide.
func sgPlays(t *testing.T, s *harness.Server, from, to string) (plays, errors map[string]int) {
	t.Helper()
	var rep struct {
		Plays []struct {
			Slide  string `json:"slide"`
			Ref    string `json:"ref"`
			Plays  int    `json:"plays"`
			Errors int    `json:"errors"`
		} `json:"plays"`
	}
	if st := s.API(t, http.MethodGet, "/api/v1/plays/report?from="+from+"&to="+to, nil, &rep); st != http.StatusOK {
		t.Fatalf("play report = %d", st)
	}
	plays, errors = map[string]int{}, map[string]int{}
	for _, r := range rep.Plays {
		name := r.Slide
		if name == "" {
			name = "promotion:" + r.Ref
		}
		plays[name] += r.Plays
		errors[name] += r.Errors
	}
	return plays, errors
}

// sgToday is the store's date (Asia/Shanghai) for the play report.
func sgToday() string {
	return time.Now().In(time.FixedZone("CST", 8*3600)).Format(time.DateOnly)
}

// sgCall runs a DevTools command on the tab.
func sgCall[P, R any](t *testing.T, page context.Context, c cdp.Command[P, R], params P) R {
	t.Helper()
	var out R
	err := chromedp.Do(page, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		var err error
		out, err = cdp.Call(ctx, tg, c, params)
		return err
	}))
	if err != nil {
		t.Fatalf("%s: %v", c.Method, err)
	}
	return out
}

// sgOpen opens the signage page with query and installs the probe.
func sgOpen(t *testing.T, page context.Context, s *harness.Server, query string) {
	t.Helper()
	open(t, page, s.URL+"/signage?"+query)
	waitJS(t, page, `typeof scSignage === "function"`)
	eval[bool](t, page, probe.SignageJS)
}

func sgMs(d float64) string { return fmt.Sprintf("%.0f ms", d) }
