// Package custom_types reproduces lejianwen/rustdesk-api c5687e150615 model/custom_types.
package custom_types

import (
	"encoding/json"
	"time"
)

// AutoJson reproduces model/custom_types/auto_json.go:11 (driver methods trimmed).
type AutoJson json.RawMessage

// AutoTime reproduces model/custom_types/auto_time.go:9 (driver methods trimmed).
type AutoTime time.Time
