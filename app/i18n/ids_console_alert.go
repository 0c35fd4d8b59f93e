package i18n

// Alerts: the console's view of alert rules, webhooks and the delivery
// log.
const (
	ConsoleNavAlerts       = "ConsoleNavAlerts"
	ConsoleAlRulesTitle    = "ConsoleAlRulesTitle"
	ConsoleAlRulesIntro    = "ConsoleAlRulesIntro"
	ConsoleAlOpen          = "ConsoleAlOpen"
	ConsoleAlClose         = "ConsoleAlClose"
	ConsoleAlHoursHint     = "ConsoleAlHoursHint"
	ConsoleAlOffline       = "ConsoleAlOffline"
	ConsoleAlMediaFailed   = "ConsoleAlMediaFailed"
	ConsoleAlMemory        = "ConsoleAlMemory"
	ConsoleAlStaffCall     = "ConsoleAlStaffCall"
	ConsoleAlCoupons       = "ConsoleAlCoupons"
	ConsoleAlDisk          = "ConsoleAlDisk"
	ConsoleAlRuleOn        = "ConsoleAlRuleOn"
	ConsoleAlSaveRules     = "ConsoleAlSaveRules"
	ConsoleAlRulesSaved    = "ConsoleAlRulesSaved"
	ConsoleAlWebhooksTitle = "ConsoleAlWebhooksTitle"
	ConsoleAlNoWebhooks    = "ConsoleAlNoWebhooks"
	ConsoleAlSendTest      = "ConsoleAlSendTest"
	ConsoleAlSendTestNamed = "ConsoleAlSendTestNamed"
	ConsoleAlTestSent      = "ConsoleAlTestSent"
	ConsoleAlTestFailed    = "ConsoleAlTestFailed"
	ConsoleAlRemoveConfirm = "ConsoleAlRemoveConfirm"
	ConsoleAlAddTitle      = "ConsoleAlAddTitle"
	ConsoleAlName          = "ConsoleAlName"
	ConsoleAlKind          = "ConsoleAlKind"
	ConsoleAlKindGeneric   = "ConsoleAlKindGeneric"
	ConsoleAlKindWeCom     = "ConsoleAlKindWeCom"
	ConsoleAlKindDingTalk  = "ConsoleAlKindDingTalk"
	ConsoleAlURL           = "ConsoleAlURL"
	ConsoleAlURLHint       = "ConsoleAlURLHint"
	ConsoleAlSecret        = "ConsoleAlSecret"
	ConsoleAlSecretHint    = "ConsoleAlSecretHint"
	ConsoleAlAdd           = "ConsoleAlAdd"
	ConsoleAlAdded         = "ConsoleAlAdded"
	ConsoleAlLogTitle      = "ConsoleAlLogTitle"
	ConsoleAlLogNone       = "ConsoleAlLogNone"
	ConsoleAlRefresh       = "ConsoleAlRefresh"
	ConsoleAlColTime       = "ConsoleAlColTime"
	ConsoleAlColWebhook    = "ConsoleAlColWebhook"
	ConsoleAlColAlert      = "ConsoleAlColAlert"
	ConsoleAlColAttempt    = "ConsoleAlColAttempt"
	ConsoleAlColOutcome    = "ConsoleAlColOutcome"
	ConsoleAlDelivered     = "ConsoleAlDelivered"
	ConsoleAlRetrying      = "ConsoleAlRetrying"
	ConsoleAlFailed        = "ConsoleAlFailed"
	ConsoleAlRemoved       = "ConsoleAlRemoved"
)

func init() {
	IDs = append(IDs,
		ConsoleNavAlerts, ConsoleAlRulesTitle, ConsoleAlRulesIntro, ConsoleAlOpen,
		ConsoleAlClose, ConsoleAlHoursHint, ConsoleAlOffline, ConsoleAlMediaFailed,
		ConsoleAlMemory, ConsoleAlStaffCall, ConsoleAlCoupons, ConsoleAlDisk,
		ConsoleAlRuleOn, ConsoleAlSaveRules, ConsoleAlRulesSaved,
		ConsoleAlWebhooksTitle, ConsoleAlNoWebhooks, ConsoleAlSendTest,
		ConsoleAlSendTestNamed, ConsoleAlTestSent, ConsoleAlTestFailed,
		ConsoleAlRemoveConfirm, ConsoleAlAddTitle, ConsoleAlName, ConsoleAlKind,
		ConsoleAlKindGeneric, ConsoleAlKindWeCom, ConsoleAlKindDingTalk,
		ConsoleAlURL, ConsoleAlURLHint, ConsoleAlSecret, ConsoleAlSecretHint,
		ConsoleAlAdd, ConsoleAlAdded, ConsoleAlLogTitle, ConsoleAlLogNone,
		ConsoleAlRefresh, ConsoleAlColTime, ConsoleAlColWebhook, ConsoleAlColAlert,
		ConsoleAlColAttempt, ConsoleAlColOutcome, ConsoleAlDelivered,
		ConsoleAlRetrying, ConsoleAlFailed, ConsoleAlRemoved,
	)
}
