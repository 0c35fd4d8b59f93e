package api

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"storecast/app/content"
	"storecast/app/rest"
)

// productsNow lists every product the console would see for q.
func (e *env) productsNow(t *testing.T, q string) content.ProductList {
	t.Helper()
	var list content.ProductList
	if err := json.Unmarshal([]byte(e.call(t, 200, "GET", "/api/v1/products?limit=100&q="+q, "")), &list); err != nil {
		t.Fatal(err)
	}
	return list
}

func TestProductEditing(t *testing.T) {
	e := newEnv(t)
	e.call(t, 200, "PUT", "/api/v1/categories/fruit", `{"name":{"en":"Fruit"}}`)
	e.call(t, 201, "POST", "/api/v1/products", `{"sku":"F-1","barcode":"6901234567892","name":{"zh-Hans":"草莓"},"price":1290,"category":"fruit"}`)
	before := e.productsNow(t, "")

	refused := []struct {
		name, method, path, body string
		code                     int
		field                    string
	}{
		{"not JSON", "POST", "/api/v1/products", `{"sku":`, 400, ""},
		{"no price", "POST", "/api/v1/products", `{"sku":"F-2","name":{"en":"Pears"}}`, 422, "price"},
		{"no name", "POST", "/api/v1/products", `{"sku":"F-2","price":100}`, 422, "name"},
		{"no SKU", "POST", "/api/v1/products", `{"name":{"en":"Pears"},"price":100}`, 422, "sku"},
		{"negative price", "POST", "/api/v1/products", `{"sku":"F-2","name":{"en":"Pears"},"price":-1}`, 422, "price"},
		{"bad barcode", "POST", "/api/v1/products", `{"sku":"F-2","barcode":"123","name":{"en":"Pears"},"price":100}`, 422, "barcode"},
		{"unknown category", "POST", "/api/v1/products", `{"sku":"F-2","name":{"en":"Pears"},"price":100,"category":"toys"}`, 422, "category"},
		{"image not ours", "POST", "/api/v1/products", `{"sku":"F-2","name":{"en":"Pears"},"price":100,"image":"http://x.test/a.png"}`, 422, "image"},
		{"unit too long", "POST", "/api/v1/products", `{"sku":"F-2","name":{"en":"Pears"},"price":100,"unit":"` + strings.Repeat("g", 21) + `"}`, 422, "unit"},
		{"SKU taken", "POST", "/api/v1/products", `{"sku":"F-1","name":{"en":"Pears"},"price":100}`, 409, "sku"},
		{"barcode taken", "POST", "/api/v1/products", `{"sku":"F-2","barcode":"6901234567892","name":{"en":"Pears"},"price":100}`, 409, "barcode"},
		{"unknown SKU", "PUT", "/api/v1/products/F-9", `{"name":{"en":"Pears"},"price":100}`, 404, ""},
		{"bad edit", "PUT", "/api/v1/products/F-1", `{"name":{"en":"Pears"},"price":100,"category":"toys"}`, 422, "category"},
		{"delete unknown", "DELETE", "/api/v1/products/F-9", ``, 404, ""},
	}
	for _, tt := range refused {
		t.Run(tt.name, func(t *testing.T) {
			code, body := e.do(t, tt.method, tt.path, tt.body)
			if code != tt.code {
				t.Fatalf("%s %s = %d %s; want %d", tt.method, tt.path, code, body, tt.code)
			}
			var got rest.ErrorBody
			json.Unmarshal([]byte(body), &got)
			if got.Error.Field != tt.field || got.Error.Message == "" {
				t.Errorf("error = %+v; want a message on field %q", got.Error, tt.field)
			}
		})
	}
	if after := e.productsNow(t, ""); fmt.Sprint(after) != fmt.Sprint(before) {
		t.Errorf("refused changes changed the products:\n%v\nwant\n%v", after, before)
	}

	saved := e.call(t, 200, "PUT", "/api/v1/products/F-1", `{"name":{"zh-Hans":"草莓","en":"Strawberries"},"price":990,"unit":"500g","category":"fruit"}`)
	var p content.Product
	json.Unmarshal([]byte(saved), &p)
	if p.Price != 990 || p.Unit != "500g" || p.Barcode != "" || p.Pinyin != "cao mei" {
		t.Errorf("saved = %+v; want price 990, unit 500g, no barcode, pinyin cao mei", p)
	}
	// The kiosk's price check sees the new price at its next search.
	var kiosk content.ProductList
	json.Unmarshal([]byte(e.call(t, 200, "GET", "/api/v1/kiosk/products?q=cm", "", "")), &kiosk)
	if len(kiosk.Products) != 1 || kiosk.Products[0].Price != 990 {
		t.Errorf("kiosk search cm = %+v; want the product at 990", kiosk.Products)
	}
	e.call(t, 204, "DELETE", "/api/v1/products/F-1", "")
	if got := e.productsNow(t, "").Total; got != 0 {
		t.Errorf("after the delete there are %d products; want 0", got)
	}
}

func TestProductListSearchesAndPages(t *testing.T) {
	e := newEnv(t)
	var file strings.Builder
	file.WriteString("sku,name_zh-Hans,name_en,price,barcode\n")
	for i := range 250 {
		fmt.Fprintf(&file, "P-%03d,货品%d,Item %d,1.00,\n", i, i, i)
	}
	file.WriteString("S-1,草莓,Strawberries,12.90,6901234567892\n")
	e.call(t, 200, "POST", "/api/v1/products/import", file.String())

	tests := []struct {
		query     string
		wantTotal int
		wantFirst string
		wantLen   int
	}{
		{"", 251, "P-000", 100},
		{"offset=100", 251, "P-100", 100},
		{"offset=250", 251, "S-1", 1},
		{"q=cm", 1, "S-1", 1},            // pinyin initials
		{"q=caomei", 1, "S-1", 1},        // pinyin
		{"q=草莓", 1, "S-1", 1},            // name
		{"q=s-1", 1, "S-1", 1},           // SKU
		{"q=69012345", 1, "S-1", 1},      // part of a barcode
		{"q=6901234567892", 1, "S-1", 1}, // a whole barcode
		{"q=item+24", 13, "P-024", 13},   // Item 24, 124, 224 and 240 to 249
		{"q=nothing", 0, "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			var list content.ProductList
			json.Unmarshal([]byte(e.call(t, 200, "GET", "/api/v1/products?limit=100&"+tt.query, "")), &list)
			first := ""
			if len(list.Products) > 0 {
				first = list.Products[0].SKU
			}
			if list.Total != tt.wantTotal || first != tt.wantFirst || len(list.Products) != tt.wantLen {
				t.Errorf("total %d, first %q, %d shown; want %d, %q, %d", list.Total, first, len(list.Products), tt.wantTotal, tt.wantFirst, tt.wantLen)
			}
		})
	}
	for _, bad := range []string{"limit=0", "limit=101", "offset=-1", "offset=x"} {
		if code, body := e.do(t, "GET", "/api/v1/products?"+bad, ""); code != 400 || !strings.Contains(body, "bad_query") {
			t.Errorf("GET /products?%s = %d %s; want 400 bad_query", bad, code, body)
		}
	}
	if code, _ := e.do(t, "GET", "/api/v1/products", "", ""); code != 401 {
		t.Errorf("list without a token = %d; want 401", code)
	}
}

func TestProductExportImportsAgain(t *testing.T) {
	e := newEnv(t)
	e.call(t, 200, "PUT", "/api/v1/categories/fruit", `{"name":{"en":"Fruit"}}`)
	e.call(t, 201, "POST", "/api/v1/products", `{"sku":"F-1","barcode":"6901234567892","name":{"zh-Hans":"草莓","en":"Strawberries, big"},"price":1290,"category":"fruit","aisle":"=A1"}`)
	for i := range 120 {
		e.call(t, 201, "POST", "/api/v1/products", fmt.Sprintf(`{"sku":"P-%03d","name":{"en":"Item %d"},"price":100}`, i, i))
	}
	file := e.call(t, 200, "GET", "/api/v1/products/export", "")
	rows, err := csv.NewReader(strings.NewReader(file)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if got, want := strings.Join(rows[0], ","), strings.Join(content.ProductColumns, ","); got != want {
		t.Errorf("header = %s; want %s", got, want)
	}
	if len(rows) != 122 {
		t.Fatalf("rows = %d; want a header and 121 products", len(rows))
	}
	if got := strings.Join(rows[1], "|"); got != "F-1|6901234567892|草莓||Strawberries, big|12.90|fruit|'=A1" {
		t.Errorf("first row = %s", got)
	}
	// Exported without the formula cell, the file imports as it is.
	rows[1][7] = "A1"
	var again strings.Builder
	csv.NewWriter(&again).WriteAll(rows)
	if body := e.call(t, 200, "POST", "/api/v1/products/import", again.String()); !strings.Contains(body, `"updated":121`) {
		t.Errorf("import of the export = %s; want 121 updated", body)
	}
}

func TestCategoryDeleteAndOrder(t *testing.T) {
	e := newEnv(t)
	for _, id := range []string{"fruit", "dairy", "tea"} {
		e.call(t, 200, "PUT", "/api/v1/categories/"+id, `{"name":{"en":"`+id+`"}}`)
	}
	e.call(t, 201, "POST", "/api/v1/products", `{"sku":"F-1","name":{"en":"Pears"},"price":100,"category":"fruit"}`)
	e.call(t, 201, "POST", "/api/v1/promotions", `{"title":{"en":"Milk"},"price":100,"category":"dairy"}`)
	order := func() string {
		var list rest.CategoryList
		json.Unmarshal([]byte(e.call(t, 200, "GET", "/api/v1/categories", "")), &list)
		var ids []string
		for _, c := range list.Categories {
			ids = append(ids, c.ID)
		}
		return strings.Join(ids, " ")
	}
	before := order()

	refused := []struct {
		name, method, path, body string
		code                     int
		want                     string
	}{
		{"products use it", "DELETE", "/api/v1/categories/fruit", "", 409, "the category still has 1 product and 0 promotions"},
		{"promotions use it", "DELETE", "/api/v1/categories/dairy", "", 409, "the category still has 0 products and 1 promotion"},
		{"unknown", "DELETE", "/api/v1/categories/toys", "", 404, "no category"},
		{"order misses one", "POST", "/api/v1/categories/order", `{"ids":["tea","fruit"]}`, 422, "every category exactly once"},
		{"order repeats one", "POST", "/api/v1/categories/order", `{"ids":["tea","fruit","fruit"]}`, 422, "every category exactly once"},
		{"order names another", "POST", "/api/v1/categories/order", `{"ids":["tea","fruit","toys"]}`, 422, "every category exactly once"},
		{"order not JSON", "POST", "/api/v1/categories/order", `["tea"]`, 400, ""},
		{"bad icon", "PUT", "/api/v1/categories/tea", `{"name":{"en":"Tea"},"icon":"rocket"}`, 422, "icon: must be one of"},
	}
	for _, tt := range refused {
		t.Run(tt.name, func(t *testing.T) {
			code, body := e.do(t, tt.method, tt.path, tt.body)
			if code != tt.code || !strings.Contains(body, tt.want) {
				t.Errorf("%s %s = %d %s; want %d saying %q", tt.method, tt.path, code, body, tt.code, tt.want)
			}
		})
	}
	if got := order(); got != before {
		t.Errorf("after refusals the order is %q; want %q", got, before)
	}
	e.call(t, 200, "POST", "/api/v1/categories/order", `{"ids":["tea","fruit","dairy"]}`)
	if got := order(); got != "tea fruit dairy" {
		t.Errorf("order = %q; want tea fruit dairy", got)
	}
	e.call(t, 204, "DELETE", "/api/v1/categories/tea", "")
	if got := order(); got != "fruit dairy" {
		t.Errorf("after deleting tea the order is %q; want fruit dairy", got)
	}
}
