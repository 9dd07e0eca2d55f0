// Package actions is api/graphql/models/actions (share_token_actions.go).
package actions

import (
	"time"

	"example.com/heldout/photoview/api/database/drivers"
	"example.com/heldout/photoview/api/graphql/auth"
	"example.com/heldout/photoview/api/graphql/models"
	"example.com/heldout/photoview/api/utils"
	"example.com/heldout/photoview/third_party/bcrypt"
	"github.com/pkg/errors"
	"gorm.io/gorm"
)

// AddMediaShare is api/graphql/models/actions/share_token_actions.go:15: an
// ownership lookup of the media (:27) then the insert of a new share token
// with a fresh random value (:46, :54).
func AddMediaShare(db *gorm.DB, user *models.User, mediaID int, expire *time.Time, password *string) (*models.ShareToken,
	error) {

	var media models.Media

	var query string
	if drivers.POSTGRES.MatchDatabase(db) {
		query = "EXISTS (SELECT * FROM user_albums WHERE user_albums.album_id = \"Album\".id AND user_albums.user_id = ?)"
	} else {
		query = "EXISTS (SELECT * FROM user_albums WHERE user_albums.album_id = Album.id AND user_albums.user_id = ?)"
	}

	err := db.Joins("Album"). // safe: looks up the parent media to authorize the share; the row inserted is a new share token keyed on a fresh utils.GenerateToken() value
					Where(query, user.ID).
					First(&media, mediaID).
					Error

	if err != nil {
		if errors.Is(err, gorm.ErrRecordNotFound) {
			return nil, auth.ErrUnauthorized
		} else {
			return nil, errors.Wrap(err, "failed to validate media owner with database")
		}
	}

	hashedPassword, err := hashSharePassword(password)
	if err != nil {
		return nil, err
	}

	shareToken := models.ShareToken{
		Value:    utils.GenerateToken(),
		OwnerID:  user.ID,
		Expire:   expire,
		Password: hashedPassword,
		AlbumID:  nil,
		MediaID:  &mediaID,
	}

	if err := db.Create(&shareToken).Error; err != nil {
		return nil, errors.Wrap(err, "failed to insert new share token into database")
	}

	return &shareToken, nil
}

// AddAlbumShare is api/graphql/models/actions/share_token_actions.go:61: an
// ownership count (:65) then the insert of a new share token with a fresh
// random value (:90, :98).
func AddAlbumShare(db *gorm.DB, user *models.User, albumID int, expire *time.Time, password *string) (*models.ShareToken,
	error) {

	var count int64
	err := db. // safe: an authorization count over the user's albums; the row inserted is a new share token keyed on a fresh utils.GenerateToken() value
			Model(&models.Album{}).
			Where("EXISTS (SELECT * FROM user_albums WHERE user_albums.album_id = albums.id AND user_albums.user_id = ?)",
			user.ID).
		Count(&count).Error

	if err != nil {
		return nil, errors.Wrap(err, "failed to validate album owner with database")
	}

	if count == 0 {
		return nil, auth.ErrUnauthorized
	}

	var hashedPassword *string = nil
	if password != nil {
		hashedPassBytes, err := bcrypt.GenerateFromPassword([]byte(*password), 12)
		if err != nil {
			return nil, errors.Wrap(err, "failed to hash token password")
		}
		hashedStr := string(hashedPassBytes)
		hashedPassword = &hashedStr
	}

	shareToken := models.ShareToken{
		Value:    utils.GenerateToken(),
		OwnerID:  user.ID,
		Expire:   expire,
		Password: hashedPassword,
		AlbumID:  &albumID,
		MediaID:  nil,
	}

	if err := db.Create(&shareToken).Error; err != nil {
		return nil, errors.Wrap(err, "failed to insert new share token into database")
	}

	return &shareToken, nil
}

// hashSharePassword is api/graphql/models/actions/share_token_actions.go:153.
func hashSharePassword(password *string) (*string, error) {
	var hashedPassword *string = nil
	if password != nil {
		hashedPassBytes, err := bcrypt.GenerateFromPassword([]byte(*password), 12)
		if err != nil {
			return nil, errors.Wrap(err, "failed to generate hash for share password")
		}
		hashedStr := string(hashedPassBytes)
		hashedPassword = &hashedStr
	}

	return hashedPassword, nil
}
