// Package form is the staff console's forms as data: a draft per form
// (PromotionDraft, OverrideDraft, CampaignDraft, PlaylistDraft,
// ScheduleDraft, ScreenDraft, LinkDraft) holding the inputs as typed, and
// the checks that turn it into the API's request or into Problems by
// field, worded like the server's own refusals (Refused).
//
// It is plain Go: it imports neither go-app nor the console's client, so
// every rule runs in a host test; the components in app/console own the
// controls and the calls.
package form
