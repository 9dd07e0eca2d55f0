// Package token is shared/token, reduced to the hook-token signing that
// PostRepo uses (a JWT signed with the repo's random hash upstream; an HMAC
// here).
package token

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"sort"
	"strings"
)

// Type is token.Type.
type Type string

const HookToken Type = "hook"

// Token is token.Token.
type Token struct {
	Kind   Type
	claims map[string]string
}

func New(kind Type) *Token {
	return &Token{Kind: kind, claims: map[string]string{}}
}

func (t *Token) Set(key, value string) { t.claims[key] = value }

func (t *Token) Get(key string) string { return t.claims[key] }

// Sign signs the token with the given secret.
func (t *Token) Sign(secret string) (string, error) {
	keys := make([]string, 0, len(t.claims))
	for k := range t.claims {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	b.WriteString(string(t.Kind))
	for _, k := range keys {
		b.WriteString("|" + k + "=" + t.claims[k])
	}
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write([]byte(b.String()))
	return b.String() + "." + hex.EncodeToString(mac.Sum(nil)), nil
}
