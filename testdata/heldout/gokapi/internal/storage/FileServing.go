// Package storage reproduces the metadata / hotlink parts of upstream internal/storage/FileServing.go.
// Encryption, S3, processing status and the filesystem move are trimmed to stubs.
package storage

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"example.com/heldout/gokapi/internal/configuration"
	"example.com/heldout/gokapi/internal/configuration/database"
	"example.com/heldout/gokapi/internal/encryption"
	"example.com/heldout/gokapi/internal/environment"
	"example.com/heldout/gokapi/internal/helper"
	"example.com/heldout/gokapi/internal/models"
	"example.com/heldout/gokapi/internal/storage/chunking"
)

// ErrorFileTooLarge is an error which is raised when a file larger than the set maximum is uploaded
var ErrorFileTooLarge = errors.New("upload limit exceeded")

// validateChunkInfo checks if the filesize is allowed and if the submitted filesize (user input) is the actual filesize
func validateChunkInfo(file *os.File, fileHeader chunking.FileHeader) error {
	if fileHeader.Size > int64(configuration.Get().MaxFileSizeMB)*1024*1024 {
		return ErrorFileTooLarge
	}
	info, err := file.Stat()
	if err != nil {
		return err
	}
	if info.Size() != fileHeader.Size {
		return errors.New("total filesize does not match")
	}
	return nil
}

// NewFileFromChunk creates a new file in the system after a chunk upload has fully completed. If a file with the same sha1 hash
// already exists, it is deduplicated. This function gathers information about the file, creates an ID and saves
// it into the global configuration. (upstream FileServing.go:160; lookup :178-180, insert :215)
// Called by POST /api/chunk/complete (fileupload.CompleteChunk).
func NewFileFromChunk(chunkId string, fileHeader chunking.FileHeader, userId int, uploadRequest models.UploadParameters) (models.File, error) {
	file, err := chunking.GetFileByChunkId(chunkId)
	if err != nil {
		return models.File{}, err
	}
	defer file.Close()
	err = validateChunkInfo(file, fileHeader)
	if err != nil {
		_ = chunking.DeleteChunk(chunkId)
		return models.File{}, err
	}

	hash, err := getChunkFileHash(file, uploadRequest.IsEndToEndEncrypted)
	if err != nil {
		return models.File{}, err
	}
	metaData := createNewMetaData(hash, fileHeader, userId, uploadRequest)
	fileExists := FileExists(metaData, configuration.Get().DataDir)
	if fileExists {
		fileExists = copyEncryptionInfo(&metaData) // safe: the metadata lookup by SHA1 only picks the encryption info to reuse; SaveMetaData below runs on both branches and always inserts a new row keyed on the fresh random createNewId() (SHA1 is deliberately not unique: many file ids share one stored blob)
		err = file.Close()
		if err != nil {
			return models.File{}, err
		}
		err = os.Remove(file.Name())
		if err != nil {
			return models.File{}, err
		}
	}

	if !fileExists {
		_, err = file.Seek(0, io.SeekStart)
		if err != nil {
			return models.File{}, err
		}
		err = os.Rename(file.Name(), filepath.Join(configuration.Get().DataDir, metaData.SHA1))
		if err != nil {
			return models.File{}, err
		}
	}
	database.SaveMetaData(metaData)
	return metaData, nil
}

// copyEncryptionInfo copies encryption info from an existing file,
// if possible. If not possible due to incompatible encryption level,
// the old file is removed.
//
// The function returns false if the old file was removed. (upstream :225)
func copyEncryptionInfo(metaData *models.File) bool {
	encryptionLevel := configuration.Get().Encryption.Level
	previousEncryption, ok := getEncInfoFromExistingFile(metaData.SHA1)
	if !ok && encryptionLevel != encryption.NoEncryption && encryptionLevel != encryption.EndToEndEncryption {
		err := os.Remove(configuration.Get().DataDir + "/" + metaData.SHA1)
		helper.Check(err)
		return false
	}
	metaData.Encryption = previousEncryption
	return true
}

func getChunkFileHash(file *os.File, isEndToEndEncryted bool) (string, error) {
	if isEndToEndEncryted {
		return "e2e-" + helper.GenerateRandomString(20), nil
	}
	// upstream hashFile(file, isEncryptionRequested()): SHA1 of the content (+ salt); trimmed
	return helper.GenerateRandomString(40), nil
}

// createNewMetaData reproduces upstream :298 (S3 bucket selection trimmed)
func createNewMetaData(hash string, fileHeader chunking.FileHeader, userId int, params models.UploadParameters) models.File {
	file := models.File{
		Id:                 createNewId(),
		Name:               fileHeader.Filename,
		SHA1:               hash,
		SizeBytes:          fileHeader.Size,
		ContentType:        fileHeader.ContentType,
		ExpireAt:           params.ExpiryTimestamp,
		UploadDate:         time.Now().Unix(),
		DownloadsRemaining: params.AllowedDownloads,
		UnlimitedTime:      params.UnlimitedTime,
		UnlimitedDownloads: params.UnlimitedDownload,
		PasswordHash:       configuration.HashPassword(params.Password, false, ""),
		UserId:             userId,
		UploadRequestId:    params.FileRequestId,
	}
	if params.IsEndToEndEncrypted {
		file.Encryption = models.EncryptionInfo{IsEndToEndEncrypted: true, IsEncrypted: true}
	}
	AddHotlink(&file)
	return file
}

// createNewId returns a random ID (upstream :332)
func createNewId() string {
	return helper.GenerateRandomString(configuration.GetEnvironment().LengthId)
}

// getEncInfoFromExistingFile reproduces upstream :336
func getEncInfoFromExistingFile(hash string) (models.EncryptionInfo, bool) {
	encryptionLevel := configuration.Get().Encryption.Level
	if encryptionLevel == encryption.NoEncryption || encryptionLevel == encryption.EndToEndEncryption {
		return models.EncryptionInfo{}, true
	}
	allFiles := database.GetAllMetadata()
	for _, existingFile := range allFiles {
		if existingFile.SHA1 == hash {
			return existingFile.Encryption, true
		}
	}
	return models.EncryptionInfo{}, false
}

// imageFileExtensions contains all known image extensions that can be used for hotlinks
var imageFileExtensions = []string{".jpg", ".jpeg", ".png", ".gif", ".webp", ".bmp", ".tiff", ".tif", ".ico", ".avif", ".avifs", ".apng"}

// videoFileExtensions contains all known video extensions that can be used for hotlinks, if enabled with the env var ENABLE_HOTLINK_VIDEOS
var videoFileExtensions = []string{".3gp", ".avi", ".flv", ".m4v", ".mkv", ".mov", ".mp4", ".mpg", ".mpeg", ".ts", ".webm", ".wmv"}

// AddHotlink will first check if the file may use a hotlink (e.g. not encrypted or password-protected).
// If file is an image, it will generate a new hotlink in the database and add it to the parameter file
// Otherwise no changes will be made (upstream :524)
func AddHotlink(file *models.File) {
	if !IsAbleHotlink(*file) {
		return
	}
	link := helper.GenerateRandomString(configuration.GetEnvironment().LengthHotlinkId) + getFileExtension(file.Name)
	file.HotlinkId = link
	database.SaveHotlink(*file)
}

// IsAbleHotlink returns true, if the file may use hotlinks (e.g. an image file that is not encrypted or password-protected).
func IsAbleHotlink(file models.File) bool {
	if file.RequiresClientDecryption() {
		return false
	}
	if file.PasswordHash != "" {
		return false
	}
	if strings.Contains(strings.ToLower(file.ContentType), "image/svg") {
		return false
	}
	if isPictureFile(file.Name, file.ContentType) {
		return true
	}
	env := environment.New()
	if !env.HotlinkVideos {
		return false
	}
	return isVideoFile(file.Name, file.ContentType)
}

// getFileExtension returns the file extension of a filename in lowercase
func getFileExtension(filename string) string {
	return strings.ToLower(filepath.Ext(filename))
}

// isPictureFile returns true if it has one of the supported extensions saved in imageFileExtensions
func isPictureFile(filename, contentType string) bool {
	if !strings.HasPrefix(strings.ToLower(contentType), "image/") {
		return false
	}
	extension := strings.ToLower(getFileExtension(filename))
	return helper.IsInArray(imageFileExtensions, extension)
}

func isVideoFile(filename, contentType string) bool {
	if !strings.HasPrefix(strings.ToLower(contentType), "video/") {
		return false
	}
	extension := getFileExtension(filename)
	return helper.IsInArray(videoFileExtensions, extension)
}

// FileExists checks if the file exists locally or in S3 (upstream :774; S3 trimmed)
func FileExists(file models.File, dataDir string) bool {
	exists, err := helper.FileExists(dataDir + "/" + file.SHA1)
	helper.Check(err)
	return exists
}
