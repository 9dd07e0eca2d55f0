// Package model is a reduced copy of upstream internal/model.
package model

import (
	"database/sql/driver"
	"encoding/base64"
	"fmt"
	"net"
)

// IP is a type specific for storage of a [net.IP] in the database which can't be NULL.
// upstream internal/model/types.go:41
type IP struct {
	IP net.IP
}

// NewIP easily constructs a new IP.
func NewIP(value net.IP) (ip IP) {
	return IP{IP: value}
}

// String returns the string representation of this IP.
func (ip IP) String() string {
	return ip.IP.String()
}

// Value is the IP implementation of the database/sql [driver.Valuer].
func (ip IP) Value() (value driver.Value, err error) {
	if ip.IP == nil {
		return nil, fmt.Errorf("cannot value nil IP")
	}

	return ip.IP.String(), nil
}

// Scan is the IP implementation of the [sql.Scanner].
func (ip *IP) Scan(src any) (err error) {
	switch v := src.(type) {
	case string:
		ip.IP = net.ParseIP(v)
	case []byte:
		ip.IP = net.ParseIP(string(v))
	default:
		return fmt.Errorf("cannot scan %T into IP", src)
	}

	return nil
}

// NullIP is a type specific for storage of a [net.IP] in the database which can also be NULL.
// upstream internal/model/types.go:82
type NullIP struct {
	IP net.IP
}

// NewNullIP easily constructs a new NullIP.
func NewNullIP(value net.IP) (ip NullIP) {
	return NullIP{IP: value}
}

// Value is the NullIP implementation of the database/sql [driver.Valuer].
func (ip NullIP) Value() (value driver.Value, err error) {
	if ip.IP == nil {
		return nil, nil
	}

	return ip.IP.String(), nil
}

// Scan is the NullIP implementation of the [sql.Scanner].
func (ip *NullIP) Scan(src any) (err error) {
	switch v := src.(type) {
	case nil:
		ip.IP = nil
	case string:
		ip.IP = net.ParseIP(v)
	case []byte:
		ip.IP = net.ParseIP(string(v))
	default:
		return fmt.Errorf("cannot scan %T into NullIP", src)
	}

	return nil
}

// Base64 saves bytes to the database as a base64 encoded string.
// upstream internal/model/types.go:128
type Base64 struct {
	data []byte
}

// NewBase64 returns a new Base64.
func NewBase64(data []byte) Base64 {
	return Base64{data: data}
}

// String returns the Base64 string encoded as base64.
func (b Base64) String() string {
	return base64.StdEncoding.EncodeToString(b.data)
}

// Value is the Base64 implementation of the database/sql [driver.Valuer].
func (b Base64) Value() (value driver.Value, err error) {
	return b.String(), nil
}

// Scan is the Base64 implementation of the [sql.Scanner].
func (b *Base64) Scan(src any) (err error) {
	var s string
	switch v := src.(type) {
	case string:
		s = v
	case []byte:
		s = string(v)
	default:
		return fmt.Errorf("cannot scan %T into Base64", src)
	}
	b.data, err = base64.StdEncoding.DecodeString(s)
	return err
}
