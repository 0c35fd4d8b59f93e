package i18n

// The screens' opening hours: the live wall's line saying them, and the
// admin's form that edits them.
const (
	ConsolePowerHours    = "ConsolePowerHours"
	ConsolePowerStore    = "ConsolePowerStore"
	ConsolePowerAlwaysOn = "ConsolePowerAlwaysOn"
	ConsolePowerClosed   = "ConsolePowerClosed"
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
		ConsolePowerHours, ConsolePowerStore, ConsolePowerAlwaysOn, ConsolePowerClosed,
		ConsolePwEdit, ConsolePwTitle, ConsolePwIntro, ConsolePwSchedule,
		ConsolePwGroups, ConsolePwGroupsHint, ConsolePwDaysHint,
		ConsolePwOpen, ConsolePwClose, ConsolePwAdd, ConsolePwRemove,
		ConsolePwSave, ConsolePwSaved, ConsolePwNone,
		ConsoleErrPowerTime, ConsoleErrPowerTwice, ConsoleErrPowerMany,
	)
}
