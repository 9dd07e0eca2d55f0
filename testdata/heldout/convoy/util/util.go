// Package util is convoy's util package, reduced to the helpers the
// reproduced call chains use (strings.go, response.go, json.go, crypto.go,
// validator.go).
package util

import (
	"crypto/rand"
	"encoding/base64"
	"encoding/json"
	"errors"
	"net/http"
	"strings"

	"example.com/heldout/convoy/third_party/uniuri"
)

const (
	Prefix                = "CO"
	PortalAuthTokenPrefix = "PRT"
	Separator             = "."
)

func IsStringEmpty(s string) bool { return len(strings.TrimSpace(s)) == 0 }

type ServiceError struct {
	errCode int
	errMsg  error
}

func NewServiceError(errCode int, errMsg error) *ServiceError {
	return &ServiceError{errCode: errCode, errMsg: errMsg}
}

func (s *ServiceError) Error() string { return s.errMsg.Error() }
func (s *ServiceError) ErrCode() int  { return s.errCode }

type ServerResponse struct {
	Status  bool            `json:"status"`
	Message string          `json:"message"`
	Data    json.RawMessage `json:"data,omitempty"`

	statusCode int
}

func (res ServerResponse) Render(w http.ResponseWriter, r *http.Request) error {
	w.WriteHeader(res.statusCode)
	return nil
}

func NewErrorResponse(msg string, statusCode int) ServerResponse {
	return ServerResponse{Status: false, Message: msg, statusCode: statusCode}
}

func NewServiceErrResponse(err error) ServerResponse {
	var se *ServiceError
	if errors.As(err, &se) {
		return NewErrorResponse(se.Error(), se.ErrCode())
	}
	return NewErrorResponse(err.Error(), http.StatusBadRequest)
}

func NewServerResponse(msg string, object interface{}, statusCode int) ServerResponse {
	data, _ := json.Marshal(object)
	return ServerResponse{Status: true, Message: msg, Data: data, statusCode: statusCode}
}

func ReadJSON(r *http.Request, dst interface{}) error {
	return json.NewDecoder(r.Body).Decode(dst)
}

// Validate is the govalidator-based validator; every request type used here
// is accepted as is.
func Validate(dst interface{}) error {
	if dst == nil {
		return errors.New("nil value")
	}
	return nil
}

func GenerateSecret() (string, error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return base64.URLEncoding.EncodeToString(b), nil
}

func GenerateAPIKey() (string, string) {
	mask := uniuri.NewLen(16)
	key := uniuri.NewLen(64)

	var builder strings.Builder

	builder.WriteString(Prefix)
	builder.WriteString(Separator)
	builder.WriteString(mask)
	builder.WriteString(Separator)
	builder.WriteString(key)

	return mask, builder.String()
}

// ExtractOrGenerateNamesFromEmail derives first/last names from an email's
// local part (util/name.go).
func ExtractOrGenerateNamesFromEmail(email string) (string, string) {
	local := strings.SplitN(email, "@", 2)[0]
	parts := strings.FieldsFunc(local, func(r rune) bool { return r == '.' || r == '_' || r == '-' })
	switch len(parts) {
	case 0:
		return "user", "user"
	case 1:
		return parts[0], parts[0]
	default:
		return parts[0], parts[1]
	}
}
