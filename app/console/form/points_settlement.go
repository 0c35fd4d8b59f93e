package form

import (
	"time"

	"storecast/app/i18n"
)

// SettlementRange is the settlement view's dates, as typed (YYYY-MM-DD,
// what a date input gives).
type SettlementRange struct{ From, To string }

// maxSettlementDays bounds a range to what one table shows sensibly.
const maxSettlementDays = 366

// Check says what is wrong with the range: a date missing or not a date,
// to before from, or longer than a year.
func (r SettlementRange) Check() Problems {
	ps := Problems{}
	from, errFrom := time.Parse(time.DateOnly, r.From)
	to, errTo := time.Parse(time.DateOnly, r.To)
	if errFrom != nil {
		ps["from"] = problem(i18n.ConsolePtErrDate)
	}
	if errTo != nil {
		ps["to"] = problem(i18n.ConsolePtErrDate)
	}
	if len(ps) > 0 {
		return ps
	}
	if to.Before(from) || to.Sub(from) > maxSettlementDays*24*time.Hour {
		ps["to"] = problem(i18n.ConsolePtErrRange, "Max", maxSettlementDays)
		return ps
	}
	return nil
}
