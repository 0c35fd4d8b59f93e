package console

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/content"
)

func TestPromotionCardFromHQ(t *testing.T) {
	tests := []struct {
		name     string
		fromHQ   bool
		mark     bool // "From head office" shows
		editable bool // edit and delete show
	}{
		{"the store's own", false, false, true},
		{"head office's", true, true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := &Promotions{Locale: content.LocaleEn}
			p := content.Promotion{ID: "p1", Title: content.Text{content.LocaleEn: "Tea"}, Price: 250, FromHQ: tt.fromHQ}
			html := app.HTMLString(v.card(p))
			if got := strings.Contains(html, "From head office"); got != tt.mark {
				t.Errorf("card shows From head office: got %v; want %v", got, tt.mark)
			}
			if got := strings.Contains(html, "Edit Tea") || strings.Contains(html, "Delete Tea"); got != tt.editable {
				t.Errorf("card offers edit or delete: got %v; want %v\n%s", got, tt.editable, html)
			}
		})
	}
}
