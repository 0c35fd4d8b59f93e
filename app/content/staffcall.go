package content

import "time"

// StreamStaff is the stream staff tools follow for live alerts, such as a
// shopper calling for help at a kiosk.
const StreamStaff = "staff"

// OpStaffCall is the op of a staff-stream event for a new call.
const OpStaffCall = "staff.call"

// StaffCall is a shopper's request for help at a kiosk. It holds no
// personal data: only which kiosk asked, and when.
type StaffCall struct {
	ID        string     `json:"id"`
	Source    string     `json:"source"`          // the kiosk's network address
	Place     string     `json:"place,omitempty"` // the kiosk's name, when it has one
	CreatedAt time.Time  `json:"created_at"`
	Answered  *time.Time `json:"answered_at,omitempty"`
	// AnsweredBy is the username of who took the call, shown on every
	// console so nobody else walks to the same kiosk.
	AnsweredBy string `json:"answered_by,omitempty"`
}

// StaffEvent is one event on the staff stream.
type StaffEvent struct {
	Op   string     `json:"op"`
	Call *StaffCall `json:"call,omitempty"`
}
