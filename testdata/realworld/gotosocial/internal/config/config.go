// Package config stands in for internal/config.
package config

var (
	host          = "example.org"
	accountDomain = ""
	protocol      = "https"
)

func GetHost() string          { return host }
func GetAccountDomain() string { return accountDomain }
func GetProtocol() string      { return protocol }
