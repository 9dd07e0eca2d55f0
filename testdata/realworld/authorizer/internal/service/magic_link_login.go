// Package service reproduces authorizerdev/authorizer 4ad0758cebf4 internal/service.
package service

import (
	"context"
	"errors"
	"strings"

	"example.com/realworld/authorizer/internal/constants"
	"example.com/realworld/authorizer/internal/graph/model"
	"example.com/realworld/authorizer/internal/refs"
	"example.com/realworld/authorizer/internal/storage/schemas"
)

// genericMagicLinkMessage is internal/service/magic_link_login.go:23.
const genericMagicLinkMessage = `If an account exists for this email, a magic link has been sent. Please check your inbox. If you don't receive it within a few minutes, double-check the email address for typos.`

// stringSliceContains stands in for internal/utils.StringSliceContains.
func stringSliceContains(s []string, v string) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

// MagicLinkLogin is internal/service/magic_link_login.go:30 (email
// validation, role validation, webhook event, verification request and email
// sending trimmed).
func (p *provider) MagicLinkLogin(ctx context.Context, meta RequestMetadata, params *model.MagicLinkLoginRequest) (*model.Response, *ResponseSideEffects, error) {
	log := p.Log.With().Str("func", "MagicLinkLogin").Logger()

	isMagicLinkLoginEnabled := p.Config.EnableMagicLinkLogin
	if !isMagicLinkLoginEnabled {
		log.Debug().Msg("Magic link login is disabled")
		return nil, nil, FailedPrecondition(`magic link login is disabled for this instance`)
	}

	params.Email = strings.ToLower(params.Email)

	inputRoles := []string{}
	user := &schemas.User{
		Email: refs.NewStringRef(params.Email),
	}

	// find user with email
	existingUser, err := p.StorageProvider.GetUserByEmail(ctx, params.Email) // race
	if err != nil {
		isSignupEnabled := p.Config.EnableSignup
		if !isSignupEnabled {
			log.Debug().Msg("Signup is disabled")
			return nil, nil, FailedPrecondition(`signup is disabled for this instance`)
		}

		user.SignupMethods = constants.AuthRecipeMethodMagicLinkLogin
		// define roles for new user
		if len(params.Roles) > 0 {
			inputRoles = params.Roles
		} else {
			inputRoles = p.Config.DefaultRoles
		}

		user.Roles = strings.Join(inputRoles, ",")
		user, _ = p.StorageProvider.AddUser(ctx, user)
	} else {
		user = existingUser
		// There multiple scenarios with roles here in magic link login
		// 1. user has access to protected roles + roles and trying to login
		// 2. user has not signed up for one of the available role but trying to signup.
		// 		Need to modify roles in this case

		if user.RevokedTimestamp != nil {
			// Do not reveal that the account exists but is revoked. Return the
			// same generic "magic link sent" response a successful path would
			// return; the real reason is recorded at debug level.
			log.Debug().Str("reason", "account_revoked").Msg("magic link silently dropped")
			return &model.Response{
				Message: genericMagicLinkMessage,
			}, nil, nil
		}

		// find the unassigned roles
		if len(params.Roles) <= 0 {
			inputRolesString := p.Config.DefaultRoles
			inputRoles = inputRolesString
		}
		existingRoles := strings.Split(existingUser.Roles, ",")
		unasignedRoles := []string{}
		for _, ir := range inputRoles {
			if !stringSliceContains(existingRoles, ir) {
				unasignedRoles = append(unasignedRoles, ir)
			}
		}

		if len(unasignedRoles) > 0 {
			// check if it contains protected unassigned role
			hasProtectedRole := false
			protectedRoles := p.Config.ProtectedRoles
			for _, ur := range unasignedRoles {
				if stringSliceContains(protectedRoles, ur) {
					hasProtectedRole = true
				}
			}

			if hasProtectedRole {
				log.Debug().Msg("Protected roles cannot be assigned")
				return nil, nil, InvalidArgument(`invalid roles`)
			} else {
				user.Roles = existingUser.Roles + "," + strings.Join(unasignedRoles, ",")
			}
		} else {
			user.Roles = existingUser.Roles
		}

		signupMethod := existingUser.SignupMethods
		if !strings.Contains(signupMethod, constants.AuthRecipeMethodMagicLinkLogin) {
			signupMethod = signupMethod + "," + constants.AuthRecipeMethodMagicLinkLogin
		}

		user.SignupMethods = signupMethod
		user, err = p.StorageProvider.UpdateUser(ctx, user)
		if err != nil {
			log.Debug().Msg("Failed to update user")
			return nil, nil, errors.New("failed to update user")
		}
	}

	return &model.Response{
		Message: genericMagicLinkMessage,
	}, nil, nil
}
