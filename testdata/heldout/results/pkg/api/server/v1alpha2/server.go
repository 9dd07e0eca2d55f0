// Package server implements the Results and Logs gRPC services on GORM
// (trimmed from upstream pkg/api/server/v1alpha2/server.go).
package server

import (
	"context"
	"fmt"

	"github.com/google/uuid"
	"gorm.io/gorm"

	model "example.com/heldout/results/pkg/api/server/db"
	cw "example.com/heldout/results/third_party/clockwork"
)

var (
	uid = func() string {
		return uuid.New().String()
	}
	clock cw.Clock = cw.NewRealClock()
)

type getResultID func(ctx context.Context, parent, result string) (string, error)

// Server with implementation of API server
type Server struct {
	db *gorm.DB

	// testing.
	getResultID getResultID
}

// New set up environment for the api server
func New(db *gorm.DB, autoMigrate bool) (*Server, error) {
	srv := &Server{
		db: db,
	}

	// Set default impls of overridable behavior
	srv.getResultID = srv.getResultIDImpl

	if autoMigrate {
		if err := db.AutoMigrate(&model.Result{}, &model.Record{}); err != nil {
			return nil, fmt.Errorf("error automigrating DB: %w", err)
		}
	}
	return srv, nil
}
