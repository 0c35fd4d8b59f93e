package coupon

import "sync"

// QRCache keeps the PNGs of the last few URLs drawn. Drawing a coupon's
// QR code costs milliseconds of CPU, and anyone holding a code may ask
// for it any number of times: cached, a burst of requests for the codes
// in circulation costs a map lookup each, and only as many draws as
// there are codes.
type QRCache struct {
	mu    sync.Mutex
	max   int
	pngs  map[string][]byte
	order []string // oldest first: evicted first
}

// NewQRCache keeps at most n PNGs.
func NewQRCache(n int) *QRCache {
	return &QRCache{max: max(n, 1), pngs: make(map[string][]byte, n)}
}

// PNG returns QR(url), drawn once while it stays in the cache. The PNG
// returned is shared: callers must not change it.
func (c *QRCache) PNG(url string) ([]byte, error) {
	c.mu.Lock()
	png, ok := c.pngs[url]
	c.mu.Unlock()
	if ok {
		return png, nil
	}
	png, err := QR(url) // outside the lock: a slow draw holds up no hit
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.pngs[url]; !ok {
		if len(c.order) >= c.max {
			delete(c.pngs, c.order[0])
			c.order = c.order[1:]
		}
		c.pngs[url] = png
		c.order = append(c.order, url)
	}
	return png, nil
}
