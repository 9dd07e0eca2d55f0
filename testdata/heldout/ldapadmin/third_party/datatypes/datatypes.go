// Package datatypes reproduces eryajf/go-ldap-admin 9e621c8a80b8 (minimal stand-in for gorm.io/datatypes).
package datatypes

import (
	"database/sql/driver"
	"errors"
)

// JSON stands in for datatypes.JSON.
type JSON []byte

// Value stands in for datatypes.JSON.Value.
func (j JSON) Value() (driver.Value, error) {
	if len(j) == 0 {
		return nil, nil
	}
	return string(j), nil
}

// Scan stands in for datatypes.JSON.Scan.
func (j *JSON) Scan(value interface{}) error {
	switch v := value.(type) {
	case nil:
		*j = nil
	case []byte:
		*j = append((*j)[0:0], v...)
	case string:
		*j = JSON(v)
	default:
		return errors.New("failed to unmarshal JSONB value")
	}
	return nil
}
