package client

import (
	"context"
	"net/url"
	"time"

	"storecast/app/content"
	"storecast/app/rest"
)

// Signage is every playlist and schedule, and the store's settings.
func (c *Client) Signage(ctx context.Context) (content.Signage, error) {
	var g content.Signage
	err := c.call(ctx, methodGet, apiBase+"/signage", nil, &g)
	return g, err
}

// SavePlaylist creates (ID "") or replaces a playlist.
func (c *Client) SavePlaylist(ctx context.Context, p content.Playlist) (content.Playlist, error) {
	var out content.Playlist
	if p.ID == "" {
		return out, c.call(ctx, methodPost, apiBase+"/playlists", p, &out)
	}
	return out, c.call(ctx, methodPut, apiBase+"/playlists/"+url.PathEscape(p.ID), p, &out)
}

// DeletePlaylist removes a playlist and its schedules.
func (c *Client) DeletePlaylist(ctx context.Context, id string) error {
	return c.call(ctx, methodDelete, apiBase+"/playlists/"+url.PathEscape(id), nil, nil)
}

// SetDefaultPlaylist names what plays when no schedule is active.
func (c *Client) SetDefaultPlaylist(ctx context.Context, id string) error {
	return c.call(ctx, methodPut, apiBase+"/signage/default", rest.DefaultPlaylist{Playlist: id}, nil)
}

// SaveSchedule creates (ID "") or replaces a schedule.
func (c *Client) SaveSchedule(ctx context.Context, s content.Schedule) (content.Schedule, error) {
	var out content.Schedule
	if s.ID == "" {
		return out, c.call(ctx, methodPost, apiBase+"/schedules", s, &out)
	}
	return out, c.call(ctx, methodPut, apiBase+"/schedules/"+url.PathEscape(s.ID), s, &out)
}

// DeleteSchedule removes a schedule.
func (c *Client) DeleteSchedule(ctx context.Context, id string) error {
	return c.call(ctx, methodDelete, apiBase+"/schedules/"+url.PathEscape(id), nil, nil)
}

// Preview is the playlist a screen (any screen when "") plays at at (now
// when zero); nil when nothing plays.
func (c *Client) Preview(ctx context.Context, screen string, at time.Time) (*content.Playlist, error) {
	q := url.Values{}
	if screen != "" {
		q.Set("screen", screen)
	}
	if !at.IsZero() {
		q.Set("at", at.Format(time.RFC3339))
	}
	var out rest.Preview
	err := c.call(ctx, methodGet, apiBase+"/signage/preview?"+q.Encode(), nil, &out)
	return out.Playlist, err
}

// SignageCampaigns lists the coupon campaigns (none when the server has no
// coupons).
func (c *Client) SignageCampaigns(ctx context.Context) ([]content.Campaign, error) {
	cs, err := c.Campaigns(ctx)
	out := make([]content.Campaign, len(cs))
	for i, cr := range cs {
		out[i] = cr.Campaign
	}
	return out, err
}
