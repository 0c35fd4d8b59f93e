package content

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

// Apply changes the snapshot by one event. Events carry whole objects, so
// applying the same event twice leaves the same state: the live feed relies
// on that when a snapshot overlaps the first events after it.
func (s *Snapshot) Apply(e Event) error {
	switch e.Op {
	case OpPromotionUpsert:
		if e.Promotion == nil || e.Promotion.ID == "" {
			return fmt.Errorf("content: %s without a promotion", e.Op)
		}
		i := s.promotionIndex(e.Promotion.ID)
		if i < 0 {
			s.Promotions = append(s.Promotions, *e.Promotion)
		} else {
			s.Promotions[i] = *e.Promotion
		}
		SortPromotions(s.Promotions)
	case OpPromotionDelete:
		if i := s.promotionIndex(e.ID); i >= 0 {
			s.Promotions = slices.Delete(s.Promotions, i, i+1)
		}
	case OpOverrideSet:
		if e.Override == nil || e.Override.ID == "" {
			return fmt.Errorf("content: %s without an override", e.Op)
		}
		s.Overrides = slices.DeleteFunc(s.Overrides, func(o Override) bool { return o.ID == e.Override.ID })
		s.Overrides = append(s.Overrides, *e.Override)
	case OpOverrideClear:
		s.Overrides = slices.DeleteFunc(s.Overrides, func(o Override) bool { return o.ID == e.ID })
	case OpPowerUpdate:
		if e.Power == nil {
			return fmt.Errorf("content: %s without the schedules", e.Op)
		}
		p := *e.Power
		s.Power = &p
	default:
		if handled, err := s.applyKiosk(e); handled {
			return err
		}
		if handled, err := s.applyCampaign(e); handled {
			return err
		}
		if handled, err := s.applyBrand(e); handled {
			return err
		}
		if handled, err := s.applySignage(e); handled {
			return err
		}
		return fmt.Errorf("content: unknown event op %q", e.Op)
	}
	return nil
}

func (s *Snapshot) promotionIndex(id string) int {
	return slices.IndexFunc(s.Promotions, func(p Promotion) bool { return p.ID == id })
}

// SortPromotions orders promotions as every screen shows them: highest
// priority first, then the most recently changed, then by id so the order
// is total and identical on server and screens.
func SortPromotions(ps []Promotion) {
	slices.SortStableFunc(ps, func(a, b Promotion) int {
		if a.Priority != b.Priority {
			return b.Priority - a.Priority
		}
		if c := b.UpdatedAt.Compare(a.UpdatedAt); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
}

// ActivePromotions returns the promotions a screen in groups shows at now
// (valid then and targeted at it), in display order. Every screen lists
// promotions through it: groups is not optional, so no caller can forget
// the targeting.
func (s *Snapshot) ActivePromotions(now time.Time, groups []string) []Promotion {
	out := make([]Promotion, 0, len(s.Promotions))
	for _, p := range s.Promotions {
		if p.ActiveAt(now) && p.Targets(groups) {
			out = append(out, p)
		}
	}
	return out
}
