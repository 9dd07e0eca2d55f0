// Package render reproduces, trimmed, github.com/SigNoz/signoz/pkg/http/render.
package render

import (
	"encoding/json"
	"net/http"

	"example.com/heldout/signoz/pkg/errors"
)

func Success(rw http.ResponseWriter, httpCode int, data interface{}) {
	rw.Header().Set("Content-Type", "application/json")
	rw.WriteHeader(httpCode)
	if data != nil {
		_ = json.NewEncoder(rw).Encode(map[string]any{"status": "success", "data": data})
	}
}

func Error(rw http.ResponseWriter, cause error) {
	code := http.StatusInternalServerError
	switch {
	case errors.Ast(cause, errors.TypeInvalidInput):
		code = http.StatusBadRequest
	case errors.Ast(cause, errors.TypeNotFound):
		code = http.StatusNotFound
	case errors.Ast(cause, errors.TypeAlreadyExists):
		code = http.StatusConflict
	case errors.Ast(cause, errors.TypeUnsupported):
		code = http.StatusNotImplemented
	case errors.Ast(cause, errors.TypeForbidden):
		code = http.StatusForbidden
	}
	rw.Header().Set("Content-Type", "application/json")
	rw.WriteHeader(code)
	_ = json.NewEncoder(rw).Encode(map[string]any{"status": "error", "error": cause.Error()})
}
