package command

import (
	"flag"
	"fmt"
	"path/filepath"
	"strconv"
)

// nightlyFlags defines serve's nightly backup flags.
func nightlyFlags(fs *flag.FlagSet, cfg *Config, getenv func(string) string) {
	keep, err := strconv.Atoi(envOr(getenv, "STORECAST_BACKUP_KEEP", "7"))
	if err != nil {
		keep = -1 // validate says what is wrong
	}
	fs.StringVar(&cfg.BackupDir, "backup-dir", getenv("STORECAST_BACKUP_DIR"), "take a backup every night into this directory (STORECAST_BACKUP_DIR); none if empty")
	fs.IntVar(&cfg.BackupKeep, "backup-keep", keep, "nightly backups kept; older ones are deleted (STORECAST_BACKUP_KEEP)")
	fs.StringVar(&cfg.BackupAt, "backup-at", envOr(getenv, "STORECAST_BACKUP_AT", "03:30"), "when the nightly backup runs, HH:MM on the store's clock (--timezone) (STORECAST_BACKUP_AT)")
}

func (c *Config) validateBackups() error {
	if c.BackupDir == "" {
		c.BackupKeep, c.BackupAt = 0, ""
		return nil
	}
	if c.BackupKeep < 1 || c.BackupKeep > 10000 {
		return fmt.Errorf("config: --backup-keep %d is out of range 1..10000 (or STORECAST_BACKUP_KEEP is not a number)", c.BackupKeep)
	}
	if _, _, err := parseClock(c.BackupAt); err != nil {
		return err
	}
	dir, err1 := filepath.Abs(c.BackupDir)
	data, err2 := filepath.Abs(c.DataDir)
	if err1 == nil && err2 == nil && dir == data {
		return fmt.Errorf("config: --backup-dir must not be the data directory")
	}
	return nil
}
