package e2e

import (
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"storecast/e2e/harness"
	"storecast/server/alert"
)

// An admin adds a generic webhook in the console and presses "Send test":
// a real receiver gets the test, checks its signature, and the console
// says it was delivered and lists it in the delivery log.
func TestConsoleWebhookSendTest(t *testing.T) {
	t.Parallel()
	const secret = "e2e-webhook-secret-0123456789"
	// The server refuses webhooks on loopback, so the receiver listens on
	// the machine's own network address, as a store's LAN receiver would.
	ip := lanAddress(t)
	ln, err := net.Listen("tcp", net.JoinHostPort(ip, "0"))
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	var got []bool // one per request: was its signature good
	recv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		ok := r.Header.Get(alert.HeaderEvent) == "test" &&
			alert.VerifySignature(secret, r.Header.Get(alert.HeaderTimestamp), r.Header.Get(alert.HeaderSignature), b, time.Now(), 5*time.Minute)
		mu.Lock()
		got = append(got, ok)
		mu.Unlock()
		if !ok {
			w.WriteHeader(http.StatusUnauthorized)
		}
	}))
	recv.Listener.Close()
	recv.Listener = ln
	recv.Start()
	defer recv.Close()

	s := kit.Server(t, harness.Options{})
	addStaff(t, s, "boss", "admin-pass-12", "admin")
	console := kit.Tab(t, 1280, 900)
	consoleSignIn(t, console, s.URL, "boss", "admin-pass-12")
	consoleGo(t, console, "/console/alerts", `document.querySelector("#webhook-name") && document.querySelector("#alert-rules")`)

	setValue(t, console, "#webhook-name", "Head office")
	setValue(t, console, "#webhook-url", recv.URL+"/storecast")
	setValue(t, console, "#webhook-secret", secret)
	do(t, console, chromedp.Click(`#webhook button[type="submit"]`))
	card := `[...document.querySelectorAll(".cs-webhook")].find(c => c.querySelector(".cs-card-title")?.textContent === "Head office")`
	waitJS(t, console, card)

	do(t, console, chromedp.Click(`button[aria-label="Send a test message to Head office"]`))
	waitJS(t, console, card+`?.querySelector(".cs-test-result")?.textContent === "Test delivered (HTTP 200)."`)
	waitJS(t, console, `document.querySelector(".cs-delivery-log .cs-delivery-delivered")?.textContent.includes("Head office")`)
	mu.Lock()
	defer mu.Unlock()
	if len(got) != 1 || !got[0] {
		t.Fatalf("receiver's signature checks = %v; want one good one", got)
	}
}

// lanAddress is an IPv4 address of this machine other than loopback, or
// the test is skipped.
func lanAddress(t *testing.T) string {
	t.Helper()
	addrs, err := net.InterfaceAddrs()
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range addrs {
		if n, ok := a.(*net.IPNet); ok && n.IP.To4() != nil && !n.IP.IsLoopback() && !n.IP.IsLinkLocalUnicast() {
			return n.IP.String()
		}
	}
	t.Skip("no network address but loopback: a webhook receiver needs one")
	return ""
}
