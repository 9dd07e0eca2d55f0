// Package valuer reproduces, trimmed, github.com/SigNoz/signoz/pkg/valuer
// (uuid.go, string.go, email.go): value types stored as text columns.
package valuer

import (
	"database/sql/driver"
	"fmt"
	"strings"

	"github.com/google/uuid"
)

type UUID struct {
	val uuid.UUID
}

func NewUUID(value string) (UUID, error) {
	val, err := uuid.Parse(value)
	if err != nil {
		return UUID{}, err
	}
	return UUID{val: val}, nil
}

func MustNewUUID(val string) UUID {
	u, err := NewUUID(val)
	if err != nil {
		panic(err)
	}
	return u
}

// GenerateUUID reproduces pkg/valuer/uuid.go:49 (uuid v7).
func GenerateUUID() UUID {
	val, err := uuid.NewV7()
	if err != nil {
		panic(err)
	}
	return UUID{val: val}
}

func (enum UUID) IsZero() bool        { return enum.val == uuid.Nil }
func (enum UUID) StringValue() string { return enum.val.String() }
func (enum UUID) String() string      { return enum.val.String() }

func (enum UUID) Value() (driver.Value, error) { return enum.StringValue(), nil }

func (enum *UUID) Scan(val interface{}) error {
	switch v := val.(type) {
	case string:
		u, err := NewUUID(v)
		if err != nil {
			return err
		}
		*enum = u
	case []byte:
		u, err := NewUUID(string(v))
		if err != nil {
			return err
		}
		*enum = u
	case nil:
		*enum = UUID{}
	default:
		return fmt.Errorf("valuer: cannot scan %T into UUID", val)
	}
	return nil
}

type String struct {
	val string
}

func NewString(val string) String {
	return String{val: strings.ToLower(strings.TrimSpace(val))}
}

func (enum String) IsZero() bool        { return enum.val == "" }
func (enum String) StringValue() string { return enum.val }
func (enum String) String() string      { return enum.val }

func (enum String) Value() (driver.Value, error) { return enum.StringValue(), nil }

func (enum *String) Scan(val interface{}) error {
	switch v := val.(type) {
	case string:
		*enum = NewString(v)
	case []byte:
		*enum = NewString(string(v))
	case nil:
		*enum = String{}
	default:
		return fmt.Errorf("valuer: cannot scan %T into String", val)
	}
	return nil
}

type Email struct {
	val string
}

func NewEmail(val string) (Email, error) {
	return Email{val: strings.ToLower(strings.TrimSpace(val))}, nil
}

func MustNewEmail(val string) Email {
	e, err := NewEmail(val)
	if err != nil {
		panic(err)
	}
	return e
}

func (enum Email) IsZero() bool        { return enum.val == "" }
func (enum Email) StringValue() string { return enum.val }
func (enum Email) String() string      { return enum.val }

func (enum Email) Value() (driver.Value, error) { return enum.StringValue(), nil }

func (enum *Email) Scan(val interface{}) error {
	switch v := val.(type) {
	case string:
		*enum = Email{val: v}
	case []byte:
		*enum = Email{val: string(v)}
	case nil:
		*enum = Email{}
	default:
		return fmt.Errorf("valuer: cannot scan %T into Email", val)
	}
	return nil
}
