package command

import (
	"bufio"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// unitKeys reads a unit file's "Key=value" lines as section.Key → values.
func unitKeys(text string) map[string][]string {
	keys := map[string][]string{}
	section := ""
	sc := bufio.NewScanner(strings.NewReader(text))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "["):
			section = strings.Trim(line, "[]")
		default:
			k, v, _ := strings.Cut(line, "=")
			keys[section+"."+k] = append(keys[section+"."+k], v)
		}
	}
	return keys
}

func TestInstallPrintsAHardenedUnit(t *testing.T) {
	out, _, err := runIn("", "install", "--print", "--bin", "/opt/storecast/bin/storecast")
	if err != nil {
		t.Fatal(err)
	}
	keys := unitKeys(out)
	want := map[string]string{
		"Service.User":             "storecast",
		"Service.Group":            "storecast",
		"Service.ExecStart":        "/opt/storecast/bin/storecast serve",
		"Service.EnvironmentFile":  "/etc/storecast/env",
		"Service.Environment":      "STORECAST_DATA=/var/lib/storecast",
		"Service.StateDirectory":   "storecast storecast-backups",
		"Service.ProtectSystem":    "strict",
		"Service.ProtectHome":      "yes",
		"Service.PrivateTmp":       "yes",
		"Service.NoNewPrivileges":  "yes",
		"Service.Restart":          "on-failure",
		"Service.RestartSec":       "5s",
		"Service.LimitNOFILE":      "65536",
		"Install.WantedBy":         "multi-user.target",
		"Unit.After":               "network-online.target",
		"Service.SystemCallFilter": "@system-service",
	}
	for k, v := range want {
		if got := keys[k]; !slices.Equal(got, []string{v}) {
			t.Errorf("%s = %q; want %q", k, got, v)
		}
	}
	// The environment file overrides the unit's Environment= only if it
	// comes after it.
	if strings.Index(out, "EnvironmentFile=") < strings.Index(out, "Environment=STORECAST_DATA") {
		t.Error("EnvironmentFile= comes before Environment=")
	}
}

// TestInstallUnitVerifies runs systemd-analyze verify on the unit, when
// the machine has it: unknown keys and bad values are warnings there, so
// any output fails the test.
func TestInstallUnitVerifies(t *testing.T) {
	analyze, err := exec.LookPath("systemd-analyze")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("systemd-analyze is not installed")
		}
		t.Skip("SKIPPED: no systemd-analyze on this machine; the unit's keys are checked by TestInstallPrintsAHardenedUnit")
	}
	exe, _ := os.Executable() // ExecStart must name a real executable
	path := filepath.Join(t.TempDir(), "storecast.service")
	if err := os.WriteFile(path, []byte(unitText(exe)), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(analyze, "verify", "--man=no", path).CombinedOutput()
	if err != nil || len(out) > 0 {
		t.Fatalf("systemd-analyze verify: %v\n%s", err, out)
	}
}

func TestInstallWritesAndStarts(t *testing.T) {
	root := t.TempDir()
	exe := filepath.Join(t.TempDir(), "storecast")
	if err := os.WriteFile(exe, []byte("#!/bin/sh\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	var ran []string
	userExists := false
	var out strings.Builder
	in := &installer{root: root, exe: exe, bin: defaultBin, out: &out,
		run: func(_ context.Context, name string, args ...string) error {
			ran = append(ran, name+" "+strings.Join(args, " "))
			if name == "useradd" {
				userExists = true
			}
			return nil
		},
		lookup: func(string) (int, int, error) {
			if !userExists {
				return 0, 0, errors.New("unknown user")
			}
			return os.Getuid(), os.Getgid(), nil
		}}
	if err := in.install(context.Background(), "https://store-042.example", true); err != nil {
		t.Fatal(err)
	}
	want := []string{
		"useradd --system --user-group --home-dir /var/lib/storecast --no-create-home --shell /usr/sbin/nologin --comment Storecast server storecast",
		"systemctl daemon-reload", "systemctl enable storecast.service", "systemctl restart storecast.service",
	}
	if !slices.Equal(ran, want) {
		t.Errorf("ran %q; want %q", ran, want)
	}
	for path, mode := range map[string]os.FileMode{defaultBin: 0o755, unitPath: 0o644, envPath: 0o640} {
		fi, err := os.Stat(filepath.Join(root, path))
		if err != nil || fi.Mode().Perm() != mode {
			t.Errorf("%s: %v, %v; want mode %v", path, fi, err, mode)
		}
	}
	envFile, _ := os.ReadFile(filepath.Join(root, envPath))
	if !strings.Contains(string(envFile), "\nSTORECAST_PUBLIC_URL=https://store-042.example\n") {
		t.Errorf("env file =\n%s\nwant the public URL set", envFile)
	}
	for _, said := range []string{"installed /usr/local/bin/storecast", "added system user storecast", "wrote /etc/storecast/env",
		"wrote /etc/systemd/system/storecast.service", "enabled storecast.service", "user add NAME --role admin --data /var/lib/storecast"} {
		if !strings.Contains(out.String(), said) {
			t.Errorf("install said:\n%s\nwant %q", out.String(), said)
		}
	}

	// Again, as an upgrade: the operator's settings stay, no second user.
	os.WriteFile(filepath.Join(root, envPath), []byte("STORECAST_ADDR=:9000\n"), 0o640)
	ran, out = nil, strings.Builder{}
	if err := in.install(context.Background(), "", false); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(filepath.Join(root, envPath)); string(b) != "STORECAST_ADDR=:9000\n" {
		t.Errorf("a second install changed the env file to %q", b)
	}
	if want := []string{"systemctl daemon-reload", "systemctl enable storecast.service"}; !slices.Equal(ran, want) {
		t.Errorf("second install (--no-start) ran %q; want %q", ran, want)
	}
	if !strings.Contains(out.String(), "kept /etc/storecast/env") {
		t.Errorf("second install said %q", out.String())
	}
}
