// Package sshutils is a reduced copy of pkg/sshutils/utils.go.
package sshutils

import (
	"context"
	"encoding/base64"
	"errors"
	"strings"

	"example.com/realworld/softserve/third_party/ssh"
)

// ContextKeyPublicKey is the context key for the session public key.
var ContextKeyPublicKey = &struct{ string }{"public-key"}

// PublicKeyFromContext returns the public key from the context.
func PublicKeyFromContext(ctx context.Context) ssh.PublicKey {
	if pk, ok := ctx.Value(ContextKeyPublicKey).(ssh.PublicKey); ok {
		return pk
	}
	return nil
}

// MarshalAuthorizedKey marshals a public key into an authorized key string.
func MarshalAuthorizedKey(pk ssh.PublicKey) string {
	if pk == nil {
		return ""
	}
	return pk.Type() + " " + base64.StdEncoding.EncodeToString(pk.Marshal())
}

type rawKey struct {
	typ string
	b   []byte
}

func (k rawKey) Type() string    { return k.typ }
func (k rawKey) Marshal() []byte { return k.b }

// ParseAuthorizedKey parses an authorized key string into a public key.
func ParseAuthorizedKey(ak string) (ssh.PublicKey, string, error) {
	parts := strings.Fields(ak)
	if len(parts) < 2 {
		return nil, "", errors.New("invalid authorized key")
	}
	b, err := base64.StdEncoding.DecodeString(parts[1])
	if err != nil {
		return nil, "", err
	}
	return rawKey{parts[0], b}, strings.Join(parts[2:], " "), nil
}
