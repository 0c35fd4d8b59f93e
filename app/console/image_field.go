package console

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/console/client"
	"storecast/app/console/form"
	"storecast/app/i18n"
)

// ImageField uploads a picture as soon as it is chosen and previews the
// stored copy, so what the editor sees is what the screens will show.
type ImageField struct {
	app.Compo
	API      *client.Client
	Locale   string
	Form     string
	URL      string // the media URL in use, "" for none
	Err      string // the server's problem with the image field
	OnChange func(ctx app.Context, url string)
	// Logo makes it the brand's logo field: stored by the logo upload,
	// which keeps still PNG, JPEG and WebP images only.
	Logo bool

	busy     bool
	problems form.Problems
}

func (f *ImageField) picked(ctx app.Context, e app.Event) {
	files := ctx.JSSrc().Get("files")
	if !files.Truthy() || files.Length() == 0 {
		return
	}
	file := files.Index(0)
	f.busy, f.problems = true, nil
	ctx.Async(func() {
		upload := f.API.Upload
		if f.Logo {
			upload = f.API.UploadLogo
		}
		url, err := upload(ctx, file)
		ctx.Dispatch(func(ctx app.Context) {
			f.busy = false
			if err != nil {
				f.problems = ProblemsOf(err)
				return
			}
			f.changed(ctx, url)
		})
	})
}

func (f *ImageField) changed(ctx app.Context, url string) {
	if f.OnChange != nil {
		f.OnChange(ctx, url)
	}
}

func (f *ImageField) Render() app.UI {
	l := f.Locale
	err := f.Err
	if p := f.problems.In(l, ""); p != "" {
		err = p
	}
	label, hint, accept := i18n.ConsolePromoImage, i18n.ConsoleImageHint, "image/png,image/jpeg,image/webp,image/gif"
	if f.Logo {
		label, hint, accept = i18n.ConsoleBrandLogo, i18n.ConsoleBrandLogoHint, "image/png,image/jpeg,image/webp"
	}
	fl := field{Form: f.Form, Name: "image-file", Hint: i18n.T(l, hint), Err: err}
	status := ""
	if f.busy {
		status = i18n.T(l, i18n.ConsoleUploading)
	}
	choose := i18n.T(l, i18n.ConsoleImageChoose)
	if f.URL != "" {
		choose = i18n.T(l, i18n.ConsoleImageReplace)
	}
	// The browser's own file button speaks the browser's language; ours
	// (a label for the hidden input) speaks the staff member's.
	in := app.Input().ID(fl.id()).Type("file").Class("cs-file-input").
		Attr("accept", accept).OnChange(f.picked)
	for k, v := range fl.attrs() {
		in = in.Attr(k, v)
	}
	return app.Div().Class("cs-image-field").Body(
		app.Div().Class("cs-field").Body(
			app.P().Class("cs-label").Text(i18n.T(l, label)),
			app.P().ID(fl.id()+"-hint").Class("cs-hint").Text(fl.Hint),
			in,
			app.Label().For(fl.id()).Class("cs-btn cs-file-btn").Text(choose),
			errText(fl.id()+"-err", err),
		),
		app.P().Class("cs-note").Attr("role", "status").Text(status),
		app.If(f.URL != "", func() app.UI {
			return app.Div().Class("cs-preview").Body(
				app.Img().ID(f.Form+"-image-preview").Src(f.URL).Alt(i18n.T(l, i18n.ConsoleImagePreview)),
				app.Div().Body(
					button("", i18n.T(l, i18n.ConsoleImageRemove), f.busy, func(ctx app.Context, e app.Event) {
						f.changed(ctx, "")
					}),
				),
			)
		}),
	)
}
