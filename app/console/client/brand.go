package client

import (
	"context"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/content"
	"storecast/app/rest"
)

// Brand reads the store's name, logo and colours.
func (c *Client) Brand(ctx context.Context) (content.Brand, error) {
	var b content.Brand
	err := c.call(ctx, methodGet, apiBase+"/brand", nil, &b)
	return b, err
}

// SetBrand replaces the store's brand; every screen shows it at once.
func (c *Client) SetBrand(ctx context.Context, b content.Brand) error {
	return c.call(ctx, methodPut, apiBase+"/brand", b, nil)
}

// UploadLogo stores a browser File as the store's logo-to-be (a PNG, JPEG
// or WebP image) and returns its URL, for SetBrand.
func (c *Client) UploadLogo(ctx context.Context, file app.Value) (string, error) {
	var out rest.MediaUploaded
	err := c.upload(ctx, apiBase+"/brand/logo", file, &out)
	return out.URL, err
}
