package pluginhost

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/url"

	log "example.com/realworld/owncast/third_party/logrus"

	"example.com/realworld/owncast/models"
	"example.com/realworld/owncast/persistence/userrepository"
	"example.com/realworld/owncast/services/datastore"
	"example.com/realworld/owncast/services/plugins"
)

// Deps is pluginhost/pluginhost.go Deps (reduced).
type Deps struct {
	Datastore      *datastore.Datastore
	UserRepository userrepository.UserRepository
}

// pluginAuthSigningSecretKey is where the gate session signing secret is
// persisted.
const pluginAuthSigningSecretKey = "plugin_auth_signing_secret" //nolint:gosec // G101: datastore key name, not a credential.

// ensureSigningSecret is pluginhost/pluginhost.go, func ensureSigningSecret,
// called once from wireAuthHostFns while the plugin host is built at
// start-up.
func ensureSigningSecret(ds *datastore.Datastore) ([]byte, error) {
	if hexStr, err := ds.GetString(pluginAuthSigningSecretKey); err == nil && hexStr != "" { // safe: start-up path, and SetString is Datastore.Save, INSERT ... ON CONFLICT(key) DO UPDATE
		if b, derr := hex.DecodeString(hexStr); derr == nil && len(b) > 0 {
			return b, nil
		}
	}
	secret := make([]byte, 32)
	if _, err := rand.Read(secret); err != nil {
		return nil, err
	}
	if err := ds.SetString(pluginAuthSigningSecretKey, hex.EncodeToString(secret)); err != nil {
		return nil, err
	}
	return secret, nil
}

// validateProfileURL is pluginhost/pluginhost.go, func validateProfileURL.
func validateProfileURL(profileURL string) error {
	if profileURL == "" {
		return nil
	}
	u, err := url.Parse(profileURL)
	if err != nil {
		return fmt.Errorf("invalid profile URL: %w", err)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("profile URL must be an http(s) link")
	}
	return nil
}

// wireAuthHostFns is pluginhost/pluginhost.go, func wireAuthHostFns: the
// env.RegisterUser closure behind owncast.users.register (a plugin's HTTP
// login callback). Scope validation, SetUserScopes and GrantSession are
// trimmed.
func wireAuthHostFns(env *plugins.HostEnv, deps Deps) {
	users := deps.UserRepository

	if _, err := ensureSigningSecret(deps.Datastore); err != nil {
		log.Errorln("plugin auth: could not establish session signing secret:", err)
		return
	}

	env.RegisterUser = func(pluginName string, req plugins.UserRegisterRequest) (string, error) {
		if err := validateProfileURL(req.ProfileURL); err != nil {
			return "", err
		}
		// The identity is keyed by (provider=plugin slug, auth_key=authId), so
		// two auth plugins can't collide on, or impersonate, each other's users.
		var userID string
		if existing := users.GetUserByPluginAuth(pluginName, req.AuthID); existing != nil { // safe: idx_auth_plugin_identity UNIQUE (provider, auth_key) WHERE type = 'plugin.auth' makes the loser's AddAuth fail, and that branch deletes its user and adopts the winner
			userID = existing.ID
		} else {
			user, _, err := users.CreateAnonymousUser(req.DisplayName)
			if err != nil {
				return "", err
			}
			fields := &models.LinkedIdentityFields{
				Provider:   pluginName,
				ProfileURL: req.ProfileURL,
				Handle:     req.Handle,
				Public:     req.Public,
			}
			if err := users.AddAuth(user.ID, req.AuthID, models.PluginAuth, fields); err != nil {
				// AddAuth failed after the user was created — most likely a
				// concurrent registration won the race against the unique plugin
				// identity index. Don't leave the half-built user (with its access
				// token) orphaned: drop it, and if the identity now resolves, adopt
				// the winner so the racing login still succeeds as one user.
				if delErr := users.DeleteUser(user.ID); delErr != nil {
					log.Errorln("plugin", pluginName, "cleanup user after failed auth link:", delErr)
				}
				winner := users.GetUserByPluginAuth(pluginName, req.AuthID)
				if winner == nil {
					return "", err
				}
				userID = winner.ID
			} else {
				if err := users.SetUserAsAuthenticated(user.ID); err != nil {
					log.Errorln("plugin", pluginName, "set user authenticated:", err)
				}
				userID = user.ID
			}
		}
		return userID, nil
	}
}
