package form

import (
	"strings"
	"testing"

	"storecast/app/content"
	"storecast/app/i18n"
)

func TestOverrideDraftInput(t *testing.T) {
	good := OverrideDraft{Message: [3]string{"请从东门离开", "", ""}, Severity: content.SeverityEmergency, Minutes: "30"}
	in, ps := good.Input()
	if len(ps) > 0 || in.Minutes != 30 || in.Groups != nil || in.Message["zh-Hans"] == "" {
		t.Fatalf("good draft = %+v, %s", in, problemIDs(ps))
	}
	tests := []struct {
		name   string
		change func(*OverrideDraft)
		want   string
	}{
		{"no message", func(d *OverrideDraft) { d.Message = [3]string{} }, "message=" + i18n.ConsoleErrMessageRequired},
		{"severity", func(d *OverrideDraft) { d.Severity = "panic" }, "severity=" + i18n.ConsoleErrSeverity},
		{"zero minutes", func(d *OverrideDraft) { d.Minutes = "0" }, "expires_at=" + i18n.ConsoleErrMinutes},
		{"8 days", func(d *OverrideDraft) { d.Minutes = "11520" }, "expires_at=" + i18n.ConsoleErrMinutes},
		{"no groups", func(d *OverrideDraft) { d.ToGroups, d.Groups = true, " , " }, "groups=" + i18n.ConsoleErrGroupsRequired},
		{"long group", func(d *OverrideDraft) { d.ToGroups, d.Groups = true, strings.Repeat("g", 41) }, "groups=" + i18n.ConsoleErrGroups},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := good
			tt.change(&d)
			if _, ps := d.Input(); problemIDs(ps) != tt.want {
				t.Errorf("problems = %q; want %q", problemIDs(ps), tt.want)
			}
		})
	}
}
