package routing

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"io"
	"net/http"

	"example.com/heldout/dendrite/mediaapi/storage"
	"example.com/heldout/dendrite/mediaapi/types"
	"example.com/heldout/dendrite/third_party/gomatrixserverlib/spec"
	log "example.com/heldout/dendrite/third_party/logrus"
	"example.com/heldout/dendrite/third_party/util"
)

// uploadRequest reproduces mediaapi/routing/upload.go:44.
// uploadRequest metadata included in or derivable from an upload request
// https://matrix.org/docs/spec/client_server/r0.2.0.html#post-matrix-media-r0-upload
// NOTE: The members come from HTTP request metadata such as headers, query parameters or can be derived from such
type uploadRequest struct {
	MediaMetadata *types.MediaMetadata
	Logger        *log.Entry
}

// FileStore stands in for mediaapi/fileutils: WriteTempFile hashes the body
// into a temporary directory, MoveFileWithHashCheck moves it to its final
// (hash-derived) path.
type FileStore interface {
	WriteTempFile(ctx context.Context, reqReader io.Reader) (hash types.Base64Hash, size types.FileSizeBytes, tmpDir types.Path, err error)
	MoveFileWithHashCheck(tmpDir types.Path, mediaMetadata *types.MediaMetadata) (finalPath types.Path, duplicate bool, err error)
	RemoveDir(dir types.Path)
}

// generateMediaID reproduces mediaapi/routing/upload.go:100.
func (r *uploadRequest) generateMediaID(ctx context.Context, db storage.Database) (types.MediaID, error) {
	for {
		// First try generating a meda ID. We'll do this by
		// generating some random bytes and then hex-encoding.
		mediaIDBytes := make([]byte, 32)
		_, err := rand.Read(mediaIDBytes)
		if err != nil {
			return "", fmt.Errorf("rand.Read: %w", err)
		}
		mediaID := types.MediaID(hex.EncodeToString(mediaIDBytes))
		// Then we will check if this media ID already exists in
		// our database. If it does then we had best generate a
		// new one.
		existingMetadata, err := db.GetMediaMetadata(ctx, mediaID, r.MediaMetadata.Origin) // safe: fresh key: the media ID is 32 random bytes, so a concurrent insert of the same (media_id, media_origin) cannot happen in practice (and the unique index would reject it)
		if err != nil {
			return "", fmt.Errorf("db.GetMediaMetadata: %w", err)
		}
		if existingMetadata != nil {
			// The media ID was already used - repeat the process
			// and generate a new one instead.
			continue
		}
		// The media ID was not already used - let's return that.
		return mediaID, nil
	}
}

// doUpload reproduces mediaapi/routing/upload.go:127 (trimmed: the size-limit
// handling, :151-176, is dropped and fileutils is the FileStore stand-in).
func (r *uploadRequest) doUpload(
	ctx context.Context,
	reqReader io.Reader,
	files FileStore,
	db storage.Database,
) *util.JSONResponse {
	r.Logger.WithFields(log.Fields{
		"UploadName":    r.MediaMetadata.UploadName,
		"FileSizeBytes": r.MediaMetadata.FileSizeBytes,
		"ContentType":   r.MediaMetadata.ContentType,
	}).Info("Uploading file")

	hash, bytesWritten, tmpDir, err := files.WriteTempFile(ctx, reqReader)
	if err != nil {
		r.Logger.WithError(err).Warn("Error while transferring file")
		return &util.JSONResponse{
			Code: http.StatusBadRequest,
			JSON: spec.Unknown("Failed to upload"),
		}
	}

	// Look up the media by the file hash. If we already have the file but under a
	// different media ID then we won't upload the file again - instead we'll just
	// add a new metadata entry that refers to the same file.
	existingMetadata, err := db.GetMediaMetadataByHash( // safe: fresh key: both branches insert a new metadata row under a new random media ID (one row per upload, by design); the hash only decides whether the file bytes are reused
		ctx, hash, r.MediaMetadata.Origin,
	)
	if err != nil {
		files.RemoveDir(tmpDir)
		r.Logger.WithError(err).Error("Error querying the database by hash.")
		return &util.JSONResponse{
			Code: http.StatusInternalServerError,
			JSON: spec.InternalServerError{},
		}
	}
	if existingMetadata != nil {
		// The file already exists, delete the uploaded temporary file.
		defer files.RemoveDir(tmpDir)
		// The file already exists. Make a new media ID up for it.
		mediaID, merr := r.generateMediaID(ctx, db)
		if merr != nil {
			r.Logger.WithError(merr).Error("Failed to generate media ID for existing file")
			return &util.JSONResponse{
				Code: http.StatusInternalServerError,
				JSON: spec.InternalServerError{},
			}
		}

		// Then amend the upload metadata.
		r.MediaMetadata = &types.MediaMetadata{
			MediaID:           mediaID,
			Origin:            r.MediaMetadata.Origin,
			ContentType:       r.MediaMetadata.ContentType,
			FileSizeBytes:     r.MediaMetadata.FileSizeBytes,
			CreationTimestamp: r.MediaMetadata.CreationTimestamp,
			UploadName:        r.MediaMetadata.UploadName,
			Base64Hash:        hash,
			UserID:            r.MediaMetadata.UserID,
		}
	} else {
		// The file doesn't exist. Update the request metadata.
		r.MediaMetadata.FileSizeBytes = bytesWritten
		r.MediaMetadata.Base64Hash = hash
		r.MediaMetadata.MediaID, err = r.generateMediaID(ctx, db)
		if err != nil {
			files.RemoveDir(tmpDir)
			r.Logger.WithError(err).Error("Failed to generate media ID for new upload")
			return &util.JSONResponse{
				Code: http.StatusInternalServerError,
				JSON: spec.InternalServerError{},
			}
		}
	}

	r.Logger = r.Logger.WithField("media_id", r.MediaMetadata.MediaID)
	r.Logger.WithFields(log.Fields{
		"Base64Hash":    r.MediaMetadata.Base64Hash,
		"UploadName":    r.MediaMetadata.UploadName,
		"FileSizeBytes": r.MediaMetadata.FileSizeBytes,
		"ContentType":   r.MediaMetadata.ContentType,
	}).Info("File uploaded")

	return r.storeFileAndMetadata(
		ctx, tmpDir, files, db,
	)
}

// storeFileAndMetadata reproduces mediaapi/routing/upload.go:285 (trimmed: the
// thumbnail pre-generation goroutine, :320-355, is dropped).
// storeFileAndMetadata moves the temporary file to its final path based on metadata and stores the metadata in the database
// See getPathFromMediaMetadata in fileutils for details of the final path.
// The order of operations is important as it avoids metadata entering the database before the file
// is ready, and if we fail to move the file, it never gets added to the database.
// Returns a util.JSONResponse error and cleans up directories in case of error.
func (r *uploadRequest) storeFileAndMetadata(
	ctx context.Context,
	tmpDir types.Path,
	files FileStore,
	db storage.Database,
) *util.JSONResponse {
	finalPath, duplicate, err := files.MoveFileWithHashCheck(tmpDir, r.MediaMetadata)
	if err != nil {
		r.Logger.WithError(err).Error("Failed to move file.")
		return &util.JSONResponse{
			Code: http.StatusBadRequest,
			JSON: spec.Unknown("Failed to upload"),
		}
	}
	if duplicate {
		r.Logger.WithField("dst", finalPath).Info("File was stored previously - discarding duplicate")
	}

	if err = db.StoreMediaMetadata(ctx, r.MediaMetadata); err != nil {
		r.Logger.WithError(err).Warn("Failed to store metadata")
		// If the file is a duplicate (has the same hash as an existing file) then
		// there is valid metadata in the database for that file. As such we only
		// remove the file if it is not a duplicate.
		if !duplicate {
			files.RemoveDir(finalPath)
		}
		return &util.JSONResponse{
			Code: http.StatusBadRequest,
			JSON: spec.Unknown("Failed to upload"),
		}
	}

	return nil
}

// Upload reproduces mediaapi/routing/upload.go:60 (trimmed: request parsing
// and validation, parseAndValidateRequest :81, are reduced to the metadata).
// Upload implements POST /upload
func Upload(req *http.Request, serverName spec.ServerName, userID string, files FileStore, db storage.Database) util.JSONResponse {
	r := &uploadRequest{
		MediaMetadata: &types.MediaMetadata{
			Origin:        serverName,
			FileSizeBytes: types.FileSizeBytes(req.ContentLength),
			ContentType:   types.ContentType(req.Header.Get("Content-Type")),
			UploadName:    types.Filename(req.FormValue("filename")),
			UserID:        types.MatrixUserID(userID),
		},
		Logger: util.GetLogger(req.Context()).WithField("Origin", serverName),
	}

	if resErr := r.doUpload(req.Context(), req.Body, files, db); resErr != nil {
		return *resErr
	}

	return util.JSONResponse{
		Code: http.StatusOK,
		JSON: map[string]string{
			"content_uri": fmt.Sprintf("mxc://%s/%s", serverName, r.MediaMetadata.MediaID),
		},
	}
}
