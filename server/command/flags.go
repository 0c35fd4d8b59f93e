package command

import (
	"flag"
	"fmt"
	"io"
	"strings"
)

// newFlags returns a command's flag set; its --help prints usage (the
// command line), about (what it does, one paragraph) and every flag with
// its environment variable.
func newFlags(name, usage, about string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: storecast %s\n\n%s\n", usage, strings.TrimSpace(about))
		n := 0
		fs.VisitAll(func(*flag.Flag) { n++ })
		if n > 0 {
			fmt.Fprintln(fs.Output(), "\nFlags:")
			fs.PrintDefaults()
		}
	}
	return fs
}

// dataFlag defines --data, shared by every command that works on a store.
func dataFlag(fs *flag.FlagSet, getenv func(string) string) *string {
	return fs.String("data", envOr(getenv, "STORECAST_DATA", "./data"), "data directory (STORECAST_DATA)")
}

// parseArgs parses flags wherever they stand among the positional
// arguments (`user add NAME --role admin`), which the flag package alone
// stops at, and returns the positional ones. After "--" everything is
// positional.
func parseArgs(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		if n := len(args) - len(rest); n > 0 && args[n-1] == "--" {
			return append(pos, rest...), nil
		}
		pos, args = append(pos, rest[0]), rest[1:]
	}
}
