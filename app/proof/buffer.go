// Package proof keeps a signage screen's proof of play: a record of every
// slide it showed, buffered in the browser's storage so it survives reloads
// and days offline, and uploaded in batches. Records carry ids the screen
// makes, so a batch sent twice (its answer lost) is stored once; a record
// leaves the buffer only once the server said it has it.
package proof

import (
	"bytes"
	"crypto/rand"
	"encoding/base64"
	"encoding/json"
	"slices"
	"sync"

	"storecast/app/rest"
)

// NewID returns a random record id (22 characters, URL-safe).
func NewID() string {
	b := make([]byte, 16)
	rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

// Storage is where the buffer lives between page loads: the browser's
// localStorage, or memory in tests.
type Storage interface {
	Load() []byte
	Save(b []byte) error
}

// MaxRecords bounds the buffer: about a week of 8-second slides offline
// would be far more, so the oldest records go first.
const MaxRecords = 5000

// Buffer holds records not yet acknowledged, oldest first. It is safe for
// the page and the uploader to use at once.
type Buffer struct {
	mu      sync.Mutex
	store   Storage
	max     int
	recs    []rest.Play
	enc     [][]byte // each record's JSON, so saving is a join, not an encoding
	dropped int
}

// NewBuffer loads the records store kept; bound limits them (0: MaxRecords).
func NewBuffer(store Storage, bound int) *Buffer {
	if bound <= 0 {
		bound = MaxRecords
	}
	b := &Buffer{store: store, max: bound}
	var raw []json.RawMessage
	if data := store.Load(); len(data) > 0 && json.Unmarshal(data, &raw) == nil { // a damaged buffer starts empty
		for _, m := range raw[max(0, len(raw)-bound):] {
			var r rest.Play
			if json.Unmarshal(m, &r) == nil && r.ID != "" {
				b.recs, b.enc = append(b.recs, r), append(b.enc, m)
			}
		}
	}
	return b
}

// Add appends a record, once: a record whose id is buffered already is
// ignored. Past the bound the oldest record is dropped.
func (b *Buffer) Add(r rest.Play) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if slices.ContainsFunc(b.recs, func(x rest.Play) bool { return x.ID == r.ID }) {
		return
	}
	m, err := json.Marshal(r)
	if err != nil {
		return
	}
	b.recs, b.enc = append(b.recs, r), append(b.enc, m)
	if n := len(b.recs) - b.max; n > 0 {
		b.recs, b.enc = slices.Delete(b.recs, 0, n), slices.Delete(b.enc, 0, n)
		b.dropped += n
	}
	b.save()
}

// Batch returns up to n of the oldest records.
func (b *Buffer) Batch(n int) []rest.Play {
	b.mu.Lock()
	defer b.mu.Unlock()
	return slices.Clone(b.recs[:min(n, len(b.recs))])
}

// Ack removes the records the server has.
func (b *Buffer) Ack(batch []rest.Play) {
	b.mu.Lock()
	defer b.mu.Unlock()
	ids := make(map[string]bool, len(batch))
	for _, r := range batch {
		ids[r.ID] = true
	}
	keep := 0
	for i, r := range b.recs {
		if !ids[r.ID] {
			b.recs[keep], b.enc[keep] = r, b.enc[i]
			keep++
		}
	}
	clear(b.recs[keep:])
	clear(b.enc[keep:])
	b.recs, b.enc = b.recs[:keep], b.enc[:keep]
	b.save()
}

// Len is how many records wait.
func (b *Buffer) Len() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return len(b.recs)
}

// Dropped is how many records the bound has dropped since the page loaded.
func (b *Buffer) Dropped() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.dropped
}

func (b *Buffer) save() {
	data := append([]byte{'['}, bytes.Join(b.enc, []byte{','})...)
	_ = b.store.Save(append(data, ']')) // full storage: the records stay in memory
}
