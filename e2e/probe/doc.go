// Package probe holds the instruments that the end-to-end tests and the
// bench put into Storecast's pages: a frame-by-frame watch of a signage
// screen (SignageJS, ReadSignage), the moments a screen's enrolment link is
// answered and the screen goes live (EnrolJS, EnrolLive), and a test video
// made in the browser itself (RecordVideo). The tests assert order and
// content from what they record; the bench turns the same records into
// timings.
package probe
