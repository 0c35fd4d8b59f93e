package harness

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"sync"
	"syscall"
	"time"
)

// process is one storecast child process of a test (`serve` or `nats`):
// the tail of its log and how it ended.
type process struct {
	PID int

	cmd     *exec.Cmd
	log     *tailBuffer
	gone    chan struct{} // closed once the process has exited
	waitErr error         // how it exited; read only after gone is closed

	mu    sync.Mutex
	ended bool // stopped or killed already
}

// startProcess runs binary with args, its stderr kept (and copied to
// stderr when not nil); it returns the process and its stdout.
func startProcess(binary string, args, env []string, stderr io.Writer) (*process, io.Reader, error) {
	p := &process{log: &tailBuffer{max: 256 << 10}, gone: make(chan struct{})}
	cmd := exec.Command(binary, args...)
	cmd.Env = append(os.Environ(), env...)
	cmd.Stderr = p.log
	if stderr != nil {
		cmd.Stderr = io.MultiWriter(p.log, stderr)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, nil, err
	}
	p.cmd, p.PID = cmd, cmd.Process.Pid
	go func() {
		p.waitErr = cmd.Wait()
		close(p.gone)
	}()
	return p, stdout, nil
}

// Log is the tail of what the process wrote to stderr.
func (p *process) Log() string { return p.log.String() }

// Wait waits up to timeout for the process to exit and reports how it
// exited; ok is false if it is still running.
func (p *process) Wait(timeout time.Duration) (err error, ok bool) {
	timer := time.NewTimer(timeout)
	defer timer.Stop()
	select {
	case <-p.gone:
		return p.waitErr, true
	case <-timer.C:
		return nil, false
	}
}

// Signal sends sig and marks the process as ended: a test that signals it
// waits for the exit itself, and Stop leaves it alone.
func (p *process) Signal(sig os.Signal) error {
	p.markEnded()
	return p.cmd.Process.Signal(sig)
}

// stopWait is how long Stop waits after SIGTERM before it kills.
const stopWait = 20 * time.Second

// terminate sends SIGTERM, as an operator would, and waits for a clean
// exit, killing the process after stopWait. The error says what went
// wrong: the process had exited on its own, exited non-zero, or had to be
// killed. The caller has marked it ended.
func (p *process) terminate() error {
	select {
	case <-p.gone:
		if p.waitErr != nil {
			return fmt.Errorf("harness: storecast exited on its own: %w", p.waitErr)
		}
		return nil
	default:
	}
	_ = p.cmd.Process.Signal(syscall.SIGTERM)
	err, ok := p.Wait(stopWait)
	if !ok {
		_ = p.cmd.Process.Kill()
		<-p.gone
		return fmt.Errorf("harness: storecast did not stop within %v of SIGTERM", stopWait)
	}
	if err != nil {
		return fmt.Errorf("harness: storecast exit after SIGTERM: %w", err)
	}
	return nil
}

// kill ends the process with SIGKILL, as a power cut or the OOM killer
// would: no shutdown code runs.
func (p *process) kill() error {
	p.markEnded()
	_ = p.cmd.Process.Kill()
	if _, ok := p.Wait(10 * time.Second); !ok {
		return errors.New("harness: storecast still running 10 s after SIGKILL")
	}
	return nil
}

// markEnded reports whether this call ended the process (false: it was
// ended already).
func (p *process) markEnded() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.ended {
		return false
	}
	p.ended = true
	return true
}
