// Package services reproduces sysadminsmedia/homebox 8222a88de7b4 backend/internal/core/services.
package services

import (
	"context"
	"errors"
	"log"
	"strings"

	"example.com/realworld/homebox/ent"
	"example.com/realworld/homebox/repo"
	"github.com/google/uuid"
)

// ErrorInvalidLogin is core/services/service_user.go (login error).
var ErrorInvalidLogin = errors.New("invalid username or password")

// UserService is core/services/service_user.go:42 (mailer trimmed).
type UserService struct {
	repos *repo.AllRepos
}

// LoginOIDC is core/services/service_user.go:452 (spans trimmed; the session
// token step at 532 is replaced by returning the resolved user): lookup by
// (issuer, subject), legacy email migration, create on miss, and re-lookup
// when the create hits the unique index.
func (svc *UserService) LoginOIDC(ctx context.Context, issuer, subject, email, name string) (repo.UserOut, error) {
	issuer = strings.TrimSpace(issuer)
	subject = strings.TrimSpace(subject)
	email = strings.ToLower(strings.TrimSpace(email))
	name = strings.TrimSpace(name)

	if issuer == "" || subject == "" {
		return repo.UserOut{}, ErrorInvalidLogin
	}

	// Try to get existing user by OIDC identity
	usr, err := svc.repos.Users.GetOneOIDC(ctx, issuer, subject) // safe: a concurrent create hits the (oidc_issuer, oidc_subject) unique index; IsConstraintError re-looks up
	if err != nil {
		if !ent.IsNotFound(err) {
			return repo.UserOut{}, err
		}
		// Not found: attempt migration path by email (legacy) if email provided
		if email != "" {
			legacyUsr, lerr := svc.repos.Users.GetOneEmail(ctx, email) // safe: found path updates; the not-found insert is covered by the IsConstraintError re-lookup
			if lerr == nil {
				if uerr := svc.repos.Users.SetOIDCIdentity(ctx, legacyUsr.ID, issuer, subject); uerr == nil {
					usr = legacyUsr
				} else {
					log.Printf("failed to set OIDC identity on legacy user: %v", uerr)
				}
			}
		}
	}

	// Create user if still not resolved
	if usr.ID == uuid.Nil {
		usr, err = svc.registerOIDCUser(ctx, issuer, subject, email, name)
		if err != nil {
			if ent.IsConstraintError(err) {
				if usr2, gerr := svc.repos.Users.GetOneOIDC(ctx, issuer, subject); gerr == nil {
					usr = usr2
				} else {
					return repo.UserOut{}, gerr
				}
			} else {
				return repo.UserOut{}, err
			}
		}
	}

	return usr, nil
}

// registerOIDCUser is core/services/service_user.go:540.
func (svc *UserService) registerOIDCUser(ctx context.Context, issuer, subject, email, name string) (repo.UserOut, error) {
	group, err := svc.repos.Groups.GroupCreate(ctx, "Home", uuid.Nil)
	if err != nil {
		return repo.UserOut{}, err
	}

	usrCreate := repo.UserCreate{
		Name:           name,
		Email:          email,
		Password:       nil,
		IsSuperuser:    false,
		DefaultGroupID: group.ID,
		IsOwner:        true,
	}

	entUser, err := svc.repos.Users.CreateWithOIDC(ctx, usrCreate, issuer, subject)
	if err != nil {
		return repo.UserOut{}, err
	}

	for _, tag := range defaultTags() {
		_, err := svc.repos.Tags.Create(ctx, group.ID, tag)
		if err != nil {
			continue
		}
	}

	for _, loc := range defaultLocations() {
		_, err := svc.repos.Entities.CreateContainer(ctx, group.ID, loc)
		if err != nil {
			continue
		}
	}

	// Ensure both default entity types exist (see RegisterUser): seeding
	// locations only creates the "Location" type, not "Item".
	if err := ensureDefaultEntityTypes(ctx, svc.repos, group.ID); err != nil {
		return repo.UserOut{}, err
	}

	return entUser, nil
}
