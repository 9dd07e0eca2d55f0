// Package service reproduces internal/service/file (file.go, ports.go):
// CreateExternalFile.
package service

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"net/url"
	"path/filepath"
	"strings"
	"time"

	commonModel "example.com/heldout/ech0/internal/model/common"
	fileModel "example.com/heldout/ech0/internal/model/file"
	userModel "example.com/heldout/ech0/internal/model/user"
	"example.com/heldout/ech0/pkg/viewer"
	"gorm.io/gorm"
)

const (
	externalKeyPrefix   = "external/"
	externalDefaultName = "external"
	tempFileTTL         = 24 * time.Hour
)

// FileRepository is internal/service/file/ports.go (reduced).
type FileRepository interface {
	Create(ctx context.Context, file *fileModel.File) error
	GetByRoute(ctx context.Context, storageType, provider, bucket, key string) (*fileModel.File, error)
	Delete(ctx context.Context, id string) error
	CreateTemp(ctx context.Context, temp *fileModel.TempFile) error
}

// CommonRepository is internal/service/file/ports.go (reduced).
type CommonRepository interface {
	GetUserByUserId(ctx context.Context, userid string) (userModel.User, error)
}

// FileService is internal/service/file/file.go (reduced).
type FileService struct {
	fileRepository   FileRepository
	commonRepository CommonRepository
}

// NewFileService builds the service.
func NewFileService(fileRepository FileRepository, commonRepository CommonRepository) *FileService {
	return &FileService{fileRepository: fileRepository, commonRepository: commonRepository}
}

// CreateExternalFile is internal/service/file/file.go:224 (content-type and
// category inference reduced). Reached from POST /files/external ->
// FileHandler.CreateExternalFile (handler/file/file.go:97).
func (s *FileService) CreateExternalFile(
	ctx context.Context,
	dto commonModel.CreateExternalFileDto,
) (commonModel.FileDto, error) {
	userid := viewer.MustFromContext(ctx).UserID()
	user, err := s.commonRepository.GetUserByUserId(context.Background(), userid)
	if err != nil {
		return commonModel.FileDto{}, err
	}
	if !user.IsAdmin {
		return commonModel.FileDto{}, errors.New(commonModel.NO_PERMISSION_DENIED)
	}

	rawURL := strings.TrimSpace(dto.URL)
	if rawURL == "" {
		return commonModel.FileDto{}, errors.New(commonModel.INVALID_PARAMS)
	}
	parsed, err := url.Parse(rawURL)
	if err != nil || parsed == nil {
		return commonModel.FileDto{}, errors.New(commonModel.INVALID_PARAMS)
	}

	contentType := strings.TrimSpace(dto.ContentType)
	if contentType == "" {
		contentType = "application/octet-stream"
	}
	category := strings.TrimSpace(dto.Category)
	if category == "" {
		category = "image"
	}

	normalizedURL := parsed.String()
	hash := sha256.Sum256([]byte(normalizedURL))
	key := externalKeyPrefix + category + "/" + hex.EncodeToString(hash[:])

	const (
		externalStorageType = "external"
		externalProvider    = "external"
		externalBucket      = ""
	)
	existing, err := s.fileRepository.GetByRoute( // race
		context.Background(),
		externalStorageType,
		externalProvider,
		externalBucket,
		key,
	)
	if err == nil && existing != nil {
		return commonModel.FileDto{
			ID:          existing.ID,
			Name:        existing.Name,
			Key:         existing.Key,
			StorageType: existing.StorageType,
			URL:         existing.URL,
			ContentType: existing.ContentType,
			Category:    existing.Category,
			Size:        existing.Size,
			Width:       existing.Width,
			Height:      existing.Height,
		}, nil
	}
	if err != nil && !errors.Is(err, gorm.ErrRecordNotFound) {
		return commonModel.FileDto{}, err
	}

	name := strings.TrimSpace(dto.Name)
	if name == "" {
		name = filepath.Base(parsed.Path)
		if name == "" || name == "." || name == "/" {
			name = externalDefaultName
		}
	}

	fileRecord := &fileModel.File{
		Key:         key,
		StorageType: externalStorageType,
		Provider:    externalProvider,
		Bucket:      externalBucket,
		URL:         normalizedURL,
		Name:        name,
		ContentType: contentType,
		Size:        0,
		Category:    category,
		Width:       dto.Width,
		Height:      dto.Height,
		UserID:      user.ID,
	}
	nowUTC := time.Now().UTC()
	if err := s.fileRepository.Create(context.Background(), fileRecord); err != nil {
		return commonModel.FileDto{}, err
	}
	if err := s.fileRepository.CreateTemp(context.Background(), &fileModel.TempFile{
		FileID:     fileRecord.ID,
		UploaderID: user.ID,
		ExpireAt:   nowUTC.Add(tempFileTTL).Unix(),
	}); err != nil {
		_ = s.fileRepository.Delete(context.Background(), fileRecord.ID)
		return commonModel.FileDto{}, err
	}

	return commonModel.FileDto{
		ID:          fileRecord.ID,
		Name:        fileRecord.Name,
		Key:         fileRecord.Key,
		StorageType: fileRecord.StorageType,
		URL:         fileRecord.URL,
		ContentType: fileRecord.ContentType,
		Category:    fileRecord.Category,
	}, nil
}
