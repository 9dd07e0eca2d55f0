// Package cloudreve reproduces cloudreve/cloudreve 0bb0ab83 (inventory/).
package cloudreve

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"example.com/realworld/internal/ent"
	"example.com/realworld/internal/ent/oauthgrant"
	"example.com/realworld/internal/ent/user"
)

var (
	ErrUserEmailExisted    = errors.New("user email existed")
	ErrInactiveUserExisted = errors.New("inactive user existed")
)

type userClient struct{ client *ent.Client }

func withUserEagerLoading(ctx context.Context, q *ent.UserQuery) *ent.UserQuery {
	return q
}

// GetByEmail is inventory/user.go:418.
func (c *userClient) GetByEmail(ctx context.Context, email string) (*ent.User, error) {
	return withUserEagerLoading(ctx, c.client.User.Query().Where(user.EmailEQ(email))).First(ctx)
}

type NewUserArgs struct {
	Email, Nick, Status string
	GroupID             int
}

// Create is inventory/user.go:367: two sign-ups with one email both
// insert; the loser gets "failed to create user" instead of
// ErrUserEmailExisted.
func (c *userClient) Create(ctx context.Context, args *NewUserArgs) (*ent.User, error) {
	// Try to check if there's user with same email.
	if existedUser, err := c.GetByEmail(ctx, args.Email); err == nil { // race
		if existedUser.Status == "inactive" {
			return existedUser, ErrInactiveUserExisted
		}
		return existedUser, ErrUserEmailExisted
	}

	nick := args.Nick
	if nick == "" {
		nick = strings.Split(args.Email, "@")[0]
	}

	query := c.client.User.Create().
		SetEmail(args.Email).
		SetNick(nick).
		SetStatus(args.Status).
		SetGroupUsers(args.GroupID)

	newUser, err := query.
		Save(ctx)
	if err != nil {
		return nil, fmt.Errorf("failed to create user: %w", err)
	}
	return newUser, nil
}

type oauthClientClient struct{ client *ent.Client }

// UpsertGrant is inventory/oauth_client.go:100: one atomic statement.
func (c *oauthClientClient) UpsertGrant(ctx context.Context, userID, clientID int, scopes string) error {
	return c.client.OAuthGrant.Create(). // safe: ON CONFLICT
						SetUserID(userID).
						SetClientID(clientID).
						SetScopes(scopes).
						SetLastUsedAt(time.Now()).
						OnConflictColumns(oauthgrant.FieldUserID, oauthgrant.FieldClientID).
						UpdateScopes().
						UpdateLastUsedAt().
						Exec(ctx)
}

// DeleteGrant is oauth_client.go:127: not found returns, found deletes.
func (c *oauthClientClient) DeleteGrant(ctx context.Context, userID, clientID int) (bool, error) {
	g, err := c.client.OAuthGrant.Query().Where(oauthgrant.UserID(userID), oauthgrant.ClientID(clientID)).First(ctx) // safe: guards a delete
	if err != nil {
		if ent.IsNotFound(err) {
			return false, nil
		}
		return false, err
	}
	return true, c.client.OAuthGrant.DeleteOne(g).Exec(ctx)
}
