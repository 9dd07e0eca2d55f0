// Package gitter is a minimal stand-in for github.com/sromku/go-gitter, the
// Gitter REST client used by casnode's gitter room sync (object/gitter.go):
// the message and room types and the calls SyncGitter makes.
package gitter

import (
	"errors"
	"time"
)

// User stands in for gitter.User.
type User struct {
	ID              string `json:"id"`
	Username        string `json:"username"`
	DisplayName     string `json:"displayName"`
	AvatarURLMedium string `json:"avatarUrlMedium"`
}

// Mention stands in for gitter.Mention.
type Mention struct {
	ScreenName string `json:"screenName"`
	UserID     string `json:"userId"`
}

// Message stands in for gitter.Message.
type Message struct {
	ID       string    `json:"id"`
	Text     string    `json:"text"`
	Sent     time.Time `json:"sent"`
	From     User      `json:"fromUser"`
	Mentions []Mention `json:"mentions"`
}

// Room stands in for gitter.Room.
type Room struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	URI  string `json:"uri"`
}

// Pagination stands in for gitter.Pagination.
type Pagination struct {
	Skip     int
	BeforeID string
	AfterID  string
	AroundID string
	Limit    int
	Query    string
}

// Gitter stands in for *gitter.Gitter.
type Gitter struct{ token string }

// New stands in for gitter.New.
func New(token string) *Gitter { return &Gitter{token: token} }

var errStandIn = errors.New("gitter stand-in")

// GetRooms stands in for (*Gitter).GetRooms.
func (g *Gitter) GetRooms() ([]Room, error) { return nil, errStandIn }

// GetMessages stands in for (*Gitter).GetMessages.
func (g *Gitter) GetMessages(roomID string, params *Pagination) ([]Message, error) {
	return nil, errStandIn
}

// GetMessage stands in for (*Gitter).GetMessage.
func (g *Gitter) GetMessage(roomID, messageID string) (*Message, error) { return nil, errStandIn }
