package command

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
)

// Version names this build; the Makefile sets it with -ldflags -X.
var Version = "dev"

const usage = `storecast: the screen platform of a smart store

Usage:
  storecast serve [--addr ADDR] [--data DIR] [--public-url URL] [--history N]
                  [--tls-cert FILE --tls-key FILE] [--timezone ZONE] [--require-pairing]
      (with --tls-cert and --tls-key it serves HTTPS itself, with HSTS)
  storecast user add [--data DIR] --role admin|editor|cashier NAME
      (the password is asked for, or read from standard input)
  storecast import products [--data DIR] [--lang zh-Hans|zh-Hant|en] FILE
      (a product CSV; with any bad row nothing is imported)
  storecast version

Environment: STORECAST_ADDR, STORECAST_DATA, STORECAST_PUBLIC_URL,
STORECAST_TIMEZONE, STORECAST_REQUIRE_PAIRING=true, STORECAST_TLS_CERT,
STORECAST_TLS_KEY, STORECAST_ADMIN_TOKEN (an extra admin API token, at
least 32 characters).
`

// ErrUsage is returned for a command line that names no known command.
var ErrUsage = errors.New("storecast: bad usage")

// Run runs the command in args (args[0] is the program name) until it is
// done or ctx is cancelled.
func Run(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	if len(args) < 2 {
		fmt.Fprint(stderr, usage)
		return ErrUsage
	}
	switch args[1] {
	case "serve":
		cfg, err := parseServe(args[2:], getenv, stderr)
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		if err != nil {
			return err
		}
		return serve(ctx, cfg, stdout, stderr)
	case "user":
		if len(args) < 3 || args[2] != "add" {
			fmt.Fprint(stderr, usage)
			return ErrUsage
		}
		return userAdd(ctx, args[3:], getenv, os.Stdin, stdout, stderr)
	case "import":
		return importCmd(ctx, args[2:], getenv, os.Stdin, stdout, stderr)
	case "version":
		fmt.Fprintln(stdout, "storecast", Version)
		return nil
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return nil
	default:
		fmt.Fprintf(stderr, "storecast: unknown command %q\n\n%s", args[1], usage)
		return ErrUsage
	}
}
