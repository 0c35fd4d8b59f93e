package watchdog

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"time"
)

// Args are the Chromium flags for a store screen showing url with its own
// profile. extra come before the URL (tests add --headless).
func Args(url, profile string, extra ...string) []string {
	args := []string{
		"--kiosk",
		"--no-first-run",
		"--no-default-browser-check",
		// No sync, updates of components or field trials in the
		// background: the screen's network is for the store.
		"--disable-background-networking",
		// QUIC over UDP is what store networks' firewalls drop most often;
		// the page's WebSocket and fetches then stall before falling back.
		"--disable-quic",
		// A V8 flag, so it goes in --js-flags (Chromium ignores unknown
		// flags of its own silently; V8 refuses unknown ones, and takes
		// this one): compile the wasm at once, not function by function
		// as start-up calls each (docs/operations.md, Screens).
		"--js-flags=--no-wasm-lazy-compilation",
		// The kiosk speaks and signage plays video with sound, with
		// nobody to click first.
		"--autoplay-policy=no-user-gesture-required",
		"--enable-speech-dispatcher",
		// After a kill, no "restore pages?" bubble or crash dialogue
		// over the page.
		"--disable-session-crashed-bubble",
		"--hide-crash-restore-bubble",
		"--noerrdialogs",
		// No offer to translate the store's Chinese pages.
		"--disable-features=Translate",
		// Chromium picks a free port on 127.0.0.1 and writes it into
		// the profile's DevToolsActivePort, where the watchdog reads it.
		"--remote-debugging-port=0",
		"--remote-debugging-address=127.0.0.1",
		"--user-data-dir=" + profile,
	}
	return append(append(args, extra...), url)
}

// start starts the browser in a process group of its own, so every
// process it forks (renderers, GPU, zygote) can be killed together. Its
// output goes to tail.
func start(chromium string, args []string, tail *tail) (*exec.Cmd, error) {
	cmd := exec.Command(chromium, args...)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Stdout, cmd.Stderr = tail, tail
	return cmd, cmd.Start()
}

// tail keeps the last bytes written to it: what a browser said before it
// died ("Missing X server or $DISPLAY"), for the log. Chromium says too
// much to pass on all of it.
type tail struct {
	mu  sync.Mutex
	buf []byte
}

const tailSize = 1024

func (t *tail) Write(p []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.buf = append(t.buf, p...)
	if over := len(t.buf) - tailSize; over > 0 {
		t.buf = append(t.buf[:0], t.buf[over:]...)
	}
	return len(p), nil
}

func (t *tail) String() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return strings.TrimSpace(string(t.buf))
}

// stop ends the browser's process group: SIGTERM, then SIGKILL if its
// leader has not exited after grace. It returns once the leader is gone.
func stop(cmd *exec.Cmd, exited <-chan error, grace time.Duration) {
	pgid := cmd.Process.Pid
	_ = syscall.Kill(-pgid, syscall.SIGTERM)
	select {
	case <-exited:
	case <-time.After(grace):
		_ = syscall.Kill(-pgid, syscall.SIGKILL)
		<-exited
	}
	killGroup(pgid) // whatever of the group outlived its leader
}

// killGroup kills what is left of a process group and waits, a few
// seconds at most, until it is gone: the next browser must not find the
// profile still locked by the last one's children.
func killGroup(pgid int) {
	_ = syscall.Kill(-pgid, syscall.SIGKILL)
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); {
		if errors.Is(syscall.Kill(-pgid, 0), syscall.ESRCH) {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// exitedCleanly matches the flags with which Chromium remembers a crash
// and offers to restore the last session over the page.
var (
	exitedCleanly = regexp.MustCompile(`"exited_cleanly":\s*false`)
	exitType      = regexp.MustCompile(`"exit_type":\s*"[A-Za-z]+"`)
)

// forgetCrash marks the profile's last exit as clean, so a browser
// restarted after a kill opens the page and nothing else.
func forgetCrash(profile string) error {
	path := filepath.Join(profile, "Default", "Preferences")
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	b = exitedCleanly.ReplaceAll(b, []byte(`"exited_cleanly":true`))
	b = exitType.ReplaceAll(b, []byte(`"exit_type":"Normal"`))
	return os.WriteFile(path, b, 0o600)
}
