// Package datatype reproduces pocket-id/pocket-id d258d952b157 backend/internal/model/types.
package datatype

import (
	"database/sql/driver"
	"encoding/json"
	"fmt"
	"time"
)

// DateTime is backend/internal/model/types/date_time.go:12.
type DateTime time.Time //nolint:recvcheck

// Scan is backend/internal/model/types/date_time.go:23.
func (date *DateTime) Scan(value any) (err error) {
	switch v := value.(type) {
	case time.Time:
		*date = DateTime(v)
	case int64:
		*date = DateTime(time.Unix(v, 0))
	default:
		return fmt.Errorf("unexpected type for DateTime: %T", value)
	}
	return nil
}

// Value is backend/internal/model/types/date_time.go:35 (the sqlite branch is trimmed).
func (date DateTime) Value() (driver.Value, error) {
	return time.Time(date), nil
}

// UTC is backend/internal/model/types/date_time.go:43.
func (date DateTime) UTC() time.Time {
	return time.Time(date).UTC()
}

// ToTime is backend/internal/model/types/date_time.go:47.
func (date DateTime) ToTime() time.Time {
	return time.Time(date)
}

// GormDataType is backend/internal/model/types/date_time.go:52.
func (date DateTime) GormDataType() string {
	return "date"
}

// StringList is backend/internal/model/types/string_list.go:10.
type StringList []string //nolint:recvcheck

// Scan is backend/internal/model/types/string_list.go:12.
func (s *StringList) Scan(value any) error {
	b, ok := value.([]byte)
	if !ok {
		if str, isStr := value.(string); isStr {
			b = []byte(str)
		}
	}
	return json.Unmarshal(b, s)
}

// Value is backend/internal/model/types/string_list.go:16.
func (s StringList) Value() (driver.Value, error) {
	return json.Marshal(s)
}
