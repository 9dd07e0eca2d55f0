package routes

import (
	"context"
	"log"
	"net/http"
	"os"

	"example.com/heldout/photoview/api/graphql/models"
	"example.com/heldout/photoview/api/scanner"
	"example.com/heldout/photoview/third_party/mux"
	"gorm.io/gorm"
)

// processSingleMediaFn is api/routes/videos.go:19.
var processSingleMediaFn = func(ctx context.Context, db *gorm.DB, media *models.Media) error {
	return scanner.ProcessSingleMedia(ctx, db, media)
}

// handleVideoRequest is api/routes/videos.go:23 (GET /api/video/{name}),
// reduced: it finds the video-web row by media_name, warns when there are
// several (:44) and reprocesses the media when its cached file is missing (:92).
func handleVideoRequest(w http.ResponseWriter, r *http.Request, db *gorm.DB, mediaName string) {
	var mediaURLs []models.MediaURL
	if err := db.Model(&models.MediaURL{}).
		Preload("Media").
		Where("media_urls.media_name = ? AND media_urls.purpose = ?", mediaName, models.VideoWeb).
		Order("created_at DESC").
		Find(&mediaURLs).
		Error; err != nil || len(mediaURLs) == 0 || mediaURLs[0].Media == nil {

		w.WriteHeader(http.StatusNotFound)
		w.Write([]byte("not found"))
		return
	}

	if len(mediaURLs) > 1 {
		log.Printf("Multiple video web URLs found: name=%s count=%d", mediaName, len(mediaURLs))
	}

	mediaURL := mediaURLs[0]
	var media = mediaURL.Media

	cachedPath, err := mediaURL.CachedPath()
	if err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}

	if _, err := os.Stat(cachedPath); err != nil {
		if err := processSingleMediaFn(r.Context(), db, media); err != nil {
			w.WriteHeader(http.StatusInternalServerError)
			return
		}
	}

	http.ServeFile(w, r, cachedPath)
}

// RegisterVideoRoutes is api/routes/videos.go (reduced).
func RegisterVideoRoutes(db *gorm.DB, router *mux.Router) {
	router.HandleFunc("/{name}", func(w http.ResponseWriter, r *http.Request) {
		handleVideoRequest(w, r, db, mux.Vars(r)["name"])
	})
}
