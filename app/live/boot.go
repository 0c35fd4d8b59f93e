package live

import (
	"encoding/json"
	"strings"

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
// whole state only from the one chosen (decoding is a good part of a
// kiosk's start-up work), or from the other if the chosen one is damaged.
func Boot() Saved {
	var savedJSON, renderedJSON string
	if v := app.Window().Get("localStorage").Call("getItem", storageKey); v.Truthy() {
		savedJSON = v.String()
	}
	if el := app.Window().GetElementByID(bootID); el.Truthy() {
		renderedJSON = el.Get("dataset").Get("state").String()
	}
	order := []string{renderedJSON, savedJSON}
	if savedIsNewer(position(savedJSON), position(renderedJSON)) {
		order[0], order[1] = savedJSON, renderedJSON
	}
	for _, text := range order {
		var s Saved
		if text != "" && json.Unmarshal([]byte(text), &s) == nil && s.Epoch != "" {
			if text != savedJSON {
				s.unsaved = text
			}
			return s
		}
	}
	return Saved{}
}

// position reads a state's epoch and seq, which come first in its JSON,
// without going through the rest; a state that does not start like one
// has none.
func position(text string) Saved {
	var p Saved
	dec := json.NewDecoder(strings.NewReader(text))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return Saved{}
	}
	for seen := 0; seen < 2 && dec.More(); {
		key, err := dec.Token()
		if err != nil {
			return Saved{}
		}
		switch key {
		case "epoch":
			err, seen = dec.Decode(&p.Epoch), seen+1
		case "seq":
			err, seen = dec.Decode(&p.Seq), seen+1
		default:
			err = dec.Decode(&json.RawMessage{})
		}
		if err != nil {
			return Saved{}
		}
	}
	return p
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
