// Package util is a small stand-in for github.com/matrix-org/util.
package util

import (
	"context"
	"crypto/rand"
	"encoding/hex"

	"example.com/heldout/dendrite/third_party/logrus"
)

// JSONResponse mirrors util.JSONResponse.
type JSONResponse struct {
	Code    int
	JSON    interface{}
	Headers map[string]interface{}
}

// GetLogger mirrors util.GetLogger.
func GetLogger(_ context.Context) *logrus.Entry { return logrus.WithFields(logrus.Fields{}) }

// ErrorResponse mirrors util.ErrorResponse.
func ErrorResponse(err error) JSONResponse {
	return JSONResponse{Code: 500, JSON: map[string]string{"error": err.Error()}}
}

// RandomString mirrors util.RandomString.
func RandomString(n int) string {
	b := make([]byte, (n+1)/2)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)[:n]
}
