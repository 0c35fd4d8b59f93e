package console

import (
	"strconv"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/console/client"
	"storecast/app/console/form"
	"storecast/app/content"
	"storecast/app/i18n"
)

// PlaylistEditor creates or changes a playlist: its name, layout, order and
// slides, each moved with buttons (no dragging needed).
type PlaylistEditor struct {
	app.Compo
	API        *client.Client
	Locale     string
	Playlist   content.Playlist // ID "": a new one
	Promotions []content.Promotion
	Campaigns  []content.Campaign
	OnSaved    func(ctx app.Context, p content.Playlist)
	OnClose    func(ctx app.Context)

	draft     form.PlaylistDraft
	problems  form.Problems
	busy      bool
	uploading int // slide index + 1 being uploaded
	status    string
	// slices counts the times draft.Slides got a new array (a slide added
	// or removed): the slides' handlers hold pointers into it, and go-app
	// keeps an element's first handler unless its scope changes.
	slices int
}

const plForm = "pl"

var slideKinds = []string{content.SlideText, content.SlideClock, content.SlideImage, content.SlideVideo, content.SlidePromotion, content.SlideCoupon}

func (e *PlaylistEditor) OnMount(ctx app.Context) {
	e.draft = form.NewPlaylistDraft(e.Playlist)
	e.slices++
	focusField(ctx, plForm, "name")
}

func (e *PlaylistEditor) save(ctx app.Context) {
	p, ps := e.draft.Playlist()
	if len(ps) > 0 {
		e.show(ctx, ps)
		return
	}
	saveThen(ctx, &e.busy, func() (content.Playlist, error) { return e.API.SavePlaylist(ctx, p) },
		func(ctx app.Context, err error) { e.show(ctx, ProblemsOf(err)) }, e.OnSaved)
}

func (e *PlaylistEditor) show(ctx app.Context, ps form.Problems) {
	e.problems = ps
	if f, ok := ps.First(form.PlaylistFields(len(e.draft.Slides))...); ok && f != "" {
		focusField(ctx, plForm, f)
	}
}

func (e *PlaylistEditor) add(kind string) app.EventHandler {
	return func(ctx app.Context, ev app.Event) {
		e.draft.Slides = append(e.draft.Slides, form.NewSlide(kind, time.Now()))
		e.slices++
		e.problems = nil
		focusField(ctx, plForm, form.SlideField(len(e.draft.Slides)-1, "first"))
	}
}

func (e *PlaylistEditor) move(i, by int) app.EventHandler {
	return func(ctx app.Context, ev app.Event) {
		if !e.draft.Move(i, by) {
			return
		}
		e.problems = nil // they name slides by position
		e.status = i18n.T(e.Locale, i18n.ConsoleSgMoved, "N", i+by+1)
		dir := "up"
		if by > 0 {
			dir = "down"
		}
		// Keep focus on the same button of the moved slide, or its other
		// one at the end of the list.
		focus := form.SlideField(i+by, dir)
		if i+by == 0 && dir == "up" {
			focus = form.SlideField(i+by, "down")
		} else if i+by == len(e.draft.Slides)-1 && dir == "down" {
			focus = form.SlideField(i+by, "up")
		}
		focusField(ctx, plForm, focus)
	}
}

func (e *PlaylistEditor) remove(i int) app.EventHandler {
	return func(ctx app.Context, ev app.Event) {
		e.draft.Slides = append(e.draft.Slides[:i:i], e.draft.Slides[i+1:]...)
		e.slices++
		e.problems = nil
		focusID(ctx, fieldID(plForm, "slides"))
	}
}

func (e *PlaylistEditor) upload(i int) app.EventHandler {
	return func(ctx app.Context, ev app.Event) {
		files := ctx.JSSrc().Get("files")
		if !files.Truthy() || files.Length() == 0 {
			return
		}
		file, id := files.Index(0), e.draft.Slides[i].ID
		e.uploading = i + 1
		e.status = i18n.T(e.Locale, i18n.ConsoleUploading)
		ctx.Async(func() {
			url, err := e.API.Upload(ctx, file)
			ctx.Dispatch(func(ctx app.Context) {
				e.uploading, e.status = 0, ""
				for j := range e.draft.Slides {
					if e.draft.Slides[j].ID != id {
						continue
					}
					if err != nil {
						if e.problems == nil {
							e.problems = form.Problems{}
						}
						e.problems[form.SlideField(j, "media")] = ProblemsOf(err)[""]
						return
					}
					e.draft.Slides[j].Media = url
					delete(e.problems, form.SlideField(j, "media"))
				}
			})
		})
	}
}

func (e *PlaylistEditor) Render() app.UI {
	l := e.Locale
	title := i18n.T(l, i18n.ConsoleSgPlaylistNew)
	if e.Playlist.ID != "" {
		title = i18n.T(l, i18n.ConsoleSgPlaylistEdit)
	}
	f := func(name, label, hint string) field {
		return field{Form: plForm, Name: name, Label: label, Hint: hint, Err: e.problems.In(l, name)}
	}
	n := len(e.draft.Slides)
	return app.Section().Class("cs-view").Body(
		viewTitle(title),
		app.Form().ID(plForm).Class("cs-form").Attr("novalidate", true).OnSubmit(onSubmit(e.save)).Body(
			f("name", i18n.T(l, i18n.ConsoleSgName), i18n.T(l, i18n.ConsoleSgNameHint)).input("text", e.draft.Name, e.ValueTo(&e.draft.Name)),
			f("layout", i18n.T(l, i18n.ConsoleSgLayout), "").radios(e.draft.Layout,
				[][2]string{{content.LayoutFull, i18n.T(l, i18n.ConsoleSgLayoutFull)}, {content.LayoutTicker, i18n.T(l, i18n.ConsoleSgLayoutTicker)},
					{content.LayoutZones, i18n.T(l, i18n.ConsoleSgLayoutZones)}},
				func(v string) app.EventHandler { return func(ctx app.Context, ev app.Event) { e.draft.Layout = v } }),
			e.templatePick(f("template", i18n.T(l, i18n.ConsoleSgTemplate), ""), e.draft.Template, i18n.ConsoleSgTemplateAuto, &e.draft.Template),
			app.Label().Class("cs-check").For(fieldID(plForm, "shuffle")).Body(
				app.Input().Type("checkbox").ID(fieldID(plForm, "shuffle")).Checked(e.draft.Shuffle).OnChange(func(ctx app.Context, ev app.Event) {
					e.draft.Shuffle = ctx.JSSrc().Get("checked").Bool()
				}),
				app.Span().Text(i18n.T(l, i18n.ConsoleSgShuffle)),
			),
			app.Div().ID(fieldID(plForm, "slides")).TabIndex(-1).Class("cs-group cs-sg-slides").Attr("role", "group").Aria("labelledby", "pl-slides-legend").Body(
				app.H2().ID("pl-slides-legend").Class("cs-legend").Text(i18n.T(l, i18n.ConsoleSgSlides)),
				errText(fieldID(plForm, "slides")+"-err", e.problems.In(l, "slides")),
				app.If(n == 0, func() app.UI { return app.P().Class("cs-empty").Text(i18n.T(l, i18n.ConsoleSgNoSlides)) }),
				app.Ol().Class("cs-sg-slide-list").Body(app.Range(e.draft.Slides).Slice(func(i int) app.UI {
					return app.Li().Body(e.slide(i))
				})),
				app.P().Class("cs-note").Attr("role", "status").Text(e.status),
				app.P().Class("cs-label").Text(i18n.T(l, i18n.ConsoleSgAddSlide)),
				app.Div().Class("cs-actions cs-sg-add").Body(app.Range(slideKinds).Slice(func(i int) app.UI {
					k := slideKinds[i]
					return button("", i18n.T(l, i18n.ConsoleSgAddKind, "Kind", i18n.T(l, slideKindLabel(k))), false, e.add(k)).ID("pl-add-" + k)
				})),
			),
			formErr(e.problems.In(l, "")),
			app.Div().Class("cs-actions cs-form-actions").Body(
				submit(i18n.T(l, i18n.ConsoleSave), e.busy),
				button("", i18n.T(l, i18n.ConsoleCancel), false, func(ctx app.Context, ev app.Event) {
					if e.OnClose != nil {
						e.OnClose(ctx)
					}
				}),
			),
		),
	)
}

func (e *PlaylistEditor) slide(i int) app.UI {
	l := e.Locale
	s := &e.draft.Slides[i]
	n := len(e.draft.Slides)
	f := func(name, label, hint string) field {
		return field{Form: plForm, Name: form.SlideField(i, name), Label: label, Hint: hint, Err: e.problems.In(l, form.SlideField(i, name)),
			Scope: strconv.Itoa(e.slices)}
	}
	heading := i18n.T(l, i18n.ConsoleSgSlideTitle, "N", i+1, "Kind", i18n.T(l, slideKindLabel(s.Kind)))
	hint := i18n.T(l, i18n.ConsoleSgSecondsHint)
	if s.Kind == content.SlideVideo {
		hint += " " + i18n.T(l, i18n.ConsoleSgSecondsVideoHint)
	}
	var body []app.UI
	switch s.Kind {
	case content.SlideImage, content.SlideVideo:
		body = append(body, e.media(i, f("media", i18n.T(l, i18n.ConsoleSgMediaFile), "")))
	case content.SlidePromotion:
		opts := make([][2]string, 0, len(e.Promotions))
		for _, p := range e.Promotions {
			opts = append(opts, [2]string{p.ID, p.Title.In(l)})
		}
		body = append(body, e.pick(f("promotion", i18n.T(l, i18n.ConsoleSgPickPromotion), ""), s.Promotion, opts, &s.Promotion),
			e.templatePick(f("template", i18n.T(l, i18n.ConsoleSgTemplateSlide), ""), s.Template, i18n.ConsoleSgTemplateList, &s.Template))
	case content.SlideCoupon:
		opts := make([][2]string, 0, len(e.Campaigns))
		for _, c := range e.Campaigns {
			opts = append(opts, [2]string{c.ID, c.Title.In(l)})
		}
		body = append(body, e.pick(f("campaign", i18n.T(l, i18n.ConsoleSgPickCampaign), ""), s.Campaign, opts, &s.Campaign))
	}
	if s.Kind != content.SlideClock {
		body = append(body, localizedIn(strconv.Itoa(e.slices), l, plForm, form.SlideField(i, "text"), i18n.T(l, i18n.ConsoleSgText), "", e.problems,
			func(j int, fl field) app.UI { return fl.textarea(s.Text[j], 2, e.ValueTo(&s.Text[j])) }))
	}
	body = append(body, f("seconds", i18n.T(l, i18n.ConsoleSgSeconds), hint).decimal(s.Seconds, e.ValueTo(&s.Seconds)))
	return app.Article().Class("cs-card cs-sg-slide").DataSet("kind", s.Kind).DataSet("id", s.ID).Body(
		app.H3().ID(fieldID(plForm, form.SlideField(i, "first"))).TabIndex(-1).Class("cs-card-title").Text(heading),
		app.Div().Class("cs-form").Body(body...),
		app.Div().Class("cs-actions").Body(
			button("", "↑ "+i18n.T(l, i18n.ConsoleSgMoveUp), i == 0, e.move(i, -1)).ID(fieldID(plForm, form.SlideField(i, "up"))).
				Aria("label", i18n.T(l, i18n.ConsoleSgMoveUpNamed, "N", i+1)),
			button("", "↓ "+i18n.T(l, i18n.ConsoleSgMoveDown), i == n-1, e.move(i, 1)).ID(fieldID(plForm, form.SlideField(i, "down"))).
				Aria("label", i18n.T(l, i18n.ConsoleSgMoveDownNamed, "N", i+1)),
			button("danger", i18n.T(l, i18n.ConsoleSgRemove), false, e.remove(i)).Aria("label", i18n.T(l, i18n.ConsoleSgRemoveNamed, "N", i+1)),
		),
	)
}

// pick is a <select> of (id, label) options.
func (e *PlaylistEditor) pick(fl field, value string, opts [][2]string, to *string) app.UI {
	return e.choose(fl, value, i18n.T(e.Locale, i18n.ConsoleSgPickNone), opts, to)
}

// choose is a <select> of (id, label) options after an empty one named
// none.
func (e *PlaylistEditor) choose(fl field, value, none string, opts [][2]string, to *string) app.UI {
	sel := app.Select().ID(fl.id()).Class("cs-input").OnChange(func(ctx app.Context, ev app.Event) {
		*to = ctx.JSSrc().Get("value").String()
	}, app.EventScope(fl.scope())).Body(
		app.Option().Value("").Selected(value == "").Text(none),
		app.Range(opts).Slice(func(i int) app.UI {
			return app.Option().Value(opts[i][0]).Selected(opts[i][0] == value).Text(opts[i][1])
		}),
	)
	for k, v := range fl.attrs() {
		sel = sel.Attr(k, v)
	}
	return fl.box(sel)
}

// media uploads a picture or video for slide i as soon as it is chosen.
func (e *PlaylistEditor) media(i int, fl field) app.UI {
	l := e.Locale
	s := e.draft.Slides[i]
	accept := "image/png,image/jpeg,image/webp,image/gif"
	if s.Kind == content.SlideVideo {
		accept = "video/mp4,video/webm"
	}
	in := app.Input().ID(fl.id()).Type("file").Class("cs-file-input").Attr("accept", accept).OnChange(e.upload(i))
	for k, v := range fl.attrs() {
		in = in.Attr(k, v)
	}
	state := i18n.T(l, i18n.ConsoleSgMediaNone)
	if s.Media != "" {
		state = i18n.T(l, i18n.ConsoleSgMediaIs, "URL", s.Media)
	}
	return app.Div().Class("cs-field"+map[bool]string{true: " has-err", false: ""}[fl.Err != ""]).Body(
		app.P().Class("cs-label").Text(fl.Label),
		app.P().Class("cs-hint cs-sg-media").Text(state),
		in,
		app.Label().For(fl.id()).Class("cs-btn cs-file-btn").Aria("busy", strconv.FormatBool(e.uploading == i+1)).Text(i18n.T(l, i18n.ConsoleSgMediaChoose)),
		errText(fl.id()+"-err", fl.Err),
		app.If(s.Media != "" && s.Kind == content.SlideImage, func() app.UI {
			return app.Div().Class("cs-preview").Body(app.Img().Src(s.Media).Alt(i18n.T(l, i18n.ConsoleImagePreview)))
		}),
	)
}
