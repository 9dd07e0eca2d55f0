// Package ssh is a reduced stand-in for internal/ssh of opengist.
package ssh

// SyncAuthorizedKeysLogged rewrites the authorized_keys file.
func SyncAuthorizedKeysLogged() {}
