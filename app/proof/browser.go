package proof

import (
	"context"
	"encoding/json"
	"errors"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/rest"
)

// Browser storage keys. The "storecast." prefix marks them as the screen's,
// which a kiosk's idle reset keeps.
const (
	playsKey   = "storecast.plays"
	installKey = "storecast.install"
	deviceKey  = "storecast.device" // written by the live feed when the screen is paired
)

// LocalStorage keeps the buffer in the browser's localStorage.
type LocalStorage struct{ Key string }

func (s LocalStorage) Load() []byte {
	v := localStorage().Call("getItem", s.Key)
	if !v.Truthy() {
		return nil
	}
	return []byte(v.String())
}

func (s LocalStorage) Save(b []byte) (err error) {
	defer func() { // a full or disabled storage throws
		if r := recover(); r != nil {
			err = errors.New("proof: storage full or disabled")
		}
	}()
	localStorage().Call("setItem", s.Key, string(b))
	return nil
}

func localStorage() app.Value { return app.Window().Get("localStorage") }

// InstallID returns this browser's install id (made once, kept in
// localStorage): how the server knows an unpaired screen, or a phone.
func InstallID() string {
	if v := localStorage().Call("getItem", installKey); v.Truthy() && len(v.String()) >= 16 {
		return v.String()
	}
	id := NewID()
	func() {
		defer func() { _ = recover() }()
		localStorage().Call("setItem", installKey, id)
	}()
	return id
}

func deviceToken() string {
	if v := localStorage().Call("getItem", deviceKey); v.Truthy() {
		return v.String()
	}
	return ""
}

// Post sends body as JSON to path with the browser's fetch, with the
// screen's device token when it is paired, and returns the status and the
// answer. It blocks: call it off the UI goroutine.
func Post(ctx context.Context, path string, body any) (int, []byte, error) {
	b, err := json.Marshal(body)
	if err != nil {
		return 0, nil, err
	}
	headers := map[string]any{"Content-Type": "application/json"}
	if tok := deviceToken(); tok != "" {
		headers["Authorization"] = "Bearer " + tok
	}
	type answer struct {
		status int
		body   string
		err    error
	}
	done := make(chan answer, 1)
	var onResp, onText, onErr app.Func
	release := func() { onResp.Release(); onText.Release(); onErr.Release() }
	status := 0
	// The last callback to run releases all three, whether or not anyone
	// still waits for the answer.
	onErr = app.FuncOf(func(_ app.Value, args []app.Value) any {
		defer release()
		done <- answer{err: errors.New("proof: no answer")}
		return nil
	})
	onText = app.FuncOf(func(_ app.Value, args []app.Value) any {
		defer release()
		done <- answer{status: status, body: args[0].String()}
		return nil
	})
	onResp = app.FuncOf(func(_ app.Value, args []app.Value) any {
		status = args[0].Get("status").Int()
		args[0].Call("text").Call("then", onText, onErr)
		return nil
	})
	app.Window().Call("fetch", path, map[string]any{
		"method": "POST", "headers": headers, "body": string(b), "cache": "no-store",
	}).Call("then", onResp, onErr)
	select {
	case a := <-done:
		return a.status, []byte(a.body), a.err
	case <-ctx.Done():
		return 0, nil, ctx.Err()
	}
}

// sendPlays posts a batch to POST /api/v1/plays.
func sendPlays(ctx context.Context, batch []rest.Play) (int, []byte, error) {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	return Post(ctx, "/api/v1/plays", rest.PlayBatch{Install: InstallID(), Plays: batch})
}

// Start loads the page's buffer and uploads it every interval and whenever
// the browser comes back online, until stop is called.
func Start(every time.Duration) (buf *Buffer, stop func()) {
	buf = NewBuffer(LocalStorage{Key: playsKey}, MaxRecords)
	ctx, cancel := context.WithCancel(context.Background())
	kick := make(chan struct{}, 1)
	online := app.FuncOf(func(app.Value, []app.Value) any {
		select {
		case kick <- struct{}{}:
		default:
		}
		return nil
	})
	app.Window().Call("addEventListener", "online", online)
	u := &Uploader{Buffer: buf, Send: sendPlays}
	go u.Run(ctx, every, kick)
	return buf, func() {
		cancel()
		app.Window().Call("removeEventListener", "online", online)
		online.Release()
	}
}
