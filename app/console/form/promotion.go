package form

import (
	"strconv"
	"strings"
	"time"

	"storecast/app/content"
	"storecast/app/i18n"
	"storecast/app/rest"
)

// PromotionDraft is the promotion editor's inputs, as typed.
type PromotionDraft struct {
	Title    [3]string // by content.Locales
	Body     [3]string
	Price    string // yuan, "12.90"
	WasPrice string
	From, To string // datetime-local, in the browser's zone
	Priority string
	Image    string
	Category string // a category id, or "" for none
	ToGroups bool   // for some groups of screens, not the whole store
	Groups   string // comma separated
}

// NewPromotionDraft fills the form from a stored promotion.
func NewPromotionDraft(p content.Promotion, loc *time.Location) PromotionDraft {
	f := PromotionDraft{Image: p.Image, Category: p.Category, Priority: strconv.Itoa(p.Priority),
		ToGroups: len(p.Groups) > 0, Groups: strings.Join(p.Groups, ", ")}
	for i, l := range content.Locales {
		f.Title[i], f.Body[i] = p.Title[l], p.Body[l]
	}
	if p.ID != "" {
		f.Price = FormatYuan(p.Price)
	}
	if p.WasPrice > 0 {
		f.WasPrice = FormatYuan(p.WasPrice)
	}
	if p.ValidFrom != nil {
		f.From = p.ValidFrom.In(loc).Format(dateLayout)
	}
	if p.ValidTo != nil {
		f.To = p.ValidTo.In(loc).Format(dateLayout)
	}
	return f
}

// PromotionFields is the editor's field order, for focusing the first
// problem.
var PromotionFields = []string{
	"title", "title.zh-Hans", "title.zh-Hant", "title.en", "body.zh-Hans", "body.zh-Hant", "body.en",
	"image", "price", "was_price", "valid_from", "valid_to", "category", "priority", "groups", "",
}

// Input checks the form as the server will, and builds the request.
func (f PromotionDraft) Input(loc *time.Location) (rest.PromotionInput, Problems) {
	ps := Problems{}
	in := rest.PromotionInput{Image: f.Image, Category: f.Category}
	in.Title = texts(ps, "title", f.Title, content.MaxTitleRunes, true)
	in.Body = texts(ps, "body", f.Body, content.MaxBodyRunes, false)
	price, err := ParseYuan(f.Price)
	if err != nil {
		ps["price"] = priceProblem(err)
	}
	in.Price = &price
	if strings.TrimSpace(f.WasPrice) != "" {
		was, err := ParseYuan(f.WasPrice)
		switch {
		case err != nil:
			ps["was_price"] = priceProblem(err)
		case was != 0 && ps["price"].ID == "" && was <= price:
			ps["was_price"] = problem(i18n.ConsoleErrWasPriceHigher)
		}
		in.WasPrice = was
	}
	in.ValidFrom = DateInput(ps, "valid_from", f.From, loc)
	in.ValidTo = DateInput(ps, "valid_to", f.To, loc)
	if in.ValidFrom != nil && in.ValidTo != nil && !in.ValidTo.After(*in.ValidFrom) {
		ps["valid_to"] = problem(i18n.ConsoleErrValidTo)
	}
	if p := strings.TrimSpace(f.Priority); p != "" {
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 || n > content.MaxPriority {
			ps["priority"] = problem(i18n.ConsoleErrPriority)
		}
		in.Priority = n
	}
	in.Groups = targetGroups(ps, f.ToGroups, f.Groups)
	if len(ps) > 0 {
		return rest.PromotionInput{}, ps
	}
	return in, nil
}
