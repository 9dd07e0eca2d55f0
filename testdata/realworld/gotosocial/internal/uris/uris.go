// Package uris is a reduced copy of internal/uris.
package uris

import "example.com/realworld/gotosocial/internal/config"

func base() string { return config.GetProtocol() + "://" + config.GetHost() }

// GenerateURIForFollow is internal/uris/uri.go.
func GenerateURIForFollow(username string, thisFollowID string) string {
	return base() + "/users/" + username + "/follow/" + thisFollowID
}

// GenerateURIForBlock is internal/uris/uri.go.
func GenerateURIForBlock(username string, thisBlockID string) string {
	return base() + "/users/" + username + "/block/" + thisBlockID
}

// GenerateURIForLike is internal/uris/uri.go.
func GenerateURIForLike(username string, thisFavedID string) string {
	return base() + "/users/" + username + "/liked/" + thisFavedID
}

// GenerateURIForMove is internal/uris/uri.go.
func GenerateURIForMove(username string, thisMoveID string) string {
	return base() + "/users/" + username + "/moves/" + thisMoveID
}

// UserURIs is internal/uris/uri.go.
type UserURIs struct {
	UserURL      string
	UserURI      string
	InboxURI     string
	OutboxURI    string
	PublicKeyURI string
}

// GenerateURIsForAccount is internal/uris/uri.go.
func GenerateURIsForAccount(username string) *UserURIs {
	u := base() + "/users/" + username
	return &UserURIs{
		UserURL:      base() + "/@" + username,
		UserURI:      u,
		InboxURI:     u + "/inbox",
		OutboxURI:    u + "/outbox",
		PublicKeyURI: u + "/main-key",
	}
}
