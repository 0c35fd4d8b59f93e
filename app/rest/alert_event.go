package rest

import "time"

// Alert is one thing that needs someone, as a generic webhook's receiver
// reads it (docs/operations.md, "Receiving a generic webhook").
type Alert struct {
	ID      string    `json:"id"`      // one alert's id, the same on every retry and webhook
	Rule    string    `json:"rule"`    // RuleScreenOffline, …
	Key     string    `json:"key"`     // the rule and what it is about: "screen_offline:<screen id>"
	Subject string    `json:"subject"` // a screen's name, a campaign's title, "disk"
	Message string    `json:"message"` // one sentence, in English
	Since   time.Time `json:"since"`   // when it began to hold, as far as known
	FiredAt time.Time `json:"fired_at"`
}

// AlertEvent is a generic webhook's body.
type AlertEvent struct {
	Type  string `json:"type"`  // "alert" or "test"
	Store string `json:"store"` // the store's public URL: which of many stores
	Alert Alert  `json:"alert"`
}

// RobotMessage is a WeCom or DingTalk group robot's markdown message.
type RobotMessage struct {
	MsgType  string        `json:"msgtype"`
	Markdown RobotMarkdown `json:"markdown"`
}

// RobotMarkdown is a robot message's text: WeCom reads Content, DingTalk
// Title (the notification's line) and Text.
type RobotMarkdown struct {
	Title   string `json:"title,omitempty"`
	Content string `json:"content,omitempty"`
	Text    string `json:"text,omitempty"`
}

// RobotAnswer is what a WeCom or DingTalk robot answers: ErrCode 0 when
// it took the message.
type RobotAnswer struct {
	ErrCode int    `json:"errcode"`
	ErrMsg  string `json:"errmsg"`
}
