package i18n

// Console fleet health and the live wall: how each screen is doing and
// what it shows now.
const (
	ConsoleHealthUptime      = "ConsoleHealthUptime"
	ConsoleHealthMemory      = "ConsoleHealthMemory"
	ConsoleHealthMemoryValue = "ConsoleHealthMemoryValue"
	ConsoleHealthDisplay     = "ConsoleHealthDisplay"
	ConsoleHealthPower       = "ConsoleHealthPower"
	ConsoleHealthErrors      = "ConsoleHealthErrors"
	ConsolePowerOn           = "ConsolePowerOn"
	ConsolePowerDark         = "ConsolePowerDark"
	ConsoleUptimeDays        = "ConsoleUptimeDays"
	ConsoleUptimeHours       = "ConsoleUptimeHours"
	ConsoleUptimeMinutes     = "ConsoleUptimeMinutes"
	ConsoleLiveWall          = "ConsoleLiveWall"
	ConsoleLiveWallHint      = "ConsoleLiveWallHint"
	ConsoleLiveOffline       = "ConsoleLiveOffline"
	ConsoleLiveDark          = "ConsoleLiveDark"
	ConsoleLiveKiosk         = "ConsoleLiveKiosk"
)

func init() {
	IDs = append(IDs,
		ConsoleHealthUptime, ConsoleHealthMemory, ConsoleHealthMemoryValue,
		ConsoleHealthDisplay, ConsoleHealthPower, ConsoleHealthErrors,
		ConsolePowerOn, ConsolePowerDark,
		ConsoleUptimeDays, ConsoleUptimeHours, ConsoleUptimeMinutes,
		ConsoleLiveWall, ConsoleLiveWallHint, ConsoleLiveOffline, ConsoleLiveDark, ConsoleLiveKiosk,
	)
}
