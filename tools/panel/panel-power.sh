#!/bin/sh
# panel-power.sh on|off: switch a kiosk machine's display on or off.
#
# `storecast kiosk --panel /usr/local/bin/panel-power.sh` runs it with "off"
# when the screen's page goes dark outside the store's opening hours and
# with "on" when it wakes (docs/operations.md, "Power schedule"). The page
# is black either way; this makes the panel itself sleep, which saves the
# backlight and the panel's life.
#
# It tries, in order:
#   1. HDMI-CEC (TVs and most signage panels): cec-client from the
#      cec-utils package, through the machine's CEC adapter (a Raspberry
#      Pi's HDMI port, or a Pulse-Eight USB adapter on a PC: most PC
#      graphics cards do not speak CEC). "standby 0" / "on 0" address the
#      TV, logical address 0; "as" makes this machine the active source
#      so the TV shows it after waking.
#   2. DPMS on X11 (monitors): xset dpms force off / on. `storecast kiosk`
#      turns DPMS timeouts off at start; waking turns them off again, so
#      the display never sleeps by itself during opening hours.
#   3. Wayland compositors with wlr-randr (wlroots: labwc, sway).
# Set PANEL_OUTPUT for wlr-randr's output name (default HDMI-A-1), and
# PANEL_CEC=no to skip CEC on machines without an adapter.
set -u

action=${1:-}
case "$action" in
on | off) ;;
*)
	echo "usage: $0 on|off" >&2
	exit 2
	;;
esac

done_any=no

if [ "${PANEL_CEC:-yes}" != no ] && command -v cec-client >/dev/null 2>&1; then
	if [ "$action" = off ]; then
		echo 'standby 0' | cec-client -s -d 1 >/dev/null 2>&1 && done_any=yes
	else
		echo 'on 0' | cec-client -s -d 1 >/dev/null 2>&1 && done_any=yes
		echo 'as' | cec-client -s -d 1 >/dev/null 2>&1
	fi
fi

if [ -n "${DISPLAY:-}" ] && command -v xset >/dev/null 2>&1; then
	if [ "$action" = off ]; then
		xset dpms force off && done_any=yes
	else
		xset dpms force on && xset s off -dpms s noblank && done_any=yes
	fi
elif [ -n "${WAYLAND_DISPLAY:-}" ] && command -v wlr-randr >/dev/null 2>&1; then
	if [ "$action" = off ]; then
		wlr-randr --output "${PANEL_OUTPUT:-HDMI-A-1}" --off && done_any=yes
	else
		wlr-randr --output "${PANEL_OUTPUT:-HDMI-A-1}" --on && done_any=yes
	fi
fi

if [ "$done_any" = no ]; then
	echo "panel-power: no way to switch the display $action (install cec-utils or x11-xserver-utils)" >&2
	exit 1
fi
