package command

import (
	"flag"
	"fmt"
	"strconv"

	"storecast/app/content"
)

// screenFlags defines when screens reload to give back leaked memory: a
// bound in MiB and the quiet hours they may reload in. Screens get both
// in the store's settings (content.StoreInfo.Reload).
func screenFlags(fs *flag.FlagSet, cfg *Config, getenv func(string) string) {
	above, _ := strconv.Atoi(envOr(getenv, "STORECAST_SCREEN_RELOAD_ABOVE", "1024"))
	fs.IntVar(&cfg.ScreenReloadAboveMiB, "screen-reload-above", above,
		"a screen whose page holds more than this many MiB (JS heap + Go memory) reloads itself in the quiet hours or while dark; 0: never (STORECAST_SCREEN_RELOAD_ABOVE)")
	fs.StringVar(&cfg.ScreenQuietHours, "screen-quiet-hours", envOr(getenv, "STORECAST_SCREEN_QUIET_HOURS", "03:00-05:00"),
		"when screens may reload, HH:MM-HH:MM on the store's clock (--timezone) (STORECAST_SCREEN_QUIET_HOURS)")
}

// reloadPolicy is what screens are told.
func (c *Config) reloadPolicy() content.ReloadPolicy {
	return content.ReloadPolicy{Above: int64(c.ScreenReloadAboveMiB) << 20, Quiet: c.ScreenQuietHours}
}

func (c *Config) validateScreens() error {
	if c.ScreenReloadAboveMiB < 0 || c.ScreenReloadAboveMiB > 1<<20 {
		return fmt.Errorf("config: --screen-reload-above %d is out of range 0..1048576 MiB", c.ScreenReloadAboveMiB)
	}
	if err := c.reloadPolicy().Validate(); err != nil {
		return fmt.Errorf("config: --screen-quiet-hours %q: use HH:MM-HH:MM", c.ScreenQuietHours)
	}
	return nil
}
