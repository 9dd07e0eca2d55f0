package resolvers

import (
	"context"
	"errors"

	"example.com/heldout/photoview/api/graphql/auth"
	"example.com/heldout/photoview/api/graphql/models"
	"example.com/heldout/photoview/api/scanner/face_detection"
	"gorm.io/gorm"
)

// ErrFaceDetectorNotInitialized is api/graphql/resolvers/faces.go.
var ErrFaceDetectorNotInitialized = errors.New("face detector not initialized")

const mediaAlbumIDInQuestion = "media.album_id IN (?)"
const imageFacesIDInQuestion = "image_faces.id IN (?)"

// DetachImageFaces is api/graphql/resolvers/faces.go:328 (mutation
// detachImageFaces): the owned-faces lookup (:344) is followed by the insert
// of a brand-new, empty face group (:353) that the faces are moved into.
func (r *mutationResolver) DetachImageFaces(ctx context.Context, imageFaceIDs []int) (*models.FaceGroup, error) {
	db := r.DB(ctx)
	user := auth.UserFromContext(ctx)
	if user == nil {
		return nil, errors.New("unauthorized")
	}

	if face_detection.GlobalFaceDetector == nil {
		return nil, ErrFaceDetectorNotInitialized
	}

	userOwnedImageFaceIDs := make([]int, 0)
	newFaceGroup := models.FaceGroup{}

	transactionError := db.Transaction(func(tx *gorm.DB) error {

		userOwnedImageFaces, err := getUserOwnedImageFaces(tx, user, imageFaceIDs) // safe: an ownership lookup of existing faces; the row inserted is a new face group keyed on a fresh autoincrement id
		if err != nil {
			return err
		}

		for _, imageFace := range userOwnedImageFaces {
			userOwnedImageFaceIDs = append(userOwnedImageFaceIDs, imageFace.ID)
		}

		if err := tx.Save(&newFaceGroup).Error; err != nil {
			return err
		}

		if err := tx.
			Model(&models.ImageFace{}).
			Where("id IN (?)", userOwnedImageFaceIDs).
			Update("face_group_id", newFaceGroup.ID).Error; err != nil {
			return err
		}

		return nil
	})

	if transactionError != nil {
		return nil, transactionError
	}

	face_detection.GlobalFaceDetector.MergeImageFaces(userOwnedImageFaceIDs, int32(newFaceGroup.ID))

	return &newFaceGroup, nil
}

// getUserOwnedImageFaces is api/graphql/resolvers/faces.util.go:61.
func getUserOwnedImageFaces(tx *gorm.DB, user *models.User, imageFaceIDs []int) ([]*models.ImageFace, error) {

	if len(imageFaceIDs) == 0 {
		return nil, nil
	}

	query := tx.Model(&models.ImageFace{})

	if !user.Admin {
		if err := user.FillAlbums(tx); err != nil {
			return nil, err
		}

		userAlbumIDs := make([]int, len(user.Albums))
		for i, album := range user.Albums {
			userAlbumIDs[i] = album.ID
		}

		if len(userAlbumIDs) == 0 {
			return nil, nil
		}

		query = query.
			Joins("JOIN media ON media.id = image_faces.media_id").
			Where(mediaAlbumIDInQuestion, userAlbumIDs)
	}

	var userOwnedImageFaces []*models.ImageFace
	if err := query.
		Where(imageFacesIDInQuestion, imageFaceIDs).
		Find(&userOwnedImageFaces).Error; err != nil {
		return nil, err
	}

	return userOwnedImageFaces, nil
}
