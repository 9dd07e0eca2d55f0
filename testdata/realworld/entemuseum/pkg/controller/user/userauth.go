package user

import (
	"database/sql"
	"errors"
	"strings"

	"example.com/realworld/entemuseum/ente"
	"example.com/realworld/entemuseum/pkg/utils/auth"
	"example.com/realworld/entemuseum/pkg/utils/crypto"
	"example.com/realworld/entemuseum/third_party/gin"
	"example.com/realworld/entemuseum/third_party/stacktrace"
)

// verifyEmailOtt stands in for server/pkg/controller/user/userauth.go:191
// (OTT checks against the otts table).
func (c *UserController) verifyEmailOtt(context *gin.Context, email string, ott string) error {
	if strings.TrimSpace(ott) == "" {
		return stacktrace.Propagate(ente.ErrBadRequest, "")
	}
	return nil
}

// VerifyEmail validates that the OTT provided in the request is valid for the
// provided email address and if yes returns the users credentials
// server/pkg/controller/user/userauth.go:238 (called by UserHandler.VerifyEmail,
// server/pkg/api/user.go).
func (c *UserController) VerifyEmail(context *gin.Context, request ente.EmailVerificationRequest) (ente.EmailAuthorizationResponse, error) {
	email := strings.ToLower(request.Email)
	err := c.verifyEmailOtt(context, email, request.OTT)
	if err != nil {
		return ente.EmailAuthorizationResponse{}, stacktrace.Propagate(err, "")
	}
	return c.onVerificationSuccess(context, email, request.Source)
}

// ChangeEmail validates that the OTT provided in the request is valid for the
// provided email address and if yes updates the user's existing email address
// server/pkg/controller/user/userauth.go:249
func (c *UserController) ChangeEmail(ctx *gin.Context, request ente.EmailVerificationRequest) error {
	email := strings.ToLower(request.Email)
	err := c.verifyEmailOtt(ctx, email, request.OTT)
	if err != nil {
		return stacktrace.Propagate(err, "")
	}

	return c.UpdateEmail(ctx, auth.GetUserID(ctx.Request.Header), email)
}

// UpdateEmail updates the email address of the user with the provided userID
// server/pkg/controller/user/userauth.go:260 (lookup :261, UPDATE :283;
// notification emails, billing and mailing lists trimmed).
func (c *UserController) UpdateEmail(ctx *gin.Context, userID int64, email string) error {
	_, err := c.UserRepo.GetUserIDWithEmail(email) // safe: guards an UPDATE of the caller's own users row (users.email_hash is unique, so a concurrent change to the same address fails), no insert
	if err == nil {
		// email already owned by a user
		return stacktrace.Propagate(ente.ErrPermissionDenied, "")
	}
	if !errors.Is(err, sql.ErrNoRows) {
		// unknown error, rethrow
		return stacktrace.Propagate(err, "")
	}
	_, err = c.UserRepo.Get(userID)
	if err != nil {
		return stacktrace.Propagate(err, "")
	}
	encryptedEmail, err := crypto.Encrypt(email, c.SecretEncryptionKey)
	if err != nil {
		return stacktrace.Propagate(err, "")
	}
	emailHash, err := crypto.GetHash(email, c.HashingKey)
	if err != nil {
		return stacktrace.Propagate(err, "")
	}
	err = c.UserRepo.UpdateEmail(userID, encryptedEmail, emailHash)
	if err != nil {
		return stacktrace.Propagate(err, "")
	}
	return nil
}

// onVerificationSuccess is called when the user has successfully verified their email address.
// source indicates where the user came from.  It can be nil.
// server/pkg/controller/user/userauth.go:359: GetUserIDWithEmail (:362),
// sql.ErrNoRows -> createUser (:365). Also reached from
// VerifySRPSession (server/pkg/controller/user/srp.go:174). The 2FA/passkey
// sessions and the token issuing that follow are trimmed.
func (c *UserController) onVerificationSuccess(context *gin.Context, email string, source *string) (ente.EmailAuthorizationResponse, error) {
	userID, err := c.UserRepo.GetUserIDWithEmail(email) // race
	if err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			userID, _, err = c.createUser(email, source)
			if err != nil {
				return ente.EmailAuthorizationResponse{}, stacktrace.Propagate(err, "")
			}
		} else {
			return ente.EmailAuthorizationResponse{}, stacktrace.Propagate(err, "")
		}
	}
	return ente.EmailAuthorizationResponse{ID: userID}, nil
}
