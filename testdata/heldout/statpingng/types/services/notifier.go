package services

import (
	"example.com/heldout/statpingng/types/notifications"
)

var (
	allNotifiers = make(map[string]ServiceNotifier)
)

func AllNotifiers() map[string]ServiceNotifier {
	return allNotifiers
}

func ReturnNotifier(method string) ServiceNotifier {
	return allNotifiers[method]
}

func FindNotifier(method string) *notifications.Notification {
	n := allNotifiers[method]
	if n != nil {
		notif := n.Select()
		no, err := notifications.Find(notif.Method)
		if err != nil {
			log.Error(err)
			return nil
		}
		return notif.UpdateFields(no)
	}
	return nil
}

// ServiceNotifier is trimmed to the methods the reproduced code calls
// (upstream also has OnSuccess, OnFailure, OnTest).
type ServiceNotifier interface {
	OnSave() (string, error)             // OnSave is triggered for testing
	Select() *notifications.Notification // OnTest is triggered for testing
	Valid(notifications.Values) error    // Valid checks your form values
}
