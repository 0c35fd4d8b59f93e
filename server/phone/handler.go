package phone

import (
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"log/slog"
	"net/http"
	"time"

	"storecast/app/content"
	"storecast/server/coupon"
	"storecast/server/store"
)

// Config is what the phone's pages need.
type Config struct {
	Store     *store.Store
	Codec     *coupon.Codec
	PublicURL string // the coupon URL a page's QR code holds
	Files     fs.FS  // the web directory: the worker caches some of its files
	Log       *slog.Logger
	Chain     ChainCoupons // a member store's head office, which holds chain coupons (CH-); nil alone
	// ParityMaxAge is how old an online price may be for a product page
	// to say it is the same; zero: 24 hours (serve --parity-max-age).
	ParityMaxAge time.Duration
}

// ChainCoupons reads a chain coupon where it lives, at head office.
type ChainCoupons interface {
	Coupon(ctx context.Context, code string) (content.Coupon, error)
	// Unreachable reports whether err means head office did not answer.
	Unreachable(err error) bool
}

// Handler serves the phone's pages and its worker.
type Handler struct {
	store     *store.Store
	codec     *coupon.Codec
	publicURL string
	zone      *time.Location
	worker    []byte
	log       *slog.Logger
	chain     ChainCoupons
	parityAge time.Duration
}

// New builds the handler. It reads the store's time zone once: the server
// sets it at start (--timezone) and it does not change while it runs.
func New(ctx context.Context, cfg Config) (*Handler, error) {
	info, err := cfg.Store.StoreInfo(ctx)
	if err != nil {
		return nil, fmt.Errorf("phone: %w", err)
	}
	parityAge := cfg.ParityMaxAge
	if parityAge <= 0 {
		parityAge = 24 * time.Hour
	}
	worker, err := workerJS(cfg.Files)
	if err != nil {
		return nil, fmt.Errorf("phone: %w", err)
	}
	return &Handler{
		store: cfg.Store, codec: cfg.Codec, publicURL: cfg.PublicURL,
		zone:   (&content.Signage{Store: info}).Location(),
		worker: worker, log: cfg.Log, chain: cfg.Chain, parityAge: parityAge,
	}, nil
}

// Register adds the pages and the worker to mux. A coupon page opened
// without ?lang= (the QR code's URL) is sent on to the phone's language.
func (h *Handler) Register(mux *http.ServeMux) {
	mux.Handle("GET /c/{code}", inPhoneLanguage(http.HandlerFunc(h.couponPage)))
	mux.Handle("GET /p/{sku}", inPhoneLanguage(http.HandlerFunc(h.productPage)))
	mux.HandleFunc("GET /claim/", h.claimPage)
	mux.Handle("GET /m", inPhoneLanguage(http.HandlerFunc(h.memberPage)))
	mux.Handle("GET /m/link/{id}", inPhoneLanguage(http.HandlerFunc(h.linkPage)))
	mux.HandleFunc("GET "+WorkerPath, h.serveWorker)
}

// ContentSecurityPolicy is sent with every page of the package: scripts
// from this origin only, no inline script, no WebAssembly, no style but
// the pages' own sheet (page.go; by its hash, so no style attribute
// either); fetches, the icon and the worker from here; and nothing may
// frame the page.
var ContentSecurityPolicy = sheetPolicy(styleHash)

// sheetPolicy is the pages' policy allowing the one style of hash: a
// branded page's sheet carries the store's colours after styleSheet.
func sheetPolicy(hash string) string {
	return "default-src 'self'; script-src 'self'; style-src '" + hash + "'; img-src 'self'; " +
		"connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
}

// writePage sends a rendered page. Pages are never stored by HTTP caches
// without asking (no-cache): a coupon's status changes.
func (h *Handler) writePage(w http.ResponseWriter, r *http.Request, status int, t string, data any) {
	var b bytes.Buffer
	if err := pages.ExecuteTemplate(&b, t, data); err != nil {
		h.log.Error("phone: render", slog.String("page", t), slog.Any("err", err))
		http.Error(w, "the page could not be shown", http.StatusInternalServerError)
		return
	}
	hdr := w.Header()
	hdr.Set("Content-Type", "text/html; charset=utf-8")
	hdr.Set("Cache-Control", "no-cache")
	policy := ContentSecurityPolicy
	if p, ok := data.(interface{ sheet() string }); ok && p.sheet() != styleSheet {
		policy = sheetPolicy(hashOf(p.sheet()))
	}
	hdr.Set("Content-Security-Policy", policy)
	w.WriteHeader(status)
	w.Write(b.Bytes())
}
