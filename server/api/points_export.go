package api

import (
	"log/slog"
	"net/http"
	"strconv"
	"time"

	"storecast/app/rest"
)

// pointsExport gives a member their copy of what is stored about them,
// as JSON or (format=csv) a spreadsheet whose cells cannot run as
// formulas.
func (h *Handler) pointsExport(w http.ResponseWriter, r *http.Request) {
	h.exportMember(w, r, r.PathValue("code"))
}

// exportMember answers everything stored about the code's member, as
// JSON or (format=csv) CSV, for a download.
func (h *Handler) exportMember(w http.ResponseWriter, r *http.Request, code string) {
	x, err := h.points.Export(r.Context(), code)
	if err != nil {
		h.pointsError(w, r, err)
		return
	}
	switch r.URL.Query().Get("format") {
	case "", "json":
		w.Header().Set("Content-Disposition", `attachment; filename="points.json"`)
		writeJSON(w, http.StatusOK, x)
	case "csv":
		w.Header().Set("Content-Type", "text/csv; charset=utf-8")
		w.Header().Set("Content-Disposition", `attachment; filename="points.csv"`)
		w.Header().Set("Cache-Control", "no-store")
		if err := writeEntriesCSV(newCSVWriter(w), x); err != nil {
			h.log.Warn("points export", slog.Any("err", err))
		}
	default:
		writeError(w, http.StatusBadRequest, "bad_format", "format must be json or csv")
	}
}

func writeEntriesCSV(c *csvWriter, x rest.PointsExport) error {
	c.Write([]string{"member", x.Member.ID, "consent_version", strconv.Itoa(x.Member.ConsentVersion),
		"consented_at", x.Member.ConsentedAt.Format(time.RFC3339)})
	c.Write([]string{"seq", "at", "kind", "points", "issuer", "key", "reverses", "amount_fen"})
	for _, e := range x.Entries {
		c.Write([]string{strconv.FormatInt(e.Seq, 10), e.At.Format(time.RFC3339Nano), e.Kind,
			strconv.FormatInt(e.Points, 10), e.Issuer, e.Key, strconv.FormatInt(e.Reverses, 10), strconv.FormatInt(e.AmountFen, 10)})
	}
	return c.Flush()
}
