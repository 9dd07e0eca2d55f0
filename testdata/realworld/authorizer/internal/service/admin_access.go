// Package service reproduces authorizerdev/authorizer 4ad0758cebf4 internal/service.
package service

import (
	"context"
	"fmt"
	"strings"
	"time"

	"example.com/realworld/authorizer/internal/constants"
	"example.com/realworld/authorizer/internal/graph/model"
	"example.com/realworld/authorizer/internal/refs"
	"example.com/realworld/authorizer/internal/storage/schemas"
)

// maxInviteMembersBatch is internal/service/admin_access.go:124.
const maxInviteMembersBatch = 100

// InviteMembers is internal/service/admin_access.go:130 (email-validity
// filter, verification-token minting, redirect validation, email sending and
// audit logging trimmed).
func (p *provider) InviteMembers(ctx context.Context, meta RequestMetadata, params *model.InviteMemberRequest) (*model.Response, *ResponseSideEffects, error) {
	log := p.Log.With().Str("func", "InviteMembers").Logger()
	if err := p.requireSuperAdmin(ctx, meta); err != nil {
		return nil, nil, err
	}

	if len(params.Emails) > maxInviteMembersBatch {
		log.Debug().Int("count", len(params.Emails)).Msg("too many emails in a single invite request")
		return nil, nil, InvalidArgument(fmt.Sprintf("cannot invite more than %d members in a single request", maxInviteMembersBatch))
	}

	// this feature is only allowed if email server is configured
	if !p.Config.IsEmailServiceEnabled {
		log.Debug().Msg("Email sending is disabled")
		return nil, nil, FailedPrecondition("email sending is disabled")
	}

	isBasicAuthEnabled := p.Config.EnableBasicAuthentication
	isMagicLinkLoginEnabled := p.Config.EnableMagicLinkLogin
	if !isBasicAuthEnabled && !isMagicLinkLoginEnabled {
		log.Debug().Msg("Either basic authentication or magic link login is required")
		return nil, nil, FailedPrecondition("either basic authentication or magic link login is required")
	}

	emails := params.Emails

	// TODO: optimise to use like query instead of looping through emails and getting user individually
	// for each emails check if emails exists in db
	newEmails := []string{}
	for _, email := range emails {
		_, err := p.StorageProvider.GetUserByEmail(ctx, email) // race
		if err != nil {
			log.Debug().Msgf("User with %s email does not exist", email)
			newEmails = append(newEmails, email)
		} else {
			log.Debug().Msgf("User with %s email already exists", email)
		}
	}

	if len(newEmails) == 0 {
		log.Debug().Msg("All emails already exist")
		return nil, nil, AlreadyExists("all emails already exist")
	}

	// invite new emails
	invitedUsers := 0
	for _, email := range newEmails {
		user := &schemas.User{
			Email: refs.NewStringRef(email),
			Roles: strings.Join(p.Config.DefaultRoles, ","),
		}

		verificationRequest := &schemas.VerificationRequest{
			ExpiresAt: time.Now().Add(time.Minute * 30).Unix(),
			Email:     email,
		}

		// use magic link login if that option is on
		if isMagicLinkLoginEnabled {
			user.SignupMethods = constants.AuthRecipeMethodMagicLinkLogin
			verificationRequest.Identifier = constants.VerificationTypeMagicLinkLogin
		} else {
			// use basic authentication if that option is on
			user.SignupMethods = constants.AuthRecipeMethodBasicAuth
			verificationRequest.Identifier = constants.VerificationTypeInviteMember

			isMFAEnforced := p.Config.EnforceMFA
			if isMFAEnforced {
				user.IsMultiFactorAuthEnabled = refs.NewBoolRef(true)
			}
		}

		var err error
		user, err = p.StorageProvider.AddUser(ctx, user)
		if err != nil {
			log.Debug().Err(err).Msg("Failed to add user")
			return nil, nil, err
		}

		_, err = p.StorageProvider.AddVerificationRequest(ctx, verificationRequest)
		if err != nil {
			log.Debug().Err(err).Msg("Failed to add verification request")
			return nil, nil, err
		}

		invitedUsers++
	}

	return &model.Response{
		Message: fmt.Sprintf("%d user(s) invited successfully.", invitedUsers),
	}, nil, nil
}
