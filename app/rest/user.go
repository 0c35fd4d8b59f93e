package rest

import "time"

// User is a staff account.
type User struct {
	ID        string    `json:"id"`
	Username  string    `json:"username"`
	Role      string    `json:"role"`
	CreatedAt time.Time `json:"created_at"`
}

// UserList is GET /users.
type UserList struct {
	Users []User `json:"users"`
}

// UserInput creates a staff account (POST /users).
type UserInput struct {
	Credentials
	Role string `json:"role"`
}

// AuditEntry is one staff change.
type AuditEntry struct {
	ID     int64     `json:"id"`
	At     time.Time `json:"at"`
	Actor  string    `json:"actor"`
	Action string    `json:"action"`
	Target string    `json:"target,omitempty"`
	Detail string    `json:"detail,omitempty"`
}

// AuditLog is GET /audit, newest first.
type AuditLog struct {
	Entries []AuditEntry `json:"entries"`
}
