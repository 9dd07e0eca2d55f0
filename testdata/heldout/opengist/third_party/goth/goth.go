// Package goth is a minimal stand-in for github.com/markbates/goth.
package goth

// User is a stand-in for goth.User.
type User struct {
	Provider  string
	UserID    string
	NickName  string
	Email     string
	AvatarURL string
}
