// Package command is the storecast command: it parses the command line,
// builds the store, media library, hub, API and PWA handlers, serves them,
// and owns shutdown. main.go hands it os.Args, the environment and a
// context, nothing else.
package command
