//go:build js && wasm

package live

import (
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/content"
)

// These run in headless Chromium (wasmbrowsertest): real localStorage, real
// DOM.

func TestSavedStateSurvivesInLocalStorage(t *testing.T) {
	app.Window().Get("localStorage").Call("removeItem", storageKey)
	// No server-rendered state on this page: Boot is the saved one.
	if got := Boot(); got.Epoch != "" {
		t.Fatalf("Boot found state %+v in empty storage", got)
	}
	want := Saved{Checkpoint: content.Checkpoint{Epoch: "e9", Seq: 42, Snapshot: content.Snapshot{Promotions: []content.Promotion{{ID: "p1", Title: content.Text{"en": "Milk"}, Price: 990}}}}}
	save(want)
	got := Boot()
	if got.Epoch != "e9" || got.Seq != 42 || len(got.Snapshot.Promotions) != 1 || got.Snapshot.Promotions[0].Title["en"] != "Milk" {
		t.Fatalf("Boot = %+v; want %+v", got, want)
	}
	app.Window().Get("localStorage").Call("setItem", storageKey, "{corrupt")
	if got := Boot(); got.Epoch != "" {
		t.Fatalf("Boot accepted corrupt state: %+v", got)
	}
}

func TestBootPrefersTheNewerState(t *testing.T) {
	doc := app.Window().Get("document")
	save(Saved{Checkpoint: content.Checkpoint{Epoch: "e1", Seq: 10, Snapshot: content.Snapshot{Promotions: []content.Promotion{{ID: "stored"}}}}})

	el := doc.Call("createElement", "div")
	el.Set("id", bootID)
	el.Get("dataset").Set("state", `{"epoch":"e1","seq":3,"snapshot":{"promotions":[{"id":"rendered"}]}}`)
	doc.Get("body").Call("appendChild", el)
	defer el.Call("remove")

	if got := Boot(); got.Seq != 10 || got.Snapshot.Promotions[0].ID != "stored" {
		t.Fatalf("Boot = %+v; want the stored state at seq 10", got)
	} else if got.unsaved != "" {
		t.Fatalf("Boot chose the stored state but would store it again: %q", got.unsaved)
	}
	rendered := `{"epoch":"e2","seq":1,"snapshot":{"promotions":[{"id":"rendered"}]}}`
	el.Get("dataset").Set("state", rendered)
	if got := Boot(); got.Epoch != "e2" || got.Snapshot.Promotions[0].ID != "rendered" {
		t.Fatalf("Boot = %+v; want the server-rendered state of the new epoch", got)
	} else if got.unsaved != rendered {
		// The feed stores it as it is, so an offline restart starts here.
		t.Fatalf("Boot chose the server-rendered state; unsaved = %q, want its JSON", got.unsaved)
	}
	el.Get("dataset").Set("state", `{"epoch":"e1","seq":3,`)
	if got := Boot(); got.Seq != 10 || got.Snapshot.Promotions[0].ID != "stored" {
		t.Fatalf("Boot = %+v with a cut server state; want the stored one", got)
	}
	app.Window().Get("localStorage").Call("setItem", storageKey, `{"epoch":"e1","seq":99,`)
	el.Get("dataset").Set("state", `{"epoch":"e1","seq":3,"snapshot":{"promotions":[{"id":"rendered"}]}}`)
	if got := Boot(); got.Seq != 3 || got.Snapshot.Promotions[0].ID != "rendered" {
		t.Fatalf("Boot = %+v with a cut stored state; want the server-rendered one", got)
	}
}

func TestLiveMarkerOnHTMLElement(t *testing.T) {
	root := app.Window().Get("document").Get("documentElement")
	setLiveMarker(true)
	if got := root.Call("getAttribute", "data-live").String(); got != "1" {
		t.Fatalf("data-live = %q; want 1", got)
	}
	setLiveMarker(false)
	if root.Call("hasAttribute", "data-live").Bool() {
		t.Fatal("data-live still set after going offline")
	}
}
