package request

import (
	"context"
	"log/slog"
)

// LogHandler wraps h so that every record logged with a request's context
// (log.ErrorContext(r.Context(), …)) carries request_id.
func LogHandler(h slog.Handler) slog.Handler { return idHandler{h} }

type idHandler struct{ next slog.Handler }

func (h idHandler) Enabled(ctx context.Context, l slog.Level) bool { return h.next.Enabled(ctx, l) }

func (h idHandler) Handle(ctx context.Context, r slog.Record) error {
	if id := ID(ctx); id != "" {
		r = r.Clone() // the caller's record may be shared with other handlers
		r.AddAttrs(slog.String("request_id", id))
	}
	return h.next.Handle(ctx, r)
}

func (h idHandler) WithAttrs(as []slog.Attr) slog.Handler { return idHandler{h.next.WithAttrs(as)} }
func (h idHandler) WithGroup(name string) slog.Handler    { return idHandler{h.next.WithGroup(name)} }
