package command

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func TestKioskPrintAutostart(t *testing.T) {
	const page = "https://store-042.example/signage?lang=zh-Hant&x=%41"
	out, _, err := runIn("", "kiosk", "--print-autostart", "desktop", "--url", page, "--profile", "/home/kiosk/my profile")
	if err != nil {
		t.Fatal(err)
	}
	exe, _ := os.Executable()
	want := `Exec="` + exe + `" "kiosk" "--url" "https://store-042.example/signage?lang=zh-Hant&x=%%41" "--profile" "/home/kiosk/my profile"`
	if !strings.Contains(out, "\n"+want+"\n") || !strings.HasPrefix(out, "[Desktop Entry]\nType=Application\n") {
		t.Errorf("desktop entry =\n%s\nwant the line\n%s", out, want)
	}

	out, _, err = runIn("", "kiosk", "--url", page, "--print-autostart", "systemd")
	if err != nil {
		t.Fatal(err)
	}
	keys := unitKeys(out)
	if got := keys["Service.ExecStart"]; len(got) != 1 || got[0] != `"`+exe+`" "kiosk" "--url" "https://store-042.example/signage?lang=zh-Hant&x=%%41"` {
		t.Errorf("ExecStart = %q", got)
	}
	if keys["Service.Restart"][0] != "always" || keys["Install.WantedBy"][0] != "graphical-session.target" {
		t.Errorf("user unit =\n%s", out)
	}
	if analyze, err := exec.LookPath("systemd-analyze"); err == nil {
		path := filepath.Join(t.TempDir(), "storecast-kiosk.service")
		os.WriteFile(path, []byte(out), 0o644)
		if msg, err := exec.Command(analyze, "verify", "--man=no", path).CombinedOutput(); err != nil || len(msg) > 0 {
			t.Errorf("systemd-analyze verify: %v\n%s", err, msg)
		}
	}
}

func TestKioskRefusesBadInput(t *testing.T) {
	for _, args := range [][]string{
		{"kiosk"}, {"kiosk", "--url", "store.local/signage"}, {"kiosk", "--url", "ftp://x/"},
		{"kiosk", "--url", "http://x/", "--print-autostart", "cron"}, {"kiosk", "http://x/"},
	} {
		if _, _, err := runIn("", args...); err == nil {
			t.Errorf("%q was accepted", args)
		}
	}
}
