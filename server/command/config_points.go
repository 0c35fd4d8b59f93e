package command

import (
	"flag"
	"fmt"
	"strconv"

	"storecast/server/points"
)

// pointsFlags defines --points-dormant-days.
func pointsFlags(fs *flag.FlagSet, cfg *Config, getenv func(string) string) {
	def := strconv.Itoa(int(points.DefaultDormant.Hours() / 24))
	days, err := strconv.Atoi(envOr(getenv, "STORECAST_POINTS_DORMANT_DAYS", def))
	if err != nil {
		days = -1 // validate says what is wrong
	}
	fs.IntVar(&cfg.PointsDormantDays, "points-dormant-days", days,
		"delete a membership with no points and no entry for this many days; 0 never (STORECAST_POINTS_DORMANT_DAYS)")
}

func (c *Config) validatePoints() error {
	if c.PointsDormantDays < 0 || c.PointsDormantDays > 36500 {
		return fmt.Errorf("config: --points-dormant-days %d is out of range 0..36500 (or STORECAST_POINTS_DORMANT_DAYS is not a number)", c.PointsDormantDays)
	}
	return nil
}
