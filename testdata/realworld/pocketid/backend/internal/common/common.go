// Package common reproduces pocket-id/pocket-id d258d952b157 backend/internal/common.
package common

// StaticApiKeyUserID is backend/internal/common/env_config.go:932.
const StaticApiKeyUserID = "00000000-0000-0000-0000-000000000000"
