// Package api reproduces photoprism/photoprism 382ffa89927f internal/api (gin handlers; ACL, YAML backup and client config refresh trimmed).
package api

import (
	"net/http"
	"sync"

	"example.com/realworld/photoprism/internal/entity"
	"example.com/realworld/photoprism/internal/form"
	"example.com/realworld/photoprism/third_party/gin"
)

// albumMutex is internal/api/albums.go:22.
var albumMutex = sync.Mutex{}

// AbortBadRequest is internal/api/abort.go AbortBadRequest.
func AbortBadRequest(c *gin.Context) { c.AbortWithStatusJSON(http.StatusBadRequest, gin.H{}) }

// AbortUnexpectedError is internal/api/abort.go AbortUnexpectedError.
func AbortUnexpectedError(c *gin.Context) {
	c.AbortWithStatusJSON(http.StatusInternalServerError, gin.H{})
}

// CreateAlbum is internal/api/albums.go:86: adds a new album.
//
//	@Router		/api/v1/albums [post]
func CreateAlbum(router *gin.RouterGroup) {
	router.POST("/albums", func(c *gin.Context) {
		s := struct{ UserUID string }{} // Auth(c, acl.ResourceAlbums, acl.ActionCreate) trimmed

		var f form.Album

		// Assign and validate request form values.
		if err := c.BindJSON(&f); err != nil {
			AbortBadRequest(c)
			return
		}

		albumMutex.Lock()
		defer albumMutex.Unlock()

		a := entity.NewUserAlbum(f.AlbumTitle, entity.AlbumManual, s.UserUID)
		a.AlbumFavorite = f.AlbumFavorite

		// Existing album?
		if found := a.Find(); found == nil { // safe: in-process lock
			// Not found, create new album.
			if err := a.Create(); err != nil {
				// Report unexpected error.
				log.Errorf("album: %s (create)", err)
				AbortUnexpectedError(c)
				return
			}
		} else {
			// Exists, restore if necessary.
			a = found
			if !a.Deleted() {
				c.JSON(http.StatusOK, a)
				return
			} else if err := a.Restore(); err != nil {
				// Report unexpected error.
				log.Errorf("album: %s (restore)", err)
				AbortUnexpectedError(c)
				return
			}
		}

		// UpdateClientConfig(), SaveAlbumYaml(*a) trimmed

		// Return as JSON.
		c.JSON(http.StatusOK, a)
	})
}
