// Package oauth reproduces, trimmed, Dragonfly2 manager/auth/oauth/oauth.go
// (the Google/GitHub providers are reduced to one stub).
package oauth

import (
	"errors"

	"example.com/heldout/dragonfly/pkg/oauth2" // stand-in for golang.org/x/oauth2
)

const (
	Google = "google"
	Github = "github"
)

type User struct {
	Name   string
	Email  string
	Avatar string
}

type Oauth interface {
	AuthCodeURL() (string, error)
	Exchange(string) (*oauth2.Token, error)
	GetUser(*oauth2.Token) (*User, error)
}

func New(name, clientID, clientSecret, redirectURL string) (Oauth, error) {
	var o Oauth
	switch name {
	case Google, Github:
		o = &provider{name: name}
	default:
		return nil, errors.New("invalid oauth name")
	}

	return o, nil
}

type provider struct{ name string }

func (p *provider) AuthCodeURL() (string, error) { return "https://" + p.name + "/authorize", nil }

func (p *provider) Exchange(code string) (*oauth2.Token, error) {
	return &oauth2.Token{AccessToken: code}, nil
}

func (p *provider) GetUser(t *oauth2.Token) (*User, error) {
	return &User{Name: t.AccessToken}, nil
}
