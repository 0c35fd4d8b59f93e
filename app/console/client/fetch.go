package client

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// ErrNetwork: the request never got an answer (offline, server down, or
// timed out).
var ErrNetwork = errors.New("client: no answer from the server")

// requestTimeout bounds every call; a phone on a weak shop Wi-Fi gets an
// answer or an error, never an endless spinner.
const requestTimeout = 20 * time.Second

// response is what fetch answered.
type response struct {
	status     int
	body       string
	retryAfter string
}

// fetch calls the browser's fetch and waits for the whole answer. The
// browser's own fetch costs the wasm nothing, where Go's net/http client
// would add itself and TLS, x509 and HTTP/2. It blocks: call it from
// ctx.Async, never from an event handler or Render.
func fetch(ctx context.Context, method, path string, headers map[string]any, body any) (response, error) {
	ctx, cancel := context.WithTimeout(ctx, requestTimeout)
	defer cancel()
	ctrl := app.Window().Get("AbortController").New()
	stop := context.AfterFunc(ctx, func() { ctrl.Call("abort") })
	defer stop()
	init := map[string]any{
		"method":      method,
		"headers":     headers,
		"credentials": "same-origin",
		"cache":       "no-store",
		"signal":      ctrl.Get("signal"),
	}
	if body != nil {
		init["body"] = body
	}
	res, err := await(app.Window().Call("fetch", path, init))
	if err != nil {
		return response{}, fmt.Errorf("%w: %s %s: %v", ErrNetwork, method, path, err)
	}
	text, err := await(res.Call("text"))
	if err != nil {
		return response{}, fmt.Errorf("%w: %s %s: reading the answer: %v", ErrNetwork, method, path, err)
	}
	out := response{status: res.Get("status").Int(), body: text.String()}
	if ra := res.Get("headers").Call("get", "Retry-After"); ra.Truthy() {
		out.retryAfter = ra.String()
	}
	return out, nil
}

// await blocks until promise p settles. The abort signal in fetch makes
// sure it does, so the callbacks are never released while still pending.
func await(p app.Value) (app.Value, error) {
	type result struct {
		v   app.Value
		err error
	}
	ch := make(chan result, 1)
	resolve := app.FuncOf(func(_ app.Value, args []app.Value) any {
		ch <- result{v: arg0(args)}
		return nil
	})
	reject := app.FuncOf(func(_ app.Value, args []app.Value) any {
		msg := "rejected"
		if v := arg0(args); v.Truthy() {
			msg = v.Call("toString").String()
		}
		ch <- result{err: errors.New(msg)}
		return nil
	})
	defer resolve.Release()
	defer reject.Release()
	p.Call("then", resolve, reject)
	r := <-ch
	return r.v, r.err
}

func arg0(args []app.Value) app.Value {
	if len(args) == 0 {
		return app.Undefined()
	}
	return args[0]
}
