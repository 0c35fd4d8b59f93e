package client

import (
	"context"
	"net/url"

	"storecast/app/rest"
)

// EnrolmentLinks lists the links not yet used, revoked or expired.
func (c *Client) EnrolmentLinks(ctx context.Context) ([]rest.EnrolmentLink, error) {
	var out rest.LinkList
	err := c.call(ctx, methodGet, apiBase+"/enrolment-links", nil, &out)
	return out.Links, err
}

// CreateEnrolmentLink makes a link; its URL and QR code are in this
// answer only.
func (c *Client) CreateEnrolmentLink(ctx context.Context, in rest.LinkInput) (rest.LinkCreated, error) {
	var out rest.LinkCreated
	err := c.call(ctx, methodPost, apiBase+"/enrolment-links", in, &out)
	return out, err
}

// RevokeEnrolmentLink stops an unused link working.
func (c *Client) RevokeEnrolmentLink(ctx context.Context, id string) error {
	return c.call(ctx, methodDelete, apiBase+"/enrolment-links/"+url.PathEscape(id), nil, nil)
}
