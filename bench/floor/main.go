//go:build !wasm

// Command floor serves the start-up floor that make bench measures the
// screens against: one go-app page, at /, that renders a heading and
// sets data-live="1" once mounted. It is served by server/pwa as storecast
// serves its screens, with the same page head (style sheets, scripts,
// go-app's loader), headers, Content-Security-Policy, service worker and
// precompressed wasm, but with the floor's own app.wasm, built the way
// the Makefile builds the screens'. What a screen's start-up costs beyond
// the floor's is storecast's own code. docs/bench.md says how to read it.
//
//	floor -addr 127.0.0.1:0 -web web -wasm bench/out/floor
//
// It prints "floor URL" once it listens and stops on SIGTERM.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"storecast/server/pwa"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, stdout io.Writer) error {
	flags := flag.NewFlagSet("floor", flag.ContinueOnError)
	addr := flags.String("addr", "127.0.0.1:0", "listen address")
	web := flags.String("web", "web", "storecast's web directory: its style sheets, scripts and icons are served as they are")
	wasm := flags.String("wasm", "bench/out/floor", "directory with the floor's app.wasm and its .br, .gz and .sha256")
	if err := flags.Parse(args); err != nil {
		return err
	}
	files := overlay{top: os.DirFS(*wasm), base: os.DirFS(*web)}
	// pwa serves a wasm's .br and .gz only while its .sha256 matches, and
	// the raw wasm otherwise: a floor without them would not be a floor.
	if _, err := fs.Stat(files, "app.wasm.sha256"); err != nil {
		return fmt.Errorf("floor: %s has no compressed app.wasm (make bench builds it): %w", *wasm, err)
	}
	register()
	pages := pwa.New(files, "floor", []string{floorPath})
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("floor: %w", err)
	}
	srv := &http.Server{Handler: pwa.SecurityHeaders(pages), ReadHeaderTimeout: 10 * time.Second}
	go func() {
		<-ctx.Done()
		shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(shutdown)
	}()
	fmt.Fprintf(stdout, "floor http://%s%s\n", ln.Addr(), floorPath)
	if err := srv.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("floor: %w", err)
	}
	return nil
}
