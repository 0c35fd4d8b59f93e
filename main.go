//go:build !wasm

// The server entry point. Everything lives in package server; this only
// hands it the command line, the environment and a context that ends on
// SIGINT or SIGTERM.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"storecast/server"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := server.Run(ctx, os.Args, os.Getenv, os.Stdout, os.Stderr); err != nil {
		if !errors.Is(err, server.ErrUsage) {
			fmt.Fprintln(os.Stderr, err)
		}
		os.Exit(1)
	}
}
