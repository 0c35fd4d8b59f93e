package i18n

// The member's card on their phone (server/phone, /m).
const (
	MemberTitle         = "MemberTitle"
	MemberJoinIntro     = "MemberJoinIntro"
	MemberJoin          = "MemberJoin"
	MemberWorking       = "MemberWorking"
	MemberShowCode      = "MemberShowCode"
	MemberQRAlt         = "MemberQRAlt"
	MemberBalance       = "MemberBalance"
	MemberOffline       = "MemberOffline"
	MemberEntries       = "MemberEntries"
	MemberNoEntries     = "MemberNoEntries"
	MemberExport        = "MemberExport"
	MemberDelete        = "MemberDelete"
	MemberDeleteConfirm = "MemberDeleteConfirm"
	MemberDeleteYes     = "MemberDeleteYes"
	MemberDeleted       = "MemberDeleted"
	MemberLost          = "MemberLost"
	MemberBusy          = "MemberBusy"
	MemberFailed        = "MemberFailed"
	MemberNoScript      = "MemberNoScript"
	MemberKindEarn      = "MemberKindEarn"
	MemberKindSpend     = "MemberKindSpend"
	MemberKindExpire    = "MemberKindExpire"
	MemberKindReverse   = "MemberKindReverse"
)

var phoneMemberIDs = []string{MemberTitle, MemberJoinIntro, MemberJoin, MemberWorking, MemberShowCode, MemberQRAlt,
	MemberBalance, MemberOffline, MemberEntries, MemberNoEntries, MemberExport, MemberDelete, MemberDeleteConfirm,
	MemberDeleteYes, MemberDeleted, MemberLost, MemberBusy, MemberFailed, MemberNoScript,
	MemberKindEarn, MemberKindSpend, MemberKindExpire, MemberKindReverse}

func init() { IDs = append(IDs, phoneMemberIDs...) }
