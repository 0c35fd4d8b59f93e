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
// replays exactly what it lacks.
func Boot() Saved {
	saved, _ := LoadSaved()
	el := app.Window().GetElementByID(bootID)
	if !el.Truthy() {
		return saved
	}
	var rendered Saved
	if err := json.Unmarshal([]byte(el.Get("dataset").Get("state").String()), &rendered); err != nil {
		return saved
	}
	return Newer(saved, rendered)
}

// Newer picks the state to start from: within one epoch the higher seq;
// across epochs the server-rendered one, since the feed will correct it with
// a snapshot anyway if its epoch is stale.
func Newer(saved, rendered Saved) Saved {
	if saved.Epoch != "" && saved.Epoch == rendered.Epoch && saved.Seq > rendered.Seq {
		return saved
	}
	if rendered.Epoch == "" && saved.Epoch != "" {
		return saved
	}
	return rendered
}
