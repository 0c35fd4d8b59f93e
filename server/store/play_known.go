package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"storecast/app/content"
)

// slideKinds are the kinds a play may name: a playlist's slide kinds.
var slideKinds = []string{content.SlideImage, content.SlideVideo, content.SlidePromotion, content.SlideCoupon, content.SlideText, content.SlideClock}

// KnownPlays returns the plays that name only content the store has: a
// kind of slide, a playlist (if any) and one of its slides (a slide needs
// its playlist), a promotion or campaign (if any). Anyone can send plays,
// so what they name is checked before it is stored: the rest would be
// rows of nothing, or text aimed at whoever reads the report. A play of
// content deleted before its screen uploaded it is dropped too.
func (s *Store) KnownPlays(ctx context.Context, plays []Play) ([]Play, error) {
	var playlists, refs []string
	seen := map[string]bool{}
	for _, p := range plays {
		if p.Playlist != "" && !seen["p:"+p.Playlist] {
			seen["p:"+p.Playlist] = true
			playlists = append(playlists, p.Playlist)
		}
		if p.Ref != "" && !seen["r:"+p.Ref] {
			seen["r:"+p.Ref] = true
			refs = append(refs, p.Ref)
		}
	}
	slides := map[string][]string{} // playlist → its slide ids
	knownRef := map[string]bool{}
	err := s.reading(ctx, func(conn *sql.Conn) error {
		if err := eachRow(ctx, conn, func(r rowScanner) error {
			var id, js string
			if err := r.Scan(&id, &js); err != nil {
				return err
			}
			var ss []content.Slide
			if err := json.Unmarshal([]byte(js), &ss); err != nil {
				return err
			}
			for _, sl := range ss {
				slides[id] = append(slides[id], sl.ID)
			}
			if slides[id] == nil {
				slides[id] = []string{}
			}
			return nil
		}, `SELECT id, slides FROM playlists WHERE id IN (`+marks(len(playlists))+`)`, anys(playlists)...); err != nil {
			return err
		}
		return eachRow(ctx, conn, func(r rowScanner) error {
			var id string
			err := r.Scan(&id)
			knownRef[id] = true
			return err
		}, `SELECT id FROM promotions WHERE id IN (`+marks(len(refs))+`)
			UNION SELECT id FROM campaigns WHERE id IN (`+marks(len(refs))+`)`, append(anys(refs), anys(refs)...)...)
	})
	if err != nil {
		return nil, fmt.Errorf("store: known plays: %w", err)
	}
	known := make([]Play, 0, len(plays))
	for _, p := range plays {
		ids, hasList := slides[p.Playlist]
		switch {
		case !slices.Contains(slideKinds, p.Kind),
			p.Playlist != "" && !hasList,
			p.Slide != "" && !slices.Contains(ids, p.Slide),
			p.Ref != "" && !knownRef[p.Ref]:
			continue
		}
		known = append(known, p)
	}
	s.Metrics.played("dropped", len(plays)-len(known))
	return known, nil
}

// eachRow runs query on conn and hands every row to fn.
func eachRow(ctx context.Context, conn *sql.Conn, fn func(rowScanner) error, query string, args ...any) error {
	rows, err := conn.QueryContext(ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := fn(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}

// marks is n placeholders for an IN list; none is a NULL, which matches
// nothing.
func marks(n int) string {
	if n == 0 {
		return "NULL"
	}
	return strings.TrimSuffix(strings.Repeat("?,", n), ",")
}

func anys(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}
