package form

import (
	"strconv"
	"strings"

	"storecast/app/content"
	"storecast/app/i18n"
	"storecast/app/rest"
)

// LinkDraft is the enrolment link form as typed.
type LinkDraft struct {
	Name   string
	Kind   string // kiosk or signage: the link opens that page
	Groups string
	Hours  string // how long the link works, one of LinkHours
}

// LinkHours are the validity choices offered, in hours: the server takes
// 1 to 168.
var LinkHours = []int{1, 24, 72, 168}

// DefaultLinkHours is the choice made for the admin.
const DefaultLinkHours = 24

// LinkFields is the enrolment link form's field order.
var LinkFields = []string{"name", "kind", "groups", "hours", ""}

// NewLinkDraft is an empty form with the usual choices made.
func NewLinkDraft() LinkDraft {
	return LinkDraft{Kind: content.KindSignage, Hours: strconv.Itoa(DefaultLinkHours)}
}

// Input checks the form.
func (f LinkDraft) Input() (rest.LinkInput, Problems) {
	ps := Problems{}
	in := rest.LinkInput{Name: strings.TrimSpace(f.Name), Kind: f.Kind, Groups: ParseGroups(f.Groups)}
	CheckName(ps, "name", in.Name)
	if in.Kind != content.KindKiosk && in.Kind != content.KindSignage {
		ps["kind"] = problem(i18n.ConsoleErrKind)
	}
	if !groupsOK(in.Groups) {
		ps["groups"] = problem(i18n.ConsoleErrGroups)
	}
	h, err := strconv.Atoi(f.Hours)
	if err != nil || h < 1 || h > LinkHours[len(LinkHours)-1] {
		ps["hours"] = problem(i18n.ConsoleErrHours)
	}
	in.Hours = h
	if len(ps) > 0 {
		return rest.LinkInput{}, ps
	}
	return in, nil
}
