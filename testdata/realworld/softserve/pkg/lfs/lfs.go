// Package lfs is a reduced copy of pkg/lfs (pointer.go, client.go,
// transfer.go, scanner.go): the types the reproduced code uses.
package lfs

import (
	"context"
	"errors"
	"io"
	"path"
	"regexp"

	"example.com/realworld/softserve/git"
)

const (
	// MediaType contains the media type for LFS server requests.
	MediaType = "application/vnd.git-lfs+json"
	// OperationDownload is the download operation.
	OperationDownload = "download"
	// OperationUpload is the upload operation.
	OperationUpload = "upload"
	// TransferBasic is the basic transfer adapter.
	TransferBasic = "basic"
	// ActionDownload is the download action.
	ActionDownload = "download"
	// ActionUpload is the upload action.
	ActionUpload = "upload"
	// ActionVerify is the verify action.
	ActionVerify = "verify"
	// HashAlgorithmSHA256 is the hash algorithm.
	HashAlgorithmSHA256 = "sha256"
)

// Pointer contains LFS pointer data (pointer.go).
type Pointer struct {
	Oid  string `json:"oid"`
	Size int64  `json:"size"`
}

var oidPattern = regexp.MustCompile(`^[a-f\d]{64}$`)

// IsValid checks if the pointer has a valid structure.
func (p Pointer) IsValid() bool {
	return oidPattern.MatchString(p.Oid) && p.Size >= 0
}

// RelativePath returns the relative storage path of the pointer.
func (p Pointer) RelativePath() string {
	if len(p.Oid) < 5 {
		return p.Oid
	}
	return path.Join(p.Oid[0:2], p.Oid[2:4], p.Oid)
}

// PointerBlob associates a Git blob with a Pointer.
type PointerBlob struct {
	Hash string
	Pointer
}

// DownloadCallback gets called for every requested LFS object to process its content.
type DownloadCallback func(p Pointer, content io.ReadCloser, objectError error) error

// Client is a Git LFS client to communicate with a LFS source API.
type Client interface {
	Download(ctx context.Context, objects []Pointer, callback DownloadCallback) error
}

// SearchPointerBlobs scans the repository for LFS pointer blobs (scanner.go).
func SearchPointerBlobs(_ context.Context, _ *git.Repository, pointerChan chan<- PointerBlob, errChan chan<- error) {
	close(pointerChan)
	close(errChan)
}

// BatchRequest is a batch request.
type BatchRequest struct {
	Operation string    `json:"operation"`
	Transfers []string  `json:"transfers,omitempty"`
	Objects   []Pointer `json:"objects"`
}

// BatchResponse is a batch response.
type BatchResponse struct {
	Transfer string            `json:"transfer,omitempty"`
	Objects  []*ObjectResponse `json:"objects"`
	HashAlgo string            `json:"hash_algo,omitempty"`
}

// ObjectResponse is an object in a batch response.
type ObjectResponse struct {
	Pointer
	Actions map[string]*Link `json:"actions,omitempty"`
	Error   *ObjectError     `json:"error,omitempty"`
}

// Link is an action link.
type Link struct {
	Href   string            `json:"href"`
	Header map[string]string `json:"header,omitempty"`
}

// ObjectError is an object error.
type ObjectError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

// ErrorResponse is an error response.
type ErrorResponse struct {
	Message string `json:"message"`
}

// ErrInvalidOIDFormat is returned when an OID is not a valid SHA-256 hex string.
var ErrInvalidOIDFormat = errors.New("invalid OID format")
