// Package restful is a minimal stand-in for github.com/emicklei/go-restful/v3
// v3.13.0 (Request, Response and the calls gorse's handlers make on them).
package restful

import (
	"encoding/json"
	"net/http"
)

// Request mirrors restful.Request.
type Request struct {
	Request        *http.Request
	pathParameters map[string]string
}

// NewRequest mirrors restful.NewRequest.
func NewRequest(httpRequest *http.Request) *Request {
	return &Request{Request: httpRequest, pathParameters: map[string]string{}}
}

// PathParameter mirrors (*restful.Request).PathParameter.
func (r *Request) PathParameter(name string) string { return r.pathParameters[name] }

// QueryParameter mirrors (*restful.Request).QueryParameter.
func (r *Request) QueryParameter(name string) string { return r.Request.FormValue(name) }

// HeaderParameter mirrors (*restful.Request).HeaderParameter.
func (r *Request) HeaderParameter(name string) string { return r.Request.Header.Get(name) }

// ReadEntity mirrors (*restful.Request).ReadEntity (JSON only).
func (r *Request) ReadEntity(entityPointer any) error {
	return json.NewDecoder(r.Request.Body).Decode(entityPointer)
}

// Response mirrors restful.Response.
type Response struct {
	http.ResponseWriter
}

// NewResponse mirrors restful.NewResponse.
func NewResponse(httpWriter http.ResponseWriter) *Response {
	return &Response{ResponseWriter: httpWriter}
}

// WriteHeaderAndJson mirrors (*restful.Response).WriteHeaderAndJson.
func (r *Response) WriteHeaderAndJson(status int, value any, contentType string) error {
	r.Header().Set("Content-Type", contentType)
	r.WriteHeader(status)
	return json.NewEncoder(r).Encode(value)
}

// WriteErrorString mirrors (*restful.Response).WriteErrorString.
func (r *Response) WriteErrorString(httpStatus int, errorReason string) error {
	r.WriteHeader(httpStatus)
	_, err := r.Write([]byte(errorReason))
	return err
}
