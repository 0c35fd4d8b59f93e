package product

import (
	"fmt"
	"time"

	"storecast/app/content"
	"storecast/app/rest"
)

// lots checks a feed item's lots: each a real date, once, with a
// quantity from 0 to content.MaxStock. nil stays nil (the stored lots
// stay); an empty list says none are left.
func (p *parser) lots(line int, in []rest.CatalogueLot) ([]content.Lot, bool) {
	if in == nil {
		return nil, true
	}
	if len(in) > content.MaxLots {
		return nil, p.bad(line, "lots", content.ImportBadValue, fmt.Sprintf("%d lots, at most %d", len(in), content.MaxLots), 0)
	}
	out, seen, ok := make([]content.Lot, 0, len(in)), map[string]bool{}, true
	for _, l := range in {
		if _, err := time.Parse(time.DateOnly, l.BestBefore); err != nil || seen[l.BestBefore] {
			ok = p.bad(line, "lots", content.ImportBadValue, "best_before "+fmt.Sprintf("%q", l.BestBefore)+", want a YYYY-MM-DD date once", 0)
			continue
		}
		seen[l.BestBefore] = true
		if l.Quantity == nil || *l.Quantity < 0 || *l.Quantity > content.MaxStock {
			ok = p.bad(line, "lots", content.ImportBadStock, "quantity of "+l.BestBefore, 0)
			continue
		}
		out = append(out, content.Lot{BestBefore: l.BestBefore, Quantity: *l.Quantity})
	}
	return out, ok
}
