package content

import (
	"fmt"
	"slices"
	"time"
)

// applyKiosk applies the events that carry what kiosks show besides
// promotions: store events, categories and catalogue changes. handled is false for any other op.
func (s *Snapshot) applyKiosk(e Event) (handled bool, err error) {
	switch e.Op {
	case OpEventUpsert:
		if e.Event == nil || e.Event.ID == "" {
			return true, fmt.Errorf("content: %s without an event", e.Op)
		}
		s.Events = slices.DeleteFunc(s.Events, func(x StoreEvent) bool { return x.ID == e.Event.ID })
		s.Events = append(s.Events, *e.Event)
		SortEvents(s.Events)
	case OpEventDelete:
		s.Events = slices.DeleteFunc(s.Events, func(x StoreEvent) bool { return x.ID == e.ID })
	case OpCategoryUpsert:
		if e.Category == nil || e.Category.ID == "" {
			return true, fmt.Errorf("content: %s without a category", e.Op)
		}
		s.Categories = slices.DeleteFunc(s.Categories, func(x Category) bool { return x.ID == e.Category.ID })
		s.Categories = append(s.Categories, *e.Category)
		SortCategories(s.Categories)
	case OpCategoryDelete:
		s.Categories = slices.DeleteFunc(s.Categories, func(x Category) bool { return x.ID == e.ID })
	case OpCatalogueUpdate:
		if e.Catalogue == nil {
			return true, fmt.Errorf("content: %s without the change", e.Op)
		}
		c := *e.Catalogue
		s.Catalogue = &c
	default:
		return false, nil
	}
	return true, nil
}

// Clone returns a copy whose lists can change without changing s.
func (s *Snapshot) Clone() Snapshot {
	c := *s
	c.Promotions = slices.Clone(s.Promotions)
	c.Overrides = slices.Clone(s.Overrides)
	c.Events = slices.Clone(s.Events)
	c.Categories = slices.Clone(s.Categories)
	c.Campaigns = slices.Clone(s.Campaigns)
	if s.Signage != nil {
		g := *s.Signage
		g.Playlists, g.Schedules = slices.Clone(g.Playlists), slices.Clone(g.Schedules)
		c.Signage = &g
	}
	return c
}

// UpcomingEvents returns the events that have not ended at now, soonest
// first.
func (s *Snapshot) UpcomingEvents(now time.Time) []StoreEvent {
	out := make([]StoreEvent, 0, len(s.Events))
	for _, e := range s.Events {
		if now.Before(e.EndsAt) {
			out = append(out, e)
		}
	}
	SortEvents(out)
	return out
}

// Category returns the category with id, if there is one.
func (s *Snapshot) Category(id string) (Category, bool) {
	i := slices.IndexFunc(s.Categories, func(c Category) bool { return c.ID == id })
	if i < 0 {
		return Category{}, false
	}
	return s.Categories[i], true
}
