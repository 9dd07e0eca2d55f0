package notifiers

import (
	"errors"
	"time"

	"example.com/heldout/statpingng/types/notifications"
	"example.com/heldout/statpingng/types/null"
)

const (
	mattermostMethod = "mattermost"
)

type mattermost struct {
	*notifications.Notification
}

func (s *mattermost) Select() *notifications.Notification {
	return s.Notification
}

var mattermoster = &mattermost{&notifications.Notification{
	Method:      mattermostMethod,
	Title:       "Mattermost",
	Author:      "Adam Boutcher",
	AuthorUrl:   "https://github.com/adamboutcher",
	Delay:       time.Duration(10 * time.Second),
	Icon:        "far fa-comments",
	SuccessData: null.NewNullString(`{"text": "The service {{.Service.Name}} is back online."}`),
	FailureData: null.NewNullString(`{"text": "The service {{.Service.Name}} is offline."}`),
	DataType:    "json",
	Limits:      60,
}}

func (s *mattermost) OnSave() (string, error) {
	return "", nil
}

func (s *mattermost) Valid(values notifications.Values) error {
	if values.Host == "" {
		return errors.New("missing webhook url")
	}
	return nil
}
