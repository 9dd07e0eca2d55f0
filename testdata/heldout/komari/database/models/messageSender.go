package models

import "time"

// MessageSenderProvider reproduces database/models/messageSender.go:5 (name
// primary key).
type MessageSenderProvider struct {
	Name     string `json:"name" gorm:"primaryKey;unique;not null"`
	Addition string `json:"addition" gorm:"type:longtext" default:"{}"`
}

// EventMessage reproduces database/models/messageSender.go:10.
type EventMessage struct {
	Event   any       `json:"event"`
	Clients []Client  `json:"clients"`
	Time    time.Time `json:"time"`
	Message any       `json:"message"`
	Emoji   any       `json:"emoji"`
}
