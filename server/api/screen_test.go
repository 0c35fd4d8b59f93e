package api

import (
	"context"
	"net/http"
	"testing"

	"storecast/app/content"
	"storecast/server/auth"
	"storecast/server/store"
)

// A revoked screen is gone for staff: renaming or regrouping it is 404,
// as revoking it again is, and its stored name stays what it was.
func TestRevokedScreenCannotBeChanged(t *testing.T) {
	e := newEnv(t)
	sc, err := e.store.CreateScreen(context.Background(), store.Screen{Name: "Door", Kind: content.KindKiosk}, auth.HashSecret(auth.NewSecret("scd_")))
	if err != nil {
		t.Fatal(err)
	}
	if code, body := e.do(t, "DELETE", "/api/v1/screens/"+sc.ID, ""); code != http.StatusNoContent {
		t.Fatalf("revoke = %d %s; want 204", code, body)
	}
	if code, body := e.do(t, "PUT", "/api/v1/screens/"+sc.ID, `{"name":"Renamed","groups":["x"]}`); code != http.StatusNotFound {
		t.Errorf("rename after revoke = %d %s; want 404", code, body)
	}
	if code, _ := e.do(t, "DELETE", "/api/v1/screens/"+sc.ID, ""); code != http.StatusNotFound {
		t.Errorf("revoke again = %d; want 404", code)
	}
	got, err := e.store.Screen(context.Background(), sc.ID)
	if err != nil || got.Name != "Door" || len(got.Groups) != 0 {
		t.Errorf("stored screen = %+v, %v; want it unchanged", got, err)
	}
}
