package watchdog

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"time"
)

// Config says what to run and how closely to watch it.
type Config struct {
	URL      string
	Chromium string // the browser's executable
	// Profile is the browser's own profile directory: the screen's
	// pairing and its offline copies live there, so it must stay put.
	Profile string
	// ExtraArgs go on Chromium's command line before the URL.
	ExtraArgs []string

	CheckEvery   time.Duration // how often the page is asked (5 s)
	AnswerWithin time.Duration // how long one answer may take (5 s)
	Misses       int           // unanswered checks in a row that are a hang (3)
	// StartWithin is how long a started browser has to answer a first
	// time before its silence counts (60 s): a cold start on a slow
	// machine is not a hang.
	StartWithin time.Duration
	Backoff     Backoff // DefaultBackoff if zero
	Log         *slog.Logger
	// Events, if set, is told what happens (tests watch it). It must not
	// block.
	Events func(Event)
	// Panel, if set, is a command run with "off" when the page goes dark
	// outside the store's opening hours and "on" when it wakes, to put
	// the display itself to sleep (HDMI-CEC, DPMS).
	Panel []string

	dark bool // the page was dark at its last answer: the panel is off
}

// Event is something the watchdog saw or did.
type Event struct {
	Kind EventKind
	PID  int           // the browser's
	Live string        // KindAnswered: data-live on the page
	Wait time.Duration // KindRestarting: the back-off
	Err  error         // KindExited: how it ended
}

// EventKind names an Event.
type EventKind string

// The events, in the order a browser's life goes through them.
const (
	KindStarted    EventKind = "started"    // the browser process started
	KindAnswered   EventKind = "answered"   // its page answered a check
	KindExited     EventKind = "exited"     // it exited by itself
	KindHung       EventKind = "hung"       // its page stopped answering; it is being killed
	KindRestarting EventKind = "restarting" // it will be started again after Wait
	KindPanel      EventKind = "panel"      // the page went dark or woke: Live is "off" or "on"
)

func (c *Config) defaults() error {
	if c.URL == "" || c.Chromium == "" || c.Profile == "" {
		return errors.New("watchdog: URL, Chromium and Profile are required")
	}
	if c.CheckEvery <= 0 {
		c.CheckEvery = 5 * time.Second
	}
	if c.AnswerWithin <= 0 {
		c.AnswerWithin = 5 * time.Second
	}
	if c.Misses <= 0 {
		c.Misses = 3
	}
	if c.StartWithin <= 0 {
		c.StartWithin = time.Minute
	}
	if c.Backoff == (Backoff{}) {
		c.Backoff = DefaultBackoff
	}
	if c.Log == nil {
		c.Log = slog.New(slog.DiscardHandler)
	}
	if c.Events == nil {
		c.Events = func(Event) {}
	}
	return nil
}

// Run keeps the browser running until ctx ends, then stops it. It returns
// an error only if the browser cannot be started at all (no such
// executable); a browser that starts and dies is restarted, with backoff.
func Run(ctx context.Context, cfg Config) error {
	if err := cfg.defaults(); err != nil {
		return err
	}
	if err := os.MkdirAll(cfg.Profile, 0o700); err != nil {
		return fmt.Errorf("watchdog: %w", err)
	}
	var wait time.Duration
	for {
		began := time.Now()
		if err := cfg.once(ctx); err != nil {
			return err
		}
		if ctx.Err() != nil {
			return nil
		}
		wait = cfg.Backoff.next(wait, time.Since(began))
		cfg.Events(Event{Kind: KindRestarting, Wait: wait})
		cfg.Log.Info("restarting the browser", slog.Duration("in", wait))
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil
		case <-t.C:
		}
	}
}

// once runs the browser until it exits, hangs or ctx ends.
func (c *Config) once(ctx context.Context) error {
	_ = os.Remove(filepath.Join(c.Profile, "DevToolsActivePort")) // a stale one names a dead browser's port
	if err := forgetCrash(c.Profile); err != nil {
		c.Log.Warn("could not clear the profile's crash flag", slog.Any("err", err))
	}
	out := &tail{}
	cmd, err := start(c.Chromium, Args(c.URL, c.Profile, c.ExtraArgs...), out)
	if err != nil {
		if errors.Is(err, exec.ErrNotFound) || errors.Is(err, os.ErrNotExist) || errors.Is(err, os.ErrPermission) {
			return fmt.Errorf("watchdog: %w", err)
		}
		c.Log.Error("browser did not start", slog.Any("err", err))
		return nil // try again after the backoff
	}
	pid := cmd.Process.Pid
	c.Events(Event{Kind: KindStarted, PID: pid})
	c.Log.Info("browser started", slog.Int("pid", pid), slog.String("url", c.URL))
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()

	switch ended, err := c.watch(ctx, pid, exited); ended {
	case endExited:
		c.Events(Event{Kind: KindExited, PID: pid, Err: err})
		c.Log.Warn("browser exited", slog.Int("pid", pid), slog.Any("err", err), slog.String("output", out.String()))
		killGroup(pid) // whatever outlived it
	case endHung:
		c.Events(Event{Kind: KindHung, PID: pid})
		c.Log.Warn("page stopped answering; killing the browser", slog.Int("pid", pid),
			slog.Int("checks", c.Misses), slog.Duration("each", c.AnswerWithin))
		stop(cmd, exited, 5*time.Second)
	default:
		stop(cmd, exited, 5*time.Second)
	}
	return nil
}

type end int

const (
	endExited end = iota
	endHung
	endStopped
)

// watch asks the page every CheckEvery until the browser exits, its page
// misses Misses checks in a row, or ctx ends. Misses count only once the
// page has answered, or StartWithin has passed.
func (c *Config) watch(ctx context.Context, pid int, exited <-chan error) (end, error) {
	tick := time.NewTicker(c.CheckEvery)
	defer tick.Stop()
	started, answered, misses, live := time.Now(), false, 0, ""
	for {
		select {
		case <-ctx.Done():
			return endStopped, nil
		case err := <-exited:
			return endExited, err
		case <-tick.C:
		}
		v, err := c.ask(ctx)
		switch {
		case ctx.Err() != nil:
			return endStopped, nil
		case err == nil:
			answered, misses = true, 0
			v, dark := splitAnswer(v)
			c.Events(Event{Kind: KindAnswered, PID: pid, Live: v})
			if v != live {
				c.Log.Info("page live state", slog.String("data-live", v))
				live = v
			}
			if dark != c.dark {
				c.dark = dark
				c.setPanel(ctx, dark)
			}
		case answered || time.Since(started) > c.StartWithin:
			misses++
			c.Log.Debug("page did not answer", slog.Int("misses", misses), slog.Any("err", err))
			if misses >= c.Misses {
				return endHung, nil
			}
		}
	}
}

func (c *Config) ask(ctx context.Context) (string, error) {
	port, err := devtoolsPort(c.Profile)
	if err != nil {
		return "", err
	}
	ctx, cancel := context.WithTimeout(ctx, c.AnswerWithin)
	defer cancel()
	return askLive(ctx, port)
}
