package form

import (
	"time"

	"storecast/app/content"
	"storecast/app/i18n"
	"storecast/app/rest"
)

// EventDraft is the store event editor's inputs, as typed.
type EventDraft struct {
	Title, Body, Place [3]string
	Starts, Ends       string // datetime-local, on the store's clock
}

// NewEventDraft fills the form from a stored event, its times on the
// store's clock loc.
func NewEventDraft(e content.StoreEvent, loc *time.Location) EventDraft {
	d := EventDraft{}
	for i, l := range content.Locales {
		d.Title[i], d.Body[i], d.Place[i] = e.Title[l], e.Body[l], e.Place[l]
	}
	if !e.StartsAt.IsZero() {
		d.Starts = e.StartsAt.In(loc).Format(dateLayout)
		d.Ends = e.EndsAt.In(loc).Format(dateLayout)
	}
	return d
}

// EventFields is the editor's field order, for focusing the first problem.
var EventFields = []string{
	"title", "title.zh-Hans", "title.zh-Hant", "title.en", "body.zh-Hans", "body.zh-Hant", "body.en",
	"place.zh-Hans", "place.zh-Hant", "place.en", "starts_at", "ends_at", "",
}

// Input checks the form as the server will, and builds the request.
func (d EventDraft) Input(loc *time.Location) (rest.EventInput, Problems) {
	ps := Problems{}
	in := rest.EventInput{
		Title: texts(ps, "title", d.Title, content.MaxTitleRunes, true),
		Body:  texts(ps, "body", d.Body, content.MaxBodyRunes, false),
		Place: texts(ps, "place", d.Place, content.MaxPlaceRunes, false),
	}
	starts := DateInput(ps, "starts_at", d.Starts, loc)
	ends := DateInput(ps, "ends_at", d.Ends, loc)
	if _, bad := ps["starts_at"]; starts == nil && !bad {
		ps["starts_at"] = problem(i18n.ConsoleErrStartRequired)
	}
	if _, bad := ps["ends_at"]; ends == nil && !bad {
		ps["ends_at"] = problem(i18n.ConsoleErrEndRequired)
	}
	switch {
	case starts == nil || ends == nil:
	case !ends.After(*starts):
		ps["ends_at"] = problem(i18n.ConsoleErrValidTo)
	case ends.Sub(*starts) > content.MaxEventSpan:
		ps["ends_at"] = problem(i18n.ConsoleErrEventSpan)
	}
	if len(ps) > 0 {
		return rest.EventInput{}, ps
	}
	in.StartsAt, in.EndsAt = *starts, *ends
	return in, nil
}
