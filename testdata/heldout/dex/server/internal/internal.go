// Package internal is a stand-in for upstream server/internal (protobuf
// messages and cookie codecs), reduced to what the reproduced code calls.
package internal

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"strings"
)

// RefreshToken is the opaque refresh token handed to clients.
type RefreshToken struct {
	RefreshId string
	Token     string
}

// Marshal encodes a message (upstream: protobuf + base64, server/internal/codec.go).
func Marshal(message interface{}) (string, error) {
	b, err := json.Marshal(message)
	if err != nil {
		return "", err
	}
	return base64.RawURLEncoding.EncodeToString(b), nil
}

// SessionCookieValue builds the session cookie value (upstream server/internal/cookie.go).
func SessionCookieValue(sessionID, secret string, key []byte) string {
	return sessionID + "." + secret
}

// ParseSessionCookie splits a session cookie value (upstream server/internal/cookie.go).
func ParseSessionCookie(value string, key []byte) (sessionID, secret string, err error) {
	id, sec, ok := strings.Cut(value, ".")
	if !ok || id == "" || sec == "" {
		return "", "", errors.New("malformed session cookie")
	}
	return id, sec, nil
}
