package form

import (
	"slices"
	"strings"
	"unicode/utf8"

	"storecast/app/content"
	"storecast/app/i18n"
)

// ParseGroups reads group names separated by commas (ASCII or Chinese),
// 、 or new lines, trimmed and without repeats.
func ParseGroups(s string) []string {
	out := []string{}
	for _, g := range strings.FieldsFunc(s, func(r rune) bool {
		return r == ',' || r == '，' || r == '、' || r == ';' || r == '；' || r == '\n'
	}) {
		if g = strings.TrimSpace(g); !content.Blank(g) && !slices.Contains(out, g) {
			out = append(out, g)
		}
	}
	return out
}

func groupsOK(gs []string) bool {
	if len(gs) > content.MaxGroups {
		return false
	}
	for _, g := range gs {
		if utf8.RuneCountInString(g) > content.MaxGroupRunes {
			return false
		}
	}
	return true
}

// targetGroups reads a "whole store or some groups" choice: nil for the
// whole store, or the groups typed, with a problem in ps when there are
// none or one is too long.
func targetGroups(ps Problems, toGroups bool, typed string) []string {
	if !toGroups {
		return nil
	}
	groups := ParseGroups(typed)
	if len(groups) == 0 {
		ps["groups"] = problem(i18n.ConsoleErrGroupsRequired)
	} else if !groupsOK(groups) {
		ps["groups"] = problem(i18n.ConsoleErrGroups)
	}
	return groups
}
