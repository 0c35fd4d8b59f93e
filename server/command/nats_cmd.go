package command

import (
	"context"
	"errors"
	"io"

	"storecast/server/bus"
)

const natsAbout = `Runs one server of a chain's head office cluster from a nats-server
configuration file: three of them, each with the cluster's routes, a leaf
node listener for the stores and JetStream in domain "hq", carry the chain.
A stock nats-server (2.10 or newer) runs the same file. See
docs/operations.md, "A chain of stores".`

// natsCmd is `storecast nats --config FILE`: a cluster server until ctx
// ends.
func natsCmd(ctx context.Context, args []string, getenv func(string) string, stderr io.Writer) error {
	fs := newFlags("nats", "nats --config FILE", natsAbout, stderr)
	path := fs.String("config", getenv("STORECAST_NATS_CONFIG"), "the nats-server configuration file (STORECAST_NATS_CONFIG)")
	if _, err := parseArgs(fs, args); err != nil {
		return err
	}
	if *path == "" {
		return errors.New("nats: --config is required")
	}
	return bus.Serve(ctx, *path, newLogger(stderr, Config{LogLevel: "info", LogFormat: "text"}))
}
