package live

import (
	"encoding/json"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

const bootID = "sc-boot"

// BootElement carries the state the server rendered the page with, and the
// stream position it was taken at, so the wasm starts from exactly what is
// already on screen instead of blanking it.
func BootElement(s Saved) app.UI {
	b, err := json.Marshal(s)
	if err != nil {
		return nil
	}
	return app.Div().ID(bootID).Hidden(true).DataSet("state", string(b))
}

// Boot returns the state a page starts from on the client: the newer of the
// server-rendered state and the one persisted by the last page load. A state
// is always kept with the position it was taken at, so resuming from it
// replays exactly what it lacks. Only the positions are read from both; the
// whole state only from the one chosen (decoding is most of a kiosk's
// start-up work before its first frame).
func Boot() Saved {
	var savedJSON, renderedJSON string
	if v := app.Window().Get("localStorage").Call("getItem", storageKey); v.Truthy() {
		savedJSON = v.String()
	}
	if el := app.Window().GetElementByID(bootID); el.Truthy() {
		renderedJSON = el.Get("dataset").Get("state").String()
	}
	text := renderedJSON
	if savedIsNewer(position(savedJSON), position(renderedJSON)) {
		text = savedJSON
	}
	var s Saved
	if json.Unmarshal([]byte(text), &s) != nil {
		return Saved{}
	}
	return s
}

// position reads a state's epoch and seq alone; a state that does not
// parse has none.
func position(text string) Saved {
	var p struct {
		Epoch string `json:"epoch"`
		Seq   uint64 `json:"seq"`
	}
	if text == "" || json.Unmarshal([]byte(text), &p) != nil {
		return Saved{}
	}
	return Saved{Epoch: p.Epoch, Seq: p.Seq}
}

// Newer picks the state to start from: within one epoch the higher seq;
// across epochs the server-rendered one, since the feed will correct it with
// a snapshot anyway if its epoch is stale.
func Newer(saved, rendered Saved) Saved {
	if savedIsNewer(saved, rendered) {
		return saved
	}
	return rendered
}

func savedIsNewer(saved, rendered Saved) bool {
	if saved.Epoch == "" {
		return false
	}
	return saved.Epoch == rendered.Epoch && saved.Seq > rendered.Seq || rendered.Epoch == ""
}
