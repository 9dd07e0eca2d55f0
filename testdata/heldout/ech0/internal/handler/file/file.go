// Package handler reproduces internal/handler/file/file.go (CreateExternalFile).
package handler

import (
	"context"

	commonModel "example.com/heldout/ech0/internal/model/common"
)

// FileService is the service port used by the handler.
type FileService interface {
	CreateExternalFile(ctx context.Context, dto commonModel.CreateExternalFileDto) (commonModel.FileDto, error)
}

// FileHandler is internal/handler/file/file.go.
type FileHandler struct {
	fileService FileService
}

// NewFileHandler builds the handler.
func NewFileHandler(fileService FileService) *FileHandler {
	return &FileHandler{fileService: fileService}
}

// CreateExternalFileInput is the huma input of POST /files/external.
type CreateExternalFileInput struct {
	Body commonModel.CreateExternalFileDto
}

// FileOutput stands in for commonModel.Result[commonModel.FileDto].
type FileOutput struct {
	Data commonModel.FileDto
}

// CreateExternalFile is internal/handler/file/file.go:97 (POST /files/external, router/file.go:73).
func (fileHandler *FileHandler) CreateExternalFile(ctx context.Context, in *CreateExternalFileInput) (FileOutput, error) {
	fileDto, err := fileHandler.fileService.CreateExternalFile(ctx, in.Body)
	if err != nil {
		return FileOutput{}, err
	}
	return FileOutput{Data: fileDto}, nil
}
