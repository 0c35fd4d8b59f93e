package i18n

// Enrolment links: the console's "Enrolment link" panel, and
// what a screen opened with a refused link says above its pairing code.
const (
	ConsoleEnrolTitle         = "ConsoleEnrolTitle"
	ConsoleEnrolIntro         = "ConsoleEnrolIntro"
	ConsoleEnrolValidity      = "ConsoleEnrolValidity"
	ConsoleEnrolCreate        = "ConsoleEnrolCreate"
	ConsoleEnrolLink          = "ConsoleEnrolLink"
	ConsoleEnrolLinkHint      = "ConsoleEnrolLinkHint"
	ConsoleEnrolCopy          = "ConsoleEnrolCopy"
	ConsoleEnrolCopied        = "ConsoleEnrolCopied"
	ConsoleEnrolQRAlt         = "ConsoleEnrolQRAlt"
	ConsoleEnrolPending       = "ConsoleEnrolPending"
	ConsoleEnrolNone          = "ConsoleEnrolNone"
	ConsoleEnrolUntil         = "ConsoleEnrolUntil"
	ConsoleEnrolRevokeNamed   = "ConsoleEnrolRevokeNamed"
	ConsoleEnrolRevokeConfirm = "ConsoleEnrolRevokeConfirm"
	ConsoleErrHours           = "ConsoleErrHours"
	EnrolRefused              = "EnrolRefused"
	EnrolThrottled            = "EnrolThrottled"
)

func init() {
	IDs = append(IDs,
		ConsoleEnrolTitle, ConsoleEnrolIntro, ConsoleEnrolValidity,
		ConsoleEnrolCreate, ConsoleEnrolLink, ConsoleEnrolLinkHint,
		ConsoleEnrolCopy, ConsoleEnrolCopied, ConsoleEnrolQRAlt,
		ConsoleEnrolPending, ConsoleEnrolNone, ConsoleEnrolUntil,
		ConsoleEnrolRevokeNamed, ConsoleEnrolRevokeConfirm, ConsoleErrHours,
		EnrolRefused, EnrolThrottled,
	)
}
