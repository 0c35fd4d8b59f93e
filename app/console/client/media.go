package client

import (
	"context"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/rest"
)

// Upload stores a browser File in the media library and returns its URL.
func (c *Client) Upload(ctx context.Context, file app.Value) (string, error) {
	var out rest.MediaUploaded
	err := c.upload(ctx, apiBase+"/media", file, &out)
	return out.URL, err
}
