package client

import (
	"context"
	"net/url"
	"strconv"

	"storecast/app/rest"
)

// AlertRules returns the store's alert rules.
func (c *Client) AlertRules(ctx context.Context) (rest.AlertRules, error) {
	var out rest.AlertRules
	err := c.call(ctx, methodGet, apiBase+"/alerts/rules", nil, &out)
	return out, err
}

// SetAlertRules replaces the alert rules.
func (c *Client) SetAlertRules(ctx context.Context, r rest.AlertRules) error {
	return c.call(ctx, methodPut, apiBase+"/alerts/rules", r, nil)
}

// Webhooks lists where alerts go.
func (c *Client) Webhooks(ctx context.Context) ([]rest.Webhook, error) {
	var out rest.WebhookList
	err := c.call(ctx, methodGet, apiBase+"/alerts/webhooks", nil, &out)
	return out.Webhooks, err
}

// AddWebhook adds a webhook.
func (c *Client) AddWebhook(ctx context.Context, in rest.WebhookInput) (rest.Webhook, error) {
	var out rest.Webhook
	err := c.call(ctx, methodPost, apiBase+"/alerts/webhooks", in, &out)
	return out, err
}

// DeleteWebhook removes a webhook.
func (c *Client) DeleteWebhook(ctx context.Context, id string) error {
	return c.call(ctx, methodDelete, apiBase+"/alerts/webhooks/"+url.PathEscape(id), nil, nil)
}

// TestWebhook sends a test message now and returns how it went.
func (c *Client) TestWebhook(ctx context.Context, id string) (rest.Delivery, error) {
	var out rest.Delivery
	err := c.call(ctx, methodPost, apiBase+"/alerts/webhooks/"+url.PathEscape(id)+"/test", nil, &out)
	return out, err
}

// Deliveries returns the newest delivery attempts.
func (c *Client) Deliveries(ctx context.Context, limit int) ([]rest.Delivery, error) {
	var out rest.DeliveryList
	err := c.call(ctx, methodGet, apiBase+"/alerts/deliveries?limit="+strconv.Itoa(limit), nil, &out)
	return out.Deliveries, err
}
