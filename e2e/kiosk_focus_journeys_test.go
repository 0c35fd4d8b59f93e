package e2e

import (
	"fmt"
	"testing"

	"github.com/chromedp/chromedp/kb"

	"storecast/e2e/harness"
)

// TestKioskFocusEveryAction walks the rest of the kiosk by keypad alone,
// in Chinese, and checks after every key that focus is on something: a
// staff call (the button's answer replaces its label), each mode switched
// on and off with Enter, the V key, a change of language, and a coupon got,
// read again and put away.
func TestKioskFocusEveryAction(t *testing.T) {
	t.Parallel()
	s := kit.Server(t, harness.Options{})
	kioskCampaign(t, s, "Focus coupon", firstPromotionID(t, s), 100, 10)
	tab := kit.Tab(t, 1080, 1920)
	open(t, tab, s.URL+"/kiosk/help")
	focusKept(t, tab, "opening help")

	tabTo(t, tab, "sc-call")
	press(t, tab, kb.Enter, "Enter on 呼叫店员")
	waitJS(t, tab, `document.querySelector(".sc-call-status")?.textContent.trim() !== ""`)
	focusKept(t, tab, "the staff call answered")
	press(t, tab, kb.Escape, "Escape")
	waitJS(t, tab, `location.pathname === "/kiosk/menu"`)
	focusKept(t, tab, "back on the menu")

	for _, mode := range []string{"large", "contrast", "voice"} {
		tabTo(t, tab, "sc-mode-"+mode)
		press(t, tab, kb.Enter, "Enter on "+mode+" on")
		waitJS(t, tab, fmt.Sprintf(`location.search.includes("m=%s") && document.activeElement.id === "sc-mode-%s"`, mode, mode))
		press(t, tab, kb.Enter, "Enter on "+mode+" off")
		waitJS(t, tab, fmt.Sprintf(`!location.search.includes("m=") && document.activeElement.id === "sc-mode-%s"`, mode))
	}
	press(t, tab, "v", "V for voice")
	waitJS(t, tab, `location.search.includes("m=voice")`)
	focusKept(t, tab, "voice on by V")
	press(t, tab, "v", "V again")
	waitJS(t, tab, `!location.search.includes("m=voice")`)
	focusKept(t, tab, "voice off by V")

	tabToMatch(t, tab, `a.sc-lang[lang="en"]`)
	press(t, tab, kb.Enter, "Enter on English")
	waitJS(t, tab, `location.search.includes("lang=en")`)
	focusKept(t, tab, "the menu in English")

	goKiosk(t, tab, "/kiosk/coupons?lang=en", `document.querySelector(".sc-coupon-get")`)
	focusKept(t, tab, "the coupons opening")
	for i := 0; i < 10 && !eval[bool](t, tab, `document.activeElement.classList.contains("sc-coupon-get")`); i++ {
		press(t, tab, kb.ArrowDown, "ArrowDown towards Get coupon")
	}
	press(t, tab, kb.Enter, "Enter on Get coupon")
	waitJS(t, tab, `location.pathname === "/kiosk/coupon" && document.querySelector(".sc-kc-qr")`)
	focusKept(t, tab, "the coupon shown")
	press(t, tab, "h", "H on the coupon")
	tabTo(t, tab, "sc-coupon-repeat")
	press(t, tab, kb.Enter, "Enter on repeat the code")
	press(t, tab, kb.Tab, "Tab to Done")
	press(t, tab, kb.Enter, "Enter on Done")
	waitJS(t, tab, `location.pathname === "/kiosk/menu"`)
	focusKept(t, tab, "the menu after the coupon")
}
