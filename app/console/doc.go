// Package console is the staff console at /console: sign-in and first-run
// setup, the live fleet of screens, promotions, emergency overrides,
// coupons and the till, the points programme, signage, product import,
// users, API tokens, the audit log and the staff member's own account.
//
// It is split in three, so where a thing lives follows from what it is:
//   - this package holds the go-app components, each in a file named after
//     it (OverrideForm in override_form.go), the controls they share
//     (field.go, button.go, focus.go) and Register;
//   - app/console/client is the REST client, one file per area of the API;
//   - app/console/form holds each form's draft and its checks, plain Go.
//
// Every page is prerendered as the sign-in shell (the server has no session
// to render with); the browser asks GET /api/v1/auth/me on mount and shows
// the staff member's console. All I/O goes through client.Client;
// components only call it from ctx.Async and never in Render. The UI hides
// what the server refuses, and every form shows the server's field-level
// error (ProblemsOf) next to its field, in the staff member's language.
package console
