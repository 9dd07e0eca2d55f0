// Package securecookie is a minimal stand-in for github.com/gorilla/securecookie.
package securecookie

import "fmt"

// Codec defines an interface to encode and decode cookie values.
type Codec interface {
	Encode(name string, value interface{}) (string, error)
}

// EncodeMulti encodes a cookie value using a group of codecs.
func EncodeMulti(name string, value interface{}, codecs ...Codec) (string, error) {
	if len(codecs) == 0 {
		return "", fmt.Errorf("securecookie: no codecs provided")
	}
	return codecs[0].Encode(name, value)
}
