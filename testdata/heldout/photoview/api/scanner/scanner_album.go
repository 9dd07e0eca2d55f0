// Package scanner is api/scanner (scanner_album.go, scanner_media.go,
// scanner_user.go, media_scan.go).
package scanner

import (
	"fmt"
	"log"
	"os"
	"path"

	"example.com/heldout/photoview/api/graphql/models"
	"example.com/heldout/photoview/api/scanner/media_encoding"
	"example.com/heldout/photoview/api/scanner/scanner_task"
	"example.com/heldout/photoview/api/scanner/scanner_tasks"
	"github.com/pkg/errors"
	"gorm.io/gorm"
)

// NewRootAlbum is api/scanner/scanner_album.go:19. Callers: the GraphQL
// mutations userAddRootPath (resolvers/user.go:184) and initialSetupWizard
// (resolvers/user.go:82, inside a transaction). The path_hash lookup (:39)
// decides between adding the owner to the found album (:55) and inserting a
// new album (:67); albums.path_hash is UNIQUE (models/album.go:19), and
// FindAlbumsForUser (scanner_user.go:132/:160) inserts albums for the same
// paths from the scanner. The ownership count (:47) guards a many2many Append,
// which GORM writes as INSERT INTO user_albums ... ON CONFLICT DO NOTHING
// (gorm callbacks/associations.go, many2many join rows).
func NewRootAlbum(db *gorm.DB, rootPath string, owner *models.User) (*models.Album, error) {

	if !ValidRootPath(rootPath) {
		return nil, ErrorInvalidRootPath
	}

	if !path.IsAbs(rootPath) {
		wd, err := os.Getwd()
		if err != nil {
			return nil, err
		}

		rootPath = path.Join(wd, rootPath)
	}

	owners := []models.User{
		*owner,
	}

	var matchedAlbums []models.Album
	if err := db.Where("path_hash = ?", models.MD5Hash(rootPath)).Find(&matchedAlbums).Error; err != nil { // race
		return nil, err
	}

	if len(matchedAlbums) > 0 {
		album := matchedAlbums[0]

		var matchedUserAlbumCount int64
		if err := db.Table("user_albums").Where("user_id = ?", owner.ID).Where("album_id = ?", album.ID).Count(&matchedUserAlbumCount).Error; err != nil { // safe: the insert it guards is the many2many Append, which GORM issues as INSERT INTO user_albums ... ON CONFLICT DO NOTHING on the (user_id, album_id) primary key
			return nil, err
		}

		if matchedUserAlbumCount > 0 {
			return nil, errors.New(fmt.Sprintf("user already owns a path containing this path: %s", rootPath))
		}

		if err := db.Model(&owner).Association("Albums").Append(&album); err != nil {
			return nil, errors.Wrap(err, "add owner to already existing album")
		}

		return &album, nil
	} else {
		album := models.Album{
			Title:  path.Base(rootPath),
			Path:   rootPath,
			Owners: owners,
		}

		if err := db.Create(&album).Error; err != nil {
			return nil, err
		}

		return &album, nil
	}
}

// ErrorInvalidRootPath is api/scanner/scanner_album.go:75.
var ErrorInvalidRootPath = errors.New("invalid root path")

// ValidRootPath is api/scanner/scanner_album.go:77.
func ValidRootPath(rootPath string) bool {
	_, err := os.Stat(rootPath)
	if err != nil {
		log.Printf("invalid root path %s: %s", rootPath, err)
		return false
	}

	return true
}

// ScanAlbum is api/scanner/scanner_album.go:87, run by one scanner queue job
// (scanner_queue/queue.go:37) per album.
func ScanAlbum(ctx scanner_task.TaskContext) error {
	newCtx, err := scanner_tasks.Tasks.BeforeScanAlbum(ctx)
	if err != nil {
		return errors.Wrapf(err, "before scan album (%s)", ctx.GetAlbum().Path)
	}
	ctx = newCtx

	// Scan for photos
	albumMedia, err := findMediaForAlbum(ctx)
	if err != nil {
		return errors.Wrapf(err, "find media for album (%s): %s", ctx.GetAlbum().Path, err)
	}

	changedMedia := make([]*models.Media, 0)
	for i, media := range albumMedia {
		mediaData := media_encoding.NewEncodeMediaData(media)

		if err := scanMedia(ctx, media, &mediaData, i, len(albumMedia)); err != nil {
			log.Printf("Error scanning media for album (%d) file (%s): %s\n", ctx.GetAlbum().ID, media.Path, err)
		}
	}

	if err := scanner_tasks.Tasks.AfterScanAlbum(ctx, changedMedia, albumMedia); err != nil {
		return errors.Wrap(err, "after scan album")
	}

	return nil
}

// findMediaForAlbum is api/scanner/scanner_album.go:116: every media path is
// path.Join(album.Path, item.Name()), so a media path belongs to exactly one album.
func findMediaForAlbum(ctx scanner_task.TaskContext) ([]*models.Media, error) {

	albumMedia := make([]*models.Media, 0)

	dirContent, err := os.ReadDir(ctx.GetAlbum().Path)
	if err != nil {
		return nil, err
	}

	for _, item := range dirContent {
		mediaPath := path.Join(ctx.GetAlbum().Path, item.Name())

		if !item.IsDir() && ctx.GetCache().IsPathMedia(mediaPath) {
			itemInfo, err := item.Info()
			if err != nil {
				return nil, err
			}
			skip, err := scanner_tasks.Tasks.MediaFound(ctx, itemInfo, mediaPath)
			if err != nil {
				return nil, err
			}
			if skip {
				continue
			}

			err = ctx.DatabaseTransaction(func(ctx scanner_task.TaskContext) error {
				media, isNewMedia, err := ScanMedia(ctx.GetDB(), mediaPath, ctx.GetAlbum().ID, ctx.GetCache())
				if err != nil {
					return errors.Wrapf(err, "scanning media error (%s)", mediaPath)
				}

				if err = scanner_tasks.Tasks.AfterMediaFound(ctx, media, isNewMedia); err != nil {
					return err
				}

				albumMedia = append(albumMedia, media)

				return nil
			})

			if err != nil {
				log.Printf("Error scanning media for album (%d): %s\n", ctx.GetAlbum().ID, err)
				continue
			}
		}

	}

	return albumMedia, nil
}
