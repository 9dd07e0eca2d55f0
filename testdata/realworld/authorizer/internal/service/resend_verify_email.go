// Package service reproduces authorizerdev/authorizer 4ad0758cebf4 internal/service.
package service

import (
	"context"
	"strings"
	"time"

	"example.com/realworld/authorizer/internal/graph/model"
	"example.com/realworld/authorizer/internal/storage/schemas"
)

// ResendVerifyEmail is internal/service/resend_verify_email.go:24 (email and
// identifier validation, token minting, nonce and email sending trimmed).
func (p *provider) ResendVerifyEmail(ctx context.Context, meta RequestMetadata, params *model.ResendVerifyEmailRequest) (*model.Response, *ResponseSideEffects, error) {
	log := p.Log.With().Str("func", "ResendVerifyEmail").Logger()

	params.Email = strings.ToLower(params.Email)

	// Do not reveal whether the account or its pending verification exists.
	// Return the same generic response in every code path — including the
	// success path further down — so the user cannot tell from the response
	// alone whether the email matched a real account. The real reason is
	// logged at debug level.
	genericResponse := &model.Response{
		Message: `If a verification is pending for this email, a new link has been sent. Please check your inbox. If you don't receive it within a few minutes, double-check the email address for typos.`,
	}

	user, err := p.StorageProvider.GetUserByEmail(ctx, params.Email)
	if err != nil {
		log.Debug().Err(err).Str("reason", "user_not_found").Msg("resend verify email silently dropped")
		return genericResponse, nil, nil
	}

	hostname := meta.HostURL
	// The redirect the new link lands on. Reuse the pending request's when
	// there is one, so a resend behaves exactly like the original mail.
	redirectURI := hostname + "/app"

	verificationRequest, err := p.StorageProvider.GetVerificationRequestByEmail(ctx, params.Email, params.Identifier) // safe: AddVerificationRequest inserts with ON CONFLICT (email, identifier) DO UPDATE
	switch {
	case err == nil && verificationRequest != nil:
		redirectURI = verificationRequest.RedirectURI
		// delete current verification and create new one
		if delErr := p.StorageProvider.DeleteVerificationRequest(ctx, verificationRequest); delErr != nil {
			log.Debug().Err(delErr).Msg("Failed to delete verification request")
		}
	default:
		// No pending request. Mint a fresh one instead, but only when there is
		// genuinely something to verify.
		if user.EmailVerifiedAt != nil {
			log.Debug().Str("reason", "nothing_to_verify").Msg("resend verify email silently dropped")
			return genericResponse, nil, nil
		}
		log.Debug().Msg("no pending verification request; minting a fresh one")
	}

	_, err = p.StorageProvider.AddVerificationRequest(ctx, &schemas.VerificationRequest{
		Identifier:  params.Identifier,
		ExpiresAt:   time.Now().Add(time.Minute * 30).Unix(),
		Email:       params.Email,
		RedirectURI: redirectURI,
	})
	if err != nil {
		log.Debug().Err(err).Msg("Failed to add verification request")
	}

	return genericResponse, nil, nil
}
