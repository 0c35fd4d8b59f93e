package alert

import (
	"encoding/json"
	"fmt"
	"strings"

	"storecast/app/rest"
)

// maxRobotText keeps a message under WeCom's 4096-byte markdown limit
// (DingTalk's is larger).
const maxRobotText = 4000

// body is what kind's receiver reads for a.
func body(kind, store string, a Alert) ([]byte, error) {
	if kind == rest.WebhookGeneric {
		typ := "alert"
		if a.Rule == rest.RuleTest {
			typ = "test"
		}
		return json.Marshal(rest.AlertEvent{Type: typ, Store: store, Alert: a})
	}
	// "Storecast" in every message lets a DingTalk robot secured by
	// keyword take them with the keyword Storecast.
	head := "Storecast · " + title(a.Rule)
	text := fmt.Sprintf("### %s\n> %s\n\n%s\n\n%s", head, store, a.Message, a.FiredAt.Format("2006-01-02 15:04 MST"))
	if len(text) > maxRobotText {
		text = strings.ToValidUTF8(text[:maxRobotText], "")
	}
	m := rest.RobotMessage{MsgType: "markdown"}
	if kind == rest.WebhookWeCom {
		m.Markdown.Content = text
	} else {
		m.Markdown.Title, m.Markdown.Text = head, text
	}
	return json.Marshal(m)
}
