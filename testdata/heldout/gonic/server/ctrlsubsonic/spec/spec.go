// Package spec reproduces go.senan.xyz/gonic/server/ctrlsubsonic/spec/spec.go (trimmed to
// the response envelope; no database access).
package spec

import "fmt"

type Response struct {
	Status string `xml:"status,attr" json:"status"`
	Error  *Error `xml:"error"       json:"error,omitempty"`
}

func NewResponse() *Response {
	return &Response{
		Status: "ok",
	}
}

type Error struct {
	Code    int    `xml:"code,attr"    json:"code"`
	Message string `xml:"message,attr" json:"message"`
}

func NewError(code int, message string, a ...any) *Response {
	r := NewResponse()
	r.Status = "failed"
	r.Error = &Error{
		Code:    code,
		Message: fmt.Sprintf(message, a...),
	}
	return r
}
