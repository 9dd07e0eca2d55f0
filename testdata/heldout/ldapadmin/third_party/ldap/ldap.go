// Package ldap reproduces eryajf/go-ldap-admin 9e621c8a80b8 (minimal stand-in for github.com/go-ldap/ldap/v3).
// The directory server rejects an Add of a DN that already exists
// (LDAPResultEntryAlreadyExists, result code 68).
package ldap

import (
	"errors"
	"sync"
)

// Control stands in for ldap.Control.
type Control interface{}

// Attribute stands in for ldap.Attribute.
type Attribute struct {
	Type string
	Vals []string
}

// AddRequest stands in for ldap.AddRequest.
type AddRequest struct {
	DN         string
	Attributes []Attribute
}

// NewAddRequest stands in for ldap.NewAddRequest.
func NewAddRequest(dn string, controls []Control) *AddRequest { return &AddRequest{DN: dn} }

// Attribute stands in for ldap.AddRequest.Attribute.
func (a *AddRequest) Attribute(attrType string, attrVals []string) {
	a.Attributes = append(a.Attributes, Attribute{Type: attrType, Vals: attrVals})
}

// ModifyRequest stands in for ldap.ModifyRequest.
type ModifyRequest struct {
	DN      string
	Changes []Attribute
}

// NewModifyRequest stands in for ldap.NewModifyRequest.
func NewModifyRequest(dn string, controls []Control) *ModifyRequest { return &ModifyRequest{DN: dn} }

// Add stands in for ldap.ModifyRequest.Add.
func (m *ModifyRequest) Add(attrType string, attrVals []string) {
	m.Changes = append(m.Changes, Attribute{Type: attrType, Vals: attrVals})
}

// Delete stands in for ldap.ModifyRequest.Delete.
func (m *ModifyRequest) Delete(attrType string, attrVals []string) {
	m.Changes = append(m.Changes, Attribute{Type: attrType, Vals: attrVals})
}

// Replace stands in for ldap.ModifyRequest.Replace.
func (m *ModifyRequest) Replace(attrType string, attrVals []string) {
	m.Changes = append(m.Changes, Attribute{Type: attrType, Vals: attrVals})
}

// ModifyDNRequest stands in for ldap.ModifyDNRequest.
type ModifyDNRequest struct {
	DN           string
	NewRDN       string
	DeleteOldRDN bool
	NewSuperior  string
}

// NewModifyDNRequest stands in for ldap.NewModifyDNRequest.
func NewModifyDNRequest(dn string, rdn string, delOld bool, newSup string) *ModifyDNRequest {
	return &ModifyDNRequest{DN: dn, NewRDN: rdn, DeleteOldRDN: delOld, NewSuperior: newSup}
}

// DelRequest stands in for ldap.DelRequest.
type DelRequest struct {
	DN string
}

// NewDelRequest stands in for ldap.NewDelRequest.
func NewDelRequest(dn string, controls []Control) *DelRequest { return &DelRequest{DN: dn} }

// ErrEntryAlreadyExists stands in for an *ldap.Error with LDAPResultEntryAlreadyExists.
var ErrEntryAlreadyExists = errors.New("LDAP Result Code 68 \"Entry Already Exists\"")

var (
	mu      sync.Mutex
	entries = map[string]bool{}
)

// Conn stands in for ldap.Conn.
type Conn struct{}

// Add stands in for ldap.Conn.Add.
func (c *Conn) Add(a *AddRequest) error {
	mu.Lock()
	defer mu.Unlock()
	if entries[a.DN] {
		return ErrEntryAlreadyExists
	}
	entries[a.DN] = true
	return nil
}

// Del stands in for ldap.Conn.Del.
func (c *Conn) Del(d *DelRequest) error {
	mu.Lock()
	defer mu.Unlock()
	delete(entries, d.DN)
	return nil
}

// Modify stands in for ldap.Conn.Modify.
func (c *Conn) Modify(m *ModifyRequest) error { return nil }

// ModifyDN stands in for ldap.Conn.ModifyDN.
func (c *Conn) ModifyDN(m *ModifyDNRequest) error { return nil }

// IsClosing stands in for ldap.Conn.IsClosing.
func (c *Conn) IsClosing() bool { return false }
