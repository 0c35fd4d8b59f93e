package client

import (
	"context"
	"net/url"
	"strconv"

	"storecast/app/content"
	"storecast/app/rest"
)

// Categories lists the store's categories in the kiosk's order.
func (c *Client) Categories(ctx context.Context) ([]content.Category, error) {
	var out rest.CategoryList
	err := c.call(ctx, methodGet, apiBase+"/categories", nil, &out)
	return out.Categories, err
}

// SaveCategory adds or changes the category id.
func (c *Client) SaveCategory(ctx context.Context, id string, in rest.CategoryInput) (content.Category, error) {
	var out content.Category
	return out, c.call(ctx, methodPut, apiBase+"/categories/"+url.PathEscape(id), in, &out)
}

// DeleteCategory removes a category nothing uses.
func (c *Client) DeleteCategory(ctx context.Context, id string) error {
	return c.call(ctx, methodDelete, apiBase+"/categories/"+url.PathEscape(id), nil, nil)
}

// OrderCategories puts every category in the order of ids.
func (c *Client) OrderCategories(ctx context.Context, ids []string) ([]content.Category, error) {
	var out rest.CategoryList
	err := c.call(ctx, methodPost, apiBase+"/categories/order", rest.CategoryOrder{IDs: ids}, &out)
	return out.Categories, err
}

// Events lists the store events that have not ended, soonest first.
func (c *Client) Events(ctx context.Context) ([]content.StoreEvent, error) {
	var out rest.EventList
	err := c.call(ctx, methodGet, apiBase+"/events", nil, &out)
	return out.Events, err
}

// SaveEvent creates (id "") or replaces a store event.
func (c *Client) SaveEvent(ctx context.Context, id string, in rest.EventInput) (content.StoreEvent, error) {
	var out content.StoreEvent
	if id == "" {
		return out, c.call(ctx, methodPost, apiBase+"/events", in, &out)
	}
	return out, c.call(ctx, methodPut, apiBase+"/events/"+url.PathEscape(id), in, &out)
}

// DeleteEvent removes a store event.
func (c *Client) DeleteEvent(ctx context.Context, id string) error {
	return c.call(ctx, methodDelete, apiBase+"/events/"+url.PathEscape(id), nil, nil)
}

// ProductPage is one page of the product list: q as the kiosk's search
// reads it ("" for every product), limit products from offset.
func (c *Client) ProductPage(ctx context.Context, q string, offset, limit int) (content.ProductList, error) {
	var out content.ProductList
	v := url.Values{"offset": {strconv.Itoa(offset)}, "limit": {strconv.Itoa(limit)}}
	if q != "" {
		v.Set("q", q)
	}
	err := c.call(ctx, methodGet, apiBase+"/products?"+v.Encode(), nil, &out)
	return out, err
}

// SaveProduct creates a product (create) or replaces the one with in's SKU.
func (c *Client) SaveProduct(ctx context.Context, create bool, in rest.ProductInput) (content.Product, error) {
	var out content.Product
	if create {
		return out, c.call(ctx, methodPost, apiBase+"/products", in, &out)
	}
	sku := in.SKU
	in.SKU = ""
	return out, c.call(ctx, methodPut, apiBase+"/products/"+url.PathEscape(sku), in, &out)
}

// DeleteProduct removes a product.
func (c *Client) DeleteProduct(ctx context.Context, sku string) error {
	return c.call(ctx, methodDelete, apiBase+"/products/"+url.PathEscape(sku), nil, nil)
}

// ProductExportURL is where the browser downloads every product as CSV;
// the session cookie rides along.
const ProductExportURL = apiBase + "/products/export"

// Parity lists the products priced differently online or for delivery
// than in store.
func (c *Client) Parity(ctx context.Context) (rest.ParityList, error) {
	var out rest.ParityList
	err := c.call(ctx, methodGet, apiBase+"/parity", nil, &out)
	return out, err
}

// ParityHistory is each of the last days store days' count of products
// priced differently, oldest first.
func (c *Client) ParityHistory(ctx context.Context, days int) ([]rest.ParityDay, error) {
	var out rest.ParityHistory
	err := c.call(ctx, methodGet, apiBase+"/parity/history?days="+strconv.Itoa(days), nil, &out)
	return out.Days, err
}

// ParityCSVURL is the parity report as a CSV download, names in locale;
// the session cookie goes with a same-origin link.
func ParityCSVURL(locale string) string {
	return apiBase + "/parity?" + url.Values{"format": {"csv"}, "lang": {locale}}.Encode()
}

// MissedSearches lists the price check's searches that found nothing.
func (c *Client) MissedSearches(ctx context.Context) ([]rest.MissedSearch, error) {
	var out rest.MissedSearchList
	err := c.call(ctx, methodGet, apiBase+"/reports/missed-searches", nil, &out)
	return out.Searches, err
}
