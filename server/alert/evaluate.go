package alert

import (
	"fmt"
	"strings"
	"time"

	"storecast/app/content"
	"storecast/app/rest"
)

// Evaluate returns the alerts that hold at now under rules r, for a store
// open since opened. It is pure: the Monitor decides which of them are
// news. Alerts come in the order of the rules, then of the facts.
func Evaluate(r rest.AlertRules, f Facts, opened, now time.Time) []Alert {
	var out []Alert
	add := func(rule, id, subject, message string, since time.Time) {
		key := rule
		if id != "" {
			key += ":" + id
		}
		out = append(out, Alert{Rule: rule, Key: key, Subject: subject, Message: message, Since: since, FiredAt: now})
	}
	if r.ScreenOffline.On {
		limit := minutes(r.ScreenOffline.Minutes)
		for _, s := range f.Screens {
			// A screen is expected on only while the store is open and its
			// group's power schedule has it on: one that went dark at
			// closing counts from the later of the two openings.
			if s.Online {
				continue
			}
			on, from := poweredSince(f.Power, s.Groups, now)
			if !on {
				continue
			}
			since := later(later(s.OfflineSince, opened), from)
			if now.Sub(since) >= limit {
				add(rest.RuleScreenOffline, s.ID, s.Name, fmt.Sprintf("Screen %q has been offline for %s while the store is open.", s.Name, round(now.Sub(since))), since)
			}
		}
	}
	if h := r.ScreenHealth; h.On {
		for _, s := range f.Screens {
			if msg := unwell(h, s); s.Online && msg != "" {
				add(rest.RuleScreenHealth, s.ID, s.Name, fmt.Sprintf("Screen %q %s.", s.Name, msg), now)
			}
		}
	}
	if r.StaffCall.On {
		limit := minutes(r.StaffCall.Minutes)
		for _, c := range f.StaffCalls {
			if c.Answered == nil && now.Sub(c.CreatedAt) >= limit {
				add(rest.RuleStaffCall, c.ID, placeOf(c), fmt.Sprintf("A call for staff at %s has not been taken for %s.", placeOf(c), round(now.Sub(c.CreatedAt))), c.CreatedAt)
			}
		}
	}
	if r.CouponStock.On {
		for _, c := range f.Campaigns {
			left := c.Quantity - c.Claimed
			if c.Status == content.CampaignLive && c.Quantity > 0 && left*100 <= r.CouponStock.Percent*c.Quantity {
				name := c.Title.In(content.DefaultLocale)
				add(rest.RuleCouponStock, c.ID, name, fmt.Sprintf("Campaign %q has %d of %d coupons left.", name, max(left, 0), c.Quantity), now)
			}
		}
	}
	if d := f.Disk; r.Disk.On && d.Total > 0 && d.Free*100 <= uint64(r.Disk.Percent)*d.Total {
		add(rest.RuleDisk, "", "disk", fmt.Sprintf("The data directory's disk has %d%% free (%d MB of %d MB).", d.Free*100/d.Total, d.Free>>20, d.Total>>20), now)
	}
	if p := f.Parity; r.PriceParity.On && p.Count > 0 && now.Sub(p.Since) >= minutes(r.PriceParity.Minutes) {
		// One alert for every product: a feed that sends a whole price
		// list wrong would otherwise send thousands.
		add(rest.RulePriceParity, "", "price parity", fmt.Sprintf("%d products have had another price online or for delivery than in store for %s or more (the longest: %s).",
			p.Count, round(now.Sub(p.Since)), strings.Join(p.Oldest, ", ")), p.Since)
	}
	return out
}

// unwell says what is wrong with a screen's health, or "".
func unwell(r rest.HealthRule, s Screen) string {
	h := s.Status.Health
	if h == nil {
		return ""
	}
	media := 0
	for _, e := range h.Errors {
		if strings.HasPrefix(e, mediaError) {
			media++
		}
	}
	switch {
	case media >= r.MediaFailures:
		return fmt.Sprintf("failed to show media %d times among its last %d errors", media, len(h.Errors))
	case h.Memory() >= int64(r.MemoryMB)<<20:
		return fmt.Sprintf("holds %d MiB of memory", h.Memory()>>20)
	}
	return ""
}

// mediaError begins the errors a signage screen records for media it
// could not load or play (app/signage).
const mediaError = "media: "

func placeOf(c content.StaffCall) string {
	if c.Place != "" {
		return c.Place
	}
	return c.Source
}

func minutes(n int) time.Duration { return time.Duration(n) * time.Minute }

func later(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

// round writes a duration in whole minutes, as people read alerts.
func round(d time.Duration) string {
	return fmt.Sprintf("%d min", int(d/time.Minute))
}

// poweredSince reports whether a screen in groups is meant to be on at now
// by the store's power schedule (now's zone is the store's), and since
// when; zero when it has been on for two days or more (always on) or has
// no schedule.
func poweredSince(p *content.Power, groups []string, now time.Time) (bool, time.Time) {
	if p.For(groups) == nil {
		return true, time.Time{}
	}
	if !p.OnAt(now, now.Location(), groups) {
		return false, time.Time{}
	}
	// Opening hours are whole minutes: step back a minute at a time to the
	// minute the screen came on.
	start := now.Truncate(time.Minute)
	for t := start; now.Sub(t) < 48*time.Hour; t = t.Add(-time.Minute) {
		if !p.OnAt(t.Add(-time.Minute), now.Location(), groups) {
			return true, t
		}
	}
	return true, time.Time{}
}
