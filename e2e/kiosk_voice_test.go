package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"storecast/e2e/harness"
)

// speechRecorder replaces the browser's speechSynthesis before the app
// starts: it has a Mandarin (cmn, as eSpeak NG names it), a Cantonese and
// an English voice, and records every speak and cancel in window.scSpeech.
// Its Chinese voices are eSpeak's, which the kiosk's voice self-test
// refuses: Chinese is not read with them.
var speechRecorder = speechRecorderWith(espeakVoices, false)

// Voice lists for speechRecorderWith, as speechSynthesis lists them.
const (
	espeakVoices = `[
		{name: "Mandarin", lang: "cmn", voiceURI: "cmn", localService: true, default: false},
		{name: "Cantonese", lang: "yue", voiceURI: "yue", localService: true, default: false},
		{name: "English", lang: "en-US", voiceURI: "en", localService: true, default: true},
	]`
	// A Windows kiosk's: Microsoft's Mandarin voices, which read Chinese well.
	windowsVoices = `[
		{name: "Microsoft Huihui - Chinese (Simplified, PRC)", lang: "zh-CN", voiceURI: "huihui", localService: true, default: false},
		{name: "Microsoft HanHan - Chinese (Traditional, Taiwan)", lang: "zh-TW", voiceURI: "hanhan", localService: true, default: false},
		{name: "Microsoft Zira - English (United States)", lang: "en-US", voiceURI: "zira", localService: true, default: true},
	]`
)

// speechRecorderWith is speechRecorder with the voices given (a JS array).
// With blocked, speak refuses as Chromium does by default until the page
// has had a touch or key (navigator.userActivation): the utterance's
// onerror gets "not-allowed", and the log says "blocked". Without it, as
// on a kiosk started with --autoplay-policy=no-user-gesture-required,
// every speak goes through.
func speechRecorderWith(voices string, blocked bool) string {
	return `(() => {
	const log = [];
	const voices = ` + voices + `;
	const blocking = ` + fmt.Sprint(blocked) + `;
	const synth = {
		speaking: false, pending: false, paused: false,
		getVoices() { return voices; },
		speak(u) {
			if (blocking && !navigator.userActivation.hasBeenActive) {
				log.push({type: "blocked", text: u.text});
				setTimeout(() => u.onerror && u.onerror({error: "not-allowed", utterance: u}), 0);
				return;
			}
			log.push({type: "speak", text: u.text, lang: u.lang, voice: u.voice ? u.voice.name : "", rate: u.rate});
		},
		cancel() { log.push({type: "cancel"}); },
		pause() {}, resume() {},
		addEventListener() {}, removeEventListener() {},
	};
	Object.defineProperty(window, "speechSynthesis", {value: synth, configurable: true});
	window.SpeechSynthesisUtterance = function (text) { this.text = text; this.lang = ""; this.rate = 1; this.voice = null; this.onerror = null; };
	window.scSpeech = log;
})();`
}

// spoken is one recorded speechSynthesis call.
type spoken struct {
	Type  string  `json:"type"`
	Text  string  `json:"text"`
	Lang  string  `json:"lang"`
	Voice string  `json:"voice"`
	Rate  float64 `json:"rate"`
}

func speechLog(t *testing.T, ctx context.Context) []spoken {
	t.Helper()
	var log []spoken
	if err := json.Unmarshal([]byte(eval[string](t, ctx, `JSON.stringify(window.scSpeech || [])`)), &log); err != nil {
		t.Fatal(err)
	}
	return log
}

// waitSpoken waits until something after mark has been said that
// satisfies ok, and returns it.
func waitSpoken(t *testing.T, ctx context.Context, mark int, what string, ok func(spoken) bool) spoken {
	t.Helper()
	var said spoken
	harness.CheckFor(t, eventually, 30*time.Millisecond, func() error {
		log := speechLog(t, ctx)
		for _, s := range log[min(mark, len(log)):] {
			if s.Type == "speak" && ok(s) {
				said = s
				return nil
			}
		}
		return fmt.Errorf("nothing said %s; said since: %+v", what, log[min(mark, len(log)):])
	})
	return said
}

// say returns a matcher for exactly text.
func says(text string) func(spoken) bool { return func(s spoken) bool { return s.Text == text } }

func startsWith(prefix string) func(spoken) bool {
	return func(s spoken) bool { return strings.HasPrefix(s.Text, prefix) }
}

func mark(t *testing.T, ctx context.Context) int { return len(speechLog(t, ctx)) }

func keys(t *testing.T, ctx context.Context, k string) {
	t.Helper()
	if err := chromedp.Do(ctx, chromedp.KeyEvent(k)); err != nil {
		t.Fatalf("key %q: %v", k, err)
	}
}

// TestKioskVoiceAndKeypad walks the price check with keys alone, as a blind
// shopper with a keypad would, and checks what the kiosk says: each screen
// when it opens (title, then choices), each item focus lands on, the answer
// and the errors; and that a touch stops speech.
func TestKioskVoiceAndKeypad(t *testing.T) {
	t.Parallel()
	s := kit.Server(t, harness.Options{})
	tab := kit.Tab(t, 1080, 1920)
	setViewport(t, tab, 1080, 1920, 1)
	beforeLoad(t, tab, speechRecorder)
	open(t, tab, s.URL+"/kiosk?lang=en")

	// V turns voice on from the attract loop and starts a session.
	m := mark(t, tab)
	keys(t, tab, "v")
	menu := "How can we help? 6 choices: Offers, Coupons, Price check, Store events, Help, My points."
	got := waitSpoken(t, tab, m, "when voice is turned on", says("Voice: on. "+menu))
	if got.Voice != "English" || got.Rate != 1 {
		t.Errorf("spoken with voice %q at rate %v; want English at 1", got.Voice, got.Rate)
	}
	waitJS(t, tab, `location.pathname === "/kiosk/menu" && location.search === "?lang=en&m=voice"`)

	// Focus moves are read.
	m = mark(t, tab)
	keys(t, tab, kb.ArrowDown)
	waitSpoken(t, tab, m, "on the first arrow down", says("Offers. Today's offers by category"))
	m = mark(t, tab)
	keys(t, tab, kb.ArrowDown)
	waitSpoken(t, tab, m, "on the second arrow down", says("Coupons. Get a coupon on your phone, to use at the till"))
	m = mark(t, tab)
	keys(t, tab, kb.ArrowDown)
	waitSpoken(t, tab, m, "on the third arrow down", says("Price check. A product's price and where to find it"))

	// Enter opens the price check; it is read, and the box has focus.
	m = mark(t, tab)
	keys(t, tab, kb.Enter)
	waitSpoken(t, tab, m, "when the price check opens",
		says("Price check. Type a product name or the barcode number, or scan a barcode. Tap the pinyin letters (CM or caomei finds 草莓), a barcode’s digits, or a category below. Results show as you type. 2 choices: Product name or barcode, Search."))
	waitJS(t, tab, `document.activeElement && document.activeElement.id === "sc-q"`)

	// Type a name, Enter: the answer is read and shown.
	m = mark(t, tab)
	keys(t, tab, "milk")
	keys(t, tab, kb.Enter)
	// The price as words: "¥" is read as nothing by many engines.
	answer := "1 product found. Organic milk 1 l, 15 yuan 90, Aisle 3."
	waitSpoken(t, tab, m, "with the answer", says(answer))
	waitJS(t, tab, `document.querySelector(".sc-product")`)
	if got := eval[string](t, tab, `document.querySelector(".sc-product").innerText.replace(/\s+/g, " ")`); got != "Organic milk 1 l ¥15.90 Aisle 3" {
		t.Errorf("result shows %q", got)
	}
	m = mark(t, tab)
	// Past Search and the on-screen keypad's 39 keys to the result.
	keys(t, tab, strings.Repeat(kb.ArrowDown, 41))
	waitSpoken(t, tab, m, "on the result", says("Organic milk 1 l, 15 yuan 90, Aisle 3"))

	// A mistyped barcode: the error is shown and read.
	keys(t, tab, strings.Repeat(kb.ArrowUp, 41))
	waitJS(t, tab, `document.activeElement.id === "sc-q"`)
	m = mark(t, tab)
	keys(t, tab, strings.Repeat(kb.Backspace, 4)+"12345678"+kb.Enter)
	bad := "That barcode's last digit does not match. Please check the number."
	waitSpoken(t, tab, m, "for a bad barcode", says(bad))
	waitJS(t, tab, `document.querySelector("[role=alert].sc-error")`)
	if got := eval[string](t, tab, `document.querySelector("[role=alert].sc-error").innerText`); got != bad {
		t.Errorf("error shows %q; want %q", got, bad)
	}
	if path := eval[string](t, tab, `location.pathname`); path != "/kiosk/price" {
		t.Errorf("Backspace in the box left the screen: at %s", path)
	}

	// Escape goes back; H reads the screen and the keys.
	m = mark(t, tab)
	keys(t, tab, kb.Escape)
	waitSpoken(t, tab, m, "back on the menu", says(menu))
	m = mark(t, tab)
	keys(t, tab, "h")
	waitSpoken(t, tab, m, "for H", says(menu+" Arrow keys or Tab move between choices, Enter chooses, Escape or Backspace goes back, H or ? reads the screen again, and V turns voice on or off."))

	// A touch stops speech at once.
	n := mark(t, tab)
	if err := chromedp.Do(tab, chromedp.MouseClickXY(540, 1500)); err != nil {
		t.Fatal(err)
	}
	log := speechLog(t, tab)
	if len(log) <= n || log[n].Type != "cancel" {
		t.Errorf("after a touch: %+v; want a cancel first", log[n:])
	}

	// Chinese is not read with eSpeak's Mandarin (tagged cmn): it would be
	// pinyin with tone numbers. The screen says so instead.
	m = mark(t, tab)
	goKiosk(t, tab, "/kiosk/menu?m=voice", `document.querySelector(".sc-novoice")`)
	if got := eval[string](t, tab, `document.querySelector(".sc-novoice").innerText`); !strings.HasPrefix(got, "语音不可用") {
		t.Errorf("notice = %q; want it to start 语音不可用", got)
	}
	frame(t, tab)
	for _, s := range speechLog(t, tab)[m:] {
		if s.Type == "speak" {
			t.Errorf("said %q with voice %q; want nothing said in Chinese with eSpeak", s.Text, s.Voice)
		}
	}
}

// TestKioskNoVoiceSaysSo: without any voice for the language, voice mode
// says on screen that it cannot read aloud.
func TestKioskNoVoiceSaysSo(t *testing.T) {
	t.Parallel()
	s := kit.Server(t, harness.Options{})
	tab := kit.Tab(t, 1080, 1920)
	beforeLoad(t, tab, speechRecorderWith(`[]`, false))
	open(t, tab, s.URL+"/kiosk/menu?lang=en&m=voice")
	waitJS(t, tab, `document.querySelector(".sc-novoice")`)
	got := eval[string](t, tab, `document.querySelector(".sc-novoice").innerText`)
	want := "Voice unavailable: this screen has no voice that can read this language aloud. Please ask our staff."
	if got != want {
		t.Errorf("notice = %q; want %q", got, want)
	}
}
