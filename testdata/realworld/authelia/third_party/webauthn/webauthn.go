// Package webauthn is a small stand-in for github.com/go-webauthn/webauthn/webauthn.
package webauthn

import "errors"

// Config is the relying party configuration.
type Config struct {
	RPID string
}

// WebAuthn is the relying party.
type WebAuthn struct {
	Config *Config
}

// SessionData is the ceremony data kept in the user session between the two steps.
type SessionData struct {
	Challenge string
}

// Credential is a newly created credential.
type Credential struct {
	ID        []byte
	PublicKey []byte
}

// CredentialCreation is the registration challenge sent to the browser.
type CredentialCreation struct {
	Challenge string
}

// BeginRegistration starts a registration ceremony.
func (w *WebAuthn) BeginRegistration(user any) (creation *CredentialCreation, session *SessionData, err error) {
	return &CredentialCreation{Challenge: "challenge"}, &SessionData{Challenge: "challenge"}, nil
}

// CreateCredential verifies the browser's response to the registration challenge.
func (w *WebAuthn) CreateCredential(user any, session SessionData, response []byte) (credential *Credential, err error) {
	if len(response) == 0 {
		return nil, errors.New("empty response")
	}
	return &Credential{ID: response, PublicKey: response}, nil
}
