package i18n

// Console power form: the admin's editor of the screens' opening hours.
const (
	ConsolePwEdit        = "ConsolePwEdit"
	ConsolePwTitle       = "ConsolePwTitle"
	ConsolePwIntro       = "ConsolePwIntro"
	ConsolePwSchedule    = "ConsolePwSchedule"
	ConsolePwGroups      = "ConsolePwGroups"
	ConsolePwGroupsHint  = "ConsolePwGroupsHint"
	ConsolePwDaysHint    = "ConsolePwDaysHint"
	ConsolePwOpen        = "ConsolePwOpen"
	ConsolePwClose       = "ConsolePwClose"
	ConsolePwAdd         = "ConsolePwAdd"
	ConsolePwRemove      = "ConsolePwRemove"
	ConsolePwSave        = "ConsolePwSave"
	ConsolePwSaved       = "ConsolePwSaved"
	ConsolePwNone        = "ConsolePwNone"
	ConsoleErrPowerTime  = "ConsoleErrPowerTime"
	ConsoleErrPowerTwice = "ConsoleErrPowerTwice"
	ConsoleErrPowerMany  = "ConsoleErrPowerMany"
)

func init() {
	IDs = append(IDs,
		ConsolePwEdit, ConsolePwTitle, ConsolePwIntro, ConsolePwSchedule,
		ConsolePwGroups, ConsolePwGroupsHint, ConsolePwDaysHint,
		ConsolePwOpen, ConsolePwClose, ConsolePwAdd, ConsolePwRemove,
		ConsolePwSave, ConsolePwSaved, ConsolePwNone,
		ConsoleErrPowerTime, ConsoleErrPowerTwice, ConsoleErrPowerMany,
	)
}
