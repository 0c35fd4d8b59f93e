package client

import (
	"context"
	"net/url"

	"storecast/app/content"
	"storecast/app/rest"
)

// Promotions lists every promotion in display order.
func (c *Client) Promotions(ctx context.Context) ([]content.Promotion, error) {
	var out rest.PromotionList
	err := c.call(ctx, methodGet, apiBase+"/promotions", nil, &out)
	return out.Promotions, err
}

// SavePromotion creates (id "") or replaces a promotion.
func (c *Client) SavePromotion(ctx context.Context, id string, in rest.PromotionInput) (content.Promotion, error) {
	var p content.Promotion
	if id == "" {
		return p, c.call(ctx, methodPost, apiBase+"/promotions", in, &p)
	}
	return p, c.call(ctx, methodPut, apiBase+"/promotions/"+url.PathEscape(id), in, &p)
}

// DeletePromotion removes a promotion from every screen.
func (c *Client) DeletePromotion(ctx context.Context, id string) error {
	return c.call(ctx, methodDelete, apiBase+"/promotions/"+url.PathEscape(id), nil, nil)
}
