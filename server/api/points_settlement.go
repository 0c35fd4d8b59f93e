package api

import (
	"log/slog"
	"net/http"
	"strconv"

	"storecast/app/rest"
)

// maxFenPerPoint bounds a point's value so owed points × it stays far
// inside int64 (a point is worth a fen or so; 100 yuan would be absurd).
const maxFenPerPoint = 10_000

// pointsSettlement is GET /points/settlement?from=&to=[&fen_per_point=]
// [&format=csv]: what the store and each partner owe each other, per
// store day, as JSON or a spreadsheet whose cells cannot run as
// formulas. One of our points is worth fen_per_point fen (default 1).
func (h *Handler) pointsSettlement(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	from, to := q.Get("from"), q.Get("to")
	fen := int64(1)
	if s := q.Get("fen_per_point"); s != "" {
		var err error
		if fen, err = strconv.ParseInt(s, 10, 64); err != nil || fen < 0 || fen > maxFenPerPoint {
			writeFieldError(w, "fen_per_point", "must be 0 to "+strconv.Itoa(maxFenPerPoint))
			return
		}
	}
	format := q.Get("format")
	if format != "" && format != "json" && format != "csv" {
		writeError(w, http.StatusBadRequest, "bad_format", "format must be json or csv")
		return
	}
	days, err := h.points.Settlement(r.Context(), from, to, fen)
	if err != nil {
		h.pointsError(w, r, err)
		return
	}
	if format != "csv" {
		writeJSON(w, http.StatusOK, rest.PointsSettlements{From: from, To: to, FenPerPoint: fen, Days: nonNil(days)})
		return
	}
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", `attachment; filename="settlement-`+from+`-`+to+`.csv"`)
	w.Header().Set("Cache-Control", "no-store")
	if err := writeSettlementCSV(newCSVWriter(w), days); err != nil {
		h.log.Warn("points settlement", slog.Any("err", err))
	}
}

func writeSettlementCSV(c *csvWriter, days []rest.PointsSettlement) error {
	c.Write([]string{"day", "partner", "out_ours", "out_theirs", "in_ours", "in_theirs", "owed_points", "owed_fen"})
	n := func(v int64) string { return strconv.FormatInt(v, 10) }
	for _, d := range days {
		c.Write([]string{d.Day, d.Partner, n(d.OutOurs), n(d.OutTheirs), n(d.InOurs), n(d.InTheirs), n(d.OwedPoints), n(d.OwedFen)})
	}
	return c.Flush()
}
