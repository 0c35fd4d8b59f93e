package screen

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/content"
	"storecast/app/i18n"
)

// Overlays are what preempts a page's own content: the pairing code of an
// unpaired screen, an urgent override, the name flashed by "identify".
// Pages render Overlays() last, so it sits above everything.
func (s *State) Overlays() app.UI {
	return app.Div().Class("sc-overlays").Body(
		app.If(s.Pairing != nil, s.pairingView),
		app.If(s.Pairing == nil && s.Override() != nil, s.overrideView),
		app.If(s.Identify != "", func() app.UI {
			return app.Div().Class("sc-identify").Attr("role", "status").Text(s.Identify)
		}),
	)
}

// Preempted reports whether an overlay, or the dark of closed hours,
// hides the page's own content, so the page can pause what moves
// underneath.
func (s *State) Preempted() bool { return s.Dark || s.Pairing != nil || s.Override() != nil }

func (s *State) pairingView() app.UI {
	l := s.Locale
	code := s.Pairing.Code
	return app.Section().Class("sc-pairing").Aria("labelledby", "sc-pairing-title").Body(
		app.If(s.EnrolError != "", func() app.UI {
			return app.P().Class("sc-enrol-error").Attr("role", "alert").DataSet("reason", s.EnrolError).
				Text(i18n.T(l, enrolErrorMessage(s.EnrolError)))
		}),
		app.H1().ID("sc-pairing-title").Text(i18n.T(l, i18n.PairTitle)),
		app.P().Class("sc-pairing-code").Aria("label", strings.Join(strings.Split(code, ""), " ")).Text(code),
		app.P().Class("sc-pairing-help").Text(i18n.T(l, i18n.PairHelp, "Minutes", s.Pairing.ExpiresIn/60)),
	)
}

// OverrideID is the id of the urgent message while it shows; it takes
// focus programmatically (tabindex -1), so a page can move focus to it
// when it covers the page.
const OverrideID = "sc-override"

func (s *State) overrideView() app.UI {
	return OverrideView(s.Override(), s.Locale).ID(OverrideID).TabIndex(-1)
}

// OverrideView is an override as screens show it above everything: the
// console's live view draws it too (without the screen's id, as a wall
// shows many).
func OverrideView(o *content.Override, l string) app.HTMLSection {
	return app.Section().
		Class("sc-override sc-override-"+o.Severity).
		Attr("role", "alert").
		DataSet("id", o.ID).
		Body(
			app.P().Class("sc-override-severity").Text(i18n.T(l, severityMessage(o.Severity))),
			app.P().Class("sc-override-message").Text(o.Message.In(l)),
		)
}

func enrolErrorMessage(reason string) string {
	if reason == content.EnrolThrottled {
		return i18n.EnrolThrottled
	}
	return i18n.EnrolRefused
}

func severityMessage(sev string) string {
	switch sev {
	case "emergency":
		return i18n.SeverityEmergency
	case "urgent":
		return i18n.SeverityUrgent
	}
	return i18n.SeverityInfo
}

// OverrideSpeech is an override as read aloud: its severity, then its
// message, in locale.
func OverrideSpeech(o *content.Override, locale string) string {
	return i18n.T(locale, severityMessage(o.Severity)) + ". " + o.Message.In(locale)
}
