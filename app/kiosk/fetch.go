package kiosk

import (
	"errors"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// FetchTimeout bounds one request to the server.
const FetchTimeout = 8 * time.Second

var errFetch = errors.New("kiosk: request failed")

// fetch calls the browser's own fetch and waits for the whole answer; a
// paired screen's device token goes with it when token is set. It blocks,
// so it runs inside ctx.Async. The browser's fetch keeps Go's net/http
// client (about a megabyte of brotli) out of the wasm.
func fetch(method, path, jsonBody, token string) (status int, body string, err error) {
	type answer struct {
		status int
		body   string
		err    error
	}
	done := make(chan answer, 1)
	var funcs []app.Func
	fn := func(f func(args []app.Value)) app.Func {
		g := app.FuncOf(func(this app.Value, args []app.Value) any { f(args); return nil })
		funcs = append(funcs, g)
		return g
	}
	defer func() {
		for _, f := range funcs {
			f.Release()
		}
	}()
	win := app.Window()
	abort := win.Get("AbortController").New()
	headers := map[string]any{"Accept": "application/json"}
	opts := map[string]any{
		"method":      method,
		"cache":       "no-store",
		"credentials": "omit",
		"signal":      abort.Get("signal"),
		"headers":     headers,
	}
	if jsonBody != "" {
		opts["body"] = jsonBody
		headers["Content-Type"] = "application/json"
	}
	if token != "" {
		headers["Authorization"] = "Bearer " + token
	}
	fail := fn(func([]app.Value) { done <- answer{err: errFetch} })
	win.Call("fetch", path, opts).Call("then", fn(func(args []app.Value) {
		res := args[0]
		code := res.Get("status").Int()
		res.Call("text").Call("then", fn(func(args []app.Value) {
			done <- answer{status: code, body: args[0].String()}
		}), fail)
	}), fail)
	select {
	case a := <-done:
		return a.status, a.body, a.err
	case <-time.After(FetchTimeout):
		abort.Call("abort")
		return 0, "", errFetch
	}
}
