package i18n

// The signage side panel and its slide templates.
const (
	SignageOpenToday   = "SignageOpenToday"
	SignageClosedToday = "SignageClosedToday"
	SignageSave        = "SignageSave"
	SignageUntil       = "SignageUntil"
)

var signagePanelIDs = []string{SignageOpenToday, SignageClosedToday, SignageSave, SignageUntil}

func init() { IDs = append(IDs, signagePanelIDs...) }
