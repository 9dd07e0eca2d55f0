// Package spec is a small stand-in for github.com/matrix-org/gomatrixserverlib/spec.
package spec

import (
	"fmt"
	"strings"
)

// ServerName mirrors spec.ServerName.
type ServerName string

// SenderID mirrors spec.SenderID.
type SenderID string

// RoomID mirrors spec.RoomID.
type RoomID struct{ raw string }

// NewRoomID mirrors spec.NewRoomID.
func NewRoomID(id string) (*RoomID, error) {
	if !strings.HasPrefix(id, "!") {
		return nil, fmt.Errorf("invalid room ID %q", id)
	}
	return &RoomID{raw: id}, nil
}

func (r RoomID) String() string { return r.raw }

// UserID mirrors spec.UserID.
type UserID struct{ local, domain string }

// NewUserID mirrors spec.NewUserID.
func NewUserID(id string, _ bool) (*UserID, error) {
	if !strings.HasPrefix(id, "@") || !strings.Contains(id, ":") {
		return nil, fmt.Errorf("invalid user ID %q", id)
	}
	parts := strings.SplitN(id[1:], ":", 2)
	return &UserID{local: parts[0], domain: parts[1]}, nil
}

func (u UserID) String() string     { return "@" + u.local + ":" + u.domain }
func (u UserID) Local() string      { return u.local }
func (u UserID) Domain() ServerName { return ServerName(u.domain) }

// MatrixError mirrors spec.MatrixError.
type MatrixError struct {
	ErrCode string `json:"errcode"`
	Err     string `json:"error"`
}

func (e MatrixError) Error() string { return e.ErrCode + ": " + e.Err }

// InternalServerError mirrors spec.InternalServerError.
type InternalServerError struct{}

func RoomInUse(msg string) *MatrixError    { return &MatrixError{"M_ROOM_IN_USE", msg} }
func UserInUse(msg string) *MatrixError    { return &MatrixError{"M_USER_IN_USE", msg} }
func Unknown(msg string) *MatrixError      { return &MatrixError{"M_UNKNOWN", msg} }
func Forbidden(msg string) *MatrixError    { return &MatrixError{"M_FORBIDDEN", msg} }
func BadJSON(msg string) *MatrixError      { return &MatrixError{"M_BAD_JSON", msg} }
func InvalidParam(msg string) *MatrixError { return &MatrixError{"M_INVALID_PARAM", msg} }
func MissingParam(msg string) *MatrixError { return &MatrixError{"M_MISSING_PARAM", msg} }
