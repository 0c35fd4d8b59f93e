package form

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"storecast/app/content"
	"storecast/app/i18n"
	"storecast/app/rest"
)

func TestCategoryDraftInput(t *testing.T) {
	good := CategoryDraft{ID: " fruit ", Name: [3]string{"水果", "", "Fruit"}, Icon: "fresh"}
	id, in, ps := good.Input(30)
	if len(ps) > 0 {
		t.Fatalf("good draft: problems %s", problemIDs(ps))
	}
	if id != "fruit" || in.Position != 30 || in.Icon != "fresh" || in.Name["en"] != "Fruit" || len(in.Name) != 2 {
		t.Errorf("Input = %q %+v; want fruit at 30 with icon fresh and two names", id, in)
	}
	tests := []struct {
		name   string
		change func(*CategoryDraft)
		want   string
	}{
		{"no key", func(d *CategoryDraft) { d.ID = "" }, "id=" + i18n.ConsoleErrCategoryID},
		{"upper case key", func(d *CategoryDraft) { d.ID = "Fruit" }, "id=" + i18n.ConsoleErrCategoryID},
		{"key with a space", func(d *CategoryDraft) { d.ID = "fresh fruit" }, "id=" + i18n.ConsoleErrCategoryID},
		{"no name", func(d *CategoryDraft) { d.Name = [3]string{" ", "", ""} }, "name=" + i18n.ConsoleErrNameRequired},
		{"long name", func(d *CategoryDraft) { d.Name[0] = strings.Repeat("果", 121) }, "name.zh-Hans=" + i18n.ConsoleErrTooLong},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := good
			tt.change(&d)
			if _, _, ps := d.Input(0); problemIDs(ps) != tt.want {
				t.Errorf("problems = %s; want %s", problemIDs(ps), tt.want)
			}
		})
	}
}

func TestMove(t *testing.T) {
	ids := []string{"a", "b", "c"}
	tests := []struct {
		i, delta int
		want     string
	}{
		{1, -1, "b a c"},
		{1, 1, "a c b"},
		{0, -1, ""}, // the first cannot go up
		{2, 1, ""},  // nor the last down
		{3, -1, ""},
	}
	for _, tt := range tests {
		if got := strings.Join(Move(ids, tt.i, tt.delta), " "); got != tt.want {
			t.Errorf("Move(%v, %d, %d) = %q; want %q", ids, tt.i, tt.delta, got, tt.want)
		}
	}
	if strings.Join(ids, " ") != "a b c" {
		t.Errorf("Move changed its argument: %v", ids)
	}
}

func TestNextPosition(t *testing.T) {
	if got := NextPosition(nil); got != 10 {
		t.Errorf("NextPosition(none) = %d; want 10", got)
	}
	if got := NextPosition([]content.Category{{Position: 40}, {Position: 20}}); got != 50 {
		t.Errorf("NextPosition(40, 20) = %d; want 50", got)
	}
	if got := NextPosition([]content.Category{{Position: content.MaxCategoryPosition}}); got != content.MaxCategoryPosition {
		t.Errorf("NextPosition(max) = %d; want %d", got, content.MaxCategoryPosition)
	}
}

func TestEventDraftInput(t *testing.T) {
	shanghai := time.FixedZone("CST", 8*3600)
	good := EventDraft{Title: [3]string{"试吃", "", "Tasting"}, Place: [3]string{"", "", "Entrance"},
		Starts: "2026-12-24T10:00", Ends: "2026-12-24T12:30"}
	in, ps := good.Input(shanghai)
	if len(ps) > 0 {
		t.Fatalf("good draft: problems %s", problemIDs(ps))
	}
	if want := time.Date(2026, 12, 24, 2, 0, 0, 0, time.UTC); !in.StartsAt.Equal(want) {
		t.Errorf("StartsAt = %v; want %v (10:00 on the store's clock)", in.StartsAt, want)
	}
	if len(in.Body) != 0 || in.Place["en"] != "Entrance" {
		t.Errorf("Body %v, Place %v; want none and Entrance", in.Body, in.Place)
	}
	back := NewEventDraft(content.StoreEvent{Title: in.Title, Place: in.Place, StartsAt: in.StartsAt, EndsAt: in.EndsAt}, shanghai)
	if back != good {
		t.Errorf("NewEventDraft(Input) = %+v; want %+v", back, good)
	}
	tests := []struct {
		name   string
		change func(*EventDraft)
		want   string
	}{
		{"no title", func(d *EventDraft) { d.Title = [3]string{} }, "title=" + i18n.ConsoleErrTitleRequired},
		{"no start", func(d *EventDraft) { d.Starts = "" }, "starts_at=" + i18n.ConsoleErrStartRequired},
		{"no end", func(d *EventDraft) { d.Ends = " " }, "ends_at=" + i18n.ConsoleErrEndRequired},
		{"not a date", func(d *EventDraft) { d.Starts = "tomorrow" }, "starts_at=" + i18n.ConsoleErrDate},
		{"ends first", func(d *EventDraft) { d.Ends = "2026-12-24T09:00" }, "ends_at=" + i18n.ConsoleErrValidTo},
		{"too long", func(d *EventDraft) { d.Ends = "2027-01-25T10:00" }, "ends_at=" + i18n.ConsoleErrEventSpan},
		{"long place", func(d *EventDraft) { d.Place[2] = strings.Repeat("x", 81) }, "place.en=" + i18n.ConsoleErrTooLong},
		{"nothing", func(d *EventDraft) { *d = EventDraft{} },
			"ends_at=" + i18n.ConsoleErrEndRequired + " starts_at=" + i18n.ConsoleErrStartRequired + " title=" + i18n.ConsoleErrTitleRequired},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := good
			tt.change(&d)
			if _, ps := d.Input(shanghai); problemIDs(ps) != tt.want {
				t.Errorf("problems = %s; want %s", problemIDs(ps), tt.want)
			}
		})
	}
}

func TestProductDraftInput(t *testing.T) {
	good := ProductDraft{SKU: " S-1 ", Name: [3]string{"草莓", "", ""}, Price: "１２.９", Unit: " 500g ",
		Barcode: "6901234 567892", Category: "fruit", Aisle: "A3", Image: "/media/x.png"}
	in, ps := good.Input()
	if len(ps) > 0 {
		t.Fatalf("good draft: problems %s", problemIDs(ps))
	}
	want := rest.ProductInput{SKU: "S-1", Barcode: "6901234567892", Name: content.Text{"zh-Hans": "草莓"},
		Unit: "500g", Category: "fruit", Aisle: "A3", Image: "/media/x.png"}
	if in.Price == nil || *in.Price != 1290 {
		t.Fatalf("Price = %v; want 1290", in.Price)
	}
	in.Price = nil
	if got, want := fmt.Sprintf("%+v", in), fmt.Sprintf("%+v", want); got != want {
		t.Errorf("Input = %s; want %s", got, want)
	}
	if back := NewProductDraft(content.Product{SKU: "S-1", Name: content.Text{"zh-Hans": "草莓"}, Price: 1290}); back.Price != "12.90" {
		t.Errorf("NewProductDraft price = %q; want 12.90", back.Price)
	}
	tests := []struct {
		name   string
		change func(*ProductDraft)
		want   string
	}{
		{"no SKU", func(d *ProductDraft) { d.SKU = "  " }, "sku=" + i18n.ConsoleErrSKU},
		{"long SKU", func(d *ProductDraft) { d.SKU = strings.Repeat("S", 41) }, "sku=" + i18n.ConsoleErrSKU},
		{"no name", func(d *ProductDraft) { d.Name = [3]string{} }, "name=" + i18n.ConsoleErrNameRequired},
		{"no price", func(d *ProductDraft) { d.Price = "" }, "price=" + i18n.ConsoleErrPriceEmpty},
		{"bad price", func(d *ProductDraft) { d.Price = "12,9" }, "price=" + i18n.ConsoleErrPriceFormat},
		{"bad check digit", func(d *ProductDraft) { d.Barcode = "6901234567893" }, "barcode=" + i18n.ConsoleErrBarcode},
		{"short barcode", func(d *ProductDraft) { d.Barcode = "123" }, "barcode=" + i18n.ConsoleErrBarcode},
		{"long unit", func(d *ProductDraft) { d.Unit = strings.Repeat("g", 21) }, "unit=" + i18n.ConsoleErrUnit},
		{"long aisle", func(d *ProductDraft) { d.Aisle = strings.Repeat("A", 21) }, "aisle=" + i18n.ConsoleErrTooLong},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := good
			tt.change(&d)
			if _, ps := d.Input(); problemIDs(ps) != tt.want {
				t.Errorf("problems = %s; want %s", problemIDs(ps), tt.want)
			}
		})
	}
}

func TestCatalogueRefusals(t *testing.T) {
	tests := []struct {
		d    rest.ErrorDetail
		want string
	}{
		{rest.ErrorDetail{Code: "in_use", Message: "the category still has 1 product"}, "=" + i18n.ConsoleErrCategoryInUse},
		{rest.ErrorDetail{Code: "conflict", Field: "sku"}, "sku=" + i18n.ConsoleErrSKUTaken},
		{rest.ErrorDetail{Code: "conflict", Field: "barcode"}, "barcode=" + i18n.ConsoleErrBarcodeTaken},
		{rest.ErrorDetail{Code: "invalid", Field: "category", Message: "category: no category with this id"}, "category=" + i18n.ConsoleErrCategory},
		{rest.ErrorDetail{Code: "invalid", Field: "ends_at", Message: "ends_at: an event lasts at most 31 days"}, "ends_at=" + i18n.ConsoleErrEventSpan},
		{rest.ErrorDetail{Code: "invalid", Field: "name", Message: "name: at least one locale needs non-blank text"}, "name=" + i18n.ConsoleErrNameRequired},
		{rest.ErrorDetail{Code: "invalid", Field: "name.en", Message: "name.en: too long"}, "name.en=" + i18n.ConsoleErrTooLong},
	}
	for _, tt := range tests {
		if got := problemIDs(Refused(tt.d, 422, 0)); got != tt.want {
			t.Errorf("Refused(%+v) = %s; want %s", tt.d, got, tt.want)
		}
	}
}
