package client

import (
	"context"

	"storecast/app/rest"
)

// Chain reads where this server stands in a chain of stores.
func (c *Client) Chain(ctx context.Context) (rest.ChainInfo, error) {
	var info rest.ChainInfo
	err := c.call(ctx, methodGet, apiBase+"/chain", nil, &info)
	return info, err
}

// ChainStores lists head office's stores; only head office answers it.
func (c *Client) ChainStores(ctx context.Context) ([]rest.ChainStore, error) {
	var list rest.ChainStoreList
	err := c.call(ctx, methodGet, apiBase+"/chain/stores", nil, &list)
	return list.Stores, err
}
