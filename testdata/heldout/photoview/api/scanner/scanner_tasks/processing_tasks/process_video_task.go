package processing_tasks

import (
	"fmt"
	"log"
	"os"
	"path"
	"strings"

	"example.com/heldout/photoview/api/graphql/models"
	"example.com/heldout/photoview/api/scanner/media_encoding"
	"example.com/heldout/photoview/api/scanner/scanner_task"
	"example.com/heldout/photoview/api/utils"
	"github.com/pkg/errors"
)

// ProcessVideoTask is processing_tasks/process_video_task.go:20.
type ProcessVideoTask struct {
	scanner_task.ScannerTaskBase
}

// ProcessMedia is processing_tasks/process_video_task.go:24 (same callers as
// ProcessPhotoTask.ProcessMedia). ffmpeg encoding, ffprobe and file stats are
// reduced; the lookups and inserts are as upstream. routes/videos.go:44 logs
// "Multiple video web URLs found" when the video-web lookup returns several rows.
func (t ProcessVideoTask) ProcessMedia(ctx scanner_task.TaskContext, mediaData *media_encoding.EncodeMediaData, mediaCachePath string) ([]*models.MediaURL, error) {
	if mediaData.Media.Type != models.MediaTypeVideo {
		return []*models.MediaURL{}, nil
	}

	updatedURLs := make([]*models.MediaURL, 0)
	video := mediaData.Media

	log.Printf("Processing video %s", video.Path)

	mediaURLFromDB := makePhotoURLChecker(ctx.GetDB(), video.ID)

	videoOriginalURL, err := mediaURLFromDB(models.MediaOriginal) // race; no unique key: media_urls has only non-unique indexes on media_id and purpose (api/graphql/models/media.go:108,113)
	if err != nil {
		return []*models.MediaURL{}, errors.Wrap(err, "error processing video original format")
	}

	videoWebURL, err := mediaURLFromDB(models.VideoWeb) // race; no unique key: media_urls has only non-unique indexes on media_id and purpose (api/graphql/models/media.go:108,113)
	if err != nil {
		return []*models.MediaURL{}, errors.Wrap(err, "error processing video web-format")
	}

	videoThumbnailURL, err := mediaURLFromDB(models.VideoThumbnail) // race; no unique key: media_urls has only non-unique indexes on media_id and purpose (api/graphql/models/media.go:108,113)
	if err != nil {
		return []*models.MediaURL{}, errors.Wrap(err, "error processing video thumbnail")
	}

	videoType, err := mediaData.ContentType()
	if err != nil {
		return []*models.MediaURL{}, fmt.Errorf("getting video content type error: %w", err)
	}

	if videoOriginalURL == nil && videoType.IsWebCompatible() {
		origVideoPath := video.Path
		videoMediaName := generateUniqueMediaName(video.Path)

		fileStats, err := os.Stat(origVideoPath)
		if err != nil {
			return []*models.MediaURL{}, errors.Wrap(err, "reading file stats of original video")
		}

		mediaURL := models.MediaURL{
			MediaID:     video.ID,
			MediaName:   videoMediaName,
			Purpose:     models.MediaOriginal,
			ContentType: videoType.String(),
			FileSize:    fileStats.Size(),
		}

		if err := ctx.GetDB().Create(&mediaURL).Error; err != nil {
			return []*models.MediaURL{}, errors.Wrapf(err, "insert original video into database (%s)", video.Title)
		}

		updatedURLs = append(updatedURLs, &mediaURL)
	}

	if videoWebURL == nil && !videoType.IsWebCompatible() {
		webVideoName := fmt.Sprintf("web_video_%s_%s", path.Base(video.Path), utils.GenerateToken())
		webVideoName = strings.ReplaceAll(webVideoName, ".", "_")
		webVideoName = strings.ReplaceAll(webVideoName, " ", "_")
		webVideoName = webVideoName + ".mp4"

		webVideoPath := path.Join(mediaCachePath, webVideoName)

		fileStats, err := os.Stat(webVideoPath)
		if err != nil {
			return []*models.MediaURL{}, errors.Wrap(err, "reading file stats of web-optimized video")
		}

		mediaURL := models.MediaURL{
			MediaID:     video.ID,
			MediaName:   webVideoName,
			Purpose:     models.VideoWeb,
			ContentType: "video/mp4",
			FileSize:    fileStats.Size(),
		}

		if err := ctx.GetDB().Create(&mediaURL).Error; err != nil {
			return []*models.MediaURL{}, errors.Wrapf(err, "failed to insert encoded web-video into database (%s)", video.Title)
		}

		updatedURLs = append(updatedURLs, &mediaURL)
	}

	if videoThumbnailURL == nil {
		videoThumbName := fmt.Sprintf("video_thumb_%s_%s", path.Base(video.Path), utils.GenerateToken())
		videoThumbName = strings.ReplaceAll(videoThumbName, ".", "_")
		videoThumbName = strings.ReplaceAll(videoThumbName, " ", "_")
		videoThumbName = videoThumbName + ".jpg"

		thumbImagePath := path.Join(mediaCachePath, videoThumbName)

		thumbDimensions, err := media_encoding.GetPhotoDimensions(thumbImagePath)
		if err != nil {
			return []*models.MediaURL{}, errors.Wrap(err, "get dimensions of video thumbnail image")
		}

		fileStats, err := os.Stat(thumbImagePath)
		if err != nil {
			return []*models.MediaURL{}, errors.Wrap(err, "reading file stats of video thumbnail")
		}

		thumbMediaURL := models.MediaURL{
			MediaID:     video.ID,
			MediaName:   videoThumbName,
			Width:       thumbDimensions.Width,
			Height:      thumbDimensions.Height,
			Purpose:     models.VideoThumbnail,
			ContentType: "image/jpeg",
			FileSize:    fileStats.Size(),
		}

		if err := ctx.GetDB().Create(&thumbMediaURL).Error; err != nil {
			return []*models.MediaURL{}, errors.Wrapf(err, "failed to insert video thumbnail image into database (%s)", video.Title)
		}

		updatedURLs = append(updatedURLs, &thumbMediaURL)
	} else {
		// Verify that video thumbnail still exists in cache
		thumbImagePath := path.Join(mediaCachePath, videoThumbnailURL.MediaName)

		if _, err := os.Stat(thumbImagePath); os.IsNotExist(err) {
			updatedURLs = append(updatedURLs, videoThumbnailURL)

			fileStats, err := os.Stat(thumbImagePath)
			if err != nil {
				return []*models.MediaURL{}, errors.Wrap(err, "reading file stats of video thumbnail")
			}

			videoThumbnailURL.FileSize = fileStats.Size()

			if err := ctx.GetDB().Save(videoThumbnailURL).Error; err != nil {
				return []*models.MediaURL{}, errors.Wrap(err, "updating video thumbnail url in database after re-encoding")
			}
		}
	}

	return updatedURLs, nil
}
