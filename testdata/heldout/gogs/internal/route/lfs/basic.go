package lfs

import (
	"encoding/json"
	"io"
	"net/http"

	"example.com/heldout/gogs/internal/database"
	"example.com/heldout/gogs/internal/lfsx"
	log "example.com/heldout/gogs/third_party/clog"
	"example.com/heldout/gogs/third_party/macaron"
)

type basicHandler struct {
	store Store
	// The default storage backend for uploading new objects.
	defaultStorage lfsx.Storage
	// The list of available storage backends to access objects.
	storagers map[lfsx.Storage]lfsx.Storager
}

// DefaultStorager returns the default storage backend.
func (h *basicHandler) DefaultStorager() lfsx.Storager {
	return h.storagers[h.defaultStorage]
}

type responseError struct {
	Message string `json:"message"`
}

// responseJSON is internal/route/lfs/route.go responseJSON.
func responseJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/vnd.git-lfs+json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

// internalServerError is internal/route/lfs/route.go internalServerError.
func internalServerError(w http.ResponseWriter) {
	responseJSON(w, http.StatusInternalServerError, responseError{
		Message: "Internal server error",
	})
}

// PUT /{owner}/{repo}.git/info/lfs/object/basic/{oid}
//
// Reproduces internal/route/lfs/basic.go:75. The lookup and the insert go
// through the Store interface (store.go) to database.LFSStore
// (internal/database/lfs.go:62 and :34).
func (h *basicHandler) serveUpload(c *macaron.Context, repo *database.Repository, oid lfsx.OID) {
	// NOTE: LFS client will retry upload the same object if there was a partial failure,
	// therefore we would like to skip ones that already exist.
	_, err := h.store.GetLFSObjectByOID(c.Req.Context(), repo.ID, oid) // race
	if err == nil {
		// Object exists, drain the request body and we're good.
		_, _ = io.Copy(io.Discard, c.Req.Request.Body)
		c.Req.Request.Body.Close()
		c.Status(http.StatusOK)
		return
	} else if !database.IsErrLFSObjectNotExist(err) {
		internalServerError(c.Resp)
		log.Error("Failed to get object [repo_id: %d, oid: %s]: %v", repo.ID, oid, err)
		return
	}

	s := h.DefaultStorager()
	written, err := s.Upload(oid, c.Req.Request.Body)
	if err != nil {
		if err == lfsx.ErrInvalidOID || err == lfsx.ErrOIDMismatch {
			responseJSON(c.Resp, http.StatusBadRequest, responseError{
				Message: err.Error(),
			})
		} else {
			internalServerError(c.Resp)
			log.Error("Failed to upload object [storage: %s, oid: %s]: %v", s.Storage(), oid, err)
		}
		return
	}

	err = h.store.CreateLFSObject(c.Req.Context(), repo.ID, oid, written, s.Storage())
	if err != nil {
		// NOTE: It is OK to leave the file when the whole operation failed
		// with a DB error, a retry on client side will skip the upload as
		// the file already exists on disk.
		internalServerError(c.Resp)
		log.Error("Failed to create object [repo_id: %d, oid: %s]: %v", repo.ID, oid, err)
		return
	}
	c.Status(http.StatusOK)

	log.Trace("[LFS] Object created %q", oid)
}

// RegisterRoutes is internal/route/lfs/route.go RegisterRoutes, reduced to the
// upload route.
func RegisterRoutes(store Store, storagers map[lfsx.Storage]lfsx.Storager) func(c *macaron.Context, repo *database.Repository) {
	h := &basicHandler{
		store:          store,
		defaultStorage: lfsx.StorageLocal,
		storagers:      storagers,
	}
	return func(c *macaron.Context, repo *database.Repository) {
		h.serveUpload(c, repo, lfsx.OID(c.Params("oid")))
	}
}
