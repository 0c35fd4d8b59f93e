//go:build !wasm

// The server entry point. Everything lives in package command (server/command); this only
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

	"storecast/server/command"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := command.Run(ctx, os.Args, os.Getenv, os.Stdout, os.Stderr); err != nil {
		if !errors.Is(err, command.ErrUsage) {
			fmt.Fprintln(os.Stderr, err)
		}
		os.Exit(1)
	}
}
