// Package oidc reproduces mlogclub/bbs-go 35f4190d73eb internal/pkg/oidc.
package oidc

// Claims is internal/pkg/oidc/oidc.go:19.
type Claims struct {
	Subject       string `json:"sub"`
	Email         string `json:"email"`
	EmailVerified bool   `json:"email_verified"`
	Name          string `json:"name"`
	PreferredName string `json:"preferred_username"`
	Picture       string `json:"picture"`
}
