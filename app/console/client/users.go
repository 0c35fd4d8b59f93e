package client

import (
	"context"
	"net/url"

	"storecast/app/rest"
)

// Users lists the staff accounts.
func (c *Client) Users(ctx context.Context) ([]rest.User, error) {
	var out rest.UserList
	err := c.call(ctx, methodGet, apiBase+"/users", nil, &out)
	return out.Users, err
}

// AddUser creates a staff account.
func (c *Client) AddUser(ctx context.Context, username, password, role string) error {
	return c.call(ctx, methodPost, apiBase+"/users",
		rest.UserInput{Credentials: rest.Credentials{Username: username, Password: password}, Role: role}, nil)
}

// DeleteUser removes a staff account.
func (c *Client) DeleteUser(ctx context.Context, id string) error {
	return c.call(ctx, methodDelete, apiBase+"/users/"+url.PathEscape(id), nil, nil)
}
