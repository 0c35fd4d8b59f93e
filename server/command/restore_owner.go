package command

import (
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
)

// chownLike gives everything under dir to dir's owner, when run as root
// and they differ (restoring as root for a server that runs as storecast).
func chownLike(dir string) error {
	if os.Geteuid() != 0 {
		return nil
	}
	fi, err := os.Stat(dir)
	if err != nil {
		return err
	}
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok || st.Uid == 0 {
		return nil
	}
	return filepath.WalkDir(dir, func(p string, _ fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		return os.Lchown(p, int(st.Uid), int(st.Gid))
	})
}
