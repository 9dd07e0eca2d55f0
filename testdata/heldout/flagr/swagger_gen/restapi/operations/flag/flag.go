// Package flag reproduces the go-swagger generated parameters and responders
// of swagger_gen/restapi/operations/flag used here (binding trimmed).
package flag

import (
	"net/http"

	"example.com/heldout/flagr/swagger_gen/models"
)

// CreateFlagParams: POST /flags.
type CreateFlagParams struct {
	HTTPRequest *http.Request `json:"-"`
	Body        *models.CreateFlagRequest
}

// PutFlagParams: PUT /flags/{flagID}.
type PutFlagParams struct {
	HTTPRequest *http.Request `json:"-"`
	Body        *models.PutFlagRequest
	FlagID      int64
}

// DuplicateFlagParams: POST /flags/{flagID}/duplicate.
type DuplicateFlagParams struct {
	HTTPRequest *http.Request `json:"-"`
	Body        *models.DuplicateFlagRequest
	FlagID      int64
}

type defaultResponder struct {
	code    int
	Payload *models.Error
}

func (o *defaultResponder) WriteResponse(rw http.ResponseWriter, producer any) {
	rw.WriteHeader(o.code)
}

type okResponder struct {
	Payload *models.Flag
}

func (o *okResponder) WriteResponse(rw http.ResponseWriter, producer any) {
	rw.WriteHeader(200)
}

// CreateFlagDefault is the generic error response of createFlag.
type CreateFlagDefault struct{ defaultResponder }

func NewCreateFlagDefault(code int) *CreateFlagDefault {
	return &CreateFlagDefault{defaultResponder{code: code}}
}
func (o *CreateFlagDefault) WithPayload(p *models.Error) *CreateFlagDefault {
	o.Payload = p
	return o
}

// CreateFlagOK is the 200 response of createFlag.
type CreateFlagOK struct{ okResponder }

func NewCreateFlagOK() *CreateFlagOK              { return &CreateFlagOK{} }
func (o *CreateFlagOK) SetPayload(p *models.Flag) { o.Payload = p }

// PutFlagDefault is the generic error response of putFlag.
type PutFlagDefault struct{ defaultResponder }

func NewPutFlagDefault(code int) *PutFlagDefault {
	return &PutFlagDefault{defaultResponder{code: code}}
}
func (o *PutFlagDefault) WithPayload(p *models.Error) *PutFlagDefault {
	o.Payload = p
	return o
}

// PutFlagOK is the 200 response of putFlag.
type PutFlagOK struct{ okResponder }

func NewPutFlagOK() *PutFlagOK                 { return &PutFlagOK{} }
func (o *PutFlagOK) SetPayload(p *models.Flag) { o.Payload = p }

// DuplicateFlagDefault is the generic error response of duplicateFlag.
type DuplicateFlagDefault struct{ defaultResponder }

func NewDuplicateFlagDefault(code int) *DuplicateFlagDefault {
	return &DuplicateFlagDefault{defaultResponder{code: code}}
}
func (o *DuplicateFlagDefault) WithPayload(p *models.Error) *DuplicateFlagDefault {
	o.Payload = p
	return o
}

// DuplicateFlagOK is the 200 response of duplicateFlag.
type DuplicateFlagOK struct{ okResponder }

func NewDuplicateFlagOK() *DuplicateFlagOK           { return &DuplicateFlagOK{} }
func (o *DuplicateFlagOK) SetPayload(p *models.Flag) { o.Payload = p }
