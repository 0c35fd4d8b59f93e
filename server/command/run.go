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

// usage is `storecast help`. TestUsageListsEveryFlag checks it against
// every command's flags and environment variables.
const usage = `storecast: the screen platform of a smart store

Usage:
  storecast serve [--addr ADDR] [--data DIR] [--public-url URL] [--timezone ZONE]
                  [--require-pairing] [--history N] [--history-age D]
                  [--tls-cert FILE --tls-key FILE]
                  [--log-level debug|info|warn|error] [--log-format text|json]
                  [--backup-dir DIR [--backup-keep N] [--backup-at HH:MM]]
                  [--metrics-addr ADDR]
                  [--screen-reload-above MIB] [--screen-quiet-hours HH:MM-HH:MM]
                  [--catalogue-drop DIR] [--parity-max-age D] [--markdown-steps D:P,…]
                  [--points-dormant-days N]
                  [--role store|hq]
                  [--hq URL... [--hq-creds FILE] [--hq-ca FILE]
                   [--store-name NAME] [--region REGION]]
                  [--nats URL... [--nats-creds FILE] [--nats-ca FILE] [--replicas 3|1]]
      (with --tls-cert and --tls-key it serves HTTPS itself, with HSTS;
      /metrics is off unless --metrics-addr or STORECAST_METRICS_TOKEN is set;
      with --hq the store is a member of a chain, a leaf of head office's
      cluster; --role hq is head office, a client of its cluster at --nats;
      --catalogue-drop applies the JSON and CSV files dropped in DIR as
      catalogue batches; a membership with no points and nothing for
      --points-dormant-days (STORECAST_POINTS_DORMANT_DAYS, 730; 0 never)
      is deleted)
  storecast nats --config FILE
      (one server of head office's cluster: a nats-server configuration file)
  storecast user add NAME --role admin|editor|cashier [--data DIR]
  storecast user list [--data DIR]
  storecast user reset-password NAME [--revoke-tokens] [--data DIR]
  storecast user disable NAME [--data DIR]
  storecast user enable NAME [--data DIR]
      (passwords are asked for, or read from standard input)
  storecast import products FILE [--data DIR] [--lang zh-Hans|zh-Hant|en]
      (a product CSV; with any bad row nothing is imported)
  storecast points verify [--data DIR]
      (every member's balance against their entries; non-zero on a mismatch)
  storecast backup FILE [--data DIR]
      (one tar.gz of a store, running or not: database, secrets, media)
  storecast restore FILE --data DIR [--force]
  storecast install [--print] [--public-url URL] [--bin PATH] [--no-start]
      (as root: a systemd service that starts at boot; --print shows the unit)
  storecast kiosk --url URL [--chromium PATH] [--profile DIR] [--check-every D]
                  [--answer-within D] [--misses N] [--no-xset] [--panel PROGRAM]
                  [--print-autostart desktop|systemd]
      (on a kiosk machine: Chromium on the store's page, restarted when it
      exits or hangs; --panel switches the display off while the page is
      dark outside opening hours)
  storecast version
  storecast help [COMMAND]

Every command takes --help; flags may come before or after its arguments.
Commands other than serve refuse a --data directory that holds no store.

Environment (flags win): STORECAST_ADDR, STORECAST_DATA,
STORECAST_PUBLIC_URL, STORECAST_TIMEZONE, STORECAST_REQUIRE_PAIRING=true,
STORECAST_TLS_CERT, STORECAST_TLS_KEY, STORECAST_LOG_LEVEL,
STORECAST_LOG_FORMAT, STORECAST_BACKUP_DIR,
STORECAST_BACKUP_KEEP, STORECAST_BACKUP_AT, STORECAST_METRICS_ADDR,
STORECAST_SCREEN_RELOAD_ABOVE, STORECAST_SCREEN_QUIET_HOURS,
STORECAST_CATALOGUE_DROP, STORECAST_PARITY_MAX_AGE, STORECAST_MARKDOWN_STEPS,
STORECAST_ROLE, STORECAST_HQ, STORECAST_HQ_CREDS, STORECAST_HQ_CA,
STORECAST_STORE_NAME, STORECAST_REGION, STORECAST_NATS, STORECAST_NATS_CREDS,
STORECAST_NATS_CA, STORECAST_NATS_CONFIG,
STORECAST_ADMIN_TOKEN (an extra admin API token, at least 32 characters),
STORECAST_METRICS_TOKEN (the bearer token of /metrics, at least 32 characters).
`

// ErrUsage is returned for a command line that names no known command.
var ErrUsage = errors.New("storecast: bad usage")

// Run runs the command in args (args[0] is the program name) until it is
// done or ctx is cancelled.
func Run(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	err := run(ctx, args, getenv, os.Stdin, stdout, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return nil // --help printed what was asked for
	}
	return err
}

func run(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) < 2 {
		fmt.Fprint(stderr, usage)
		return ErrUsage
	}
	switch args[1] {
	case "serve":
		cfg, err := parseServe(args[2:], getenv, stderr)
		if err != nil {
			return err
		}
		return serve(ctx, cfg, stdout, stderr)
	case "user":
		return userCmd(ctx, args[2:], getenv, stdin, stdout, stderr)
	case "import":
		return importCmd(ctx, args[2:], getenv, stdin, stdout, stderr)
	case "points":
		return pointsCmd(ctx, args[2:], getenv, stdout, stderr)
	case "backup":
		return backupCmd(ctx, args[2:], getenv, stdout, stderr)
	case "restore":
		return restoreCmd(ctx, args[2:], getenv, stdin, stdout, stderr)
	case "install":
		return installCmd(ctx, args[2:], stdout, stderr)
	case "kiosk":
		return kioskCmd(ctx, args[2:], stdout, stderr)
	case "nats":
		return natsCmd(ctx, args[2:], getenv, stderr)
	case "version":
		fmt.Fprintln(stdout, "storecast", Version)
		return nil
	case "help", "-h", "--help":
		if len(args) > 2 { // storecast help user add: that command's --help, on stdout
			return run(ctx, append(append(args[:1:1], args[2:]...), "--help"), getenv, stdin, stdout, stdout)
		}
		fmt.Fprint(stdout, usage)
		return nil
	default:
		return usageError(stderr, "unknown command %q", args[1])
	}
}

// usageError prints what is wrong with the command line and the usage,
// and returns ErrUsage (which main does not print again).
func usageError(stderr io.Writer, format string, a ...any) error {
	fmt.Fprintf(stderr, "storecast: %s\n\n%s", fmt.Sprintf(format, a...), usage)
	return ErrUsage
}
