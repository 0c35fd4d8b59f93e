package proof

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"storecast/app/rest"
)

// MaxBatch is the most records one upload carries: what the server takes.
const MaxBatch = rest.MaxPlayBatch

// UploadEvery is how often a screen uploads what it buffered.
const UploadEvery = 30 * time.Second

// Send posts one batch and returns the answer's HTTP status and body, or
// an error when no answer came (offline, server down).
type Send func(ctx context.Context, batch []rest.Play) (int, []byte, error)

// Uploader empties a Buffer into the server.
type Uploader struct {
	Buffer *Buffer
	Send   Send
	// Rejected counts records the server refused as malformed: they are
	// dropped, since sending them again cannot help.
	Rejected int
	// Dropped counts records the server took but did not store, since
	// they name content it no longer has (a playlist deleted meanwhile).
	Dropped int
}

// Flush uploads batch after batch until the buffer is empty or an upload
// fails. Records leave the buffer only when the server answered 200 (or
// refused them as malformed); on any other outcome, a 429 for a screen
// over its budget among them, they stay for the next try, and resending
// them is harmless.
func (u *Uploader) Flush(ctx context.Context) error {
	for {
		batch := u.Buffer.Batch(MaxBatch)
		if len(batch) == 0 {
			return nil
		}
		status, body, err := u.Send(ctx, batch)
		// Plain status numbers: net/http stays out of the wasm (see tools/wasmmod).
		switch {
		case err != nil:
			return fmt.Errorf("proof: upload: %w", err)
		case status == 200:
			var ans rest.PlaysStored
			if json.Unmarshal(body, &ans) == nil {
				u.Dropped += ans.Dropped
			}
			u.Buffer.Ack(batch)
		case status == 400 || status == 413 || status == 422: // bad request, too large, unprocessable
			u.Buffer.Ack(batch)
			u.Rejected += len(batch)
		default:
			return fmt.Errorf("proof: upload: HTTP %d", status)
		}
	}
}

// Run flushes at once, then every interval and whenever kick fires (the
// browser came back online), until ctx ends.
func (u *Uploader) Run(ctx context.Context, every time.Duration, kick <-chan struct{}) {
	t := time.NewTimer(0)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		case <-kick:
		}
		_ = u.Flush(ctx) // a failure waits for the next turn
		t.Reset(every)
	}
}
