// Package auth: trimmed copy of tinode/chat server/auth/auth.go.
package auth

import (
	"time"

	"example.com/heldout/tinode/server/store/types"
)

// Level is the type for authentication levels.
type Level int

// Authentication levels
const (
	LevelNone Level = iota * 10
	LevelAnon
	LevelAuth
	LevelRoot
)

// Duration is identical to time.Duration except it can be sanely unmarshallend from JSON.
type Duration time.Duration

// Feature is a bitmap of authenticated features, such as validated/not validated.
type Feature uint16

const (
	// FeatureValidated bit is set if user's credentials are already validated (V).
	FeatureValidated Feature = 1 << iota
	// FeatureNoLogin is set if the token should not be used to permanently authenticate a session (L).
	FeatureNoLogin
)

// Rec is an authentication record.
type Rec struct {
	Uid        types.Uid      `json:"uid,omitempty"`
	AuthLevel  Level          `json:"authlvl,omitempty"`
	Lifetime   Duration       `json:"lifetime,omitempty"`
	Features   Feature        `json:"features,omitempty"`
	Tags       []string       `json:"tags,omitempty"`
	State      types.ObjState `json:"state,omitempty"`
	Credential string         `json:"cred,omitempty"`
}

// AuthHandler is the interface which auth providers must implement.
type AuthHandler interface {
	IsInitialized() bool
	AddRecord(rec *Rec, secret []byte, remoteAddr string) (*Rec, error)
	UpdateRecord(rec *Rec, secret []byte, remoteAddr string) (*Rec, error)
	Authenticate(secret []byte, remoteAddr string) (*Rec, []byte, error)
	IsUnique(secret []byte, remoteAddr string) (bool, error)
	GenSecret(rec *Rec) ([]byte, time.Time, error)
	GetResetParams(uid types.Uid) (map[string]any, error)
}
