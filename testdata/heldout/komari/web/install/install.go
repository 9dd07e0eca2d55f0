// Package install reproduces web/install/install.go of komari-monitor/komari
// da4d5187c1b1 (the first-run guide's complete step; metric-store connection
// test, uploads and route registration trimmed). The guide runs only while
// the users table is empty (internal/server/guides.go:16-22, :55-60).
package install

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"example.com/heldout/komari/database/accounts"
	"example.com/heldout/komari/database/models"
	appconfig "example.com/heldout/komari/internal/config"
	"example.com/heldout/komari/pkg/gin"
	"example.com/heldout/komari/web/api"
	"gorm.io/gorm"
)

type completeRequest struct {
	Username    string `json:"username"`
	Password    string `json:"password"`
	Sitename    string `json:"sitename"`
	Description string `json:"description"`
	MetricDSN   string `json:"metric_dsn"`
}

type Controller struct {
	db     *gorm.DB
	active atomic.Bool
	mu     sync.Mutex
	state  string
	done   chan struct{}
}

func NewController(db *gorm.DB) *Controller {
	return &Controller{db: db, state: "ready", done: make(chan struct{})}
}

// complete reproduces install.go:112 (POST /api/install/complete). The state
// moves "ready" -> "completing" under c.mu before any database access, so a
// second complete is refused with 409 until the first one fails (c.fail) or
// completes.
func (c *Controller) complete(ctx *gin.Context) {
	var request completeRequest
	if err := decodeJSON(ctx, &request); err != nil {
		api.RespondError(ctx, http.StatusBadRequest, err.Error())
		return
	}
	if err := validateRequest(&request); err != nil {
		api.RespondError(ctx, http.StatusBadRequest, err.Error())
		return
	}

	c.mu.Lock()
	if c.state != "ready" {
		c.mu.Unlock()
		api.RespondError(ctx, http.StatusConflict, "installation is already completed or running")
		return
	}
	c.state = "completing"
	c.mu.Unlock()

	// (metric store DSN inference and connection test trimmed)

	if err := c.createAccountAndSettings(&request); err != nil {
		c.fail()
		api.RespondError(ctx, http.StatusInternalServerError, "failed to save installation settings")
		return
	}

	c.mu.Lock()
	c.state = "completed"
	c.mu.Unlock()
	api.RespondSuccessMessage(ctx, "installation completed", gin.H{})
}

func (c *Controller) fail() {
	c.mu.Lock()
	c.state = "ready"
	c.mu.Unlock()
}

// createAccountAndSettings reproduces install.go:167 (the metric DSN keys of
// the settings map are trimmed).
func (c *Controller) createAccountAndSettings(request *completeRequest) error {
	var count int64
	if err := c.db.Model(&models.User{}).Count(&count).Error; err != nil { // safe: only reached under the controller's "ready" -> "completing" state transition (c.mu), one complete at a time in the single install-guide process
		return err
	}
	if count != 0 {
		return fmt.Errorf("installation is already completed")
	}
	user, err := accounts.CreateAccountWithDB(c.db, request.Username, request.Password)
	if err != nil {
		return err
	}
	settings := map[string]any{
		appconfig.SitenameKey:    request.Sitename,
		appconfig.DescriptionKey: request.Description,
	}
	if err := appconfig.SetMany(settings); err != nil {
		_ = accounts.DeleteAccountByUsernameWithDB(c.db, user.Username)
		return err
	}
	return nil
}

func validateRequest(request *completeRequest) error {
	request.Username = strings.TrimSpace(request.Username)
	request.Sitename = strings.TrimSpace(request.Sitename)
	if request.Username == "" || utf8.RuneCountInString(request.Username) > 64 {
		return fmt.Errorf("username must be between 1 and 64 characters")
	}
	if request.Sitename == "" || utf8.RuneCountInString(request.Sitename) > 100 {
		return fmt.Errorf("site name must be between 1 and 100 characters")
	}
	return nil
}

func decodeJSON(ctx *gin.Context, target any) error {
	ctx.Request.Body = http.MaxBytesReader(ctx.Writer, ctx.Request.Body, 1<<20)
	decoder := json.NewDecoder(ctx.Request.Body)
	decoder.DisallowUnknownFields()
	if err := decoder.Decode(target); err != nil {
		return fmt.Errorf("invalid request body: %w", err)
	}
	return nil
}

// Handler exposes complete for the (trimmed) route registration.
func (c *Controller) Handler() func(*gin.Context) { return c.complete }
