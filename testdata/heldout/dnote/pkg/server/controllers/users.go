package controllers

import (
	"net/http"
	"time"

	"example.com/heldout/dnote/pkg/server/app"
	"example.com/heldout/dnote/pkg/server/context"
	"example.com/heldout/dnote/pkg/server/database"
	"example.com/heldout/dnote/pkg/server/log"
	"example.com/heldout/dnote/pkg/server/mailer"
	"example.com/heldout/dnote/pkg/server/token"
	"example.com/heldout/dnote/pkg/server/views"
	"example.com/heldout/dnote/third_party/bcrypt"
	"github.com/pkg/errors"
	"gorm.io/gorm"
)

// Users reproduces pkg/server/controllers/users.go:90.
// Users is a user controller.
type Users struct {
	NewView                  *views.View
	LoginView                *views.View
	SettingView              *views.View
	AboutView                *views.View
	PasswordResetView        *views.View
	PasswordResetConfirmView *views.View
	EmailVerificationView    *views.View
	app                      *app.App
}

// createResetTokenPayload reproduces pkg/server/controllers/users.go:296.
type createResetTokenPayload struct {
	Email string `schema:"email" json:"email"`
}

// CreateResetToken reproduces pkg/server/controllers/users.go:300.
// GORM v1 -> v2: conn.RecordNotFound() is written errors.Is(conn.Error, gorm.ErrRecordNotFound).
func (u *Users) CreateResetToken(w http.ResponseWriter, r *http.Request) {
	vd := views.Data{}

	var form createResetTokenPayload
	if err := parseForm(r, &form); err != nil {
		handleHTMLError(w, r, err, "parsing form", u.PasswordResetView, vd)
		return
	}

	if form.Email == "" {
		handleHTMLError(w, r, app.ErrEmailRequired, "email is not provided", u.PasswordResetView, vd)
		return
	}

	var account database.Account
	// safe: not-found returns without creating; the insert is of another model (Token), made on every request
	conn := u.app.DB.Where("email = ?", form.Email).First(&account)
	if errors.Is(conn.Error, gorm.ErrRecordNotFound) {
		return
	}
	if err := conn.Error; err != nil {
		handleHTMLError(w, r, err, "finding account", u.PasswordResetView, vd)
		return
	}

	resetToken, err := token.Create(u.app.DB, account.UserID, database.TokenTypeResetPassword)
	if err != nil {
		handleHTMLError(w, r, err, "generating token", u.PasswordResetView, vd)
		return
	}

	if err := u.app.SendPasswordResetEmail(account.Email.String, resetToken.Value); err != nil {
		handleHTMLError(w, r, err, "sending password reset email", u.PasswordResetView, vd)
		return
	}

	alert := views.Alert{
		Level:   views.AlertLvlSuccess,
		Message: "Check your email for a link to reset your password.",
	}
	views.RedirectAlert(w, r, "/password-reset", http.StatusFound, alert)
}

// resetPasswordPayload reproduces pkg/server/controllers/users.go:356.
type resetPasswordPayload struct {
	Password             string `schema:"password" json:"password"`
	PasswordConfirmation string `schema:"password_confirmation" json:"password_confirmation"`
	Token                string `schema:"token" json:"token"`
}

// PasswordReset reproduces pkg/server/controllers/users.go:363.
// GORM v1 -> v2: conn.RecordNotFound() is written errors.Is(conn.Error, gorm.ErrRecordNotFound).
// PasswordReset renders password reset view
func (u *Users) PasswordReset(w http.ResponseWriter, r *http.Request) {
	vd := views.Data{}

	var params resetPasswordPayload
	if err := parseForm(r, &params); err != nil {
		handleHTMLError(w, r, err, "parsing params", u.NewView, vd)
		return
	}

	vd.Yield = map[string]interface{}{
		"Token": params.Token,
	}

	if params.Password != params.PasswordConfirmation {
		handleHTMLError(w, r, app.ErrPasswordConfirmationMismatch, "password mismatch", u.PasswordResetConfirmView, vd)
		return
	}

	var token database.Token
	// safe: guard of an update only (a missing token is an error; the account and token rows are updated, never created)
	conn := u.app.DB.Where("value = ? AND type =? AND used_at IS NULL", params.Token, database.TokenTypeResetPassword).First(&token)
	if errors.Is(conn.Error, gorm.ErrRecordNotFound) {
		handleHTMLError(w, r, app.ErrInvalidToken, "invalid token", u.PasswordResetConfirmView, vd)
		return
	}
	if err := conn.Error; err != nil {
		handleHTMLError(w, r, err, "finding token", u.PasswordResetConfirmView, vd)
		return
	}

	if token.UsedAt != nil {
		handleHTMLError(w, r, app.ErrInvalidToken, "invalid token", u.PasswordResetConfirmView, vd)
		return
	}

	// Expire after 10 minutes
	if time.Since(token.CreatedAt).Minutes() > 10 {
		handleHTMLError(w, r, app.ErrPasswordResetTokenExpired, "expired token", u.PasswordResetConfirmView, vd)
		return
	}

	tx := u.app.DB.Begin()

	hashedPassword, err := bcrypt.GenerateFromPassword([]byte(params.Password), bcrypt.DefaultCost)
	if err != nil {
		tx.Rollback()
		handleHTMLError(w, r, err, "hashing password", u.PasswordResetConfirmView, vd)
		return
	}

	var account database.Account
	if err := u.app.DB.Where("user_id = ?", token.UserID).First(&account).Error; err != nil {
		tx.Rollback()
		handleHTMLError(w, r, err, "finding user", u.PasswordResetConfirmView, vd)
		return
	}

	if err := tx.Model(&account).Update("password", string(hashedPassword)).Error; err != nil {
		tx.Rollback()
		handleHTMLError(w, r, err, "updating password", u.PasswordResetConfirmView, vd)
		return
	}
	if err := tx.Model(&token).Update("used_at", time.Now()).Error; err != nil {
		tx.Rollback()
		handleHTMLError(w, r, err, "updating password reset token", u.PasswordResetConfirmView, vd)
		return
	}

	if err := u.app.DeleteUserSessions(tx, account.UserID); err != nil {
		tx.Rollback()
		handleHTMLError(w, r, err, "deleting user sessions", u.PasswordResetConfirmView, vd)
		return
	}

	tx.Commit()

	var user database.User
	if err := u.app.DB.Where("id = ?", account.UserID).First(&user).Error; err != nil {
		handleHTMLError(w, r, err, "finding user", u.PasswordResetConfirmView, vd)
		return
	}

	alert := views.Alert{
		Level:   views.AlertLvlSuccess,
		Message: "Password reset successful",
	}
	views.RedirectAlert(w, r, "/login", http.StatusFound, alert)

	if err := u.app.SendPasswordResetAlertEmail(account.Email.String); err != nil {
		log.ErrorWrap(err, "sending password reset email")
	}
}

// CreateEmailVerificationToken reproduces pkg/server/controllers/users.go:690.
func (u *Users) CreateEmailVerificationToken(w http.ResponseWriter, r *http.Request) {
	vd := views.Data{}

	user := context.User(r.Context())
	if user == nil {
		handleHTMLError(w, r, app.ErrLoginRequired, "No authenticated user found", u.SettingView, vd)
		return
	}

	var account database.Account
	// safe: not-found returns an error; the insert is of another model (Token), made on every request
	err := u.app.DB.Where("user_id = ?", user.ID).First(&account).Error
	if err != nil {
		handleHTMLError(w, r, err, "finding account", u.SettingView, vd)
		return
	}

	if account.EmailVerified {
		handleHTMLError(w, r, app.ErrEmailAlreadyVerified, "email is already verified.", u.SettingView, vd)
		return
	}
	if account.Email.String == "" {
		handleHTMLError(w, r, app.ErrEmailRequired, "email is empty.", u.SettingView, vd)
		return
	}

	tok, err := token.Create(u.app.DB, account.UserID, database.TokenTypeEmailVerification)
	if err != nil {
		handleHTMLError(w, r, err, "saving token", u.SettingView, vd)
		return
	}

	if err := u.app.SendVerificationEmail(account.Email.String, tok.Value); err != nil {
		if errors.Cause(err) == mailer.ErrSMTPNotConfigured {
			handleHTMLError(w, r, app.ErrInvalidSMTPConfig, "SMTP config is not configured correctly.", u.SettingView, vd)
		} else {
			handleHTMLError(w, r, err, "sending verification email", u.SettingView, vd)
		}

		return
	}

	alert := views.Alert{
		Level:   views.AlertLvlSuccess,
		Message: "Please check your email for the verification",
	}
	views.RedirectAlert(w, r, "/", http.StatusFound, alert)
}
