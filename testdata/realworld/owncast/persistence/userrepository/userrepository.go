package userrepository

import (
	"context"
	"database/sql"
	"strings"
	"time"

	"example.com/realworld/owncast/config"
	"example.com/realworld/owncast/db"
	"example.com/realworld/owncast/services/datastore"

	"example.com/realworld/owncast/third_party/errors"
	"example.com/realworld/owncast/third_party/shortid"

	"example.com/realworld/owncast/models"
	"example.com/realworld/owncast/utils"

	log "example.com/realworld/owncast/third_party/logrus"
)

// UserRepository is persistence/userrepository/userrepository.go:24, reduced
// to the methods the reproduced sites call.
type UserRepository interface {
	CreateAnonymousUser(displayName string) (*models.User, string, error)
	DeleteUser(userID string) error
	GetUserByToken(token string) *models.User
	InsertExternalAPIUser(token string, name string, color int, scopes []string) error
	IsDisplayNameAvailable(displayName string) (bool, error)
	SetAccessTokenToOwner(token, userID string) error
	SetUserAsAuthenticated(userID string) error
	GetUserByAuth(authToken string, authType models.AuthType) *models.User
	GetUserByPluginAuth(pluginName, authKey string) *models.User
	AddAuth(userID, authKey string, authType models.AuthType, fields *models.LinkedIdentityFields) error
}

type SqlUserRepository struct {
	datastore *datastore.Datastore
}

// New will create a new instance of the UserRepository.
func New(datastore *datastore.Datastore) UserRepository {
	r := SqlUserRepository{
		datastore: datastore,
	}

	return &r
}

// CreateAnonymousUser is persistence/userrepository/userrepository.go:69.
func (r *SqlUserRepository) CreateAnonymousUser(displayName string) (*models.User, string, error) {
	if displayName == "" {
		return nil, "", errors.New("display name cannot be empty")
	}

	// Try to assign a name that was requested.
	// If name isn't available then generate a random one.
	if available, _ := r.IsDisplayNameAvailable(displayName); !available { // safe: the new row is keyed on a fresh shortid; the count only looks at API and authenticated users, which the new unauthenticated row never is, so it is no uniqueness check of the inserted row
		rand, _ := utils.GenerateRandomString(3)
		displayName += rand
	}

	displayColor := utils.GenerateRandomDisplayColor(config.MaxUserColor)

	id := shortid.MustGenerate()
	user := &models.User{
		ID:           id,
		DisplayName:  displayName,
		DisplayColor: displayColor,
		CreatedAt:    time.Now(),
	}

	// Create new user.
	if err := r.create(user); err != nil {
		return nil, "", err
	}

	// Assign it an access token.
	accessToken, err := utils.GenerateAccessToken()
	if err != nil {
		log.Errorln("Unable to create access token for new user")
		return nil, "", err
	}
	if err := r.addAccessTokenForUser(accessToken, id); err != nil {
		return nil, "", errors.Wrap(err, "unable to save access token for new user")
	}

	return user, accessToken, nil
}

// IsDisplayNameAvailable is persistence/userrepository/userrepository.go:110.
func (r *SqlUserRepository) IsDisplayNameAvailable(displayName string) (bool, error) {
	if available, err := r.datastore.GetQueries().IsDisplayNameAvailable(context.Background(), displayName); err != nil {
		return false, errors.Wrap(err, "unable to check if display name is available")
	} else if available != 0 {
		return false, nil
	}

	return true, nil
}

func (r *SqlUserRepository) addAccessTokenForUser(accessToken, userID string) error {
	return r.datastore.GetQueries().AddAccessTokenForUser(context.Background(), db.AddAccessTokenForUserParams{
		Token:  accessToken,
		UserID: userID,
	})
}

// create is persistence/userrepository/userrepository.go:165.
func (r *SqlUserRepository) create(user *models.User) error {
	r.datastore.DbLock.Lock()
	defer r.datastore.DbLock.Unlock()

	tx, err := r.datastore.DB.Begin()
	if err != nil {
		log.Debugln(err)
	}
	defer func() {
		_ = tx.Rollback()
	}()

	stmt, err := tx.Prepare("INSERT INTO users(id, display_name, display_color, previous_names, created_at) values(?, ?, ?, ?, ?)")
	if err != nil {
		log.Debugln(err)
	}
	defer stmt.Close()

	_, err = stmt.Exec(user.ID, user.DisplayName, user.DisplayColor, user.DisplayName, user.CreatedAt)
	if err != nil {
		log.Errorln("error creating new user", err)
		return err
	}

	return tx.Commit()
}

// userFromColumns is persistence/userrepository/userrepository.go:227.
func userFromColumns(
	id, displayName string,
	displayColor int64,
	createdAt, disabledAt sql.NullTime,
	previousNames sql.NullString,
	namechangedAt, authenticatedAt sql.NullTime,
	scopes sql.NullString,
	isBot bool,
) *models.User {
	var scopeSlice []string
	if scopes.Valid {
		scopeSlice = strings.Split(scopes.String, ",")
	}

	var disabled *time.Time
	if disabledAt.Valid {
		disabled = &disabledAt.Time
	}

	var authAt *time.Time
	if authenticatedAt.Valid {
		authAt = &authenticatedAt.Time
	}

	return &models.User{
		ID:              id,
		DisplayName:     displayName,
		DisplayColor:    int(displayColor),
		CreatedAt:       createdAt.Time,
		DisabledAt:      disabled,
		PreviousNames:   strings.Split(previousNames.String, ","),
		NameChangedAt:   &namechangedAt.Time,
		AuthenticatedAt: authAt,
		Authenticated:   authAt != nil,
		Scopes:          scopeSlice,
		IsBot:           isBot,
	}
}

// GetUserByToken is persistence/userrepository/userrepository.go:267.
func (r *SqlUserRepository) GetUserByToken(token string) *models.User {
	u, err := r.datastore.GetQueries().GetUserByAccessToken(context.Background(), token)
	if err != nil {
		return nil
	}
	return userFromColumns(u.ID, u.DisplayName, u.DisplayColor, u.CreatedAt, u.DisabledAt, u.PreviousNames, u.NamechangedAt, u.AuthenticatedAt, u.Scopes, u.IsBot)
}

// SetAccessTokenToOwner is persistence/userrepository/userrepository.go:277.
func (r *SqlUserRepository) SetAccessTokenToOwner(token, userID string) error {
	return r.datastore.GetQueries().SetAccessTokenToOwner(context.Background(), db.SetAccessTokenToOwnerParams{
		UserID: userID,
		Token:  token,
	})
}

// SetUserAsAuthenticated is persistence/userrepository/userrepository.go:286.
func (r *SqlUserRepository) SetUserAsAuthenticated(userID string) error {
	return errors.Wrap(r.datastore.GetQueries().SetUserAsAuthenticated(context.Background(), userID), "unable to set user as authenticated")
}

// AddAuth is persistence/userrepository/userrepository.go:295 (insert at :312).
func (r *SqlUserRepository) AddAuth(userID, authKey string, authType models.AuthType, fields *models.LinkedIdentityFields) error {
	provider := string(authType)
	var profileURL, handle sql.NullString
	var isPublic bool
	if fields != nil {
		if fields.Provider != "" {
			provider = fields.Provider
		}
		if fields.ProfileURL != "" {
			profileURL = sql.NullString{String: fields.ProfileURL, Valid: true}
		}
		if fields.Handle != "" {
			handle = sql.NullString{String: fields.Handle, Valid: true}
		}
		isPublic = fields.Public
	}

	return r.datastore.GetQueries().AddAuthForUser(context.Background(), db.AddAuthForUserParams{
		UserID:     userID,
		AuthKey:    authKey,
		Type:       string(authType),
		Provider:   provider,
		ProfileUrl: profileURL,
		Handle:     handle,
		IsPublic:   isPublic,
	})
}

// GetUserByAuth is persistence/userrepository/userrepository.go:351 (query at
// :352); a miss (sql.ErrNoRows or any error) returns nil.
func (r *SqlUserRepository) GetUserByAuth(authToken string, authType models.AuthType) *models.User {
	u, err := r.datastore.GetQueries().GetUserByAuth(context.Background(), db.GetUserByAuthParams{
		AuthKey: authToken,
		Type:    string(authType),
	})
	if err != nil {
		return nil
	}
	return userFromColumns(u.ID, u.DisplayName, u.DisplayColor, u.CreatedAt, u.DisabledAt, u.PreviousNames, u.NamechangedAt, u.AuthenticatedAt, u.Scopes, false)
}

// GetUserByPluginAuth is persistence/userrepository/userrepository.go:367
// (query at :368).
func (r *SqlUserRepository) GetUserByPluginAuth(pluginName, authKey string) *models.User {
	u, err := r.datastore.GetQueries().GetUserByPluginAuth(context.Background(), db.GetUserByPluginAuthParams{
		Provider: pluginName,
		AuthKey:  authKey,
	})
	if err != nil {
		return nil
	}
	return userFromColumns(u.ID, u.DisplayName, u.DisplayColor, u.CreatedAt, u.DisabledAt, u.PreviousNames, u.NamechangedAt, u.AuthenticatedAt, u.Scopes, false)
}

// InsertExternalAPIUser is a reduced copy of the upstream method (a fresh
// shortid id, an API-type user row, then its access token).
func (r *SqlUserRepository) InsertExternalAPIUser(token string, name string, color int, scopes []string) error {
	r.datastore.DbLock.Lock()
	defer r.datastore.DbLock.Unlock()

	scopesString := strings.Join(scopes, ",")
	id := shortid.MustGenerate()

	tx, err := r.datastore.DB.Begin()
	if err != nil {
		return err
	}
	stmt, err := tx.Prepare("INSERT INTO users(id, display_name, display_color, scopes, type, previous_names) values(?, ?, ?, ?, ?, ?)")
	if err != nil {
		return err
	}
	defer stmt.Close()

	if _, err = stmt.Exec(id, name, color, scopesString, "API", name); err != nil {
		return err
	}

	if err = tx.Commit(); err != nil {
		return err
	}

	if err := r.addAccessTokenForUser(token, id); err != nil {
		return errors.Wrap(err, "unable to save access token for new external api user")
	}

	return nil
}

// DeleteUser is a reduced copy of the upstream method (tokens, auth rows,
// then the user).
func (r *SqlUserRepository) DeleteUser(userID string) error {
	ctx := context.Background()
	q := r.datastore.GetQueries()
	if err := q.DeleteUserAccessTokens(ctx, userID); err != nil {
		return err
	}
	if err := q.DeleteUserAuth(ctx, userID); err != nil {
		return err
	}
	if _, err := q.DeleteUserByID(ctx, userID); err != nil {
		return err
	}
	return nil
}
