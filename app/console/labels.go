package console

import (
	"strings"

	"storecast/app/content"
	"storecast/app/i18n"
	"storecast/app/rest"
)

// What stored values are called where more than one view shows them:
// roles, slide kinds and layouts (as message IDs), lists and blanks.

// roleLabel names a staff role.
func roleLabel(role string) string {
	switch role {
	case rest.RoleAdmin:
		return i18n.ConsoleRoleAdmin
	case rest.RoleEditor:
		return i18n.ConsoleRoleEditor
	}
	return i18n.ConsoleRoleCashier
}

// slideKindLabel names a kind of signage slide.
func slideKindLabel(kind string) string {
	switch kind {
	case content.SlideImage:
		return i18n.ConsoleSgKindImage
	case content.SlideVideo:
		return i18n.ConsoleSgKindVideo
	case content.SlidePromotion:
		return i18n.ConsoleSgKindPromotion
	case content.SlideCoupon:
		return i18n.ConsoleSgKindCoupon
	case content.SlideClock:
		return i18n.ConsoleSgKindClock
	}
	return i18n.ConsoleSgKindText
}

// layoutLabel names a playlist's layout.
func layoutLabel(layout string) string {
	switch layout {
	case content.LayoutTicker:
		return i18n.ConsoleSgLayoutTicker
	case content.LayoutZones:
		return i18n.ConsoleSgLayoutZones
	}
	return i18n.ConsoleSgLayoutFull
}

// joinList lists xs with the locale's list separator.
func joinList(l string, xs []string) string {
	return strings.Join(xs, i18n.T(l, i18n.ConsoleListSep))
}

// orDash is s, or a dash for nothing.
func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}
