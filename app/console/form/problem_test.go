package form

import (
	"slices"
	"strings"
)

// problemIDs flattens problems to field=id, sorted, for comparing.
func problemIDs(ps Problems) string {
	var out []string
	for f, p := range ps {
		out = append(out, f+"="+p.ID)
	}
	slices.Sort(out)
	return strings.Join(out, " ")
}
