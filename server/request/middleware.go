package request

import (
	"bufio"
	"errors"
	"io"
	"log/slog"
	"net"
	"net/http"
	"time"
)

// unmatched is the route of a request no pattern matched.
const unmatched = "unmatched"

// Middleware gives each request an id (see the package doc), then serves
// it with next, counts it in m and logs it at debug level under its route,
// status and duration. next must route with an http.ServeMux, which
// records the matched pattern in the request it was given.
func Middleware(next http.Handler, m *Metrics, log *slog.Logger) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		id := r.Header.Get(Header)
		if !saneID(id) {
			id = newID()
		}
		w.Header().Set(Header, id)
		r = r.WithContext(WithID(r.Context(), id))
		rec := &recorder{ResponseWriter: w}
		next.ServeHTTP(rec, r)
		took := time.Since(start)
		route := r.Pattern // set by the ServeMux in this very request
		if route == "" {
			route = unmatched
		}
		status := rec.status
		if status == 0 {
			status = http.StatusOK // the handler wrote nothing: net/http sends 200
		}
		m.observe(route, status, took)
		if log.Enabled(r.Context(), slog.LevelDebug) { // spare every request the line's attributes
			log.DebugContext(r.Context(), "http: request", slog.String("route", route),
				slog.Int("status", status), slog.Duration("took", took))
		}
	})
}

// recorder notes the status a handler answers with. It passes Hijack on,
// which the live feed's WebSocket upgrade needs, ReadFrom, so media files
// still go out by sendfile, and Unwrap for http.ResponseController.
type recorder struct {
	http.ResponseWriter
	status int
}

func (r *recorder) WriteHeader(code int) {
	if r.status == 0 {
		r.status = code
	}
	r.ResponseWriter.WriteHeader(code)
}

func (r *recorder) Write(b []byte) (int, error) {
	if r.status == 0 {
		r.status = http.StatusOK
	}
	return r.ResponseWriter.Write(b)
}

func (r *recorder) ReadFrom(src io.Reader) (int64, error) {
	if r.status == 0 {
		r.status = http.StatusOK
	}
	return io.Copy(r.ResponseWriter, src) // uses the connection's own ReadFrom
}

func (r *recorder) Flush() {
	if f, ok := r.ResponseWriter.(http.Flusher); ok {
		if r.status == 0 {
			r.status = http.StatusOK
		}
		f.Flush()
	}
}

func (r *recorder) Hijack() (net.Conn, *bufio.ReadWriter, error) {
	h, ok := r.ResponseWriter.(http.Hijacker)
	if !ok {
		return nil, nil, errors.New("request: the response cannot be hijacked")
	}
	conn, rw, err := h.Hijack()
	if err == nil && r.status == 0 {
		r.status = http.StatusSwitchingProtocols
	}
	return conn, rw, err
}

func (r *recorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }
