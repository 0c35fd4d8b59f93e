package i18n

// The console's points programme: the till's earn, member lookup, the
// earning rules and the points catalogue.
const (
	ConsoleNavPoints             = "ConsoleNavPoints"
	ConsolePtTabs                = "ConsolePtTabs"
	ConsolePtTill                = "ConsolePtTill"
	ConsolePtMembers             = "ConsolePtMembers"
	ConsolePtRules               = "ConsolePtRules"
	ConsolePtCatalogue           = "ConsolePtCatalogue"
	ConsolePtCatalogueIntro      = "ConsolePtCatalogueIntro"
	ConsolePtPerYuan             = "ConsolePtPerYuan"
	ConsolePtPerYuanHint         = "ConsolePtPerYuanHint"
	ConsolePtExpiry              = "ConsolePtExpiry"
	ConsolePtExpiryHint          = "ConsolePtExpiryHint"
	ConsolePtCap                 = "ConsolePtCap"
	ConsolePtCapHint             = "ConsolePtCapHint"
	ConsolePtNoCap               = "ConsolePtNoCap"
	ConsolePtCategories          = "ConsolePtCategories"
	ConsolePtCategoriesHint      = "ConsolePtCategoriesHint"
	ConsolePtCategoryID          = "ConsolePtCategoryID"
	ConsolePtPercent             = "ConsolePtPercent"
	ConsolePtAddCategory         = "ConsolePtAddCategory"
	ConsolePtRemoveCategory      = "ConsolePtRemoveCategory"
	ConsolePtCampaigns           = "ConsolePtCampaigns"
	ConsolePtCampaignsHint       = "ConsolePtCampaignsHint"
	ConsolePtCampaignID          = "ConsolePtCampaignID"
	ConsolePtAddCampaign         = "ConsolePtAddCampaign"
	ConsolePtRemoveCampaign      = "ConsolePtRemoveCampaign"
	ConsolePtRulesSaved          = "ConsolePtRulesSaved"
	ConsolePtItemNew             = "ConsolePtItemNew"
	ConsolePtItemEdit            = "ConsolePtItemEdit"
	ConsolePtItemNone            = "ConsolePtItemNone"
	ConsolePtItemCampaign        = "ConsolePtItemCampaign"
	ConsolePtItemCampaignHint    = "ConsolePtItemCampaignHint"
	ConsolePtItemPick            = "ConsolePtItemPick"
	ConsolePtItemPrice           = "ConsolePtItemPrice"
	ConsolePtItemPriceHint       = "ConsolePtItemPriceHint"
	ConsolePtItemDeleteConfirm   = "ConsolePtItemDeleteConfirm"
	ConsolePtPoints              = "ConsolePtPoints"
	ConsolePtMemberCode          = "ConsolePtMemberCode"
	ConsolePtMemberCodeHint      = "ConsolePtMemberCodeHint"
	ConsolePtLookup              = "ConsolePtLookup"
	ConsolePtBalance             = "ConsolePtBalance"
	ConsolePtExpiring            = "ConsolePtExpiring"
	ConsolePtMemberSince         = "ConsolePtMemberSince"
	ConsolePtEntries             = "ConsolePtEntries"
	ConsolePtEntryWhen           = "ConsolePtEntryWhen"
	ConsolePtEntryKind           = "ConsolePtEntryKind"
	ConsolePtEntryPoints         = "ConsolePtEntryPoints"
	ConsolePtEntryReceipt        = "ConsolePtEntryReceipt"
	ConsolePtNoEntries           = "ConsolePtNoEntries"
	ConsolePtKindEarn            = "ConsolePtKindEarn"
	ConsolePtKindSpend           = "ConsolePtKindSpend"
	ConsolePtKindExpire          = "ConsolePtKindExpire"
	ConsolePtKindReverse         = "ConsolePtKindReverse"
	ConsolePtMore                = "ConsolePtMore"
	ConsolePtMemberDelete        = "ConsolePtMemberDelete"
	ConsolePtMemberDeleteConfirm = "ConsolePtMemberDeleteConfirm"
	ConsolePtMemberDeleted       = "ConsolePtMemberDeleted"
	ConsolePtReceipt             = "ConsolePtReceipt"
	ConsolePtReceiptHint         = "ConsolePtReceiptHint"
	ConsolePtAmount              = "ConsolePtAmount"
	ConsolePtAmountHint          = "ConsolePtAmountHint"
	ConsolePtEarn                = "ConsolePtEarn"
	ConsolePtEarned              = "ConsolePtEarned"
	ConsolePtReplayed            = "ConsolePtReplayed"
	ConsolePtReplayedHelp        = "ConsolePtReplayedHelp"
	ConsolePtQueued              = "ConsolePtQueued"
	ConsolePtQueuedHelp          = "ConsolePtQueuedHelp"
	ConsolePtReceiptWas          = "ConsolePtReceiptWas"
	ConsolePtCouponHint          = "ConsolePtCouponHint"
	ConsolePtToRedeem            = "ConsolePtToRedeem"
	ConsoleErrMemberCode         = "ConsoleErrMemberCode"
	ConsoleErrNoMember           = "ConsoleErrNoMember"
	ConsoleErrPointsCampaign     = "ConsoleErrPointsCampaign"
	ConsoleErrHQUnreachable      = "ConsoleErrHQUnreachable"
	ConsoleErrPointsRuleID       = "ConsoleErrPointsRuleID"
	ConsoleErrPointsRuleIDTwice  = "ConsoleErrPointsRuleIDTwice"
	ConsoleErrReceiptID          = "ConsoleErrReceiptID"
	ConsoleErrReceiptReused      = "ConsoleErrReceiptReused"
	ConsoleErrRulesAtHQ          = "ConsoleErrRulesAtHQ"
	ConsolePtTillCampaign        = "ConsolePtTillCampaign"
	ConsolePtTillCampaignHint    = "ConsolePtTillCampaignHint"
	ConsolePtTillNoCampaign      = "ConsolePtTillNoCampaign"
	ConsoleErrPointsNotRunning   = "ConsoleErrPointsNotRunning"
)

func init() {
	IDs = append(IDs,
		ConsoleNavPoints, ConsolePtTabs, ConsolePtTill, ConsolePtMembers, ConsolePtRules,
		ConsolePtCatalogue, ConsolePtCatalogueIntro, ConsolePtPerYuan, ConsolePtPerYuanHint,
		ConsolePtExpiry, ConsolePtExpiryHint, ConsolePtCap, ConsolePtCapHint, ConsolePtNoCap,
		ConsolePtCategories, ConsolePtCategoriesHint, ConsolePtCategoryID, ConsolePtPercent,
		ConsolePtAddCategory, ConsolePtRemoveCategory, ConsolePtCampaigns, ConsolePtCampaignsHint,
		ConsolePtCampaignID, ConsolePtAddCampaign, ConsolePtRemoveCampaign, ConsolePtRulesSaved,
		ConsolePtItemNew, ConsolePtItemEdit, ConsolePtItemNone, ConsolePtItemCampaign,
		ConsolePtItemCampaignHint, ConsolePtItemPick, ConsolePtItemPrice, ConsolePtItemPriceHint,
		ConsolePtItemDeleteConfirm, ConsolePtPoints, ConsolePtMemberCode, ConsolePtMemberCodeHint,
		ConsolePtLookup, ConsolePtBalance, ConsolePtExpiring, ConsolePtMemberSince, ConsolePtEntries,
		ConsolePtEntryWhen, ConsolePtEntryKind, ConsolePtEntryPoints, ConsolePtEntryReceipt,
		ConsolePtNoEntries, ConsolePtKindEarn, ConsolePtKindSpend, ConsolePtKindExpire,
		ConsolePtKindReverse, ConsolePtMore, ConsolePtMemberDelete, ConsolePtMemberDeleteConfirm,
		ConsolePtMemberDeleted, ConsolePtReceipt, ConsolePtReceiptHint, ConsolePtAmount,
		ConsolePtAmountHint, ConsolePtEarn, ConsolePtEarned, ConsolePtReplayed, ConsolePtReplayedHelp,
		ConsolePtQueued, ConsolePtQueuedHelp, ConsolePtReceiptWas, ConsolePtCouponHint,
		ConsolePtToRedeem, ConsoleErrMemberCode, ConsoleErrNoMember, ConsoleErrPointsCampaign,
		ConsoleErrHQUnreachable, ConsoleErrPointsRuleID, ConsoleErrPointsRuleIDTwice, ConsoleErrReceiptID,
		ConsoleErrReceiptReused, ConsoleErrRulesAtHQ,
		ConsolePtTillCampaign, ConsolePtTillCampaignHint, ConsolePtTillNoCampaign, ConsoleErrPointsNotRunning,
	)
}
