package common

import (
	ldap "example.com/heldout/ldapadmin/third_party/ldap"
)

// GetLDAPConn 获取 LDAP 连接 (public/common/ldap.go:62; the connection pool is reduced to a shared stub).
func GetLDAPConn() (*ldap.Conn, error) {
	return &ldap.Conn{}, nil
}

// PutLDAPConn 放回 LDAP 连接
func PutLADPConn(conn *ldap.Conn) {
	_ = conn
}
