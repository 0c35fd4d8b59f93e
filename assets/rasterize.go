//go:build ignore

// Renders the demo pictures (demo/*.svg, drawn by hand for Storecast) as
// the PNGs the server seeds: the media library takes no SVG (a script in
// one would run on every screen), so the pictures are rasterized once,
// here, in headless Chromium:
//
//	cd assets && go run rasterize.go
package main

import (
	"context"
	"encoding/base64"
	"log"
	"os"
	"path/filepath"
	"strings"

	"github.com/chromedp/chromedp"
)

const size = 800 // px: the SVGs' own size, sharp on a 1080p screen's half

func main() {
	svgs, err := filepath.Glob("demo/*.svg")
	if err != nil || len(svgs) == 0 {
		log.Fatalf("no demo/*.svg: %v", err)
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.WindowSize(size, size))
	if p := os.Getenv("CHROMIUM"); p != "" {
		opts = append(opts, chromedp.ExecPath(p))
	}
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	for _, svg := range svgs {
		b, err := os.ReadFile(svg)
		if err != nil {
			log.Fatal(err)
		}
		page := `<html><body style="margin:0"><img style="display:block;width:800px;height:800px" src="data:image/svg+xml;base64,` +
			base64.StdEncoding.EncodeToString(b) + `"></body></html>`
		for _, a := range []chromedp.Action[chromedp.Void]{
			chromedp.EmulateViewport(size, size),
			chromedp.Navigate("data:text/html;base64," + base64.StdEncoding.EncodeToString([]byte(page))),
			chromedp.WaitReady("img"),
		} {
			if err := chromedp.Do(ctx, a); err != nil {
				log.Fatalf("%s: %v", svg, err)
			}
		}
		png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
		if err != nil {
			log.Fatalf("%s: %v", svg, err)
		}
		out := strings.TrimSuffix(svg, ".svg") + ".png"
		if err := os.WriteFile(out, png, 0o644); err != nil {
			log.Fatal(err)
		}
		log.Printf("%s: %d bytes", out, len(png))
	}
}
