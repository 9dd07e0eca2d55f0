package services

import (
	"example.com/heldout/statpingng/types/notifications"
)

func AddNotifier(n ServiceNotifier) {
	notif := n.Select()
	allNotifiers[notif.Method] = n
}

func UpdateNotifiers() {
	for _, n := range notifications.All() {
		notifier := allNotifiers[n.Method]
		notifier.Select().UpdateFields(n)
	}
}
