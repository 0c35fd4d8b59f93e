package alert

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"slices"
	"strings"
	"syscall"
	"time"

	"storecast/app/rest"
)

// ErrAddress refuses a webhook address alerts may not reach.
var ErrAddress = errors.New("alert: address not allowed")

// attemptTimeout bounds one delivery attempt, connection to answer.
const attemptTimeout = 10 * time.Second

// checkAddr says whether alerts may reach ip (see the package doc).
func checkAddr(ip netip.Addr, allowLoopback bool) error {
	ip = ip.Unmap()
	switch {
	case ip.IsLoopback() && !allowLoopback:
		return fmt.Errorf("%w: %s is this machine (loopback)", ErrAddress, ip)
	case ip.IsLinkLocalUnicast(), ip.IsLinkLocalMulticast():
		return fmt.Errorf("%w: %s is link-local (where cloud metadata answers)", ErrAddress, ip)
	case ip.IsUnspecified(), ip.IsMulticast(), ip.IsInterfaceLocalMulticast():
		return fmt.Errorf("%w: %s is no single host", ErrAddress, ip)
	}
	return nil
}

// CheckURL checks a webhook's URL as it is saved: rest's rules, and a
// literal address alerts may reach. A name is checked at each dial.
func (d *Dispatcher) CheckURL(raw string) error {
	in := rest.WebhookInput{Name: "-", Kind: rest.WebhookDingTalk, URL: raw}
	if err := in.Validate(); err != nil {
		return err
	}
	u, _ := url.Parse(raw)
	if ip, err := netip.ParseAddr(u.Hostname()); err == nil {
		return checkAddr(ip, d.cfg.AllowLoopback)
	}
	if u.Hostname() == "localhost" && !d.cfg.AllowLoopback {
		return fmt.Errorf("%w: localhost is this machine (loopback)", ErrAddress)
	}
	return nil
}

// newClient is the HTTP client of deliveries: every address it dials is
// checked, it follows no redirect (a redirect could lead where the URL
// could not) and uses no proxy (a proxy would reach what the check
// refuses).
func newClient(allowLoopback bool) *http.Client {
	dialer := &net.Dialer{
		Timeout: attemptTimeout,
		ControlContext: func(_ context.Context, _, address string, _ syscall.RawConn) error {
			ap, err := netip.ParseAddrPort(address)
			if err != nil {
				return fmt.Errorf("%w: %s", ErrAddress, address)
			}
			return checkAddr(ap.Addr(), allowLoopback)
		},
	}
	return &http.Client{
		Timeout: attemptTimeout,
		Transport: &http.Transport{
			Proxy:               nil,
			DialContext:         dialer.DialContext,
			TLSHandshakeTimeout: attemptTimeout,
			MaxIdleConnsPerHost: 2,
			IdleConnTimeout:     time.Minute,
		},
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
}

// Redact hides a webhook URL's query values and user info: a robot's URL
// carries its key there. What is left names the receiver for people.
func Redact(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return "(unreadable URL)"
	}
	u.User = nil
	var keys []string
	for k := range u.Query() {
		keys = append(keys, url.QueryEscape(k)+"=…")
	}
	slices.Sort(keys)
	u.RawQuery, u.Fragment = "", ""
	if len(keys) == 0 {
		return u.String()
	}
	return u.String() + "?" + strings.Join(keys, "&")
}
