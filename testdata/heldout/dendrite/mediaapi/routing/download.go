// Package routing reproduces the download/upload get-or-create paths of
// dendrite's mediaapi/routing.
package routing

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"example.com/heldout/dendrite/mediaapi/storage"
	"example.com/heldout/dendrite/mediaapi/types"
	"example.com/heldout/dendrite/third_party/gomatrixserverlib/spec"
	log "example.com/heldout/dendrite/third_party/logrus"
)

// downloadRequest reproduces mediaapi/routing/download.go:60 (trimmed; the
// federation client is a fetchRemoteFile stand-in).
// downloadRequest metadata included in or derivable from a download or thumbnail request
// https://matrix.org/docs/spec/client_server/r0.2.0.html#get-matrix-media-r0-download-servername-mediaid
// http://matrix.org/docs/spec/client_server/r0.2.0.html#get-matrix-media-r0-thumbnail-servername-mediaid
type downloadRequest struct {
	MediaMetadata      *types.MediaMetadata
	IsThumbnailRequest bool
	ThumbnailSize      types.ThumbnailSize
	Logger             *log.Entry
	DownloadFilename   string

	// fetchRemoteFile stands in for (*downloadRequest).fetchRemoteFile
	// (download.go:821): downloads the file from the origin server into the
	// media store, fills r.MediaMetadata and returns the final path.
	fetchRemoteFile func(ctx context.Context, r *downloadRequest) (finalPath types.Path, duplicate bool, err error)
}

// doDownload reproduces mediaapi/routing/download.go:263 (trimmed: serving the
// local file, respondFromLocalFile, is dropped and the metadata is returned).
func (r *downloadRequest) doDownload(
	ctx context.Context,
	localServerName spec.ServerName,
	db storage.Database,
	activeRemoteRequests *types.ActiveRemoteRequests,
) (*types.MediaMetadata, error) {
	// check if we have a record of the media in our database
	mediaMetadata, err := db.GetMediaMetadata( // safe: in-process lock: on a miss getRemoteFile takes the activeRemoteRequests slot for this mxc URL and re-reads the row before fetching and inserting (see getRemoteFile); a local-origin miss returns not-found
		ctx, r.MediaMetadata.MediaID, r.MediaMetadata.Origin,
	)
	if err != nil {
		return nil, fmt.Errorf("db.GetMediaMetadata: %w", err)
	}
	if mediaMetadata == nil {
		if r.MediaMetadata.Origin == localServerName {
			// If we do not have a record and the origin is local, the file is not found
			return nil, nil
		}
		// If we do not have a record and the origin is remote, we need to fetch it and respond with that file
		resErr := r.getRemoteFile(
			ctx, db, activeRemoteRequests,
		)
		if resErr != nil {
			return nil, resErr
		}
	} else {
		// If we have a record, we can respond from the local file
		r.MediaMetadata = mediaMetadata
	}
	return r.MediaMetadata, nil
}

// getRemoteFile reproduces mediaapi/routing/download.go:617.
// getRemoteFile fetches the remote file and caches it locally
// A hash map of active remote requests to a struct containing a sync.Cond is used to only download remote files once,
// regardless of how many download requests are received.
// Note: The named errorResponse return variable is used in a deferred broadcast of the metadata and error response to waiting goroutines.
func (r *downloadRequest) getRemoteFile(
	ctx context.Context,
	db storage.Database,
	activeRemoteRequests *types.ActiveRemoteRequests,
) (errorResponse error) {
	// Note: getMediaMetadataFromActiveRequest uses mutexes and conditions from activeRemoteRequests
	mediaMetadata, resErr := r.getMediaMetadataFromActiveRequest(activeRemoteRequests)
	if resErr != nil {
		return resErr
	} else if mediaMetadata != nil {
		// If we got metadata from an active request, we can respond from the local file
		r.MediaMetadata = mediaMetadata
	} else {
		// Note: This is an active request that MUST broadcastMediaMetadata to wake up waiting goroutines!
		// Note: broadcastMediaMetadata uses mutexes and conditions from activeRemoteRequests
		defer func() {
			// Note: errorResponse is the named return variable so we wrap this in a closure to re-evaluate the arguments at defer-time
			if err := recover(); err != nil {
				r.broadcastMediaMetadata(activeRemoteRequests, errors.New("paniced"))
				panic(err)
			}
			r.broadcastMediaMetadata(activeRemoteRequests, errorResponse)
		}()

		// check if we have a record of the media in our database
		mediaMetadata, err := db.GetMediaMetadata( // safe: in-process lock: this goroutine owns the activeRemoteRequests entry for the mxc URL (getMediaMetadataFromActiveRequest), concurrent requests wait on its sync.Cond, so the check and StoreMediaMetadata run once per URL in the (single) dendrite process
			ctx, r.MediaMetadata.MediaID, r.MediaMetadata.Origin,
		)
		if err != nil {
			return fmt.Errorf("db.GetMediaMetadata: %w", err)
		}

		if mediaMetadata == nil {
			// If we do not have a record, we need to fetch the remote file first and then respond from the local file
			err := r.fetchRemoteFileAndStoreMetadata(
				ctx, db,
			)
			if err != nil {
				r.Logger.WithError(err).Errorf("r.fetchRemoteFileAndStoreMetadata: failed to fetch remote file")
				return err
			}
		} else {
			// If we have a record, we can respond from the local file
			r.MediaMetadata = mediaMetadata
		}
	}
	return nil
}

// getMediaMetadataFromActiveRequest reproduces mediaapi/routing/download.go:672.
func (r *downloadRequest) getMediaMetadataFromActiveRequest(activeRemoteRequests *types.ActiveRemoteRequests) (*types.MediaMetadata, error) {
	// Check if there is an active remote request for the file
	mxcURL := "mxc://" + string(r.MediaMetadata.Origin) + "/" + string(r.MediaMetadata.MediaID)

	activeRemoteRequests.Lock()
	defer activeRemoteRequests.Unlock()

	if activeRemoteRequestResult, ok := activeRemoteRequests.MXCToResult[mxcURL]; ok {
		r.Logger.Trace("Waiting for another goroutine to fetch the remote file.")

		// NOTE: Wait unlocks and locks again internally. There is still a deferred Unlock() that will unlock this.
		activeRemoteRequestResult.Cond.Wait()
		if activeRemoteRequestResult.Error != nil {
			return nil, activeRemoteRequestResult.Error
		}

		if activeRemoteRequestResult.MediaMetadata == nil {
			return nil, nil
		}

		return activeRemoteRequestResult.MediaMetadata, nil
	}

	// No active remote request so create one
	activeRemoteRequests.MXCToResult[mxcURL] = &types.RemoteRequestResult{
		Cond: &sync.Cond{L: activeRemoteRequests},
	}

	return nil, nil
}

// broadcastMediaMetadata reproduces mediaapi/routing/download.go:705.
// broadcastMediaMetadata broadcasts the media metadata and error response to waiting goroutines
// Only the owner of the activeRemoteRequestResult for this origin and media ID should call this function.
func (r *downloadRequest) broadcastMediaMetadata(activeRemoteRequests *types.ActiveRemoteRequests, err error) {
	activeRemoteRequests.Lock()
	defer activeRemoteRequests.Unlock()
	mxcURL := "mxc://" + string(r.MediaMetadata.Origin) + "/" + string(r.MediaMetadata.MediaID)
	if activeRemoteRequestResult, ok := activeRemoteRequests.MXCToResult[mxcURL]; ok {
		r.Logger.Trace("Signalling other goroutines waiting for this goroutine to fetch the file.")
		activeRemoteRequestResult.MediaMetadata = r.MediaMetadata
		activeRemoteRequestResult.Error = err
		activeRemoteRequestResult.Cond.Broadcast()
	}
	delete(activeRemoteRequests.MXCToResult, mxcURL)
}

// fetchRemoteFileAndStoreMetadata reproduces mediaapi/routing/download.go:719
// (trimmed: removing the file on a failed insert and the thumbnail
// pre-generation goroutine, :748-768, are dropped).
// fetchRemoteFileAndStoreMetadata fetches the file from the remote server and stores its metadata in the database
func (r *downloadRequest) fetchRemoteFileAndStoreMetadata(
	ctx context.Context,
	db storage.Database,
) error {
	_, _, err := r.fetchRemoteFile(
		ctx, r,
	)
	if err != nil {
		return err
	}

	r.Logger.WithFields(log.Fields{
		"Base64Hash":    r.MediaMetadata.Base64Hash,
		"UploadName":    r.MediaMetadata.UploadName,
		"FileSizeBytes": r.MediaMetadata.FileSizeBytes,
		"ContentType":   r.MediaMetadata.ContentType,
	}).Debug("Storing file metadata to media repository database")

	// FIXME: timeout db request
	if err := db.StoreMediaMetadata(ctx, r.MediaMetadata); err != nil {
		// NOTE: It should really not be possible to fail the uniqueness test here so
		// there is no need to handle that separately
		return errors.New("failed to store file metadata in DB")
	}

	return nil
}

// Download stands in for mediaapi/routing/download.go Download (:111), which
// validates the request and calls doDownload; it is not upstream code.
func Download(
	ctx context.Context,
	mediaID types.MediaID,
	origin spec.ServerName,
	localServerName spec.ServerName,
	db storage.Database,
	activeRemoteRequests *types.ActiveRemoteRequests,
	fetchRemoteFile func(ctx context.Context, r *downloadRequest) (types.Path, bool, error),
) (*types.MediaMetadata, error) {
	r := &downloadRequest{
		MediaMetadata: &types.MediaMetadata{
			MediaID: mediaID,
			Origin:  origin,
		},
		Logger:          log.WithField("media_id", mediaID),
		fetchRemoteFile: fetchRemoteFile,
	}
	return r.doDownload(ctx, localServerName, db, activeRemoteRequests)
}
