//go:build linux || darwin || freebsd

package alert

import "syscall"

// diskOf reads the free and total bytes of dir's filesystem: free as an
// unprivileged process may use it, as storecast runs as one.
func diskOf(dir string) (Disk, error) {
	var st syscall.Statfs_t
	if err := syscall.Statfs(dir, &st); err != nil {
		return Disk{}, err
	}
	return Disk{Free: uint64(st.Bavail) * uint64(st.Bsize), Total: uint64(st.Blocks) * uint64(st.Bsize)}, nil
}
