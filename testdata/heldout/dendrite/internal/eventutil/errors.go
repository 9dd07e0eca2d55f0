// Package eventutil is a small stand-in for dendrite's internal/eventutil.
package eventutil

// ErrRoomNoExists mirrors internal/eventutil.ErrRoomNoExists.
type ErrRoomNoExists struct{}

func (e ErrRoomNoExists) Error() string { return "room does not exist" }
