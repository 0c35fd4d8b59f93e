//go:build !(linux || darwin || freebsd)

package alert

// diskOf does not know the disk here: the rule then never fires.
func diskOf(string) (Disk, error) { return Disk{}, nil }
