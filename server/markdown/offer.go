package markdown

import (
	"fmt"
	"time"

	"storecast/app/content"
)

// bestBefore says "best before DATE" in each of the screens' languages.
var bestBefore = content.Text{
	content.LocaleEn:     "Best before %s",
	content.LocaleZhHans: "最佳食用日期：%s",
	content.LocaleZhHant: "最佳食用日期：%s",
}

// Offer is the promotion an approved suggestion becomes: the product at
// the suggested price, from now until the end of the lot's best-before
// day, linked to the product so it pauses itself once it is sold out. It
// has to sell within days, so it comes before other offers, the soonest
// date first: priority content.MaxPriority less the days left.
func (s Suggested) Offer(now time.Time) content.Promotion {
	body := content.Text{}
	for l, f := range bestBefore {
		body[l] = fmt.Sprintf(f, s.BestBefore)
	}
	from, to := now.UTC(), s.Ends.UTC()
	return content.Promotion{
		Title: s.Name, Body: body, Price: s.Price, WasPrice: s.Lot.Price,
		ValidFrom: &from, ValidTo: &to, Products: []string{s.SKU}, Priority: content.MaxPriority - s.DaysLeft,
	}
}
