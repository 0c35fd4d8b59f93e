package console

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/console/client"
	"storecast/app/console/form"
	"storecast/app/i18n"
	"storecast/app/rest"
)

// PointsMemberView finds one member by the code their phone shows (typed,
// or scanned: a scanner types it and presses Enter), never from a list:
// their balance, the points soon to expire and their entries, a page at a
// time; and deletes the membership when the member asks, after a
// confirmation.
type PointsMemberView struct {
	app.Compo
	API    *client.Client
	Locale string

	code       string // as typed
	member     *rest.PointsMember
	looked     string // the code the member was found by
	entries    []rest.PointsEntry
	next       int64
	busy       bool
	confirming string
	problems   form.Problems
	note       string
}

const ptMemberForm = "pt-member"

func (v *PointsMemberView) OnMount(ctx app.Context) {
	focusField(ctx, ptMemberForm, "member_code")
}

func (v *PointsMemberView) lookup(ctx app.Context) {
	code := form.MemberCode(v.code)
	ps := form.Problems{}
	if form.CheckMemberCode(ps, code); len(ps) > 0 || v.busy {
		v.problems = ps
		focusField(ctx, ptMemberForm, "member_code")
		return
	}
	v.busy, v.problems, v.note, v.confirming = true, nil, "", ""
	ctx.Async(func() {
		m, err := v.API.PointsMember(ctx, code)
		var h rest.PointsHistory
		if err == nil {
			h, err = v.API.PointsHistory(ctx, code, 0)
		}
		ctx.Dispatch(func(ctx app.Context) {
			v.busy = false
			if err != nil {
				v.member, v.problems = nil, problemsOf(err, form.RefusedEarn)
				focusField(ctx, ptMemberForm, "member_code")
				return
			}
			v.member, v.looked, v.entries, v.next, v.code = &m, code, h.Entries, h.Next, ""
			clearFields(ctx, ptMemberForm, "member_code")
			focusID(ctx, "pt-member-balance")
		})
	})
}

// more reads the next page of entries.
func (v *PointsMemberView) more(ctx app.Context, e app.Event) {
	code, before := v.looked, v.next
	v.busy = true
	ctx.Async(func() {
		h, err := v.API.PointsHistory(ctx, code, before)
		ctx.Dispatch(func(ctx app.Context) {
			v.busy = false
			if err != nil {
				v.problems = problemsOf(err, form.RefusedEarn)
				return
			}
			first := len(v.entries)
			v.entries, v.next = append(v.entries, h.Entries...), h.Next
			focusID(ctx, "pt-entry-"+strconv.Itoa(first))
		})
	})
}

func (v *PointsMemberView) remove(ctx app.Context, e app.Event) {
	code := v.looked
	v.busy = true
	ctx.Async(func() {
		err := v.API.DeletePointsMember(ctx, code)
		ctx.Dispatch(func(ctx app.Context) {
			v.busy, v.confirming = false, ""
			if err != nil {
				v.problems = problemsOf(err, form.RefusedEarn)
				return
			}
			v.member, v.entries, v.next, v.looked = nil, nil, 0, ""
			v.note = i18n.T(v.Locale, i18n.ConsolePtMemberDeleted)
			focusField(ctx, ptMemberForm, "member_code")
		})
	})
}

func (v *PointsMemberView) Render() app.UI {
	l := v.Locale
	fl := field{Form: ptMemberForm, Name: "member_code", Label: i18n.T(l, i18n.ConsolePtMemberCode),
		Hint: i18n.T(l, i18n.ConsolePtMemberCodeHint), Err: v.problems.In(l, "member_code")}
	return app.Div().Class("cs-pt-member").Body(
		app.H2().Text(i18n.T(l, i18n.ConsolePtMembers)),
		app.Form().ID(ptMemberForm).Class("cs-form cs-redeem-form").Attr("novalidate", true).OnSubmit(onSubmit(v.lookup)).Body(
			memberCodeInput(fl, v.code, v.ValueTo(&v.code)),
			submit(i18n.T(l, i18n.ConsolePtLookup), v.busy),
		),
		formErr(v.problems.In(l, "")),
		app.P().Class("cs-note").Attr("role", "status").Text(v.note),
		app.If(v.member != nil, func() app.UI { return v.card(*v.member) }),
	)
}

func (v *PointsMemberView) card(m rest.PointsMember) app.UI {
	l := v.Locale
	return app.Article().Class("cs-card cs-pt-member-card").Body(
		app.P().ID("pt-member-balance").TabIndex(-1).Class("cs-pt-balance").
			Text(i18n.T(l, i18n.ConsolePtBalance, "N", strconv.FormatInt(m.Balance, 10))),
		app.P().ID("pt-member-expiring").Class("cs-meta").
			Text(i18n.T(l, i18n.ConsolePtExpiring, "N", strconv.FormatInt(m.Expiring, 10), "Days", rest.ExpiringDays)),
		app.P().Class("cs-meta").Text(i18n.T(l, i18n.ConsolePtMemberSince, "When", stamp(l, m.ConsentedAt))),
		pointsEntries(l, v.entries),
		app.If(v.next != 0, func() app.UI {
			return app.Div().Class("cs-actions").Body(
				button("", i18n.T(l, i18n.ConsolePtMore), v.busy, v.more).ID("pt-entries-more"))
		}),
		app.Div().Class("cs-actions").Body(
			button("danger", i18n.T(l, i18n.ConsolePtMemberDelete), false, func(ctx app.Context, e app.Event) {
				v.confirming = v.looked
				focusID(ctx, "pt-member-delete-ask")
			}).ID("pt-member-delete"),
		),
		app.If(v.confirming != "", func() app.UI {
			return app.Div().ID("pt-member-delete-ask").TabIndex(-1).Body(
				confirmBox(l, i18n.T(l, i18n.ConsolePtMemberDeleteConfirm, "N", strconv.FormatInt(m.Balance, 10)),
					i18n.T(l, i18n.ConsoleDeleteYes), v.busy, v.remove, &v.confirming))
		}),
	)
}

// pointsEntries is a member's ledger as a table, newest first.
func pointsEntries(l string, es []rest.PointsEntry) app.UI {
	if len(es) == 0 {
		return app.P().Class("cs-empty").Text(i18n.T(l, i18n.ConsolePtNoEntries))
	}
	head := func(id string) app.UI { return app.Th().Scope("col").Text(i18n.T(l, id)) }
	return app.Table().Class("cs-sg-table cs-pt-entries").ID("pt-entries").Body(
		app.Caption().Text(i18n.T(l, i18n.ConsolePtEntries)),
		app.THead().Body(app.Tr().Body(
			head(i18n.ConsolePtEntryWhen), head(i18n.ConsolePtEntryKind), head(i18n.ConsolePtEntryPoints), head(i18n.ConsolePtEntryReceipt),
		)),
		app.TBody().Body(app.Range(es).Slice(func(i int) app.UI {
			e := es[i]
			pts := strconv.FormatInt(e.Points, 10)
			if e.Points > 0 {
				pts = "+" + pts
			}
			return app.Tr().ID("pt-entry-"+strconv.Itoa(i)).TabIndex(-1).Class("cs-pt-entry").DataSet("kind", e.Kind).Body(
				app.Th().Scope("row").Text(stamp(l, e.At)),
				app.Td().Text(i18n.T(l, entryKindLabel(e.Kind))),
				app.Td().Class("cs-pt-points").Text(pts),
				app.Td().Text(e.Key),
			)
		})),
	)
}

func entryKindLabel(kind string) string {
	switch kind {
	case rest.PointsSpend:
		return i18n.ConsolePtKindSpend
	case rest.PointsExpire:
		return i18n.ConsolePtKindExpire
	case rest.PointsReverse:
		return i18n.ConsolePtKindReverse
	}
	return i18n.ConsolePtKindEarn
}

// memberCodeInput is the big box a scanner types a member code into.
func memberCodeInput(fl field, value string, on app.EventHandler) app.UI {
	in := typedValue(app.Input().ID(fl.id()), fl.id(), value).Name(fl.Name).Type("text").Class("cs-input cs-redeem-input").
		Attr("autocomplete", "off").Attr("autocapitalize", "characters").
		Attr("spellcheck", "false").Attr("enterkeyhint", "go").OnInput(on)
	for k, v := range fl.attrs() {
		in = in.Attr(k, v)
	}
	return fl.box(in)
}
