// Package message stubs github.com/ThreeDotsLabs/watermill/message.
package message

// Message is a queued event.
type Message struct {
	UUID    string
	Payload []byte
}
