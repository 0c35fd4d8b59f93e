package console

import (
	"strconv"

	"storecast/app/i18n"
	"storecast/app/rest"
)

// Kinds of the till's answer to an earn, as RedeemAnswer.Kind.
const (
	earnEarned   = "earned"
	earnReplayed = "replayed"
	earnQueued   = "queued"
)

// EarnAnswer says an earn's answer at the till, as a redemption's is
// said: a repeated receipt added nothing, and a chain store's earn that
// waits for head office is not lost.
func EarnAnswer(l string, p rest.PointsPosted) RedeemAnswer {
	pts := strconv.FormatInt(p.Entry.Points, 10)
	bal := i18n.T(l, i18n.ConsolePtBalance, "N", strconv.FormatInt(p.Balance, 10))
	receipt := i18n.T(l, i18n.ConsolePtReceiptWas, "Receipt", p.Entry.Key)
	switch {
	case p.Queued:
		return RedeemAnswer{Kind: earnQueued, Icon: "⌛", Headline: i18n.T(l, i18n.ConsolePtQueued),
			Details: []string{i18n.T(l, i18n.ConsolePtQueuedHelp), receipt}}
	case p.Replayed:
		return RedeemAnswer{Kind: earnReplayed, Icon: "=", Headline: i18n.T(l, i18n.ConsolePtReplayed),
			Details: []string{i18n.T(l, i18n.ConsolePtReplayedHelp, "N", pts), bal, receipt}}
	}
	return RedeemAnswer{Kind: earnEarned, Icon: "✓", Headline: i18n.T(l, i18n.ConsolePtEarned, "N", pts),
		Details: []string{bal, receipt}}
}
