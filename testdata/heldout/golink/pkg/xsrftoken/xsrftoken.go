// Package xsrftoken is a minimal stand-in for golang.org/x/net/xsrftoken
// (Generate and Valid with the same signatures).
package xsrftoken

import (
	"crypto/hmac"
	"crypto/sha1"
	"encoding/base64"
	"fmt"
	"strings"
)

// Generate returns a token for the user and action.
func Generate(key, userID, actionID string) string {
	h := hmac.New(sha1.New, []byte(key))
	fmt.Fprintf(h, "%s:%s", strings.ReplaceAll(userID, ":", "_"), strings.ReplaceAll(actionID, ":", "_"))
	return base64.RawURLEncoding.EncodeToString(h.Sum(nil))
}

// Valid reports whether a token is valid for the user and action.
func Valid(token, key, userID, actionID string) bool {
	return token != "" && hmac.Equal([]byte(token), []byte(Generate(key, userID, actionID)))
}
