package webserver

import (
	"fmt"
	"net"
	"net/http"
	"os"
	"syscall"

	"example.com/heldout/shiori/internal/model"
)

// Handler is Handler for serving the web interface.
// Reproduces internal/webserver/handler.go:16 (caches dropped).
type Handler struct {
	DB       model.DB
	DataDir  string
	RootPath string
	Log      bool

	dependencies model.Dependencies
}

// validateSession checks whether user session is still valid or not
// Reproduces internal/webserver/handler.go:50 (reduced: the JWT/SSO account
// lookup is replaced by the Authorization header check).
func (h *Handler) validateSession(r *http.Request) error {
	if r.Header.Get(model.AuthorizationHeader) == "" {
		return fmt.Errorf("session has been expired")
	}
	return nil
}

// Config is parameter that used for starting web server
// Reproduces internal/webserver/server.go:12.
type Config struct {
	DB       model.DB
	DataDir  string
	RootPath string
	Log      bool
}

// GetLegacyHandler returns a legacy handler to use with the new webserver
// Reproduces internal/webserver/server.go:22 (reduced).
func GetLegacyHandler(cfg Config, dependencies model.Dependencies) *Handler {
	return &Handler{
		DB:           cfg.DB,
		DataDir:      cfg.DataDir,
		RootPath:     cfg.RootPath,
		Log:          cfg.Log,
		dependencies: dependencies,
	}
}

// FileExists reproduces internal/webserver/utils.go:9.
func FileExists(filePath string) bool {
	info, err := os.Stat(filePath)
	return err == nil && !info.IsDir()
}

// checkError reproduces internal/webserver/utils.go:14.
func checkError(err error) {
	if err == nil {
		return
	}

	// Check for a broken connection, as it is not really a
	// condition that warrants a panic stack trace.
	if ne, ok := err.(*net.OpError); ok {
		if se, ok := ne.Err.(*os.SyscallError); ok {
			if se.Err == syscall.EPIPE || se.Err == syscall.ECONNRESET {
				return
			}
		}
	}

	panic(err)
}
