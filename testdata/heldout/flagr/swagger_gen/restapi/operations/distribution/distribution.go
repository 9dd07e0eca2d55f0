// Package distribution reproduces the go-swagger generated parameters and
// responders of swagger_gen/restapi/operations/distribution used here.
package distribution

import (
	"net/http"

	"example.com/heldout/flagr/swagger_gen/models"
)

// PutDistributionsParams: PUT /flags/{flagID}/segments/{segmentID}/distributions.
type PutDistributionsParams struct {
	HTTPRequest *http.Request `json:"-"`
	Body        *models.PutDistributionsRequest
	FlagID      int64
	SegmentID   int64
}

// PutDistributionsDefault is the generic error response of putDistributions.
type PutDistributionsDefault struct {
	code    int
	Payload *models.Error
}

func NewPutDistributionsDefault(code int) *PutDistributionsDefault {
	return &PutDistributionsDefault{code: code}
}
func (o *PutDistributionsDefault) WithPayload(p *models.Error) *PutDistributionsDefault {
	o.Payload = p
	return o
}
func (o *PutDistributionsDefault) WriteResponse(rw http.ResponseWriter, producer any) {
	rw.WriteHeader(o.code)
}

// PutDistributionsOK is the 200 response of putDistributions.
type PutDistributionsOK struct {
	Payload []*models.Distribution
}

func NewPutDistributionsOK() *PutDistributionsOK                  { return &PutDistributionsOK{} }
func (o *PutDistributionsOK) SetPayload(p []*models.Distribution) { o.Payload = p }
func (o *PutDistributionsOK) WriteResponse(rw http.ResponseWriter, producer any) {
	rw.WriteHeader(200)
}
