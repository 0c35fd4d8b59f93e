package product

import (
	"reflect"
	"strings"
	"testing"

	"storecast/app/content"
)

func TestDecodeBatchLots(t *testing.T) {
	item := func(lots string) string {
		return `{"products":[{"sku":"M1","name":{"en":"Milk"},"price":990` + lots + `}]}`
	}
	tests := []struct {
		name string
		body string
		want []content.Lot
		code string // the error's code; "" when the batch is good
	}{
		{"no lots leaves them", item(``), nil, ""},
		{"an empty list clears them", item(`,"lots":[]`), []content.Lot{}, ""},
		{"lots", item(`,"lots":[{"best_before":"2026-05-03","quantity":2}]`), []content.Lot{{BestBefore: "2026-05-03", Quantity: 2}}, ""},
		{"not a date", item(`,"lots":[{"best_before":"2026-02-30","quantity":2}]`), nil, content.ImportBadValue},
		{"a date twice", item(`,"lots":[{"best_before":"2026-05-03","quantity":2},{"best_before":"2026-05-03","quantity":1}]`), nil, content.ImportBadValue},
		{"no quantity", item(`,"lots":[{"best_before":"2026-05-03"}]`), nil, content.ImportBadStock},
		{"a negative quantity", item(`,"lots":[{"best_before":"2026-05-03","quantity":-1}]`), nil, content.ImportBadStock},
		{"an unknown field", item(`,"lots":[{"best_before":"2026-05-03","quantity":1,"batch":"x"}]`), nil, content.ImportBadValue},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, got := DecodeBatch(strings.NewReader(tt.body), nil)
			if tt.code != "" {
				if len(got.Errors) == 0 || got.Errors[0].Code != tt.code {
					t.Errorf("errors = %+v; want %s", got.Errors, tt.code)
				}
				return
			}
			if len(got.Errors) != 0 || len(got.Products) != 1 || !reflect.DeepEqual(got.Products[0].Lots, tt.want) {
				t.Errorf("got %+v; want lots %#v", got, tt.want)
			}
		})
	}
}
