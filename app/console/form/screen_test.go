package form

import (
	"slices"
	"strings"
	"testing"

	"storecast/app/i18n"
)

func TestScreenDraftInput(t *testing.T) {
	in, ps := ScreenDraft{Code: "ab c-d2 3", Name: " Entrance ", Groups: "front"}.Input(true)
	if len(ps) > 0 || in.Code != "ABCD23" || in.Name != "Entrance" || !slices.Equal(in.Groups, []string{"front"}) {
		t.Fatalf("Input = %+v, %s; want code ABCD23, name trimmed", in, problemIDs(ps))
	}
	for _, tt := range []struct {
		d    ScreenDraft
		code bool
		want string
	}{
		{ScreenDraft{Code: "ABC", Name: "x"}, true, "code=" + i18n.ConsoleErrPairCode},
		{ScreenDraft{Code: "ABC!23", Name: "x"}, true, "code=" + i18n.ConsoleErrPairCode},
		{ScreenDraft{Name: "  "}, false, "name=" + i18n.ConsoleErrName},
		{ScreenDraft{Name: strings.Repeat("屏", 61)}, false, "name=" + i18n.ConsoleErrName},
		{ScreenDraft{Name: "x", Kind: "tv"}, false, "kind=" + i18n.ConsoleErrKind},
	} {
		if _, ps := tt.d.Input(tt.code); problemIDs(ps) != tt.want {
			t.Errorf("%+v: problems = %q; want %q", tt.d, problemIDs(ps), tt.want)
		}
	}
}
