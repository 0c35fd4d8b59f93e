package i18n

// Message ids of the console's alert for calls for staff: the count of
// calls nobody took, who took one, and the switch for notifications.
const (
	ConsoleStaffCallsOpenN    = "ConsoleStaffCallsOpenN"
	ConsoleStaffCallTakenBy   = "ConsoleStaffCallTakenBy"
	ConsoleStaffCallNotify    = "ConsoleStaffCallNotify"
	ConsoleStaffCallNotifyOff = "ConsoleStaffCallNotifyOff"
	ConsoleStaffCallNotified  = "ConsoleStaffCallNotified"
)

func init() {
	IDs = append(IDs, ConsoleStaffCallsOpenN, ConsoleStaffCallTakenBy, ConsoleStaffCallNotify, ConsoleStaffCallNotifyOff, ConsoleStaffCallNotified)
	Plurals = append(Plurals, ConsoleStaffCallsOpenN)
}
