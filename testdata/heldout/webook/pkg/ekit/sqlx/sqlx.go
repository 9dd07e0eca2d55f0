// Package sqlx is a stand-in for github.com/ecodeclub/ekit/sqlx (not jmoiron's
// sqlx): nullable-value constructors and the JSON column type used by webook's
// GORM models.
package sqlx

import (
	"database/sql"
	"database/sql/driver"
	"encoding/json"
	"errors"
)

// NewNullString reproduces ekit/sqlx.NewNullString: "" is NULL.
func NewNullString(val string) sql.NullString {
	return sql.NullString{String: val, Valid: val != ""}
}

// NewNullInt64 reproduces ekit/sqlx.NewNullInt64: 0 is NULL.
func NewNullInt64(val int64) sql.NullInt64 {
	return sql.NullInt64{Int64: val, Valid: val != 0}
}

// JsonColumn reproduces ekit/sqlx.JsonColumn.
type JsonColumn[T any] struct {
	Val   T
	Valid bool
}

func (j JsonColumn[T]) Value() (driver.Value, error) {
	if !j.Valid {
		return nil, nil
	}
	return json.Marshal(j.Val)
}

func (j *JsonColumn[T]) Scan(src any) error {
	var bs []byte
	switch val := src.(type) {
	case nil:
		return nil
	case []byte:
		bs = val
	case string:
		bs = []byte(val)
	default:
		return errors.New("ekit: JsonColumn.Scan 不支持 src 类型")
	}
	if err := json.Unmarshal(bs, &j.Val); err != nil {
		return err
	}
	j.Valid = true
	return nil
}
