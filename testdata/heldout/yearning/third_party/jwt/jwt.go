// Package jwt reproduces cookieY/Yearning 6de5cbf9ab4f (minimal stand-in for github.com/golang-jwt/jwt, HS256 only).
package jwt

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"errors"
)

// MapClaims stands in for jwt.MapClaims.
type MapClaims map[string]interface{}

// SigningMethod stands in for jwt.SigningMethod.
type SigningMethod interface {
	Sign(signingString string, key interface{}) (string, error)
	Verify(signingString, signature string, key interface{}) error
}

type hs256 struct{}

func (hs256) Sign(signingString string, key interface{}) (string, error) {
	k, ok := key.([]byte)
	if !ok {
		return "", errors.New("key is of invalid type")
	}
	m := hmac.New(sha256.New, k)
	m.Write([]byte(signingString))
	return base64.RawURLEncoding.EncodeToString(m.Sum(nil)), nil
}

func (h hs256) Verify(signingString, signature string, key interface{}) error {
	s, err := h.Sign(signingString, key)
	if err != nil {
		return err
	}
	if !hmac.Equal([]byte(s), []byte(signature)) {
		return errors.New("signature is invalid")
	}
	return nil
}

// SigningMethodHS256 stands in for jwt.SigningMethodHS256.
var SigningMethodHS256 SigningMethod = hs256{}

// GetSigningMethod stands in for jwt.GetSigningMethod.
func GetSigningMethod(alg string) SigningMethod {
	if alg == "HS256" {
		return SigningMethodHS256
	}
	return nil
}

// Token stands in for jwt.Token.
type Token struct {
	Method SigningMethod
	Claims interface{}
	Valid  bool
}

// New stands in for jwt.New.
func New(method SigningMethod) *Token {
	return &Token{Method: method, Claims: MapClaims{}}
}

// SignedString stands in for jwt.Token.SignedString.
func (t *Token) SignedString(key interface{}) (string, error) {
	b, err := json.Marshal(t.Claims)
	if err != nil {
		return "", err
	}
	ss := base64.RawURLEncoding.EncodeToString([]byte(`{"alg":"HS256","typ":"JWT"}`)) + "." + base64.RawURLEncoding.EncodeToString(b)
	sig, err := t.Method.Sign(ss, key)
	if err != nil {
		return "", err
	}
	return ss + "." + sig, nil
}
