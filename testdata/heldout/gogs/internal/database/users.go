package database

import (
	"context"
	"fmt"
	"strings"

	"gorm.io/gorm"

	"example.com/heldout/gogs/internal/auth"
	"example.com/heldout/gogs/internal/cryptox"
	"example.com/heldout/gogs/internal/dbx"
	"example.com/heldout/gogs/internal/errx"
	"example.com/heldout/gogs/internal/userx"
	"example.com/heldout/gogs/third_party/errors"
)

// UsersStore is the storage layer for users (internal/database/users.go:30).
type UsersStore struct {
	db *gorm.DB
}

func newUsersStore(db *gorm.DB) *UsersStore {
	return &UsersStore{db: db}
}

type ErrLoginSourceMismatch struct {
	args errx.Args
}

func (err ErrLoginSourceMismatch) Error() string {
	return fmt.Sprintf("login source mismatch: %v", err.args)
}

// Authenticate validates username and password via given login source ID. It
// returns ErrUserNotExist when the user was not found.
//
// When the "loginSourceID" is positive, it tries to authenticate via given
// login source and creates a new user when not yet exists in the database.
//
// Reproduces internal/database/users.go:64 (caller: POST sign-in ->
// cmd/gogs/internal/web/webapi_user.go:268 postUserSignIn with the login
// source chosen on the form).
func (s *UsersStore) Authenticate(ctx context.Context, login, password string, loginSourceID int64) (*User, error) {
	login = strings.ToLower(login)

	query := s.db.WithContext(ctx)
	if strings.Contains(login, "@") {
		query = query.Where("email = ?", login)
	} else {
		query = query.Where("lower_name = ?", login)
	}

	user := new(User)
	err := query.First(user).Error // race
	if err != nil && !errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, errors.Wrap(err, "get user")
	}

	var authSourceID int64 // The login source ID will be used to authenticate the user
	createNewUser := false // Whether to create a new user after successful authentication

	// User found in the database
	if err == nil {
		// Note: This check is unnecessary but to reduce user confusion at login page
		// and make it more consistent from user's perspective.
		if loginSourceID >= 0 && user.LoginSource != loginSourceID {
			return nil, ErrLoginSourceMismatch{args: errx.Args{"expect": loginSourceID, "actual": user.LoginSource}}
		}

		// Validate password hash fetched from database for local accounts.
		if user.IsLocal() {
			if userx.ValidatePassword(user.Password, user.Salt, password) {
				return user, nil
			}

			return nil, auth.ErrBadCredentials{Args: map[string]any{"login": login, "userID": user.ID}}
		}

		authSourceID = user.LoginSource

	} else {
		// Non-local login source is always greater than 0.
		if loginSourceID <= 0 {
			return nil, auth.ErrBadCredentials{Args: map[string]any{"login": login}}
		}

		authSourceID = loginSourceID
		createNewUser = true
	}

	source, err := newLoginSourcesStore(s.db).GetByID(ctx, authSourceID)
	if err != nil {
		return nil, errors.Wrap(err, "get login source")
	}

	if !source.IsActived {
		return nil, errors.Errorf("login source %d is not activated", source.ID)
	}

	extAccount, err := source.Provider.Authenticate(login, password)
	if err != nil {
		return nil, err
	}

	if !createNewUser {
		return user, nil
	}

	return s.Create(ctx, extAccount.Name, extAccount.Email,
		CreateUserOptions{
			FullName:    extAccount.FullName,
			LoginSource: authSourceID,
			LoginName:   extAccount.Login,
			Location:    extAccount.Location,
			Website:     extAccount.Website,
			Activated:   true,
			Admin:       extAccount.Admin,
		},
	)
}

// ChangeUsername changes the username of the given user and updates all
// references to the old username. It returns ErrNameNotAllowed if the given
// name or pattern of the name is not allowed as a username, or
// ErrUserAlreadyExist when another user with same name already exists.
//
// Reproduces internal/database/users.go:147 (the renames of pull request
// references and directories inside the transaction are dropped).
func (s *UsersStore) ChangeUsername(ctx context.Context, userID int64, newUsername string) error {
	err := isUsernameAllowed(newUsername)
	if err != nil {
		return err
	}

	if s.IsUsernameUsed(ctx, newUsername, userID) { // safe: guards an UPDATE of the caller's own user row (no insert); user.lower_name is UNIQUE, so a concurrent rename to the same name fails on the key
		return ErrUserAlreadyExist{
			args: errx.Args{
				"name": newUsername,
			},
		}
	}

	user, err := s.GetByID(ctx, userID)
	if err != nil {
		return errors.Wrap(err, "get user")
	}

	return s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		err := tx.Model(&User{}).
			Where("id = ?", user.ID).
			Updates(map[string]any{
				"lower_name":   strings.ToLower(newUsername),
				"name":         newUsername,
				"updated_unix": tx.NowFunc().Unix(),
			}).Error
		if err != nil {
			return errors.Wrap(err, "update user name")
		}
		return nil
	})
}

type CreateUserOptions struct {
	FullName    string
	Password    string
	LoginSource int64
	LoginName   string
	Location    string
	Website     string
	Activated   bool
	Admin       bool
}

type ErrUserAlreadyExist struct {
	args errx.Args
}

// IsErrUserAlreadyExist returns true if the underlying error has the type
// ErrUserAlreadyExist.
func IsErrUserAlreadyExist(err error) bool {
	return errors.As(err, &ErrUserAlreadyExist{})
}

func (err ErrUserAlreadyExist) Error() string {
	return fmt.Sprintf("user already exists: %v", err.args)
}

type ErrEmailAlreadyUsed struct {
	args errx.Args
}

// IsErrEmailAlreadyUsed returns true if the underlying error has the type
// ErrEmailAlreadyUsed.
func IsErrEmailAlreadyUsed(err error) bool {
	return errors.As(err, &ErrEmailAlreadyUsed{})
}

func (err ErrEmailAlreadyUsed) Error() string {
	return fmt.Sprintf("email has been used: %v", err.args)
}

// Create creates a new user and persists to database. It returns
// ErrNameNotAllowed if the given name or pattern of the name is not allowed as
// a username, or ErrUserAlreadyExist when a user with same name already exists,
// or ErrEmailAlreadyUsed if the email has been verified by another user.
//
// Reproduces internal/database/users.go:286 (callers: sign-up
// cmd/gogs/internal/web/webapi_user.go:100, admin route/admin/users.go:88, API
// route/api/v1/admin_user.go:46, CLI cmd/gogs/admin.go:151, and the two
// get-or-create callers Authenticate and context.authenticatedUser).
func (s *UsersStore) Create(ctx context.Context, username, email string, opts CreateUserOptions) (*User, error) {
	err := isUsernameAllowed(username)
	if err != nil {
		return nil, err
	}

	if s.IsUsernameUsed(ctx, username, 0) { // race
		return nil, ErrUserAlreadyExist{
			args: errx.Args{
				"name": username,
			},
		}
	}

	email = strings.ToLower(strings.TrimSpace(email))
	_, err = s.GetByEmail(ctx, email) // race; no unique key: user.email is only NOT NULL (users.go:1220); email_address is unique on (uid, email) only (users.go:1569-1570, GORM table)
	if err == nil {
		return nil, ErrEmailAlreadyUsed{
			args: errx.Args{
				"email": email,
			},
		}
	} else if !IsErrUserNotExist(err) {
		return nil, err
	}

	user := &User{
		LowerName:       strings.ToLower(username),
		Name:            username,
		FullName:        opts.FullName,
		Email:           email,
		Password:        opts.Password,
		LoginSource:     opts.LoginSource,
		LoginName:       opts.LoginName,
		Location:        opts.Location,
		Website:         opts.Website,
		MaxRepoCreation: -1,
		IsActive:        opts.Activated,
		IsAdmin:         opts.Admin,
		Avatar:          cryptox.MD5(email), // Gravatar URL uses the MD5 hash of the email, see https://en.gravatar.com/site/implement/hash/
		AvatarEmail:     email,
	}

	user.Rands, err = userx.RandomSalt()
	if err != nil {
		return nil, err
	}
	user.Salt, err = userx.RandomSalt()
	if err != nil {
		return nil, err
	}
	user.Password = userx.EncodePassword(user.Password, user.Salt)

	return user, s.db.WithContext(ctx).Create(user).Error
}

// recountFollows is internal/database/users.go:579.
func (*UsersStore) recountFollows(tx *gorm.DB, userID, followID int64) error {
	err := tx.Model(&User{}).
		Where("id = ?", followID).
		Update(
			"num_followers",
			tx.Model(&Follow{}).Select("COUNT(*)").Where("follow_id = ?", followID),
		).
		Error
	if err != nil {
		return errors.Wrap(err, `update "user.num_followers"`)
	}

	err = tx.Model(&User{}).
		Where("id = ?", userID).
		Update(
			"num_following",
			tx.Model(&Follow{}).Select("COUNT(*)").Where("user_id = ?", userID),
		).
		Error
	if err != nil {
		return errors.Wrap(err, `update "user.num_following"`)
	}
	return nil
}

// Follow marks the user to follow the other user.
//
// Reproduces internal/database/users.go:623 (callers: route/user/profile.go:114
// Action "follow", route/api/v1/user_follower.go:92 PUT /user/following/:username).
// GORM's FirstOrCreate is a SELECT then an INSERT, not an upsert.
func (s *UsersStore) Follow(ctx context.Context, userID, followID int64) error {
	if userID == followID {
		return nil
	}

	return s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		f := &Follow{
			UserID:   userID,
			FollowID: followID,
		}
		result := tx.FirstOrCreate(f, f) // race
		if result.Error != nil {
			return errors.Wrap(result.Error, "upsert")
		} else if result.RowsAffected <= 0 {
			return nil // Relation already exists
		}

		return s.recountFollows(tx, userID, followID)
	})
}

type ErrUserNotExist struct {
	args errx.Args
}

// IsErrUserNotExist returns true if the underlying error has the type
// ErrUserNotExist.
func IsErrUserNotExist(err error) bool {
	_, ok := errors.Cause(err).(ErrUserNotExist)
	return ok
}

func (err ErrUserNotExist) Error() string {
	return fmt.Sprintf("user does not exist: %v", err.args)
}

func (ErrUserNotExist) NotFound() bool {
	return true
}

// GetByEmail returns the user (not organization) with given email. It ignores
// records with unverified emails and returns ErrUserNotExist when not found.
//
// Reproduces internal/database/users.go:687.
func (s *UsersStore) GetByEmail(ctx context.Context, email string) (*User, error) {
	if email == "" {
		return nil, ErrUserNotExist{args: errx.Args{"email": email}}
	}
	email = strings.ToLower(email)

	/*
		Equivalent SQL for PostgreSQL:

		SELECT * FROM "user"
		LEFT JOIN email_address ON email_address.uid = "user".id
		WHERE
			"user".type = @userType
		AND (
				"user".email = @email AND "user".is_active = TRUE
			OR  email_address.email = @email AND email_address.is_activated = TRUE
		)
	*/
	user := new(User)
	err := s.db.WithContext(ctx).
		Joins(dbx.Quote("LEFT JOIN email_address ON email_address.uid = %s.id", "user"), true).
		Where(dbx.Quote("%s.type = ?", "user"), UserTypeIndividual).
		Where(s.db.
			Where(dbx.Quote("%[1]s.email = ? AND %[1]s.is_active = ?", "user"), email, true).
			Or("email_address.email = ? AND email_address.is_activated = ?", email, true),
		).
		First(&user).
		Error
	if err != nil {
		if errors.Is(err, gorm.ErrRecordNotFound) {
			return nil, ErrUserNotExist{args: errx.Args{"email": email}}
		}
		return nil, err
	}
	return user, nil
}

// GetByID returns the user with given ID (internal/database/users.go:726).
func (s *UsersStore) GetByID(ctx context.Context, id int64) (*User, error) {
	user := new(User)
	err := s.db.WithContext(ctx).Where("id = ?", id).First(user).Error
	if err != nil {
		if errors.Is(err, gorm.ErrRecordNotFound) {
			return nil, ErrUserNotExist{args: errx.Args{"userID": id}}
		}
		return nil, err
	}
	return user, nil
}

// GetByUsername returns the user with given username. It returns
// ErrUserNotExist when not found (internal/database/users.go:740).
func (s *UsersStore) GetByUsername(ctx context.Context, username string) (*User, error) {
	user := new(User)
	err := s.db.WithContext(ctx).Where("lower_name = ?", strings.ToLower(username)).First(user).Error
	if err != nil {
		if errors.Is(err, gorm.ErrRecordNotFound) {
			return nil, ErrUserNotExist{args: errx.Args{"name": username}}
		}
		return nil, err
	}
	return user, nil
}

// IsUsernameUsed returns true if the given username has been used other than
// the excluded user (a non-positive ID effectively meaning check against all
// users) (internal/database/users.go:785).
func (s *UsersStore) IsUsernameUsed(ctx context.Context, username string, excludeUserID int64) bool {
	if username == "" {
		return false
	}
	return s.db.WithContext(ctx).
		Select("id").
		Where("lower_name = ? AND id != ?", strings.ToLower(username), excludeUserID).
		First(&User{}).
		Error != gorm.ErrRecordNotFound
}

// AddEmail adds a new email address to given user. It returns
// ErrEmailAlreadyUsed if the email has been verified by another user.
//
// Reproduces internal/database/users.go:1016 (callers: POST
// /user/settings/email -> route/user/setting.go:321 SettingsEmailPost, and
// POST /api/v1/user/emails -> route/api/v1/user_email.go:39).
func (s *UsersStore) AddEmail(ctx context.Context, userID int64, email string, isActivated bool) error {
	email = strings.ToLower(strings.TrimSpace(email))
	_, err := s.GetByEmail(ctx, email) // race; no unique key: the check is by email across users, but email_address is unique on (uid, email) only (users.go:1569-1570, GORM table) and user.email has no unique tag
	if err == nil {
		return ErrEmailAlreadyUsed{
			args: errx.Args{
				"email": email,
			},
		}
	} else if !IsErrUserNotExist(err) {
		return errors.Wrap(err, "check user by email")
	}

	return s.db.WithContext(ctx).Create(
		&EmailAddress{
			UserID:      userID,
			Email:       email,
			IsActivated: isActivated,
		},
	).Error
}

type ErrEmailNotExist struct {
	args errx.Args
}

func (err ErrEmailNotExist) Error() string {
	return fmt.Sprintf("email address does not exist: %v", err.args)
}

type ErrEmailNotVerified struct {
	args errx.Args
}

func (err ErrEmailNotVerified) Error() string {
	return fmt.Sprintf("email has not been verified: %v", err.args)
}

// MarkEmailPrimary marks the email address of the given user as primary. It
// returns ErrEmailNotExist when the email is not found for the user, and
// ErrEmailNotActivated when the email is not activated.
//
// Reproduces internal/database/users.go:1154 (caller: POST /user/settings/email
// with _method=PRIMARY -> route/user/setting.go:298 SettingsEmailPost). The
// first lookup only guards the update; the FirstOrCreate of the former primary
// address is a SELECT then an INSERT, not an upsert.
func (s *UsersStore) MarkEmailPrimary(ctx context.Context, userID int64, email string) error {
	var emailAddress EmailAddress
	err := s.db.WithContext(ctx).Where("uid = ? AND email = ?", userID, email).First(&emailAddress).Error
	if err != nil {
		if errors.Is(err, gorm.ErrRecordNotFound) {
			return ErrEmailNotExist{args: errx.Args{"email": email}}
		}
		return errors.Wrap(err, "get email address")
	}

	if !emailAddress.IsActivated {
		return ErrEmailNotVerified{args: errx.Args{"email": email}}
	}

	user, err := s.GetByID(ctx, userID)
	if err != nil {
		return errors.Wrap(err, "get user")
	}

	return s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		// Make sure the former primary email doesn't disappear.
		err = tx.FirstOrCreate( // race
			&EmailAddress{
				UserID:      user.ID,
				Email:       user.Email,
				IsActivated: user.IsActive,
			},
			&EmailAddress{
				UserID: user.ID,
				Email:  user.Email,
			},
		).Error
		if err != nil {
			return errors.Wrap(err, "upsert former primary email address")
		}

		return tx.Model(&User{}).
			Where("id = ?", user.ID).
			Updates(map[string]any{
				"email":        email,
				"updated_unix": tx.NowFunc().Unix(),
			},
			).Error
	})
}

// UserType indicates the type of the user account.
type UserType int

const (
	UserTypeIndividual UserType = iota // NOTE: Historic reason to make it starts at 0.
	UserTypeOrganization
)

// User represents the object of an individual or an organization
// (internal/database/users.go:1214, reduced).
type User struct {
	ID        int64  `gorm:"primaryKey"`
	LowerName string `xorm:"UNIQUE NOT NULL" gorm:"unique;not null"`
	Name      string `xorm:"UNIQUE NOT NULL" gorm:"not null"`
	FullName  string
	// Email is the primary email address (to be used for communication)
	Email       string `xorm:"NOT NULL" gorm:"not null"`
	Password    string `xorm:"passwd NOT NULL" gorm:"column:passwd;not null"`
	LoginSource int64  `xorm:"NOT NULL DEFAULT 0" gorm:"not null;default:0"`
	LoginName   string
	Type        UserType
	Location    string
	Website     string
	Rands       string `xorm:"VARCHAR(10)" gorm:"type:VARCHAR(10)"`
	Salt        string `xorm:"VARCHAR(10)" gorm:"type:VARCHAR(10)"`

	CreatedUnix int64
	UpdatedUnix int64

	// Remember visibility choice for convenience, true for private
	LastRepoVisibility bool
	// Maximum repository creation limit, -1 means use global default
	MaxRepoCreation int `xorm:"NOT NULL DEFAULT -1" gorm:"not null;default:-1"`

	// Permissions
	IsActive bool // Activate primary email
	IsAdmin  bool

	// Avatar
	Avatar          string `xorm:"VARCHAR(2048) NOT NULL" gorm:"type:VARCHAR(2048);not null"`
	AvatarEmail     string `xorm:"NOT NULL" gorm:"not null"`
	UseCustomAvatar bool

	// Counters
	NumFollowers int
	NumFollowing int `xorm:"NOT NULL DEFAULT 0" gorm:"not null;default:0"`
	NumStars     int
	NumRepos     int

	// For organization
	NumTeams   int
	NumMembers int
}

// IsLocal returns true if the user is created as local account.
func (u *User) IsLocal() bool {
	return u.LoginSource <= 0
}

// IsOrganization returns true if the user is an organization.
func (u *User) IsOrganization() bool {
	return u.Type == UserTypeOrganization
}

// maxNumRepos returns the maximum number of repositories that the user can have
// direct ownership.
func (u *User) maxNumRepos() int {
	return u.MaxRepoCreation
}

// canCreateRepo returns true if the user can create a repository.
func (u *User) canCreateRepo() bool {
	return u.maxNumRepos() <= -1 || u.NumRepos < u.maxNumRepos()
}

type ErrNameNotAllowed struct {
	args errx.Args
}

func (err ErrNameNotAllowed) Error() string {
	return fmt.Sprintf("name is not allowed: %v", err.args)
}

// isNameAllowed checks if the name is reserved or pattern of the name is not
// allowed based on given reserved names and patterns (internal/database/users.go:1526,
// reduced to exact names and "*suffix" patterns).
func isNameAllowed(names map[string]struct{}, patterns []string, name string) error {
	name = strings.TrimSpace(strings.ToLower(name))
	if _, ok := names[name]; ok || name == "" {
		return ErrNameNotAllowed{args: errx.Args{"reason": "reserved", "name": name}}
	}
	for _, pattern := range patterns {
		if pattern[0] == '*' && strings.HasSuffix(name, pattern[1:]) {
			return ErrNameNotAllowed{args: errx.Args{"reason": "reserved", "pattern": pattern}}
		}
	}
	return nil
}

// reservedUsernames is internal/database/users.go reservedUsernames (abridged).
var reservedUsernames = map[string]struct{}{
	"-": {}, "explore": {}, "create": {}, "assets": {}, "css": {}, "img": {}, "js": {},
	"less": {}, "plugins": {}, "debug": {}, "raw": {}, "install": {}, "api": {},
	"avatar": {}, "user": {}, "org": {}, "help": {}, "stars": {}, "issues": {},
	"pulls": {}, "commits": {}, "repo": {}, "template": {}, "admin": {}, "new": {},
	".": {}, "..": {},
}

var reservedUsernamePatterns = []string{"*.keys"}

// isUsernameAllowed returns ErrNameNotAllowed if the given name or pattern of
// the name is not allowed as a username.
func isUsernameAllowed(name string) error {
	return isNameAllowed(reservedUsernames, reservedUsernamePatterns, name)
}

// EmailAddress is an email address of a user (internal/database/users.go:1567).
// The table is created by GORM (database.go Tables), so its key is the GORM
// uniqueIndex (uid, email), not the xorm UNIQUE on email.
type EmailAddress struct {
	ID          int64  `gorm:"primaryKey"`
	UserID      int64  `xorm:"uid INDEX NOT NULL" gorm:"column:uid;index;uniqueIndex:email_address_user_email_unique;not null"`
	Email       string `xorm:"UNIQUE NOT NULL" gorm:"uniqueIndex:email_address_user_email_unique;not null;size:254"`
	IsActivated bool   `gorm:"not null;default:FALSE"`
	IsPrimary   bool   `xorm:"-" gorm:"-" json:"-"`
}

// Follow represents relations of users and their followers
// (internal/database/users.go:1576).
type Follow struct {
	ID       int64 `gorm:"primaryKey"`
	UserID   int64 `xorm:"UNIQUE(follow)" gorm:"uniqueIndex:follow_user_follow_unique;not null"`
	FollowID int64 `xorm:"UNIQUE(follow)" gorm:"uniqueIndex:follow_user_follow_unique;not null"`
}
