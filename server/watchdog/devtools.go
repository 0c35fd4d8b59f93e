package watchdog

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/gorilla/websocket"
)

// liveExpression is what a check evaluates on the page: data-live, and
// " dark" after it while the screen is dark outside opening hours.
const liveExpression = `(document.documentElement.dataset.live || "") + (document.documentElement.classList.contains("sc-dark") ? " dark" : "")`

// errNoPort: Chromium has not written its DevTools port yet.
var errNoPort = errors.New("watchdog: no DevTools port yet")

// devtoolsPort reads the port Chromium chose from its profile.
func devtoolsPort(profile string) (int, error) {
	b, err := os.ReadFile(filepath.Join(profile, "DevToolsActivePort"))
	if err != nil {
		return 0, errNoPort
	}
	line, _, _ := strings.Cut(string(b), "\n")
	port, err := strconv.Atoi(strings.TrimSpace(line))
	if err != nil || port <= 0 {
		return 0, errNoPort
	}
	return port, nil
}

// target is one entry of /json/list. encoding/json matches its keys
// (type, url, webSocketDebuggerUrl) to the field names ignoring case.
type target struct {
	Type                 string
	URL                  string
	WebSocketDebuggerURL string
}

// askLive evaluates liveExpression in the browser's page and returns its
// value. It fails if ctx ends first: a page whose main thread is stuck
// never answers.
func askLive(ctx context.Context, port int) (string, error) {
	page, err := pageTarget(ctx, port)
	if err != nil {
		return "", err
	}
	conn, _, err := websocket.DefaultDialer.DialContext(ctx, page.WebSocketDebuggerURL, nil)
	if err != nil {
		return "", fmt.Errorf("watchdog: devtools: %w", err)
	}
	defer conn.Close()
	if d, ok := ctx.Deadline(); ok {
		conn.SetReadDeadline(d)
		conn.SetWriteDeadline(d)
	}
	stop := context.AfterFunc(ctx, func() { conn.SetReadDeadline(time.Now()) })
	defer stop()
	req := map[string]any{"id": 1, "method": "Runtime.evaluate",
		"params": map[string]any{"expression": liveExpression, "returnByValue": true}}
	if err := conn.WriteJSON(req); err != nil {
		return "", fmt.Errorf("watchdog: devtools: %w", err)
	}
	for {
		// {"id":1,"result":{"result":{"value":…}}} or {"id":1,"error":{"message":…}};
		// the keys match the field names ignoring case.
		var res struct {
			ID     int
			Result struct{ Result struct{ Value any } }
			Error  *struct{ Message string }
		}
		if err := conn.ReadJSON(&res); err != nil {
			return "", fmt.Errorf("watchdog: devtools: %w", err)
		}
		if res.ID != 1 {
			continue // an event, not our answer
		}
		if res.Error != nil {
			return "", fmt.Errorf("watchdog: devtools: %s", res.Error.Message)
		}
		s, _ := res.Result.Result.Value.(string)
		return s, nil
	}
}

// pageTarget finds the browser's page (not its own UI's).
func pageTarget(ctx context.Context, port int) (target, error) {
	req, _ := http.NewRequestWithContext(ctx, "GET", "http://127.0.0.1:"+strconv.Itoa(port)+"/json/list", nil)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return target{}, fmt.Errorf("watchdog: devtools: %w", err)
	}
	defer res.Body.Close()
	var ts []target
	if err := json.NewDecoder(res.Body).Decode(&ts); err != nil {
		return target{}, fmt.Errorf("watchdog: devtools: %w", err)
	}
	for _, t := range ts {
		if t.Type == "page" && t.WebSocketDebuggerURL != "" && !strings.HasPrefix(t.URL, "chrome://") && !strings.HasPrefix(t.URL, "devtools://") {
			return t, nil
		}
	}
	return target{}, errors.New("watchdog: devtools: no page open")
}
