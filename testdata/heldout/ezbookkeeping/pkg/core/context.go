// Package core is a reduced copy of github.com/mayswind/ezbookkeeping/pkg/core
// (context.go, web_context.go, user_external_auth_type.go, token.go): only the
// parts used by the reproduced sites.
package core

import (
	"context"
	"encoding/json"
	"time"
)

// Context is the base context of ezbookkeeping (pkg/core/context.go)
type Context interface {
	context.Context
	GetContextId() string
}

// WebContext stands in for the gin-based web context (pkg/core/web_context.go)
type WebContext struct {
	context.Context
	body        []byte
	query       map[string]string
	clientIP    string
	uid         int64
	tokenClaims *UserTokenClaims
}

// GetContextId returns the request id
func (c *WebContext) GetContextId() string { return "" }

// ShouldBindJSON binds the json request body
func (c *WebContext) ShouldBindJSON(obj any) error { return json.Unmarshal(c.body, obj) }

// ShouldBindBodyWith binds the request body with the given binding
func (c *WebContext) ShouldBindBodyWith(obj any, _ string) error {
	return json.Unmarshal(c.body, obj)
}

// Query returns a query parameter
func (c *WebContext) Query(key string) string { return c.query[key] }

// ClientIP returns the client ip
func (c *WebContext) ClientIP() string { return c.clientIP }

// GetCurrentUid returns the uid of the current token
func (c *WebContext) GetCurrentUid() int64 { return c.uid }

// GetTokenClaims returns the current token claims
func (c *WebContext) GetTokenClaims() *UserTokenClaims { return c.tokenClaims }

// GetClientLocale returns the client locale
func (c *WebContext) GetClientLocale() string { return "" }

// GetClientTimezone returns the client timezone
func (c *WebContext) GetClientTimezone() (*time.Location, error) { return time.Local, nil }

// UserExternalAuthType represents the type of user external auth (pkg/core/user_external_auth_type.go)
type UserExternalAuthType string

// TokenType represents token type
type TokenType byte

// Token types
const (
	USER_TOKEN_TYPE_NORMAL                         TokenType = 1
	USER_TOKEN_TYPE_OAUTH2_CALLBACK_REQUIRE_VERIFY TokenType = 9
	USER_TOKEN_TYPE_OAUTH2_CALLBACK                TokenType = 10
)

// UserTokenClaims represents user token claims
type UserTokenClaims struct {
	UserTokenId string
	Uid         int64
	Type        TokenType
}

// UserFeatureRestrictions represents user feature restrictions
type UserFeatureRestrictions uint64

// UserFeatureRestrictionType represents a user feature restriction type
type UserFeatureRestrictionType uint64

// User feature restriction types
const (
	USER_FEATURE_RESTRICTION_TYPE_ENABLE_2FA   UserFeatureRestrictionType = 4
	USER_FEATURE_RESTRICTION_TYPE_DISABLE_2FA  UserFeatureRestrictionType = 5
	USER_FEATURE_RESTRICTION_TYPE_OAUTH2_LOGIN UserFeatureRestrictionType = 20
)

// Contains returns whether contains the specified restriction
func (r UserFeatureRestrictions) Contains(t UserFeatureRestrictionType) bool {
	return uint64(r)&(1<<(uint64(t)-1)) > 0
}

// FiscalYearStart represents the fiscal year start
type FiscalYearStart uint16

// FISCAL_YEAR_START_DEFAULT is January 1
const FISCAL_YEAR_START_DEFAULT FiscalYearStart = 0x0101

// WeekDay represents week day
type WeekDay byte

// IconType represents icon type
type IconType byte
