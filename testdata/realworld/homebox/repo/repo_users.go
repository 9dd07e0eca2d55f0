// Package repo reproduces sysadminsmedia/homebox 8222a88de7b4 backend/internal/data/repo.
package repo

import (
	"context"
	"strings"

	"example.com/realworld/homebox/ent"
	"example.com/realworld/homebox/ent/user"
	"example.com/realworld/homebox/ent/usergroup"
	"github.com/google/uuid"
)

// UserRepository is data/repo/repo_users.go:17.
type UserRepository struct {
	db *ent.Client
}

// normalizeEmail is data/repo/repo_users.go:28.
func normalizeEmail(email string) string {
	return strings.ToLower(strings.TrimSpace(email))
}

type (
	// UserCreate is data/repo/repo_users.go:36.
	UserCreate struct {
		Name           string    `json:"name"`
		Email          string    `json:"email"`
		Password       *string   `json:"password"`
		IsSuperuser    bool      `json:"isSuperUser"`
		DefaultGroupID uuid.UUID `json:"defaultGroupID"`
		// IsOwner controls the role on the membership row created for
		// (user, DefaultGroupID). It does not grant any cross-group privilege.
		IsOwner bool `json:"isOwner"`
	}

	// UserOut is data/repo/repo_users.go:52.
	UserOut struct {
		ID             uuid.UUID   `json:"id"`
		Name           string      `json:"name"`
		Email          string      `json:"email"`
		IsSuperuser    bool        `json:"isSuperuser"`
		DefaultGroupID uuid.UUID   `json:"defaultGroupId"`
		GroupIDs       []uuid.UUID `json:"groupIds"`
		PasswordHash   string      `json:"-"`
		OidcIssuer     *string     `json:"oidcIssuer"`
		OidcSubject    *string     `json:"oidcSubject"`
	}
)

var mapUserOutErr = mapTErrFunc(mapUserOut)

// mapUserOut is data/repo/repo_users.go:77 (lo helpers inlined).
func mapUserOut(user *ent.User) UserOut {
	out := UserOut{
		ID:          user.ID,
		Name:        user.Name,
		Email:       user.Email,
		IsSuperuser: user.IsSuperuser,
		OidcIssuer:  user.OidcIssuer,
		OidcSubject: user.OidcSubject,
	}
	if user.DefaultGroupID != nil {
		out.DefaultGroupID = *user.DefaultGroupID
	}
	for _, g := range user.Edges.Groups {
		out.GroupIDs = append(out.GroupIDs, g.ID)
	}
	if user.Password != nil {
		out.PasswordHash = *user.Password
	}
	return out
}

// GetOneID is data/repo/repo_users.go:112.
func (r *UserRepository) GetOneID(ctx context.Context, id uuid.UUID) (UserOut, error) {
	out, err := mapUserOutErr(r.db.User.Query().
		Where(user.ID(id)).
		WithGroups().
		Only(ctx))
	if err != nil {
		return out, err
	}
	return out, nil
}

// GetOneEmail is data/repo/repo_users.go:129.
func (r *UserRepository) GetOneEmail(ctx context.Context, email string) (UserOut, error) {
	out, err := mapUserOutErr(r.db.User.Query().
		Where(user.EmailEqualFold(normalizeEmail(email))).
		WithGroups().
		Only(ctx),
	)
	if err != nil {
		return out, err
	}
	return out, nil
}

// membershipRole is data/repo/repo_users.go:195.
func membershipRole(isOwner bool) usergroup.Role {
	if isOwner {
		return usergroup.RoleOwner
	}
	return usergroup.RoleUser
}

// createUserWithMembership is data/repo/repo_users.go:205.
func (r *UserRepository) createUserWithMembership(
	ctx context.Context,
	usr UserCreate,
	configure func(*ent.UserCreate) *ent.UserCreate,
) (uuid.UUID, error) {
	tx, err := r.db.Tx(ctx)
	if err != nil {
		return uuid.Nil, err
	}

	q := tx.User.
		Create().
		SetName(usr.Name).
		SetEmail(normalizeEmail(usr.Email)).
		SetIsSuperuser(usr.IsSuperuser).
		SetDefaultGroupID(usr.DefaultGroupID)

	if usr.Password != nil {
		q = q.SetPassword(*usr.Password)
	}
	if configure != nil {
		q = configure(q)
	}

	entUser, err := q.Save(ctx)
	if err != nil {
		_ = tx.Rollback()
		return uuid.Nil, err
	}

	if _, err := tx.UserGroup.Create().
		SetUserID(entUser.ID).
		SetGroupID(usr.DefaultGroupID).
		SetRole(membershipRole(usr.IsOwner)).
		Save(ctx); err != nil {
		_ = tx.Rollback()
		return uuid.Nil, err
	}

	if err := tx.Commit(); err != nil {
		return uuid.Nil, err
	}
	return entUser.ID, nil
}

// CreateWithOIDC is data/repo/repo_users.go:274.
func (r *UserRepository) CreateWithOIDC(ctx context.Context, usr UserCreate, issuer, subject string) (UserOut, error) {
	id, err := r.createUserWithMembership(ctx, usr, func(uc *ent.UserCreate) *ent.UserCreate {
		return uc.SetOidcIssuer(issuer).SetOidcSubject(subject)
	})
	if err != nil {
		return UserOut{}, err
	}

	out, err := r.GetOneID(ctx, id)
	return out, err
}

// SetOIDCIdentity is data/repo/repo_users.go:402.
func (r *UserRepository) SetOIDCIdentity(ctx context.Context, uid uuid.UUID, issuer, subject string) error {
	err := r.db.User.UpdateOneID(uid).SetOidcIssuer(issuer).SetOidcSubject(subject).Exec(ctx)
	return err
}

// GetOneOIDC is data/repo/repo_users.go:416.
func (r *UserRepository) GetOneOIDC(ctx context.Context, issuer, subject string) (UserOut, error) {
	out, err := mapUserOutErr(r.db.User.Query().
		Where(user.OidcIssuerEQ(issuer), user.OidcSubjectEQ(subject)).
		WithGroups().
		Only(ctx))
	if err != nil {
		return out, err
	}
	return out, nil
}
