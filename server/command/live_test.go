package command

import (
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"storecast/app/content"
)

const testAdminToken = "log-test-admin-token-0123456789abcdef"

// liveServer runs `storecast serve` in process on a free port with the
// admin token testAdminToken, and more flags if given, and returns its
// URL, its log and a stop that shuts it down and waits (also run when the
// test ends).
func liveServer(t *testing.T, flags ...string) (base string, log *syncBuffer, stop func()) {
	t.Helper()
	s := startServerEnv(t, t.TempDir(), map[string]string{"STORECAST_ADMIN_TOKEN": testAdminToken}, flags...)
	return s.URL, s.stderr, s.Stop
}

// call sends a JSON request with the admin token and decodes the answer
// into out, failing unless the status is want.
func call(t *testing.T, method, u, body string, want int, out any) {
	t.Helper()
	callAs(t, testAdminToken, method, u, body, want, out)
}

// callAs is call with token, or with no credential at all when token is
// "": a kiosk's claim, which a staff token must not be sent with.
func callAs(t *testing.T, token, method, u, body string, want int, out any) {
	t.Helper()
	req, err := http.NewRequest(method, u, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	req.Header.Set("Content-Type", "application/json")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	if res.StatusCode != want {
		t.Fatalf("%s %s = %d %s; want %d", method, u, res.StatusCode, b, want)
	}
	if out != nil {
		if err := json.Unmarshal(b, out); err != nil {
			t.Fatalf("%s %s: %v in %s", method, u, err, b)
		}
	}
}

// screenDial opens the live feed as a screen saying hello h and returns
// the first frame's envelope and the connection.
func screenDial(t *testing.T, base string, h content.Hello) (content.Envelope, *websocket.Conn) {
	t.Helper()
	ws, _, err := websocket.DefaultDialer.Dial("ws"+strings.TrimPrefix(base, "http")+"/ws", http.Header{"Origin": {base}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ws.Close() })
	data, _ := json.Marshal(h)
	if err := ws.WriteJSON(content.Envelope{Type: content.TypeHello, Data: data}); err != nil {
		t.Fatal(err)
	}
	return readFrame(t, ws), ws
}

func readFrame(t *testing.T, ws *websocket.Conn) content.Envelope {
	t.Helper()
	ws.SetReadDeadline(time.Now().Add(10 * time.Second))
	var env content.Envelope
	if err := ws.ReadJSON(&env); err != nil {
		t.Fatal(err)
	}
	return env
}
