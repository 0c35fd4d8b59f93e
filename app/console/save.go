package console

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// saveThen is an editor's Save: it marks the editor busy, calls send off
// the UI goroutine, and then, on it, hands a refusal to failed or what was
// saved to saved (when set).
func saveThen[T any](ctx app.Context, busy *bool, send func() (T, error), failed func(app.Context, error), saved func(app.Context, T)) {
	*busy = true
	ctx.Async(func() {
		v, err := send()
		ctx.Dispatch(func(ctx app.Context) {
			*busy = false
			if err != nil {
				failed(ctx, err)
				return
			}
			if saved != nil {
				saved(ctx, v)
			}
		})
	})
}
