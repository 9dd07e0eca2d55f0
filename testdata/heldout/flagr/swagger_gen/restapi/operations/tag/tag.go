// Package tag reproduces the go-swagger generated parameters and responders
// of swagger_gen/restapi/operations/tag used here (binding trimmed).
package tag

import (
	"net/http"

	"example.com/heldout/flagr/swagger_gen/models"
)

// CreateTagParams: POST /flags/{flagID}/tags.
type CreateTagParams struct {
	HTTPRequest *http.Request `json:"-"`
	Body        *models.CreateTagRequest
	FlagID      int64
}

// CreateTagDefault is the generic error response of createTag.
type CreateTagDefault struct {
	code    int
	Payload *models.Error
}

func NewCreateTagDefault(code int) *CreateTagDefault { return &CreateTagDefault{code: code} }
func (o *CreateTagDefault) WithPayload(p *models.Error) *CreateTagDefault {
	o.Payload = p
	return o
}
func (o *CreateTagDefault) WriteResponse(rw http.ResponseWriter, producer any) {
	rw.WriteHeader(o.code)
}

// CreateTagOK is the 200 response of createTag.
type CreateTagOK struct {
	Payload *models.Tag
}

func NewCreateTagOK() *CreateTagOK              { return &CreateTagOK{} }
func (o *CreateTagOK) SetPayload(p *models.Tag) { o.Payload = p }
func (o *CreateTagOK) WriteResponse(rw http.ResponseWriter, producer any) {
	rw.WriteHeader(200)
}
