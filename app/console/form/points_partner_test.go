package form

import (
	"strings"
	"testing"

	"storecast/app/i18n"
	"storecast/app/rest"
)

func TestPartnerDraftInput(t *testing.T) {
	good := PartnerDraft{ID: " mall-books ", Name: [3]string{"商场书店", "", "Mall Books"},
		OutOurs: "1", OutTheirs: "２", InTheirs: "2", InOurs: "1", MemberCap: "500", Active: true}
	p, ps := good.Input()
	want := rest.PointsPartner{ID: "mall-books", Names: map[string]string{"zh-Hans": "商场书店", "en": "Mall Books"},
		Out: rest.Rate{Num: 2, Den: 1}, In: rest.Rate{Num: 1, Den: 2}, MemberCap: 500, Active: true}
	if len(ps) > 0 || p.ID != want.ID || p.Out != want.Out || p.In != want.In || p.MemberCap != 500 || p.PartnerCap != 0 ||
		len(p.Names) != 2 || !p.Active {
		t.Fatalf("good draft = %+v, %s; want %+v", p, problemIDs(ps), want)
	}
	tests := []struct {
		name   string
		change func(*PartnerDraft)
		want   string
	}{
		{"no key", func(d *PartnerDraft) { d.ID = " " }, "id=" + i18n.ConsolePtErrID},
		{"a key with a space", func(d *PartnerDraft) { d.ID = "mall books" }, "id=" + i18n.ConsolePtErrID},
		{"a long key", func(d *PartnerDraft) { d.ID = strings.Repeat("k", 65) }, "id=" + i18n.ConsolePtErrID},
		{"no name", func(d *PartnerDraft) { d.Name = [3]string{} }, "names=" + i18n.ConsoleErrNameRequired},
		{"a long name", func(d *PartnerDraft) { d.Name[0] = strings.Repeat("名", 81) }, "names.zh-Hans=" + i18n.ConsoleErrTooLong},
		{"a zero term", func(d *PartnerDraft) { d.OutOurs = "0" }, "out.ours=" + i18n.ConsoleErrWhole},
		{"a fraction", func(d *PartnerDraft) { d.InOurs = "1.5" }, "in.ours=" + i18n.ConsoleErrWhole},
		{"a huge term", func(d *PartnerDraft) { d.OutTheirs = "1000001" }, "out.theirs=" + i18n.ConsoleErrWhole},
		{"a round trip that makes points", func(d *PartnerDraft) { d.InTheirs = "1" }, "in=" + i18n.ConsolePtErrRoundTrip},
		{"a negative cap", func(d *PartnerDraft) { d.PartnerCap = "-1" }, "partner_cap=" + i18n.ConsoleErrWhole},
		{"a cap in words", func(d *PartnerDraft) { d.MemberCap = "lots" }, "member_cap=" + i18n.ConsoleErrWhole},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := good
			tt.change(&d)
			if _, ps := d.Input(); problemIDs(ps) != tt.want {
				t.Errorf("problems = %q; want %q", problemIDs(ps), tt.want)
			}
		})
	}
}

// A stored partner comes back into the form as it was typed, and out
// again unchanged.
func TestPartnerDraftRoundTrip(t *testing.T) {
	p := rest.PointsPartner{ID: "sister", Names: map[string]string{"zh-Hant": "姊妹店"}, Out: rest.Rate{Num: 3, Den: 2},
		In: rest.Rate{Num: 1, Den: 2}, PartnerCap: 9000}
	got, ps := NewPartnerDraft(p).Input()
	if len(ps) > 0 || got.ID != p.ID || got.Out != p.Out || got.In != p.In || got.PartnerCap != 9000 || got.MemberCap != 0 ||
		got.Names["zh-Hant"] != "姊妹店" || got.Active {
		t.Errorf("round trip = %+v, %s; want %+v", got, problemIDs(ps), p)
	}
	if d := NewPartnerDraft(rest.PointsPartner{}); !d.Active || d.OutOurs != "1" || d.InOurs != "1" {
		t.Errorf("a new partner's draft = %+v; want active, one for one", d)
	}
}

func TestSettlementRangeCheck(t *testing.T) {
	tests := []struct {
		from, to, want string
	}{
		{"2026-03-01", "2026-03-31", ""},
		{"2026-03-01", "2026-03-01", ""},
		{"", "2026-03-01", "from=" + i18n.ConsolePtErrDate},
		{"2026-03-01", "31/03/2026", "to=" + i18n.ConsolePtErrDate},
		{"2026-03-02", "2026-03-01", "to=" + i18n.ConsolePtErrRange},
		{"2025-01-01", "2026-03-01", "to=" + i18n.ConsolePtErrRange},
	}
	for _, tt := range tests {
		if got := problemIDs(SettlementRange{From: tt.from, To: tt.to}.Check()); got != tt.want {
			t.Errorf("%s to %s: problems %q; want %q", tt.from, tt.to, got, tt.want)
		}
	}
}
