package command

import (
	"archive/zip"
	"errors"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"
	_ "time/tzdata" // the server knows every zone even on a machine without tzdata
)

// zoneData returns the TZif rules of a zone, for screens: a browser's wasm
// has no zone database, so screens load the store's zone from these bytes
// (time.LoadLocationFromTZData) and keep schedules right offline and
// across daylight saving. Nil when no copy of the rules can be read; the
// screens then use their own zone.
func zoneData(name string) []byte {
	if name == "" || strings.Contains(name, "..") {
		return nil
	}
	for _, dir := range []string{os.Getenv("ZONEINFO"), "/usr/share/zoneinfo", "/usr/share/lib/zoneinfo", "/etc/zoneinfo"} {
		if dir == "" {
			continue
		}
		if b, err := os.ReadFile(filepath.Join(dir, name)); err == nil && strings.HasPrefix(string(b), "TZif") {
			return b
		}
	}
	b, _ := zipZone(filepath.Join(runtime.GOROOT(), "lib", "time", "zoneinfo.zip"), name)
	return b
}

func zipZone(path, name string) ([]byte, error) {
	zr, err := zip.OpenReader(path)
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	for _, f := range zr.File {
		if f.Name != name {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return nil, err
		}
		defer rc.Close()
		return io.ReadAll(rc)
	}
	return nil, errors.New("zone not found")
}

// validZone checks a configured zone name.
func validZone(name string) error {
	_, err := time.LoadLocation(name)
	return err
}
