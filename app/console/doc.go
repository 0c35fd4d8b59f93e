// Package console is the staff console at /console: sign-in and first-run
// setup, the live fleet of screens, promotions, emergency overrides, users,
// API tokens, the audit log and the staff member's own account.
//
// Every page is prerendered as the sign-in shell (the server has no session
// to render with); the browser asks GET /api/v1/auth/me on mount and shows
// the staff member's console. All I/O goes through client.Client
// (app/console/client); components only call it from ctx.Async and never
// in Render. Each form's inputs and checks are a draft in app/console/form,
// plain Go. The UI hides what the server refuses, and every form shows the
// server's field-level error (ProblemsOf) next to its field, in the staff
// member's language.
package console
