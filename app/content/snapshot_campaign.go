package content

import (
	"fmt"
	"slices"
	"time"
)

// Coupon campaign events. A campaign that is no longer live (paused, ended,
// sold out) is sent as an upsert too; screens show only claimable ones.
const (
	OpCampaignUpsert = "campaign.upsert"
	OpCampaignDelete = "campaign.delete"
)

func (s *Snapshot) applyCampaign(e Event) (handled bool, err error) {
	switch e.Op {
	case OpCampaignUpsert:
		if e.Campaign == nil || e.Campaign.ID == "" {
			return true, fmt.Errorf("content: %s without a campaign", e.Op)
		}
		s.Campaigns = slices.DeleteFunc(s.Campaigns, func(c Campaign) bool { return c.ID == e.Campaign.ID })
		s.Campaigns = append(s.Campaigns, *e.Campaign)
	case OpCampaignDelete:
		s.Campaigns = slices.DeleteFunc(s.Campaigns, func(c Campaign) bool { return c.ID == e.ID })
	default:
		return false, nil
	}
	return true, nil
}

// ClaimableCampaigns returns the campaigns a shopper can claim from now, for
// a screen in groups.
func (s *Snapshot) ClaimableCampaigns(now time.Time, groups []string) []Campaign {
	var out []Campaign
	for _, c := range s.Campaigns {
		if !c.Claimable(now) {
			continue
		}
		if len(c.Groups) > 0 && !slices.ContainsFunc(c.Groups, func(g string) bool { return slices.Contains(groups, g) }) {
			continue
		}
		out = append(out, c)
	}
	return out
}
