package form

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"storecast/app/content"
	"storecast/app/i18n"
	"storecast/app/rest"
)

// The bounds the ledger holds a partner to (server/points): a rate's
// terms, and a daily cap in our points (0: none).
const (
	maxPartnerRate = 1_000_000
	maxPartnerCap  = 1_000_000_000
	maxPartnerID   = 64
)

// PartnerDraft is the partner editor's inputs, as typed. A rate is two
// whole numbers: so many of the giving side's points become so many of
// the other's (out: ours to theirs; in: theirs to ours).
type PartnerDraft struct {
	ID                    string // fixed once the partner exists
	Name                  [3]string
	OutOurs, OutTheirs    string
	InTheirs, InOurs      string
	MemberCap, PartnerCap string // empty: no cap
	Active                bool
}

// PartnerFields is the editor's field order, for focusing the first
// problem.
var PartnerFields = []string{"id", "names", "names.zh-Hans", "names.zh-Hant", "names.en",
	"out.ours", "out.theirs", "out", "in.theirs", "in.ours", "in", "member_cap", "partner_cap", ""}

// NewPartnerDraft fills the form from a stored partner, or (ID "") a new
// one: one for one each way, no caps, active.
func NewPartnerDraft(p rest.PointsPartner) PartnerDraft {
	if p.ID == "" {
		return PartnerDraft{OutOurs: "1", OutTheirs: "1", InTheirs: "1", InOurs: "1", Active: true}
	}
	d := PartnerDraft{ID: p.ID, Active: p.Active,
		OutOurs: itoa(p.Out.Den), OutTheirs: itoa(p.Out.Num), InTheirs: itoa(p.In.Den), InOurs: itoa(p.In.Num)}
	for i, l := range content.Locales {
		d.Name[i] = p.Names[l]
	}
	if p.MemberCap > 0 {
		d.MemberCap = itoa(p.MemberCap)
	}
	if p.PartnerCap > 0 {
		d.PartnerCap = itoa(p.PartnerCap)
	}
	return d
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

// Input checks the form as the ledger will and builds the partner.
func (d PartnerDraft) Input() (rest.PointsPartner, Problems) {
	ps := Problems{}
	p := rest.PointsPartner{ID: strings.TrimSpace(d.ID), Active: d.Active, Names: map[string]string{}}
	if p.ID == "" || utf8.RuneCountInString(p.ID) > maxPartnerID || strings.ContainsFunc(p.ID, unicode.IsSpace) {
		ps["id"] = problem(i18n.ConsolePtErrID, "Max", maxPartnerID)
	}
	for l, s := range texts(ps, "names", d.Name, 80, false) {
		p.Names[l] = s
	}
	if len(p.Names) == 0 {
		ps["names"] = problem(i18n.ConsoleErrNameRequired)
	}
	p.Out = rateIn(ps, "out.theirs", d.OutTheirs, "out.ours", d.OutOurs)
	p.In = rateIn(ps, "in.ours", d.InOurs, "in.theirs", d.InTheirs)
	if len(ps) == 0 && p.Out.Num*p.In.Num > p.Out.Den*p.In.Den {
		ps["in"] = problem(i18n.ConsolePtErrRoundTrip)
	}
	p.MemberCap = capIn(ps, "member_cap", d.MemberCap)
	p.PartnerCap = capIn(ps, "partner_cap", d.PartnerCap)
	if len(ps) > 0 {
		return rest.PointsPartner{}, ps
	}
	return p, nil
}

// rateIn reads a rate typed as its two terms.
func rateIn(ps Problems, numField, num, denField, den string) rest.Rate {
	var r rest.Rate
	for _, t := range []struct {
		field, s string
		into     *int64
	}{{numField, num, &r.Num}, {denField, den, &r.Den}} {
		n, ok := wholeIn(strings.Map(halfWidth, t.s), 1, maxPartnerRate)
		if !ok {
			ps[t.field] = problem(i18n.ConsoleErrWhole, "Min", 1, "Max", maxPartnerRate)
		}
		*t.into = int64(n)
	}
	return r
}

func capIn(ps Problems, field, s string) int64 {
	s = strings.TrimSpace(strings.Map(halfWidth, s))
	if s == "" {
		return 0
	}
	n, ok := wholeIn(s, 0, maxPartnerCap)
	if !ok {
		ps[field] = problem(i18n.ConsoleErrWhole, "Min", 0, "Max", maxPartnerCap)
	}
	return int64(n)
}
