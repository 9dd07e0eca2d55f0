// Package users is a reduced copy of server/src/users.
package users

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/uptrace/bun"

	"example.com/realworld/scrumlr/common"
	"example.com/realworld/scrumlr/third_party/uuid"
)

// DatabaseUser is server/src/users/database_dto.go:12.
type DatabaseUser struct {
	bun.BaseModel `bun:"table:users"`
	ID            uuid.UUID      `bun:"type:uuid"`
	Avatar        *common.Avatar `bun:"type:jsonb,nullzero"`
	Name          string
	AccountType   common.AccountType
	KeyMigration  *time.Time
	CreatedAt     time.Time
}

// UserInsert the insert type for a new User
// (server/src/users/database_dto.go:23)
type DatabaseUserInsert struct {
	bun.BaseModel `bun:"table:users"`
	Name          string
	AccountType   common.AccountType
}

// User is server/src/users/dto.go (fields trimmed).
type User struct {
	ID   uuid.UUID
	Name string
}

// DB is server/src/users/database.go.
type DB struct {
	db *bun.DB
}

// NewUserDatabase is server/src/users/database.go:20.
func NewUserDatabase(database *bun.DB) UserDatabase {
	return &DB{db: database}
}

// CreateAnonymousUser is server/src/users/database.go:27.
func (db *DB) CreateAnonymousUser(ctx context.Context, name string) (DatabaseUser, error) {
	var user DatabaseUser
	insert := DatabaseUserInsert{Name: strings.TrimSpace(name), AccountType: common.Anonymous}
	_, err := db.db.NewInsert().
		Model(&insert).
		Returning("*").
		Exec(ctx, &user)

	return user, err
}

// CreateGitHubUser is server/src/users/database.go:46.
func (db *DB) CreateGitHubUser(ctx context.Context, id, name, avatarUrl string) (DatabaseUser, error) {
	return db.createExternalUser(ctx, id, name, avatarUrl, common.GitHub, "github_users")
}

// CreateGoogleUser is server/src/users/database.go:50.
func (db *DB) CreateGoogleUser(ctx context.Context, id, name, avatarUrl string) (DatabaseUser, error) {
	return db.createExternalUser(ctx, id, name, avatarUrl, common.Google, "google_users")
}

// createExternalUser is server/src/users/database.go:160: inside RunInTx
// (default READ COMMITTED), select the provider row by id (:168); found ->
// update names; sql.ErrNoRows -> insert the users row (:212) and the
// provider row (:221).
func (db *DB) createExternalUser(ctx context.Context, id, name, avatarUrl string, accountType common.AccountType, table string) (DatabaseUser, error) {
	name = strings.TrimSpace(name)
	var user DatabaseUser
	err := db.db.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		var extUser struct {
			UserID uuid.UUID `bun:"user"`
			Name   string    `bun:"name"`
		}
		err := tx.NewSelect(). // race
					Table(table).
					Column("user", "name").
					Where("id = ?", id).
					Scan(ctx, &extUser)

		if err == nil { // external user exists
			err = tx.NewSelect().
				Model((*DatabaseUser)(nil)).
				Where("id = ?", extUser.UserID).
				Scan(ctx, &user)

			if err != nil {
				return err
			}

			if extUser.Name == user.Name && user.Name != name {
				_, err = tx.NewUpdate().
					Table("users").
					Set("name = ?", name).
					Where("id = ?", extUser.UserID).
					Returning("*").
					Exec(common.ContextWithValues(ctx, "Database", db), &user)
				if err != nil {
					return err
				}
			}

			_, err = tx.NewUpdate().
				Table(table).
				Set("name = ?", name).
				Set("avatar_url = ?", avatarUrl).
				Where("id = ?", id).
				Exec(ctx)

			return err
		}

		if !errors.Is(err, sql.ErrNoRows) {
			return err
		}

		// add new external user to the database
		insert := DatabaseUserInsert{Name: name, AccountType: accountType}
		_, err = tx.NewInsert().
			Model(&insert).
			Returning("*").
			Exec(ctx, &user)

		if err != nil {
			return err
		}

		_, err = tx.NewRaw(
			fmt.Sprintf("INSERT INTO %s (\"user\", id, name, avatar_url) VALUES (?, ?, ?, ?)", table),
			user.ID, id, name, avatarUrl,
		).Exec(ctx)

		return err
	})

	return user, err
}

// UserDatabase is server/src/users/service.go (methods trimmed).
type UserDatabase interface {
	CreateAnonymousUser(ctx context.Context, name string) (DatabaseUser, error)
	CreateGitHubUser(ctx context.Context, id, name, avatarUrl string) (DatabaseUser, error)
	CreateGoogleUser(ctx context.Context, id, name, avatarUrl string) (DatabaseUser, error)
}

// Service is server/src/users/service.go (realtime, tracing, counters trimmed).
type Service struct {
	database UserDatabase
}

// NewUserService is server/src/users/service.go.
func NewUserService(db UserDatabase) *Service {
	return &Service{database: db}
}

// Create is server/src/users/service.go:63, called for every OAuth/OIDC
// login callback (api/login.go:171 verifyAuthProviderCallback) and for
// anonymous sign-in (api/login.go:54). Other providers trimmed.
func (service *Service) Create(ctx context.Context, id, name, avatarUrl string, accountType common.AccountType) (*User, error) {
	var user DatabaseUser
	var err error

	switch accountType {
	case common.Anonymous:
		user, err = service.database.CreateAnonymousUser(ctx, name)
	case common.GitHub:
		user, err = service.database.CreateGitHubUser(ctx, id, name, avatarUrl)
	case common.Google:
		user, err = service.database.CreateGoogleUser(ctx, id, name, avatarUrl)
	default:
		return nil, errors.New("invalid account type")
	}

	if err != nil {
		return nil, err
	}

	return &User{ID: user.ID, Name: user.Name}, nil
}
