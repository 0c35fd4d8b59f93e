package api

import (
	"context"
	"sync"
)

// keyLock holds one lock per key, made on first use and dropped on the
// last unlock, so requests with one key run one at a time while others
// go on. Its zero value is ready.
type keyLock struct {
	mu   sync.Mutex
	held map[string]chan struct{}
}

// lock waits for key (or ctx's end) and returns its unlock.
func (l *keyLock) lock(ctx context.Context, key string) (func(), error) {
	for {
		l.mu.Lock()
		if l.held == nil {
			l.held = map[string]chan struct{}{}
		}
		ch, busy := l.held[key]
		if !busy {
			ch = make(chan struct{})
			l.held[key] = ch
			l.mu.Unlock()
			return func() {
				l.mu.Lock()
				delete(l.held, key)
				l.mu.Unlock()
				close(ch)
			}, nil
		}
		l.mu.Unlock()
		select {
		case <-ch:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
}
