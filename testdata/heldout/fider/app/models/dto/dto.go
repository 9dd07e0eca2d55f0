// Package dto reproduces the parts of github.com/getfider/fider/app/models/dto
// used by the reproduced code (upload.go, blob.go, oauth.go; trimmed).
package dto

// ImageUpload is the input model used to upload/remove an image
type ImageUpload struct {
	BlobKey string           `json:"bkey"`
	Upload  *ImageUploadData `json:"upload"`
	Remove  bool             `json:"remove"`
}

// ImageUploadData is the input model used to upload a new logo
type ImageUploadData struct {
	FileName    string `json:"fileName"`
	ContentType string `json:"contentType"`
	Content     []byte `json:"content"`
}

type Blob struct {
	Size        int64
	Content     []byte
	ContentType string
}

// OAuthUserProfile represents an OAuth user profile
type OAuthUserProfile struct {
	ID    string   `json:"id"`
	Name  string   `json:"name"`
	Email string   `json:"email"`
	Roles []string `json:"roles,omitempty"`
}

// Props is a map of key:value
type Props map[string]any
