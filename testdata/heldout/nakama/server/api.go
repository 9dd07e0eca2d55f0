// Reproduces the parts of server/api.go and server/api_authenticate.go of
// heroiclabs/nakama that the reproduced entry points need: the ApiServer type
// (trimmed to its database handle, logger and social client), the
// request-context keys and the input validation regexes
// (api_authenticate.go:33-34). Tracker and MessageRouter are reduced to empty
// interfaces so the core_*.go signatures stay as upstream.
package server

import (
	"context"
	"database/sql"
	"math/rand"
	"regexp"

	"example.com/heldout/nakama/pkg/zap"
	"example.com/heldout/nakama/social"
)

var (
	invalidUsernameRegex = regexp.MustCompilePOSIX("([[:cntrl:]]|[[\t\n\r\f\v]])+")
	invalidCharsRegex    = regexp.MustCompilePOSIX("([[:cntrl:]]|[[:space:]])+")
)

type ctxUserIDKey struct{}
type ctxUsernameKey struct{}

// Tracker is the presence tracker (server/tracker.go), trimmed.
type Tracker interface{}

// MessageRouter routes realtime envelopes (server/message_router.go), trimmed.
type MessageRouter interface{}

// ApiServer is the gRPC/HTTP API server (server/api.go), trimmed.
type ApiServer struct {
	logger       *zap.Logger
	db           *sql.DB
	socialClient *social.Client
	tracker      Tracker
	router       MessageRouter
}

// LoggerWithTraceId (server/logger.go), trimmed.
func LoggerWithTraceId(ctx context.Context, logger *zap.Logger) (*zap.Logger, string) {
	return logger, ""
}

// generateUsername reproduces api_authenticate.go:800.
func generateUsername() string {
	const usernameAlphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
	b := make([]byte, 10)
	for i := range b {
		b[i] = usernameAlphabet[rand.Intn(len(usernameAlphabet))]
	}
	return string(b)
}
