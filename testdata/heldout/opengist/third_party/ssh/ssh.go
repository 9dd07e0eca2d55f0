// Package ssh is a minimal stand-in for golang.org/x/crypto/ssh.
package ssh

import (
	"errors"
	"strings"
)

// PublicKey is a stand-in for ssh.PublicKey.
type PublicKey interface {
	Type() string
	Marshal() []byte
}

type pubKey struct{ typ, blob string }

func (k pubKey) Type() string    { return k.typ }
func (k pubKey) Marshal() []byte { return []byte(k.blob) }

// ParseAuthorizedKey parses one authorized_keys line.
func ParseAuthorizedKey(in []byte) (out PublicKey, comment string, options []string, rest []byte, err error) {
	f := strings.Fields(string(in))
	if len(f) < 2 {
		return nil, "", nil, nil, errors.New("ssh: no key found")
	}
	if len(f) > 2 {
		comment = strings.Join(f[2:], " ")
	}
	return pubKey{typ: f[0], blob: f[1]}, comment, nil, nil, nil
}

// MarshalAuthorizedKey serializes key for an authorized_keys file.
func MarshalAuthorizedKey(key PublicKey) []byte {
	return []byte(key.Type() + " " + string(key.Marshal()) + "\n")
}
