package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"regexp"
	"strconv"
	"sync"
	"time"
)

// The server runs with GODEBUG=gctrace=1, so every garbage collection
// prints a line to its stderr; gcWatch reads the live heap and stack sizes
// from them. That is how the bench sees the server's memory "after GC"
// without any hook in the server.
//
// gc 12 @3.456s 1%: 0.01+1.2+0.01 ms clock, ..., 40->41->20 MB, 42 MB goal, 1 MB stacks, 0 MB globals, 2 P
var gcLine = regexp.MustCompile(`gc (\d+) @[\d.]+s .* (\d+)->(\d+)->(\d+) MB, \d+ MB goal, (\d+) MB stacks`)

// gcStat is one collection: the heap it found live and the goroutine stacks.
type gcStat struct {
	N         int
	LiveBytes int64 // heap marked live at the end of the cycle
	Stacks    int64 // scannable goroutine stacks
}

// gcWatch is an io.Writer for the server's stderr that keeps the newest
// gctrace line parsed. A line that the server's own log interleaved with
// is skipped; the next collection is read instead.
type gcWatch struct {
	mu      sync.Mutex
	partial []byte
	last    gcStat
}

func (g *gcWatch) Write(p []byte) (int, error) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.partial = append(g.partial, p...)
	for {
		i := bytes.IndexByte(g.partial, '\n')
		if i < 0 {
			break
		}
		if m := gcLine.FindSubmatch(g.partial[:i]); m != nil {
			n, _ := strconv.Atoi(string(m[1]))
			live, _ := strconv.ParseInt(string(m[4]), 10, 64)
			stacks, _ := strconv.ParseInt(string(m[5]), 10, 64)
			g.last = gcStat{N: n, LiveBytes: live << 20, Stacks: stacks << 20}
		}
		g.partial = g.partial[i+1:]
	}
	if len(g.partial) > 64<<10 { // a line that long is no gctrace line
		g.partial = g.partial[:0]
	}
	return len(p), nil
}

func (g *gcWatch) Last() gcStat {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.last
}

// collect makes the server run a fresh garbage collection and returns it.
// Go collects when the heap has grown by GOGC% since the last cycle, so
// the bench asks for prerendered pages, which allocate and are dropped,
// until a new cycle is seen: at most 10 s and 20,000 requests.
func collect(ctx context.Context, s *server) (gcStat, error) {
	before := s.gc.Last().N
	deadline := time.Now().Add(10 * time.Second)
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for i := 0; i < 5000 && time.Now().Before(deadline) && s.gc.Last().N == before; i++ {
				getDiscard(ctx, s.URL+"/kiosk?lang=en")
			}
		})
	}
	wg.Wait()
	if st := s.gc.Last(); st.N > before {
		return st, nil
	}
	return gcStat{}, fmt.Errorf("bench: no garbage collection in the server within 10 s")
}

func getDiscard(ctx context.Context, url string) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return
	}
	io.Copy(io.Discard, res.Body)
	res.Body.Close()
}
