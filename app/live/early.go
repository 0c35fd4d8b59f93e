package live

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/content"
)

// Every screen's page opens the live feed's WebSocket from its head,
// while the wasm is still downloading, compiling and starting (server/pwa
// writes the script), and leaves it in the global content.EarlySocket:
// the feed adopts it (Dial) instead of paying the connection's round trips
// after start-up. The server says nothing before the screen's hello, which
// the feed sends; whatever arrives anyway waits in the socket's "early"
// array. A socket the server closed meanwhile (no hello within its
// timeout, on a very slow start) is simply not adopted.

// Greet says the feed's hello on the socket the page opened early, if it is
// open, as soon as the page knows where it starts from: before its first
// render, so the server's answer travels while the Go program renders
// instead of after. The feed sends no hello of its own on that socket
// (greeted). The wasm runs one goroutine at a time, and the feed's would
// otherwise only start once the page had rendered.
func Greet(kind string, from Saved) {
	ws := app.Window().Get(content.EarlySocket)
	if !ws.Truthy() || ws.Get("readyState").Int() != 1 || ws.Get("url").String() != FeedURL() {
		return
	}
	hello := string(encodeHello(newHello(kind), from.Epoch, from.Seq))
	ws.Call("send", hello)
	ws.Set(greetedVar, hello)
}

const greetedVar = "storecastGreeted"

// adoptEarly takes the socket the page opened early, once: ok is false if
// there is none, it is for another URL, or it is closing or closed. open
// tells whether its open event has already passed; early holds the frames
// it received before the feed was there, and greeted the hello Greet sent
// on it, if any.
func adoptEarly(url string) (ws app.Value, open bool, early []string, greeted []byte, ok bool) {
	w := app.Window()
	ws = w.Get(content.EarlySocket)
	if !ws.Truthy() {
		return nil, false, nil, nil, false
	}
	w.Set(content.EarlySocket, app.Undefined())
	ws.Set("onmessage", nil)
	state := ws.Get("readyState").Int()
	if ws.Get("url").String() != url || state > 1 {
		ws.Call("close")
		return nil, false, nil, nil, false
	}
	if q := ws.Get("early"); q.Truthy() {
		for i := range q.Length() {
			early = append(early, q.Index(i).String())
		}
	}
	if g := ws.Get(greetedVar); g.Type() == app.TypeString {
		greeted = []byte(g.String())
	}
	return ws, state == 1, early, greeted, true
}
