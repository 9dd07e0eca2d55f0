// Package sso reproduces center/sso/init.go (trimmed to the sso_config seeding).
package sso

import (
	"log"

	"example.com/heldout/nightingale/models"
	"example.com/heldout/nightingale/pkg/ctx"
	"example.com/heldout/nightingale/pkg/thirdparty/logger"
)

const LDAP = `Enable = false`
const CAS = `Enable = false`
const OIDC = `Enable = false`
const OAuth2 = `Enable = false`

type SsoClient struct{}

// Init reproduces center/sso/init.go:137 (lookup :146, insert :161 ->
// models/sso_config.go:37). Called once from center.Initialize
// (center/center.go:127) in every center process, before the HTTP server
// starts; several center replicas may start at once on a fresh database.
func Init(ctx *ctx.Context) *SsoClient {
	ssoClient := new(SsoClient)
	m := make(map[string]string)
	m["LDAP"] = LDAP
	m["CAS"] = CAS
	m["OIDC"] = OIDC
	m["OAuth2"] = OAuth2

	for name, config := range m {
		// two replicas starting together both count 0; UNIQUE KEY (name)
		// (a-n9e.sql:698) fails the second Create and log.Fatalln exits it.
		count, err := models.SsoConfigCountByName(ctx, name) // race
		if err != nil {
			logger.Error(err)
			continue
		}

		if count > 0 {
			continue
		}

		ssoConfig := models.SsoConfig{
			Name:    name,
			Content: config,
		}

		err = ssoConfig.Create(ctx)
		if err != nil {
			log.Fatalln(err)
		}
	}

	return ssoClient
}
