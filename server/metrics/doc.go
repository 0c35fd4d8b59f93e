// Package metrics is the process's Prometheus registry and its /metrics
// endpoint.
//
// There is one registry, made by the serve command (New) and handed to
// each package that owns a number: the hub counts connections and
// deliveries, the store claims and SQLite errors, the outbox its
// publishes, the request middleware HTTP requests. Each of those packages
// declares its own metrics (a Metrics struct or a collector) and takes the
// registry as a prometheus.Registerer, so a test builds a fresh registry
// and nothing registers with the library's global default.
//
// # Labels
//
// Every label has a small fixed set of values, written down where the
// metric is declared: an HTTP route is the ServeMux pattern, never the
// path (paths hold coupon codes); a screen's group is one of the groups
// staff made, capped; a stream is one of the feeds. No label holds a code,
// a token or an id of a screen, a shopper or a request.
//
// # Scrape-time numbers
//
// Numbers that are state rather than events (screens online, the outbox's
// backlog, JetStream's streams) are read when Prometheus scrapes, by
// collectors with a short timeout, so keeping them costs nothing between
// scrapes.
package metrics
