package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"testing"

	"github.com/chromedp/chromedp"

	"storecast/e2e/harness"
)

// workerFnsJS loads the service worker the server really serves into a
// page and returns its Range functions. Its event listeners land on the
// window, where nothing fires them.
const workerFnsJS = `(async () => {
	const src = await (await fetch("/app-worker.js")).text();
	window.scWorker = new Function(src + "\nreturn { parseRange, rangeResponse };")();
	return true;
})()`

// The worker's Range answers, run in Chromium from the worker the server
// serves: parseRange takes one range of the forms media players send,
// clamped to the body, finds unsatisfiable ones, and ignores the rest
// (then the whole body goes out with 200); rangeResponse builds the
// answer from a cached whole response.
func TestWorkerRange(t *testing.T) {
	t.Parallel()
	s := kit.Server(t, harness.Options{})
	page := kit.Tab(t, 800, 600)
	if err := chromedp.Do(page, chromedp.Navigate(s.URL+"/healthz")); err != nil {
		t.Fatal(err)
	}
	eval[bool](t, page, workerFnsJS)
	t.Run("parse", func(t *testing.T) { testParseRange(t, page) })
	t.Run("respond", func(t *testing.T) { testRangeResponse(t, page) })
}

func testParseRange(t *testing.T, page context.Context) {
	tests := []struct {
		header string
		size   int
		want   string // JSON of parseRange's answer
	}{
		{"bytes=0-", 100, `{"start":0,"end":99}`},
		{"bytes=10-19", 100, `{"start":10,"end":19}`},
		{"bytes=99-99", 100, `{"start":99,"end":99}`},
		{"bytes=90-500", 100, `{"start":90,"end":99}`},
		{"bytes=-10", 100, `{"start":90,"end":99}`},
		{"bytes=-1000", 100, `{"start":0,"end":99}`},
		{" BYTES=1-2 ", 100, `{"start":1,"end":2}`},
		{"bytes=100-", 100, `{"unsatisfiable":true}`},
		{"bytes=150-160", 100, `{"unsatisfiable":true}`},
		{"bytes=-0", 100, `{"unsatisfiable":true}`},
		{"bytes=0-", 0, `{"unsatisfiable":true}`},
		{"bytes=-5", 0, `{"unsatisfiable":true}`},
		{"bytes=5-4", 100, `null`},
		{"bytes=-", 100, `null`},
		{"bytes=0-1,5-6", 100, `null`},
		{"items=0-1", 100, `null`},
		{"bytes=a-b", 100, `null`},
		{"bytes 0-1", 100, `null`},
		{"", 100, `null`},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%q of %d", tt.header, tt.size), func(t *testing.T) {
			h, _ := json.Marshal(tt.header)
			got := eval[string](t, page, fmt.Sprintf(`JSON.stringify(scWorker.parseRange(%s, %d))`, h, tt.size))
			if got != tt.want {
				t.Errorf("parseRange = %s; want %s", got, tt.want)
			}
		})
	}
}

// testRangeResponse: the part with 206 and its Content-Range, 416 with the
// size, or everything with 200; the cached headers (type, ETag) go along.
func testRangeResponse(t *testing.T, page context.Context) {
	tests := []struct {
		header                     string
		status                     int
		body, contentRange, length string
	}{
		{"bytes=0-", 206, "0123456789abcdefghij", "bytes 0-19/20", "20"},
		{"bytes=5-9", 206, "56789", "bytes 5-9/20", "5"},
		{"bytes=-3", 206, "hij", "bytes 17-19/20", "3"},
		{"bytes=18-99", 206, "ij", "bytes 18-19/20", "2"},
		{"bytes=20-", 416, "", "bytes */20", "0"},
		{"bytes=0-1,4-5", 200, "0123456789abcdefghij", "", "20"},
	}
	for _, tt := range tests {
		t.Run(tt.header, func(t *testing.T) {
			h, _ := json.Marshal(tt.header)
			raw := eval[string](t, page, fmt.Sprintf(`(async () => {
				const whole = new Response("0123456789abcdefghij", { headers: { "Content-Type": "video/webm", "ETag": '"abc"' } });
				const res = await scWorker.rangeResponse(whole, %s);
				const hd = (n) => res.headers.get(n) || "";
				return JSON.stringify({ status: res.status, body: await res.text(), range: hd("Content-Range"),
					length: hd("Content-Length"), accept: hd("Accept-Ranges"), type: hd("Content-Type"), etag: hd("ETag") });
			})()`, h))
			var got struct {
				Status                                  int
				Body, Range, Length, Accept, Type, ETag string
			}
			if err := json.Unmarshal([]byte(raw), &got); err != nil {
				t.Fatal(err)
			}
			if got.Status != tt.status || got.Body != tt.body || got.Range != tt.contentRange || got.Length != tt.length {
				t.Errorf("got %d %q Content-Range %q Content-Length %q; want %d %q %q %q",
					got.Status, got.Body, got.Range, got.Length, tt.status, tt.body, tt.contentRange, tt.length)
			}
			if got.Accept != "bytes" || got.Type != "video/webm" || got.ETag != `"abc"` {
				t.Errorf("headers Accept-Ranges %q, Content-Type %q, ETag %q; want bytes, the cached type and ETag", got.Accept, got.Type, got.ETag)
			}
		})
	}
}
