package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
)

// clockTicks is USER_HZ, the unit of utime and stime in /proc/PID/stat.
// It is 100 on every Linux the project runs on (getconf CLK_TCK); reading
// it for real would need cgo.
const clockTicks = 100

// cpuSeconds is the user plus system CPU time the process has used so far.
func cpuSeconds(pid int) (float64, error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0, fmt.Errorf("bench: cpu: %w", err)
	}
	// The command name (field 2) may hold spaces; fields are counted from
	// the ")" that closes it. utime and stime are fields 14 and 15.
	s := string(b)
	end := strings.LastIndexByte(s, ')')
	if end < 0 {
		return 0, fmt.Errorf("bench: cpu: odd /proc/%d/stat", pid)
	}
	f := strings.Fields(s[end+1:]) // f[0] is field 3
	if len(f) < 13 {
		return 0, fmt.Errorf("bench: cpu: short /proc/%d/stat", pid)
	}
	utime, err1 := strconv.ParseUint(f[11], 10, 64)
	stime, err2 := strconv.ParseUint(f[12], 10, 64)
	if err1 != nil || err2 != nil {
		return 0, fmt.Errorf("bench: cpu: bad /proc/%d/stat", pid)
	}
	return float64(utime+stime) / clockTicks, nil
}

// rssBytes is the resident set size of the process (VmRSS).
func rssBytes(pid int) (int64, error) {
	f, err := os.Open(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, fmt.Errorf("bench: rss: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if !strings.HasPrefix(line, "VmRSS:") {
			continue
		}
		fields := strings.Fields(line) // "VmRSS:", "12345", "kB"
		if len(fields) < 2 {
			break
		}
		kb, err := strconv.ParseInt(fields[1], 10, 64)
		if err != nil {
			return 0, fmt.Errorf("bench: rss: %w", err)
		}
		return kb << 10, nil
	}
	return 0, fmt.Errorf("bench: rss: no VmRSS in /proc/%d/status", pid)
}
