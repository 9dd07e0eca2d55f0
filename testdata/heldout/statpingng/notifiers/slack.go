package notifiers

import (
	"errors"
	"time"

	"example.com/heldout/statpingng/types/notifications"
	"example.com/heldout/statpingng/types/null"
)

const (
	slackMethod = "slack"
)

type slack struct {
	*notifications.Notification
}

func (s *slack) Select() *notifications.Notification {
	return s.Notification
}

var slacker = &slack{&notifications.Notification{
	Method:      slackMethod,
	Title:       "Slack",
	Author:      "Hunter Long",
	AuthorUrl:   "https://github.com/hunterlong",
	Delay:       time.Duration(10 * time.Second),
	Icon:        "fab fa-slack",
	SuccessData: null.NewNullString(`{ "text": "The service {{.Service.Name}} is back online." }`),
	FailureData: null.NewNullString(`{ "text": ":warning: The service {{.Service.Name}} is currently offline! :warning:" }`),
	DataType:    "json",
	Limits:      60,
}}

// OnSave will trigger when this notifier is saved
func (s *slack) OnSave() (string, error) {
	return "", nil
}

func (s *slack) Valid(values notifications.Values) error {
	if values.Host == "" {
		return errors.New("missing webhook url")
	}
	return nil
}
