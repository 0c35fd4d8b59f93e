package slide

import (
	"testing"
	"time"

	"storecast/app/content"
	"storecast/app/player"
)

// A promotion slide's template follows the slide, then the playlist,
// then what the offer has: its coupon only while the linked campaign can
// be claimed on this screen.
func TestPromotionTemplate(t *testing.T) {
	now := time.Date(2026, 12, 7, 10, 30, 0, 0, time.UTC)
	live := content.Campaign{ID: "c1", Status: content.CampaignLive, Quantity: 10, Promotion: "p1"}
	soldOut := live
	soldOut.Claimed = 10
	elsewhere := live
	elsewhere.Groups = []string{"bakery"}
	pic := content.Promotion{ID: "p1", Image: content.MediaPrefix + "ab.png"}
	plain := content.Promotion{ID: "p1"}
	tests := []struct {
		name          string
		pr            content.Promotion
		campaigns     []content.Campaign
		playlist, own string
		want, coupon  string
	}{
		{"auto, picture", pic, nil, "", "", content.TemplateSplit, ""},
		{"auto, no picture", plain, nil, "", "", content.TemplateBrand, ""},
		{"auto, linked coupon", pic, []content.Campaign{live}, "", "", content.TemplateCoupon, "c1"},
		{"sold out coupon", pic, []content.Campaign{soldOut}, content.TemplateCoupon, "", content.TemplateSplit, ""},
		{"coupon for other screens", plain, []content.Campaign{elsewhere}, "", content.TemplateCoupon, content.TemplateBrand, ""},
		{"slide's own over the playlist's", pic, []content.Campaign{live}, content.TemplateCoupon, content.TemplatePicture, content.TemplatePicture, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			snap := &content.Snapshot{Promotions: []content.Promotion{tt.pr}, Campaigns: tt.campaigns}
			e := player.Entry{Template: tt.playlist, Slide: content.Slide{ID: "s", Kind: content.SlidePromotion, Promotion: "p1", Template: tt.own}}
			got, c := PromotionTemplate(e, tt.pr, snap, []string{"entrance"}, now)
			if got != tt.want || c.ID != tt.coupon {
				t.Errorf("PromotionTemplate = %q, campaign %q; want %q, %q", got, c.ID, tt.want, tt.coupon)
			}
		})
	}
}
