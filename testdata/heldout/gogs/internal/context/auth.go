package context

import (
	"context"

	"github.com/google/uuid"

	"example.com/heldout/gogs/internal/conf"
	"example.com/heldout/gogs/internal/database"
	log "example.com/heldout/gogs/third_party/clog"
	"example.com/heldout/gogs/third_party/macaron"
)

// AuthStore is the data layer carrier for user authentication
// (internal/context/auth.go:104, reduced to the methods used below).
type AuthStore interface {
	// GetUserByUsername returns the user with given username. It returns
	// database.ErrUserNotExist when not found.
	GetUserByUsername(ctx context.Context, username string) (*database.User, error)
	// CreateUser creates a new user and persists to database. It returns
	// database.ErrNameNotAllowed if the given name or pattern of the name is not
	// allowed as a username, or database.ErrUserAlreadyExist when a user with same
	// name already exists, or database.ErrEmailAlreadyUsed if the email has been
	// verified by another user.
	CreateUser(ctx context.Context, username, email string, opts database.CreateUserOptions) (*database.User, error)
}

// isRequestFromTrustedProxy is internal/context/auth.go isRequestFromTrustedProxy (reduced).
func isRequestFromTrustedProxy(*macaron.Request) bool {
	return true
}

// authenticatedUser returns the user object of the authenticated user, along with two bool values
// which indicate whether the user uses HTTP Basic Authentication or token authentication respectively.
//
// Reproduces internal/context/auth.go:188, reduced to the reverse-proxy branch
// (the session/token lookup before it yields uid <= 0 for a first request; the
// basic-auth branch after it is dropped). It runs as middleware on every
// request (context.Contexter), so a browser's parallel first requests for a new
// proxy user all reach it.
func authenticatedUser(store AuthStore, ctx *macaron.Context, uid int64) (_ *database.User, isBasicAuth, isTokenAuth bool) {
	if uid <= 0 {
		if conf.Auth.EnableReverseProxyAuthentication && isRequestFromTrustedProxy(&ctx.Req) {
			webAuthUser := ctx.Req.Header.Get(conf.Auth.ReverseProxyAuthenticationHeader)
			if len(webAuthUser) > 0 {
				user, err := store.GetUserByUsername(ctx.Req.Context(), webAuthUser) // race
				if err != nil {
					if !database.IsErrUserNotExist(err) {
						log.Error("Failed to get user by name: %v", err)
						return nil, false, false
					}

					// Check if enabled auto-registration.
					if conf.Auth.EnableReverseProxyAutoRegistration {
						user, err = store.CreateUser(
							ctx.Req.Context(),
							webAuthUser,
							uuid.New().String()+"@localhost",
							database.CreateUserOptions{
								Activated: true,
							},
						)
						if err != nil {
							log.Error("Failed to create user %q: %v", webAuthUser, err)
							return nil, false, false
						}
					}
				}
				return user, false, false
			}
		}
		return nil, false, false
	}
	return nil, false, false
}

// Authenticate is the exported entry of the reproduction (upstream:
// context.Contexter middleware -> authenticatedUser).
func Authenticate(store AuthStore, ctx *macaron.Context) *database.User {
	u, _, _ := authenticatedUser(store, ctx, 0)
	return u
}
