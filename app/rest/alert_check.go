package rest

import (
	"fmt"
	"net/url"
	"strings"
	"unicode/utf8"

	"storecast/app/content"
)

// DefaultAlertRules are the rules of a store whose admin set none: every
// rule on, with thresholds that mean "someone should look now". The
// memory bound is half again the screens' own reload bound
// (--screen-reload-above, 1024 MiB): a screen past it is leaking faster
// than its nightly reload helps.
func DefaultAlertRules() AlertRules {
	return AlertRules{
		Hours:         StoreHours{Open: "08:00", Close: "22:00"},
		ScreenOffline: MinutesRule{On: true, Minutes: 10},
		ScreenHealth:  HealthRule{On: true, MediaFailures: 3, MemoryMB: 1536},
		StaffCall:     MinutesRule{On: true, Minutes: 5},
		CouponStock:   PercentRule{On: true, Percent: 10},
		Disk:          PercentRule{On: true, Percent: 10},
		PriceParity:   MinutesRule{On: true, Minutes: 60},
	}
}

// Validate checks rules as an admin wrote them; the first problem is a
// *content.FieldError naming its field.
func (r *AlertRules) Validate() error {
	if _, ok := content.Minutes(r.Hours.Open); !ok {
		return &content.FieldError{Field: "hours.open", Message: "a time as HH:MM"}
	}
	if _, ok := content.Minutes(r.Hours.Close); !ok {
		return &content.FieldError{Field: "hours.close", Message: "a time as HH:MM"}
	}
	for _, d := range r.Hours.Weekdays {
		if d < 0 || d > 6 {
			return &content.FieldError{Field: "hours.weekdays", Message: "0 (Sunday) to 6 (Saturday)"}
		}
	}
	for _, f := range []struct {
		name   string
		v, min int
		max    int
	}{
		{"screen_offline.minutes", r.ScreenOffline.Minutes, 1, 24 * 60},
		{"staff_call.minutes", r.StaffCall.Minutes, 1, 24 * 60},
		{"screen_health.media_failures", r.ScreenHealth.MediaFailures, 1, content.MaxHealthErrors},
		{"screen_health.memory_mb", r.ScreenHealth.MemoryMB, 64, 1 << 20},
		{"coupon_stock.percent", r.CouponStock.Percent, 1, 99},
		{"disk.percent", r.Disk.Percent, 1, 99},
		{"price_parity.minutes", r.PriceParity.Minutes, 1, 7 * 24 * 60},
	} {
		if f.v < f.min || f.v > f.max {
			return &content.FieldError{Field: f.name, Message: fmt.Sprintf("must be %d to %d", f.min, f.max)}
		}
	}
	return nil
}

// MaxWebhookURL bounds a webhook's URL, in bytes.
const MaxWebhookURL = 2048

// Validate checks a webhook as an admin wrote it: a known kind, an
// absolute http or https URL without user info, and a secret where the
// kind needs one. Which addresses the URL may reach is the server's
// decision (server/alert), not the form's.
func (w *WebhookInput) Validate() error {
	if n := utf8.RuneCountInString(strings.TrimSpace(w.Name)); n < 1 || n > 80 {
		return &content.FieldError{Field: "name", Message: "1 to 80 characters"}
	}
	switch w.Kind {
	case WebhookGeneric, WebhookWeCom, WebhookDingTalk:
	default:
		return &content.FieldError{Field: "kind", Message: "generic, wecom or dingtalk"}
	}
	if err := checkWebhookURL(w.URL); err != nil {
		return &content.FieldError{Field: "url", Message: err.Error()}
	}
	switch {
	case len(w.Secret) > 200:
		return &content.FieldError{Field: "secret", Message: "at most 200 characters"}
	case w.Kind == WebhookGeneric && len(w.Secret) < 16:
		return &content.FieldError{Field: "secret", Message: "a generic webhook signs with a secret of at least 16 characters"}
	case w.Kind == WebhookWeCom && w.Secret != "":
		return &content.FieldError{Field: "secret", Message: "a WeCom robot takes no secret: its key is in the URL"}
	}
	return nil
}

func checkWebhookURL(raw string) error {
	if len(raw) > MaxWebhookURL {
		return fmt.Errorf("at most %d bytes", MaxWebhookURL)
	}
	u, err := url.Parse(raw)
	switch {
	case err != nil || !u.IsAbs() || u.Opaque != "":
		return fmt.Errorf("an absolute http:// or https:// URL")
	case u.Scheme != "http" && u.Scheme != "https":
		return fmt.Errorf("http:// or https:// only, not %s://", u.Scheme)
	case u.Hostname() == "":
		return fmt.Errorf("the URL names no host")
	case u.User != nil:
		return fmt.Errorf("no user or password in the URL")
	case u.Fragment != "":
		return fmt.Errorf("no #fragment in the URL")
	}
	return nil
}
