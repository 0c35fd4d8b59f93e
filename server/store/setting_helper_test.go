package store

import "context"

// setSettingForTest is a plain write for tests that need one: the server
// itself writes settings only as part of a change (SetDefaultPlaylist).
func setSettingForTest(ctx context.Context, s *Store, key, value string) error {
	return s.record(ctx, func(tx *Tx) error { return setSetting(ctx, tx, key, value, s.now().UnixMilli()) })
}
