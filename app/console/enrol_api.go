package console

import (
	"context"
	"net/url"
	"time"
)

// EnrolmentLink is a one-time link for a new screen, as listed: its
// token is only in the answer that made it.
type EnrolmentLink struct {
	ID        string    `json:"id"`
	Name      string    `json:"name"`
	Kind      string    `json:"kind"`
	Groups    []string  `json:"groups"`
	CreatedAt time.Time `json:"created_at"`
	CreatedBy string    `json:"created_by"`
	ExpiresAt time.Time `json:"expires_at"`
}

// LinkInput makes an enrolment link valid for Hours.
type LinkInput struct {
	Name   string   `json:"name"`
	Kind   string   `json:"kind"`
	Groups []string `json:"groups"`
	Hours  int      `json:"hours"`
}

// LinkCreated is the new link with its URL and QR code (a base64 PNG).
type LinkCreated struct {
	Link  EnrolmentLink `json:"link"`
	URL   string        `json:"url"`
	QRPNG string        `json:"qr_png"`
}

// EnrolmentLinks lists the links not yet used, revoked or expired.
func (c *Client) EnrolmentLinks(ctx context.Context) ([]EnrolmentLink, error) {
	var out struct {
		Links []EnrolmentLink `json:"links"`
	}
	err := c.call(ctx, methodGet, apiBase+"/enrolment-links", nil, &out)
	return out.Links, err
}

// CreateEnrolmentLink makes a link; its URL and QR code are in this
// answer only.
func (c *Client) CreateEnrolmentLink(ctx context.Context, in LinkInput) (LinkCreated, error) {
	var out LinkCreated
	err := c.call(ctx, methodPost, apiBase+"/enrolment-links", in, &out)
	return out, err
}

// RevokeEnrolmentLink stops an unused link working.
func (c *Client) RevokeEnrolmentLink(ctx context.Context, id string) error {
	return c.call(ctx, methodDelete, apiBase+"/enrolment-links/"+url.PathEscape(id), nil, nil)
}
