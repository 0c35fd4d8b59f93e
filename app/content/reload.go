package content

import (
	"fmt"
	"strings"
	"time"
)

// ReloadPolicy is when a screen reloads its page to give back the memory a
// browser running for days leaks: once its memory (Health.Memory) has
// passed Above, at the first quiet moment, inside the Quiet window of the
// store's clock or while it is dark. Above 0 turns it off.
type ReloadPolicy struct {
	Above int64  `json:"above"` // bytes
	Quiet string `json:"quiet"` // "HH:MM-HH:MM" in the store's zone; past midnight when the end is earlier
}

// MinUptimeBeforeReload keeps a page that is over the bound from the start
// (a bound set too low) from reloading in a loop: it waits this long.
const MinUptimeBeforeReload = 10 * time.Minute

// Validate checks a policy as the server was told it.
func (p ReloadPolicy) Validate() error {
	if p.Above < 0 {
		return fmt.Errorf("reload policy: memory bound %d is negative", p.Above)
	}
	if _, _, ok := p.window(); !ok {
		return fmt.Errorf("reload policy: quiet hours %q are not HH:MM-HH:MM", p.Quiet)
	}
	return nil
}

func (p ReloadPolicy) window() (start, end string, ok bool) {
	start, end, ok = strings.Cut(p.Quiet, "-")
	if !ok {
		return "", "", false
	}
	_, ok1 := Minutes(start)
	_, ok2 := Minutes(end)
	return start, end, ok1 && ok2
}

// Due reports whether a screen with health h reloads now (in the store's
// zone loc); dark says it is outside its opening hours, when nobody sees
// a reload.
func (p ReloadPolicy) Due(now time.Time, loc *time.Location, h Health, dark bool) bool {
	if p.Above <= 0 || h.Memory() <= p.Above || time.Duration(h.Uptime)*time.Second < MinUptimeBeforeReload {
		return false
	}
	if dark {
		return true
	}
	start, end, ok := p.window()
	if !ok {
		return false
	}
	w := Schedule{Playlist: "-", Start: start, End: end}
	return w.ActiveAt(now.In(loc))
}
