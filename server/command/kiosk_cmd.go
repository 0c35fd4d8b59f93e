package command

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"storecast/server/watchdog"
)

const kioskUsage = "kiosk --url URL [--chromium PATH] [--profile DIR] [--print-autostart desktop|systemd]"

const kioskAbout = `Runs a store screen on a kiosk machine: Chromium in kiosk mode on URL (the
store's /signage or /kiosk page), started again whenever it exits, and
whenever its page stops answering (--misses checks in a row, each given
--answer-within), with a growing pause in a crash loop. It turns the X
screen saver and power saving off (xset) unless --no-xset. With --panel it
runs that program with "off" and "on" as the page goes dark outside the
store's opening hours and wakes, so the display itself sleeps.
--print-autostart prints a desktop autostart entry or a systemd user unit
that starts it at login.`

// kioskOptions are `storecast kiosk`'s flags.
type kioskOptions struct {
	url, chromium, profile, autostart string
	panel                             string
	checkEvery, answerWithin          time.Duration
	misses                            int
	noXset                            bool
}

// kioskCmd runs `storecast kiosk`.
func kioskCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("kiosk", kioskUsage, kioskAbout, stderr)
	var o kioskOptions
	fs.StringVar(&o.url, "url", "", "the page to show, e.g. https://store-042.example/signage")
	fs.StringVar(&o.chromium, "chromium", "", "the browser; default the first of chromium, chromium-browser, google-chrome on PATH")
	fs.StringVar(&o.profile, "profile", "", "the browser's profile directory, where the screen's pairing and offline copies live; default ~/.config/storecast-kiosk")
	fs.DurationVar(&o.checkEvery, "check-every", 5*time.Second, "how often the page is asked whether it is alive")
	fs.DurationVar(&o.answerWithin, "answer-within", 5*time.Second, "how long the page has to answer")
	fs.IntVar(&o.misses, "misses", 3, "unanswered checks in a row after which the page counts as hung and the browser is restarted")
	fs.StringVar(&o.panel, "panel", "", "a program run with \"off\" when the page goes dark outside the store's opening hours and \"on\" when it wakes, to sleep the display (e.g. tools/panel/panel-power.sh: HDMI-CEC, else DPMS)")
	fs.BoolVar(&o.noXset, "no-xset", false, "leave the X screen saver and power saving as they are")
	fs.StringVar(&o.autostart, "print-autostart", "", "print a login autostart for this command line and exit: desktop (~/.config/autostart/storecast-kiosk.desktop) or systemd (~/.config/systemd/user/storecast-kiosk.service)")
	pos, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return fmt.Errorf("kiosk: unexpected argument %q (the page goes in --url)", pos[0])
	}
	if u, err := url.Parse(o.url); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return errors.New("kiosk: --url must be the http(s) address of the store's page, e.g. https://store-042.example/signage")
	}
	if o.autostart != "" {
		return printAutostart(stdout, o)
	}
	if o.chromium == "" {
		if o.chromium = findChromium(); o.chromium == "" {
			return errors.New("kiosk: no Chromium found; apt-get install chromium, or give --chromium PATH")
		}
	}
	if o.profile == "" {
		dir, err := os.UserConfigDir()
		if err != nil {
			return fmt.Errorf("kiosk: %w; give --profile", err)
		}
		o.profile = filepath.Join(dir, "storecast-kiosk")
	}
	log := slog.New(slog.NewTextHandler(stderr, nil))
	if !o.noXset {
		noBlanking(ctx, log)
	}
	return watchdog.Run(ctx, watchdog.Config{URL: o.url, Chromium: o.chromium, Profile: o.profile,
		CheckEvery: o.checkEvery, AnswerWithin: o.answerWithin, Misses: o.misses, Log: log, Panel: panelCommand(o.panel)})
}

// panelCommand is --panel as a command line (none when it is empty).
func panelCommand(path string) []string {
	if path == "" {
		return nil
	}
	return []string{path}
}

func findChromium() string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome-stable", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// noBlanking turns the X screen saver and DPMS off; a screen that goes
// dark is as bad as a browser that died.
func noBlanking(ctx context.Context, log *slog.Logger) {
	if os.Getenv("DISPLAY") == "" {
		log.Info("no DISPLAY; leaving screen blanking alone (see docs/operations.md for Wayland)")
		return
	}
	if out, err := exec.CommandContext(ctx, "xset", "s", "off", "-dpms", "s", "noblank").CombinedOutput(); err != nil {
		log.Warn("could not turn screen blanking off with xset (apt-get install x11-xserver-utils)", slog.Any("err", err), slog.String("out", string(out)))
	}
}

// printAutostart prints a login autostart running this command line.
func printAutostart(w io.Writer, o kioskOptions) error {
	exe, err := os.Executable()
	if err != nil {
		return fmt.Errorf("kiosk: %w", err)
	}
	argv := []string{exe, "kiosk", "--url", o.url}
	if o.chromium != "" {
		argv = append(argv, "--chromium", o.chromium)
	}
	if o.profile != "" {
		argv = append(argv, "--profile", o.profile)
	}
	if o.panel != "" {
		argv = append(argv, "--panel", o.panel)
	}
	switch o.autostart {
	case "desktop":
		fmt.Fprint(w, desktopEntry(argv))
	case "systemd":
		fmt.Fprint(w, userUnit(argv))
	default:
		return fmt.Errorf("kiosk: --print-autostart %q: use desktop or systemd", o.autostart)
	}
	return nil
}

// desktopEntry is an XDG autostart entry. Its Exec line quotes each
// argument by the Desktop Entry rules: in double quotes, with ", `, $ and
// \ escaped, and % doubled (a lone % starts a field code).
func desktopEntry(argv []string) string {
	quoted := make([]string, len(argv))
	for i, a := range argv {
		a = strings.NewReplacer(`\`, `\\`, `"`, `\"`, "`", "\\`", `$`, `\$`, `%`, `%%`).Replace(a)
		quoted[i] = `"` + a + `"`
	}
	// The key file format escapes backslashes once more.
	exec := strings.ReplaceAll(strings.Join(quoted, " "), `\`, `\\`)
	return `[Desktop Entry]
Type=Application
Name=Storecast kiosk
Comment=The store's screen: Chromium restarted whenever it exits or hangs
Exec=` + exec + `
X-GNOME-Autostart-enabled=true
NoDisplay=true
`
}

// userUnit is a systemd user service started with the graphical session.
// ExecStart takes C-style quoting: each argument in double quotes, with
// \ and " escaped, and % doubled (a lone % starts a specifier).
func userUnit(argv []string) string {
	quoted := make([]string, len(argv))
	for i, a := range argv {
		quoted[i] = `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`, `%`, `%%`).Replace(a) + `"`
	}
	return `[Unit]
Description=Storecast kiosk: the store's screen in Chromium, watched
PartOf=graphical-session.target
After=graphical-session.target

[Service]
ExecStart=` + strings.Join(quoted, " ") + `
Restart=always
RestartSec=5s

[Install]
WantedBy=graphical-session.target
`
}
