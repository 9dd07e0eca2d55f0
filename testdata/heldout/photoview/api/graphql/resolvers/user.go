package resolvers

import (
	"context"
	"errors"
	"path"

	"example.com/heldout/photoview/api/graphql/auth"
	"example.com/heldout/photoview/api/graphql/models"
	"example.com/heldout/photoview/api/scanner"
	"gorm.io/gorm"
)

// AuthorizeUser is api/graphql/resolvers/user.go:24 (mutation authorizeUser):
// the user lookup (models/user.go:79) checks the credentials; the insert is a
// fresh random access token (models/user.go:126, :145).
func (r *mutationResolver) AuthorizeUser(ctx context.Context, username string, password string) (*models.AuthorizeResult, error) {
	db := r.DB(ctx)
	user, err := models.AuthorizeUser(db, username, password) // safe: looks up the parent user to check the password; the row inserted is a new access token keyed on a fresh random value
	if err != nil {
		return &models.AuthorizeResult{
			Success: false,
			Status:  err.Error(),
		}, nil
	}

	var token *models.AccessToken

	transactionError := db.Transaction(func(tx *gorm.DB) error {
		token, err = user.GenerateAccessToken(tx)
		if err != nil {
			return err
		}

		return nil
	})

	if transactionError != nil {
		return nil, transactionError
	}

	return &models.AuthorizeResult{
		Success: true,
		Status:  "ok",
		Token:   &token.Value,
	}, nil
}

// InitialSetupWizard is api/graphql/resolvers/user.go:57 (mutation
// initialSetupWizard): the site_info flag check (:59, :64) guards the
// registration of the first admin (:77, users.username UNIQUE) and its root
// album (:82, NewRootAlbum).
func (r *mutationResolver) InitialSetupWizard(ctx context.Context, username string, password string, rootPath string) (*models.AuthorizeResult, error) {
	db := r.DB(ctx)
	siteInfo, err := models.GetSiteInfo(db) // safe: checks the site_info.initial_setup flag, not the rows it then inserts (a user keyed on username, UNIQUE in models/user.go:16, and a root album handled by NewRootAlbum)
	if err != nil {
		return nil, err
	}

	if !siteInfo.InitialSetup {
		return nil, errors.New("not initial setup")
	}

	rootPath = path.Clean(rootPath)

	var token *models.AccessToken

	transactionError := db.Transaction(func(tx *gorm.DB) error {
		if err := tx.Exec("UPDATE site_info SET initial_setup = false").Error; err != nil {
			return err
		}

		user, err := models.RegisterUser(tx, username, &password, true)
		if err != nil {
			return err
		}

		_, err = scanner.NewRootAlbum(tx, rootPath, user)
		if err != nil {
			return err
		}

		token, err = user.GenerateAccessToken(tx)
		if err != nil {
			return err
		}

		return nil
	})

	if transactionError != nil {
		return &models.AuthorizeResult{
			Success: false,
			Status:  err.Error(),
		}, nil
	}

	return &models.AuthorizeResult{
		Success: true,
		Status:  "ok",
		Token:   &token.Value,
	}, nil
}

// CreateUser is api/graphql/resolvers/user.go:148 (plain insert, no lookup).
func (r *mutationResolver) CreateUser(ctx context.Context, username string, password *string, admin bool) (*models.User, error) {
	var user *models.User

	transactionError := r.DB(ctx).Transaction(func(tx *gorm.DB) error {
		var err error
		user, err = models.RegisterUser(tx, username, password, admin)
		if err != nil {
			return err
		}

		return nil
	})

	if transactionError != nil {
		return nil, transactionError
	}

	return user, nil
}

// UserAddRootPath is api/graphql/resolvers/user.go:174 (mutation userAddRootPath, admin).
func (r *mutationResolver) UserAddRootPath(ctx context.Context, id int, rootPath string) (*models.Album, error) {
	db := r.DB(ctx)

	rootPath = path.Clean(rootPath)

	var user models.User
	if err := db.First(&user, id).Error; err != nil {
		return nil, err
	}

	newAlbum, err := scanner.NewRootAlbum(db, rootPath, &user)
	if err != nil {
		return nil, err
	}

	return newAlbum, nil
}

// ChangeUserPreferences is api/graphql/resolvers/user.go:247 (mutation
// changeUserPreferences): FirstOrInit (:261) leaves ID 0 when no row is found,
// and Save (:268) then INSERTs a new user_preferences row.
func (r *mutationResolver) ChangeUserPreferences(ctx context.Context, language *string) (*models.UserPreferences, error) {
	db := r.DB(ctx)
	user := auth.UserFromContext(ctx)
	if user == nil {
		return nil, auth.ErrUnauthorized
	}

	var langTrans *models.LanguageTranslation = nil
	if language != nil {
		lng := models.LanguageTranslation(*language)
		langTrans = &lng
	}

	var userPref models.UserPreferences
	if err := db.Where("user_id = ?", user.ID).FirstOrInit(&userPref).Error; err != nil { // race; no unique key: user_preferences.user_id is only `gorm:"not null;index"` (api/graphql/models/user.go:45)
		return nil, err
	}

	userPref.UserID = user.ID
	userPref.Language = langTrans

	if err := db.Save(&userPref).Error; err != nil {
		return nil, err
	}

	return &userPref, nil
}

// MyUserPreferences is api/graphql/resolvers/user.go:297 (query
// myUserPreferences): FirstOrCreate (:306) is a SELECT ... LIMIT 1 then a
// plain INSERT when nothing is found.
func (r *queryResolver) MyUserPreferences(ctx context.Context) (*models.UserPreferences, error) {
	user := auth.UserFromContext(ctx)
	if user == nil {
		return nil, auth.ErrUnauthorized
	}

	userPref := models.UserPreferences{
		UserID: user.ID,
	}
	if err := r.DB(ctx).Where("user_id = ?", user.ID).FirstOrCreate(&userPref).Error; err != nil { // race; no unique key: user_preferences.user_id is only `gorm:"not null;index"` (api/graphql/models/user.go:45)
		return nil, err
	}

	return &userPref, nil
}
