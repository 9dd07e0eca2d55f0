// Package factory reproduces utils/messageSender/factory of
// komari-monitor/komari da4d5187c1b1 (registry only; item parsing trimmed).
package factory

// IMessageSender reproduces the provider interface (meta.go), trimmed.
type IMessageSender interface {
	GetName() string
	GetConfiguration() any
	Init() error
	Destroy() error
}

type MessageSenderConstructor func() IMessageSender

var (
	senders           = make(map[string]IMessageSender)
	senderConstructor = make(map[string]MessageSenderConstructor)
)

func RegisterMessageSender(constructor MessageSenderConstructor) {
	sender := constructor()
	senderConstructor[sender.GetName()] = constructor
	senders[sender.GetName()] = sender
}

func GetAllMessageSenders() map[string]IMessageSender {
	return senders
}

func GetConstructor(name string) (MessageSenderConstructor, bool) {
	constructor, exists := senderConstructor[name]
	return constructor, exists
}
