package form

import (
	"strings"
	"testing"

	"storecast/app/i18n"
)

func TestStaffChecks(t *testing.T) {
	ps := Problems{}
	CheckUsername(ps, "a", "wang.li_2")
	CheckUsername(ps, "b", "王小明")
	CheckPassword(ps, "c", "correct horse")
	CheckRepeat(ps, "d", "same", "same")
	if len(ps) > 0 {
		t.Fatalf("good input: problems %s", problemIDs(ps))
	}
	CheckUsername(ps, "short", "x")
	CheckUsername(ps, "space", "wang li")
	CheckPassword(ps, "weak", "123456789")
	CheckPassword(ps, "long", strings.Repeat("密", 25)) // 75 bytes
	CheckRepeat(ps, "repeat", "a", "b")
	CheckRequired(ps, "blank", "  ")
	want := "blank=" + i18n.ConsoleErrRequired + " long=" + i18n.ConsoleErrPasswordLength +
		" repeat=" + i18n.ConsoleErrRepeat + " short=" + i18n.ConsoleErrUsername +
		" space=" + i18n.ConsoleErrUsername + " weak=" + i18n.ConsoleErrPasswordLength
	if got := problemIDs(ps); got != want {
		t.Errorf("problems = %q;\nwant %q", got, want)
	}
}
