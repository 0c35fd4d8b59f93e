package chain

import (
	"context"
	"encoding/json"
	"fmt"
)

// request asks head office on subject and decodes its answer into reply,
// waiting at most the configured Wait: a store whose link is down must
// answer its own caller at once, not when NATS gives up.
func (m *Member) request(ctx context.Context, subject string, req, reply any) error {
	body, err := json.Marshal(req)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, m.cfg.Wait)
	defer cancel()
	msg, err := m.cfg.Conn.RequestWithContext(ctx, subject, body)
	if err != nil {
		return fmt.Errorf("%w (%v)", ErrHQUnreachable, err)
	}
	if err := json.Unmarshal(msg.Data, reply); err != nil {
		return fmt.Errorf("chain: head office's answer on %s: %w", subject, err)
	}
	return nil
}
