package e2e

import (
	"errors"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"storecast/e2e/harness"
)

// kioskVoiceJS is the verdict of the kiosk's voice self-test, as its root
// shows it (data-voice).
const kioskVoiceJS = `document.querySelector(".sc-kiosk")?.dataset.voice || ""`

// TestKioskVoiceSelfTest runs the voice self-test against two voice
// lists. With eSpeak's (a Debian kiosk's): Chinese is judged unusable, the
// screen says "语音不可用" / "語音不可用" and reads nothing, the fleet view
// hears "none", and English is still read. With a Windows kiosk's: Chinese
// is read with Microsoft Huihui and HanHan, prices as words.
func TestKioskVoiceSelfTest(t *testing.T) {
	t.Parallel()
	s := kit.Server(t, harness.Options{Args: []string{"--require-pairing"}})

	t.Run("espeak", func(t *testing.T) {
		var made enrolLink
		body := map[string]any{"name": "Voice kiosk", "kind": "kiosk", "hours": 1}
		if code := s.API(t, http.MethodPost, "/api/v1/enrolment-links", body, &made); code != http.StatusCreated {
			t.Fatalf("create link = %d; want 201", code)
		}
		tab := kit.Tab(t, 1080, 1920)
		beforeLoad(t, tab, speechRecorder)
		do(t, tab, chromedp.Navigate(made.URL+"&m=voice"))
		waitJS(t, tab, harness.LiveJS+` && !document.querySelector(".sc-pairing")`)
		goKiosk(t, tab, "/kiosk/menu?m=voice", `document.querySelector(".sc-novoice")`)
		if got := eval[string](t, tab, kioskVoiceJS); got != "none" {
			t.Errorf("verdict for zh-Hans = %q; want none", got)
		}
		if got := eval[string](t, tab, `document.querySelector(".sc-novoice").innerText`); !strings.HasPrefix(got, "语音不可用") {
			t.Errorf("notice = %q; want 语音不可用 first", got)
		}
		// The fleet view hears it.
		harness.CheckFor(t, eventually, 100*time.Millisecond, func() error {
			var v struct {
				Screens []struct {
					Name   string `json:"name"`
					Status struct {
						Mode  string `json:"mode"`
						Voice string `json:"voice"`
					} `json:"status"`
				} `json:"screens"`
			}
			s.API(t, http.MethodGet, "/api/v1/screens", nil, &v)
			for _, sc := range v.Screens {
				if sc.Name == "Voice kiosk" && sc.Status.Voice == "none" && sc.Status.Mode == "voice" {
					return nil
				}
			}
			return fmt.Errorf("fleet = %+v; want Voice kiosk with voice none", v.Screens)
		})
		// 繁體 too; and nothing Chinese is ever said.
		goKiosk(t, tab, "/kiosk/menu?lang=zh-Hant&m=voice", `document.querySelector(".sc-novoice")`)
		if got := eval[string](t, tab, `document.querySelector(".sc-novoice").innerText`); !strings.HasPrefix(got, "語音不可用") {
			t.Errorf("notice = %q; want 語音不可用 first", got)
		}
		keys(t, tab, kb.ArrowDown)
		frame(t, tab)
		for _, said := range speechLog(t, tab) {
			if said.Type == "speak" {
				t.Errorf("said %q in Chinese with %q; want nothing", said.Text, said.Voice)
			}
		}
		// "Read aloud" outside voice mode says so too.
		goKiosk(t, tab, "/kiosk/menu", `document.querySelector("#sc-read")`)
		click(t, tab, "#sc-read")
		waitJS(t, tab, `document.querySelector(".sc-novoice")`)
		// English: eSpeak NG's English is understood, and is used.
		m := mark(t, tab)
		goKiosk(t, tab, "/kiosk/price?lang=en&m=voice", `document.querySelector("#sc-q")`)
		if got := eval[string](t, tab, kioskVoiceJS); got != "good" {
			t.Errorf("verdict for en = %q; want good", got)
		}
		waitSpoken(t, tab, m, "in English", startsWith("Price check."))
		if eval[bool](t, tab, `!!document.querySelector(".sc-novoice")`) {
			t.Error("English shows voice unavailable")
		}
	})

	t.Run("windows", func(t *testing.T) {
		s := kit.Server(t, harness.Options{})
		tab := kit.Tab(t, 1080, 1920)
		beforeLoad(t, tab, speechRecorderWith(windowsVoices, false))
		open(t, tab, s.URL+"/kiosk/menu?m=voice")
		if got := eval[string](t, tab, kioskVoiceJS); got != "good" {
			t.Errorf("verdict for zh-Hans = %q; want good", got)
		}
		m := mark(t, tab)
		goKiosk(t, tab, "/kiosk/offers?cat=fresh&m=voice", `document.querySelector(".sc-offer-list a")`)
		keys(t, tab, kb.ArrowDown)
		// 草莓 ¥29.90, was ¥39.90: the price in words, never the sign.
		got := waitSpoken(t, tab, m, "on the offer", func(s spoken) bool { return strings.Contains(s.Text, "二十九元九角") })
		if got.Voice != "Microsoft Huihui - Chinese (Simplified, PRC)" || strings.ContainsAny(got.Text, "¥￥") {
			t.Errorf("said %q with %q; want Huihui, no yuan sign", got.Text, got.Voice)
		}
		m = mark(t, tab)
		goKiosk(t, tab, "/kiosk/offers?lang=zh-Hant&cat=fresh&m=voice", `document.querySelector(".sc-offer-list a")`)
		keys(t, tab, kb.ArrowDown)
		got = waitSpoken(t, tab, m, "on the offer in 繁體", func(s spoken) bool { return strings.Contains(s.Text, "二十九元九角") })
		if got.Voice != "Microsoft HanHan - Chinese (Traditional, Taiwan)" {
			t.Errorf("繁體 read with %q; want HanHan", got.Voice)
		}
		if eval[bool](t, tab, `!!document.querySelector(".sc-novoice")`) {
			t.Error("a kiosk with Microsoft voices shows voice unavailable")
		}
	})
}

// TestKioskSpeaksAtFirstGesture: Chromium refuses speech before the page
// has had a touch or key ("not-allowed") unless started with
// --autoplay-policy=no-user-gesture-required. The screen read at load is
// then read at the first key, with the item that key moved to after it;
// and after a reload, at the first touch.
func TestKioskSpeaksAtFirstGesture(t *testing.T) {
	t.Parallel()
	s := kit.Server(t, harness.Options{})
	tab := kit.Tab(t, 1080, 1920)
	beforeLoad(t, tab, speechRecorderWith(espeakVoices, true))
	menu := "How can we help? 6 choices: Offers, Coupons, Price check, Store events, Help, My points."
	open(t, tab, s.URL+"/kiosk/menu?lang=en&m=voice")
	waitJS(t, tab, `window.scSpeech.some(s => s.type === "blocked")`)
	m := mark(t, tab)
	keys(t, tab, kb.ArrowDown)
	waitSpoken(t, tab, m, "at the first key", says(menu))
	waitSpoken(t, tab, m, "after it, the item", says("Offers. Today's offers by category"))
	log := speechLog(t, tab)[m:]
	for i, said := range log {
		if said.Type == "speak" && said.Text == menu {
			if i+1 >= len(log) || log[i+1].Type != "speak" {
				t.Errorf("after the screen: %+v; want the item next, not a cancel", log[i+1:])
			}
			break
		}
	}

	// A new tab has had no gesture yet: a touch.
	tab2 := kit.Tab(t, 1080, 1920)
	beforeLoad(t, tab2, speechRecorderWith(espeakVoices, true))
	open(t, tab2, s.URL+"/kiosk/help?lang=en&m=voice")
	waitJS(t, tab2, `window.scSpeech.some(s => s.type === "blocked")`)
	m = mark(t, tab2)
	if err := chromedp.Do(tab2, chromedp.MouseClickXY(540, 1000)); err != nil {
		t.Fatal(err)
	}
	waitSpoken(t, tab2, m, "at the first touch", startsWith("Help. A member of staff"))
}

// TestKioskVoiceOnThisMachine runs the self-test against the real voices
// of this machine: Chromium with --enable-speech-dispatcher (as `storecast
// kiosk` starts it) and speech-dispatcher with eSpeak NG, as Debian ships
// them. Mandarin must be judged unusable and English usable. It is
// skipped where speech-dispatcher is not installed.
func TestKioskVoiceOnThisMachine(t *testing.T) {
	if _, err := os.Stat("/usr/bin/speech-dispatcher"); err != nil {
		t.Skip("speech-dispatcher is not installed (apt-get install speech-dispatcher speech-dispatcher-espeak-ng)")
	}
	if harness.ChromiumPath() == "" {
		t.Skip(harness.ErrNoChromium)
	}
	t.Parallel()
	s := kit.Server(t, harness.Options{})
	// Chromium spawns speech-dispatcher, which outlives it; on a machine
	// without sound it can hang while it shuts down, and the next browser
	// then gets no voices from its socket. A runtime directory of this
	// test's own gives it a daemon of its own, stopped when it ends.
	run := t.TempDir()
	b, err := harness.StartBrowser(map[string]any{
		"enable-speech-dispatcher": true, "autoplay-policy": "no-user-gesture-required",
	}, "XDG_RUNTIME_DIR="+run)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		b.Close()
		stopSpeechDispatcher(t, run)
	})
	tab, cancel, err := b.NewContext(kit.Context(t), 1080, 1920)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(cancel)
	open(t, tab, s.URL+"/kiosk/menu?m=voice")
	// speech-dispatcher starts with the first page that asks for voices:
	// wait until they are there.
	waitJS(t, tab, `speechSynthesis.getVoices().length > 0 && document.querySelector(".sc-kiosk").dataset.voice !== ""`)
	list := eval[string](t, tab, `(() => {
		const vs = speechSynthesis.getVoices();
		const zh = vs.filter(v => /^(zh|cmn|yue)/i.test(v.lang) && !v.name.includes("+")).map(v => v.name + " [" + v.lang + "]");
		return vs.length + " voices; Chinese: " + zh.join(", ");
	})()`)
	for _, c := range []struct{ url, want string }{
		{"/kiosk/menu?m=voice", "none"},
		{"/kiosk/menu?lang=zh-Hant&m=voice", "none"},
		{"/kiosk/menu?lang=en&m=voice", "good"},
	} {
		goKiosk(t, tab, c.url, "")
		got := eval[string](t, tab, kioskVoiceJS)
		shown := eval[string](t, tab, `document.querySelector(".sc-novoice")?.innerText || "(no notice)"`)
		t.Logf("%s: verdict %s; %s", c.url, got, shown)
		if got != c.want {
			t.Errorf("%s: verdict %q; want %q", c.url, got, c.want)
		}
	}
	t.Logf("this machine: %s", list)
}

// stopSpeechDispatcher ends the speech-dispatcher that a browser started
// with XDG_RUNTIME_DIR=run spawned, found by the pid file it wrote there.
func stopSpeechDispatcher(t *testing.T, run string) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(run, "speech-dispatcher", "pid", "speech-dispatcher.pid"))
	if err != nil {
		t.Logf("no speech-dispatcher to stop: %v", err)
		return
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(b)))
	if err != nil || pid <= 1 {
		t.Logf("speech-dispatcher pid file holds %q", b)
		return
	}
	if err := syscall.Kill(pid, syscall.SIGKILL); err != nil && !errors.Is(err, syscall.ESRCH) {
		t.Logf("stop speech-dispatcher %d: %v", pid, err)
	}
}
