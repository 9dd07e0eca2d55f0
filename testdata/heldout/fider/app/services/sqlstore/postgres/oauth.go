package postgres

// Reproduces github.com/getfider/fider/app/services/sqlstore/postgres/oauth.go
// (trimmed: listCustomOAuthConfig and the security stamp rotation left out).
// Schema: oauth_providers (id serial PK; tenant_id_provider_key ON oauth_providers
// (tenant_id, provider), 201807122132_create_oauth_providers.sql:23; oauth_provider_uq
// ON oauth_providers (provider), 202205082055_trusted_provider.sql:3).

import (
	"context"

	"example.com/heldout/fider/app"
	"example.com/heldout/fider/app/models/cmd"
	"example.com/heldout/fider/app/models/entity"

	"example.com/heldout/fider/app/models/query"
	"example.com/heldout/fider/app/pkg/dbx"
	"example.com/heldout/fider/app/pkg/errors"
	"example.com/heldout/fider/app/services/sqlstore/dbEntities"
)

func getCustomOAuthConfigByProvider(ctx context.Context, q *query.GetCustomOAuthConfigByProvider) error {
	return using(ctx, func(trx *dbx.Trx, tenant *entity.Tenant, user *entity.User) error {
		if tenant == nil {
			return app.ErrNotFound
		}

		config := &dbEntities.OAuthConfig{}
		err := trx.Get(config, `
		SELECT id, provider, display_name, status, is_trusted, logo_bkey,
					 client_id, client_secret, authorize_url,
					 profile_url, token_url, scope, json_user_id_path,
					 json_user_name_path, json_user_email_path, json_user_roles_path,
					 allowed_roles
		FROM oauth_providers
		WHERE tenant_id = $1 AND provider = $2
		`, tenant.ID, q.Provider)
		if err != nil {
			return err
		}

		q.Result = config.ToModel()
		return nil
	})
}

func saveCustomOAuthConfig(ctx context.Context, c *cmd.SaveCustomOAuthConfig) error {
	return using(ctx, func(trx *dbx.Trx, tenant *entity.Tenant, user *entity.User) error {
		var err error

		if c.Logo.Remove {
			c.Logo.BlobKey = ""
		}

		if c.ID == 0 {
			query := `INSERT INTO oauth_providers (
				tenant_id, provider, display_name, status, is_trusted,
				client_id, client_secret, authorize_url,
				profile_url, token_url, scope, json_user_id_path,
				json_user_name_path, json_user_email_path, json_user_roles_path, allowed_roles, logo_bkey
			) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)
			RETURNING id`

			err = trx.Get(&c.ID, query, tenant.ID, c.Provider,
				c.DisplayName, c.Status, c.IsTrusted, c.ClientID, c.ClientSecret,
				c.AuthorizeURL, c.ProfileURL, c.TokenURL,
				c.Scope, c.JSONUserIDPath, c.JSONUserNamePath,
				c.JSONUserEmailPath, c.JSONUserRolesPath, c.AllowedRoles, c.Logo.BlobKey)
		} else {
			query := `
				UPDATE oauth_providers 
				SET display_name = $3, status = $4, client_id = $5, client_secret = $6, 
					authorize_url = $7, profile_url = $8, token_url = $9, scope = $10,
					json_user_id_path = $11, json_user_name_path = $12, json_user_email_path = $13,
					json_user_roles_path = $14, allowed_roles = $15, logo_bkey = $16, is_trusted = $17
			WHERE tenant_id = $1 AND id = $2`

			_, err = trx.Execute(query, tenant.ID, c.ID,
				c.DisplayName, c.Status, c.ClientID, c.ClientSecret,
				c.AuthorizeURL, c.ProfileURL, c.TokenURL,
				c.Scope, c.JSONUserIDPath, c.JSONUserNamePath,
				c.JSONUserEmailPath, c.JSONUserRolesPath, c.AllowedRoles, c.Logo.BlobKey, c.IsTrusted)
		}

		if err != nil {
			return errors.Wrap(err, "failed to save OAuth Provider")
		}

		return nil
	})
}
