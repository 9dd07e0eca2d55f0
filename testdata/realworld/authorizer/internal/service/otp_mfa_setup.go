// Package service reproduces authorizerdev/authorizer 4ad0758cebf4 internal/service.
package service

import (
	"context"
	"crypto/rand"
	"fmt"
	"math/big"

	"example.com/realworld/authorizer/internal/refs"
	"example.com/realworld/authorizer/internal/storage/schemas"
)

// generateAndStoreOTP is internal/service/otp_mfa_setup.go:287 (HMAC digest
// replaced by the plaintext).
// generateAndStoreOTP is the single OTP-generation implementation shared by
// login.go's email/SMS-verification and TOTP-alternative branches,
// resend_otp.go, and this file's Email/SMS-OTP-as-MFA setup: generates a
// plaintext OTP, persists its HMAC digest via UpsertOTP (keyed by the user's
// email/phone), and returns the plaintext on the returned struct for the
// caller's email/SMS body.
func (p *provider) generateAndStoreOTP(ctx context.Context, user *schemas.User, expiresAt int64) (*schemas.OTP, error) {
	n, err := rand.Int(rand.Reader, big.NewInt(1000000))
	if err != nil {
		return nil, err
	}
	otp := fmt.Sprintf("%06d", n.Int64())
	otpData, err := p.StorageProvider.UpsertOTP(ctx, &schemas.OTP{
		Email:       refs.StringValue(user.Email),
		PhoneNumber: refs.StringValue(user.PhoneNumber),
		Otp:         otp,
		ExpiresAt:   expiresAt,
	})
	if err != nil {
		return nil, err
	}
	otpData.Otp = otp
	return otpData, nil
}

// upsertUnverifiedAuthenticator is internal/service/otp_mfa_setup.go:311.
// upsertUnverifiedAuthenticator creates the (user, method) Authenticator row
// if absent, or leaves an existing unverified one in place (a fresh OTP was
// just sent for it — the row's Secret field is unused for OTP methods, only
// VerifiedAt matters). Never touches an already-verified row: re-running
// setup after enrollment is a no-op enrollment-wise, only the send-a-code
// side effect repeats.
func (p *provider) upsertUnverifiedAuthenticator(ctx context.Context, userID, method string) error {
	existing, err := p.StorageProvider.GetAuthenticatorDetailsByUserId(ctx, userID, method) // safe: AddAuthenticator inserts with ON CONFLICT (user_id, method) DO UPDATE
	if err == nil && existing != nil {
		return nil // already exists (verified or not) — nothing to create
	}
	_, err = p.StorageProvider.AddAuthenticator(ctx, &schemas.Authenticator{
		UserID: userID,
		Method: method,
	})
	return err
}
