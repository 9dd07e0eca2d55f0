// Package chat is a reduced stand-in for owncast services/chat.
package chat

// Service is the chat service.
type Service struct{}

// SendSystemAction broadcasts a system action message.
func (s *Service) SendSystemAction(text string, ephemeral bool) error { return nil }
