// Package web reproduces rocboss/paopao-ce 0b35d12b74c0 internal/servants/web (the servant
// methods holding the sites, trimmed; routing, gin chains and the mir-generated API left out).
package web

// The package settings reproduce internal/servants/web/web.go:22 (trimmed).
var (
	_disallowUserRegister bool
)
