package notifiers

import (
	"example.com/heldout/statpingng/types/services"
	"example.com/heldout/statpingng/utils"
)

var log = utils.Log.WithField("type", "notifier")

// InitNotifiers registers the built-in notifiers (upstream: 13 of them, slacker,
// mattermoster, Command, Discorder, email, LineNotify, Telegram, Twilio,
// Webhook, Mobile, Pushover, Gotify, AmazonSNS; two are kept here).
func InitNotifiers() {
	Add(
		slacker,
		mattermoster,
	)

	services.UpdateNotifiers()
}

func Add(notifs ...services.ServiceNotifier) {
	for _, n := range notifs {
		notif := n.Select()
		if err := notif.Create(); err != nil {
			log.Error(err)
		}
		services.AddNotifier(n)
	}
}
