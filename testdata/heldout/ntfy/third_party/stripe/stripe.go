// Package stripe is a stand-in for the subset of github.com/stripe/stripe-go/v74 used by ntfy.
package stripe

// SubscriptionStatus is the status of a subscription.
type SubscriptionStatus string

// PriceRecurringInterval is the billing interval of a price.
type PriceRecurringInterval string

// Event is a webhook event.
type Event struct {
	Type string
	Data *EventData
}

// EventData holds the raw event payload.
type EventData struct {
	Raw []byte
}
