// Package idp stands in for casdoor's idp package: the UserInfo returned by
// an identity provider.
package idp

// UserInfo is idp/provider.go UserInfo.
type UserInfo struct {
	Id          string
	Username    string
	DisplayName string
	Email       string
	Phone       string
	CountryCode string
	AvatarUrl   string
}
