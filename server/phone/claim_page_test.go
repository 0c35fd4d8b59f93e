package claim

import "testing"

func TestValidID(t *testing.T) {
	long := string(make([]byte, 65))
	for id, want := range map[string]bool{
		"spring-2026_A1": true,
		"a":              true,
		"":               false,
		"has space":      false,
		"semi;colon":     false,
		"../etc":         false,
		"é":              false,
		long:             false,
		long[:64]:        false, // NUL bytes
	} {
		if got := validID(id); got != want {
			t.Errorf("validID(%q) = %v; want %v", id, got, want)
		}
	}
	ok64 := ""
	for range 64 {
		ok64 += "x"
	}
	if !validID(ok64) || validID(ok64+"x") {
		t.Error("validID must take 64 characters and refuse 65")
	}
}
