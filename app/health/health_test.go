package health

import (
	"fmt"
	"strings"
	"testing"

	"storecast/app/content"
)

func TestMonitorKeepsTheLastErrors(t *testing.T) {
	m := Start()
	defer m.Stop()
	for i := range 8 {
		m.Record(fmt.Sprintf("media: video %d failed", i))
	}
	m.Record("media: video 7 failed") // a repeat is not news
	m.Record("")
	m.Record(strings.Repeat("x", 500))
	h := m.Sample(content.PowerOn)
	if len(h.Errors) != content.MaxHealthErrors {
		t.Fatalf("kept %d errors; want %d", len(h.Errors), content.MaxHealthErrors)
	}
	if got, want := h.Errors[0], "media: video 4 failed"; got != want {
		t.Errorf("oldest kept = %q; want %q", got, want)
	}
	if err := h.Validate(); err != nil {
		t.Errorf("a sample does not validate: %v", err)
	}
	if h.GoHeap <= 0 || h.GoSys < h.GoHeap || h.Power != content.PowerOn {
		t.Errorf("sample = %+v; want the Go heap, the runtime's memory and the power state", h)
	}
}
