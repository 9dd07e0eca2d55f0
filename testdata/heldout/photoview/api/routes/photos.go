// Package routes is api/routes (photos.go, videos.go; authentication left out).
package routes

import (
	"log"
	"net/http"
	"os"

	"example.com/heldout/photoview/api/graphql/models"
	"example.com/heldout/photoview/api/scanner"
	"example.com/heldout/photoview/third_party/mux"
	"gorm.io/gorm"
)

// RegisterPhotoRoutes is api/routes/photos.go:15 (GET /api/photo/{name}).
// When the cached file is missing the handler reprocesses the media in the
// request goroutine (:54), outside the scanner queue.
func RegisterPhotoRoutes(db *gorm.DB, router *mux.Router) {

	router.HandleFunc("/{name}", func(w http.ResponseWriter, r *http.Request) {
		mediaName := mux.Vars(r)["name"]

		var mediaURL models.MediaURL
		result := db.Model(&models.MediaURL{}).Joins("Media").Select("media_urls.*").Where("media_urls.media_name = ?", mediaName).Scan(&mediaURL)
		if err := result.Error; err != nil {
			w.WriteHeader(http.StatusNotFound)
			w.Write([]byte("404"))
			return
		}

		media := mediaURL.Media
		if media == nil {
			w.WriteHeader(http.StatusNotFound)
			w.Write([]byte("404 - Media not found"))
			return
		}

		cachedPath, err := mediaURL.CachedPath()
		if err != nil {
			w.WriteHeader(http.StatusInternalServerError)
			return
		}

		if _, err := os.Stat(cachedPath); os.IsNotExist((err)) {
			if err = scanner.ProcessSingleMediaFunc(r.Context(), db, media); err != nil {
				log.Printf("processing image not found in cache %s: %s", cachedPath, err)
				w.WriteHeader(http.StatusInternalServerError)
				return
			}
		}

		http.ServeFile(w, r, cachedPath)
	})
}
