package kiosk

import "storecast/app/content"

// judgeVoice runs the voice self-test for the screen's language (at
// start-up, when the browser's voices change, and on a change of
// language) and tells the fleet view when its verdict changed.
func (p *Page) judgeVoice() {
	_, verdict := p.speaker.Judge(p.route.Locale)
	if verdict == p.voice {
		return
	}
	p.voice = verdict
	if p.opened != "" {
		p.report(p.view())
	}
}

// report tells the fleet view what the kiosk shows, its modes and, in
// voice mode, whether it can read its language aloud.
func (p *Page) report(v view) {
	st := content.Status{Showing: string(v.name), Mode: p.route.Modes.String()}
	if p.route.Modes.Has(Voice) {
		st.Voice = string(p.voice)
	}
	p.state.ReportStatus(st)
}
