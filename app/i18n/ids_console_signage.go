package i18n

// Console signage: playlists, schedules, preview and proof of
// play in the staff console. Kept apart from ids.go so the views can grow
// without touching its shared lists.
const (
	ConsoleNavSignage         = "ConsoleNavSignage"
	ConsoleShowingSlide       = "ConsoleShowingSlide"
	ConsoleSgTabs             = "ConsoleSgTabs"
	ConsoleSgPlaylists        = "ConsoleSgPlaylists"
	ConsoleSgSchedules        = "ConsoleSgSchedules"
	ConsoleSgPreview          = "ConsoleSgPreview"
	ConsoleSgPlays            = "ConsoleSgPlays"
	ConsoleSgNoPlaylists      = "ConsoleSgNoPlaylists"
	ConsoleSgPlaylistNew      = "ConsoleSgPlaylistNew"
	ConsoleSgPlaylistEdit     = "ConsoleSgPlaylistEdit"
	ConsoleSgName             = "ConsoleSgName"
	ConsoleSgNameHint         = "ConsoleSgNameHint"
	ConsoleSgLayout           = "ConsoleSgLayout"
	ConsoleSgLayoutFull       = "ConsoleSgLayoutFull"
	ConsoleSgLayoutTicker     = "ConsoleSgLayoutTicker"
	ConsoleSgShuffle          = "ConsoleSgShuffle"
	ConsoleSgSlides           = "ConsoleSgSlides"
	ConsoleSgSlideCount       = "ConsoleSgSlideCount"
	ConsoleSgNoSlides         = "ConsoleSgNoSlides"
	ConsoleSgAddSlide         = "ConsoleSgAddSlide"
	ConsoleSgAddKind          = "ConsoleSgAddKind"
	ConsoleSgKindImage        = "ConsoleSgKindImage"
	ConsoleSgKindVideo        = "ConsoleSgKindVideo"
	ConsoleSgKindPromotion    = "ConsoleSgKindPromotion"
	ConsoleSgKindCoupon       = "ConsoleSgKindCoupon"
	ConsoleSgKindText         = "ConsoleSgKindText"
	ConsoleSgKindClock        = "ConsoleSgKindClock"
	ConsoleSgSlideTitle       = "ConsoleSgSlideTitle"
	ConsoleSgSeconds          = "ConsoleSgSeconds"
	ConsoleSgSecondsHint      = "ConsoleSgSecondsHint"
	ConsoleSgSecondsVideoHint = "ConsoleSgSecondsVideoHint"
	ConsoleSgMoveUp           = "ConsoleSgMoveUp"
	ConsoleSgMoveDown         = "ConsoleSgMoveDown"
	ConsoleSgMoveUpNamed      = "ConsoleSgMoveUpNamed"
	ConsoleSgMoveDownNamed    = "ConsoleSgMoveDownNamed"
	ConsoleSgRemove           = "ConsoleSgRemove"
	ConsoleSgRemoveNamed      = "ConsoleSgRemoveNamed"
	ConsoleSgMoved            = "ConsoleSgMoved"
	ConsoleSgText             = "ConsoleSgText"
	ConsoleSgMediaFile        = "ConsoleSgMediaFile"
	ConsoleSgMediaChoose      = "ConsoleSgMediaChoose"
	ConsoleSgMediaNone        = "ConsoleSgMediaNone"
	ConsoleSgMediaIs          = "ConsoleSgMediaIs"
	ConsoleSgPickPromotion    = "ConsoleSgPickPromotion"
	ConsoleSgPickCampaign     = "ConsoleSgPickCampaign"
	ConsoleSgPickNone         = "ConsoleSgPickNone"
	ConsoleSgDefault          = "ConsoleSgDefault"
	ConsoleSgDefaultHint      = "ConsoleSgDefaultHint"
	ConsoleSgMakeDefault      = "ConsoleSgMakeDefault"
	ConsoleSgMakeDefaultNamed = "ConsoleSgMakeDefaultNamed"
	ConsoleSgIsDefault        = "ConsoleSgIsDefault"
	ConsoleSgDefaultSet       = "ConsoleSgDefaultSet"
	ConsoleSgScheduleNew      = "ConsoleSgScheduleNew"
	ConsoleSgScheduleEdit     = "ConsoleSgScheduleEdit"
	ConsoleSgNoSchedules      = "ConsoleSgNoSchedules"
	ConsoleSgPlaylist         = "ConsoleSgPlaylist"
	ConsoleSgFromDate         = "ConsoleSgFromDate"
	ConsoleSgToDate           = "ConsoleSgToDate"
	ConsoleSgWeekdays         = "ConsoleSgWeekdays"
	ConsoleSgWeekdaysHint     = "ConsoleSgWeekdaysHint"
	ConsoleSgStart            = "ConsoleSgStart"
	ConsoleSgEnd              = "ConsoleSgEnd"
	ConsoleSgTimeHint         = "ConsoleSgTimeHint"
	ConsoleSgPriority         = "ConsoleSgPriority"
	ConsoleSgPriorityHint     = "ConsoleSgPriorityHint"
	ConsoleSgGroups           = "ConsoleSgGroups"
	ConsoleSgGroupsHint       = "ConsoleSgGroupsHint"
	ConsoleSgScheduleLine     = "ConsoleSgScheduleLine"
	ConsoleSgEveryDay         = "ConsoleSgEveryDay"
	ConsoleSgDates            = "ConsoleSgDates"
	ConsoleSgWeek             = "ConsoleSgWeek"
	ConsoleSgWeekHint         = "ConsoleSgWeekHint"
	ConsoleSgWeekList         = "ConsoleSgWeekList"
	ConsoleSgWeekItem         = "ConsoleSgWeekItem"
	ConsoleSgWeekEmpty        = "ConsoleSgWeekEmpty"
	ConsoleSgMon              = "ConsoleSgMon"
	ConsoleSgTue              = "ConsoleSgTue"
	ConsoleSgWed              = "ConsoleSgWed"
	ConsoleSgThu              = "ConsoleSgThu"
	ConsoleSgFri              = "ConsoleSgFri"
	ConsoleSgSat              = "ConsoleSgSat"
	ConsoleSgSun              = "ConsoleSgSun"
	ConsoleSgScreen           = "ConsoleSgScreen"
	ConsoleSgAnyScreen        = "ConsoleSgAnyScreen"
	ConsoleSgAt               = "ConsoleSgAt"
	ConsoleSgAtHint           = "ConsoleSgAtHint"
	ConsoleSgShowPreview      = "ConsoleSgShowPreview"
	ConsoleSgPreviewNothing   = "ConsoleSgPreviewNothing"
	ConsoleSgPreviewPlays     = "ConsoleSgPreviewPlays"
	ConsoleSgReportFrom       = "ConsoleSgReportFrom"
	ConsoleSgReportTo         = "ConsoleSgReportTo"
	ConsoleSgReportShow       = "ConsoleSgReportShow"
	ConsoleSgReportCSV        = "ConsoleSgReportCSV"
	ConsoleSgReportNone       = "ConsoleSgReportNone"
	ConsoleSgReportCaption    = "ConsoleSgReportCaption"
	ConsoleSgColDay           = "ConsoleSgColDay"
	ConsoleSgColScreen        = "ConsoleSgColScreen"
	ConsoleSgColSlide         = "ConsoleSgColSlide"
	ConsoleSgColPlays         = "ConsoleSgColPlays"
	ConsoleSgColSeconds       = "ConsoleSgColSeconds"
	ConsoleSgColErrors        = "ConsoleSgColErrors"
	ConsoleSgErrSeconds       = "ConsoleSgErrSeconds"
	ConsoleSgErrTime          = "ConsoleSgErrTime"
	ConsoleSgErrPlaylist      = "ConsoleSgErrPlaylist"
	ConsoleSgErrName          = "ConsoleSgErrName"
	ConsoleSgErrText          = "ConsoleSgErrText"
	ConsoleSgErrMedia         = "ConsoleSgErrMedia"
	ConsoleSgErrPick          = "ConsoleSgErrPick"
	ConsoleSgErrToDate        = "ConsoleSgErrToDate"
)

var consoleSignageIDs = []string{
	ConsoleShowingSlide,
	ConsoleNavSignage, ConsoleSgTabs, ConsoleSgPlaylists, ConsoleSgSchedules,
	ConsoleSgPreview, ConsoleSgPlays, ConsoleSgNoPlaylists,
	ConsoleSgPlaylistNew, ConsoleSgPlaylistEdit, ConsoleSgName,
	ConsoleSgNameHint, ConsoleSgLayout, ConsoleSgLayoutFull,
	ConsoleSgLayoutTicker, ConsoleSgShuffle, ConsoleSgSlides,
	ConsoleSgSlideCount, ConsoleSgNoSlides, ConsoleSgAddSlide, ConsoleSgAddKind,
	ConsoleSgKindImage, ConsoleSgKindVideo, ConsoleSgKindPromotion,
	ConsoleSgKindCoupon, ConsoleSgKindText, ConsoleSgKindClock,
	ConsoleSgSlideTitle, ConsoleSgSeconds, ConsoleSgSecondsHint,
	ConsoleSgSecondsVideoHint, ConsoleSgMoveUp, ConsoleSgMoveDown,
	ConsoleSgMoveUpNamed, ConsoleSgMoveDownNamed, ConsoleSgRemove,
	ConsoleSgRemoveNamed, ConsoleSgMoved, ConsoleSgText, ConsoleSgMediaFile,
	ConsoleSgMediaChoose, ConsoleSgMediaNone, ConsoleSgMediaIs,
	ConsoleSgPickPromotion, ConsoleSgPickCampaign, ConsoleSgPickNone,
	ConsoleSgDefault, ConsoleSgDefaultHint, ConsoleSgMakeDefault,
	ConsoleSgMakeDefaultNamed, ConsoleSgIsDefault, ConsoleSgDefaultSet,
	ConsoleSgScheduleNew, ConsoleSgScheduleEdit, ConsoleSgNoSchedules,
	ConsoleSgPlaylist, ConsoleSgFromDate, ConsoleSgToDate, ConsoleSgWeekdays,
	ConsoleSgWeekdaysHint, ConsoleSgStart, ConsoleSgEnd, ConsoleSgTimeHint,
	ConsoleSgPriority, ConsoleSgPriorityHint, ConsoleSgGroups,
	ConsoleSgGroupsHint, ConsoleSgScheduleLine, ConsoleSgEveryDay,
	ConsoleSgDates, ConsoleSgWeek, ConsoleSgWeekHint, ConsoleSgWeekList,
	ConsoleSgWeekItem, ConsoleSgWeekEmpty, ConsoleSgMon, ConsoleSgTue,
	ConsoleSgWed, ConsoleSgThu, ConsoleSgFri, ConsoleSgSat, ConsoleSgSun,
	ConsoleSgScreen, ConsoleSgAnyScreen, ConsoleSgAt, ConsoleSgAtHint,
	ConsoleSgShowPreview, ConsoleSgPreviewNothing, ConsoleSgPreviewPlays,
	ConsoleSgReportFrom, ConsoleSgReportTo, ConsoleSgReportShow,
	ConsoleSgReportCSV, ConsoleSgReportNone, ConsoleSgReportCaption,
	ConsoleSgColDay, ConsoleSgColScreen, ConsoleSgColSlide, ConsoleSgColPlays,
	ConsoleSgColSeconds, ConsoleSgColErrors, ConsoleSgErrSeconds,
	ConsoleSgErrTime, ConsoleSgErrPlaylist, ConsoleSgErrName, ConsoleSgErrText,
	ConsoleSgErrMedia, ConsoleSgErrPick, ConsoleSgErrToDate,
}

func init() { IDs = append(IDs, consoleSignageIDs...) }
