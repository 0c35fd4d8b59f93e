package client

import (
	"context"
	"net/url"

	"storecast/app/rest"
)

// Markdowns lists the lots near their best-before date and the cuts the
// store's rule suggests for them.
func (c *Client) Markdowns(ctx context.Context) (rest.MarkdownList, error) {
	var out rest.MarkdownList
	err := c.call(ctx, methodGet, apiBase+"/markdowns", nil, &out)
	return out, err
}

// ApproveMarkdown makes a lot's suggested markdown an offer on screens;
// approving it again answers the same offer.
func (c *Client) ApproveMarkdown(ctx context.Context, sku, bestBefore string) (rest.MarkdownApproved, error) {
	var out rest.MarkdownApproved
	err := c.call(ctx, methodPost, markdownPath(sku, bestBefore, "approve"), nil, &out)
	return out, err
}

// DismissMarkdown takes a lot off the suggestions.
func (c *Client) DismissMarkdown(ctx context.Context, sku, bestBefore string) error {
	return c.call(ctx, methodPost, markdownPath(sku, bestBefore, "dismiss"), nil, nil)
}

func markdownPath(sku, bestBefore, action string) string {
	return apiBase + "/markdowns/" + url.PathEscape(sku) + "/" + url.PathEscape(bestBefore) + "/" + action
}
