// Package model reproduces the parts of internal/model/common used here.
package model

import "errors"

// KeyValue is internal/model/common/common.go:61. key is the PRIMARY KEY (:62).
type KeyValue struct {
	Key   string `json:"key"   gorm:"primaryKey"`
	Value string `json:"value"`
}

// Keys (internal/model/common/common.go).
const (
	SystemSettingsKey      = "system_settings"
	InstallInitializedKey  = "install_initialized"
	EmbeddingIndexStateKey = "embedding_index_state"
)

// Error message keys (internal/model/common/error.go, i18n_keys.go).
const (
	USERNAME_OR_PASSWORD_NOT_BE_EMPTY = "USERNAME_OR_PASSWORD_NOT_BE_EMPTY"
	USERNAME_HAS_EXISTS               = "USERNAME_HAS_EXISTS"
	USERNAME_ALREADY_EXISTS           = "USERNAME_ALREADY_EXISTS"
	SYSTEM_ALREADY_INITED             = "SYSTEM_ALREADY_INITED"
	OWNER_ALREADY_EXISTS              = "OWNER_ALREADY_EXISTS"
	SIGNUP_FIRST                      = "SIGNUP_FIRST"
	USER_COUNT_EXCEED_LIMIT           = "USER_COUNT_EXCEED_LIMIT"
	USER_REGISTER_NOT_ALLOW           = "USER_REGISTER_NOT_ALLOW"
	NO_PERMISSION_DENIED              = "NO_PERMISSION_DENIED"
	INVALID_PARAMS                    = "INVALID_PARAMS"
	ECHO_NOT_FOUND                    = "ECHO_NOT_FOUND"
	INVALID_CONNECTION_URL            = "INVALID_CONNECTION_URL"
	CONNECT_HAS_EXISTS                = "CONNECT_HAS_EXISTS"
)

// Error codes (internal/model/common/error.go).
const (
	ErrCodeInitAlreadyDone  = "INIT_ALREADY_DONE"
	ErrCodeInitOwnerExists  = "INIT_OWNER_EXISTS"
	ErrCodeInitInvalidState = "INIT_INVALID_STATE"
	ErrCodeInvalidRequest   = "INVALID_REQUEST"
)

// BizError is the business error type of internal/model/common/error.go.
type BizError struct {
	Code string
	Msg  string
}

func (e *BizError) Error() string { return e.Code + ": " + e.Msg }

// NewBizError is internal/model/common/error.go NewBizError.
func NewBizError(code, msg string) error {
	return &BizError{Code: code, Msg: msg}
}

// ErrNotInitialized is a helper sentinel (not upstream).
var ErrNotInitialized = errors.New("not initialized")

// CreateExternalFileDto is the subset of internal/model/common/common_dto.go used.
type CreateExternalFileDto struct {
	URL         string `json:"url"`
	Name        string `json:"name"`
	ContentType string `json:"content_type"`
	Category    string `json:"category"`
	Width       int    `json:"width"`
	Height      int    `json:"height"`
}

// FileDto is the subset of internal/model/common/common_dto.go used.
type FileDto struct {
	ID          string `json:"id"`
	Name        string `json:"name"`
	Key         string `json:"key"`
	StorageType string `json:"storage_type"`
	URL         string `json:"url"`
	ContentType string `json:"content_type"`
	Category    string `json:"category"`
	Size        int64  `json:"size"`
	Width       int    `json:"width"`
	Height      int    `json:"height"`
}
