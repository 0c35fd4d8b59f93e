package watchdog

import (
	"context"
	"log/slog"
	"os/exec"
	"strings"
	"time"
)

// panelTimeout bounds one run of the panel command: HDMI-CEC answers in
// seconds, or never.
const panelTimeout = 30 * time.Second

// darkSuffix is what the check's answer ends with while the page is dark
// outside the store's opening hours (app/screen puts sc-dark on <html>).
const darkSuffix = " dark"

// splitAnswer parses a check's answer: data-live, and whether the page is
// dark.
func splitAnswer(v string) (live string, dark bool) {
	live, dark = strings.CutSuffix(v, darkSuffix)
	return live, dark
}

// setPanel runs the Panel command with "off" when the page went dark and
// "on" when it woke, so the display itself sleeps (docs/operations.md,
// tools/panel/panel-power.sh). A failure is logged; the page stays
// black either way.
func (c *Config) setPanel(ctx context.Context, dark bool) {
	arg := "on"
	if dark {
		arg = "off"
	}
	// Told when the command is done, so whoever hears of it (a test, the
	// status) may stop the watchdog without killing the command.
	defer c.Events(Event{Kind: KindPanel, Live: arg})
	if len(c.Panel) == 0 {
		return
	}
	ctx, cancel := context.WithTimeout(ctx, panelTimeout)
	defer cancel()
	out, err := exec.CommandContext(ctx, c.Panel[0], append(c.Panel[1:], arg)...).CombinedOutput()
	if err != nil {
		c.Log.Warn("panel command failed", slog.String("panel", arg), slog.Any("err", err), slog.String("output", tailOf(out)))
		return
	}
	c.Log.Info("panel switched", slog.String("panel", arg))
}

// tailOf is the last few hundred bytes of a command's output, for a log.
func tailOf(b []byte) string {
	const keep = 512
	if len(b) > keep {
		b = b[len(b)-keep:]
	}
	return strings.TrimSpace(string(b))
}
