// Package service reproduces authorizerdev/authorizer 4ad0758cebf4 internal/service.
package service

import (
	"context"
	"strings"
	"time"

	"example.com/realworld/authorizer/internal/constants"
	"example.com/realworld/authorizer/internal/graph/model"
	"example.com/realworld/authorizer/internal/refs"
	"example.com/realworld/authorizer/internal/storage/schemas"
)

// signupVerificationSentMessage is internal/service/signup.go:42.
const signupVerificationSentMessage = "Verification email has been sent. Please check your inbox"

// SignUp is internal/service/signup.go:44 (password checks and hashing, role
// validation, profile fields, verification and session issuance after the
// insert trimmed).
func (p *provider) SignUp(ctx context.Context, meta RequestMetadata, params *model.SignUpRequest) (*model.AuthResponse, *ResponseSideEffects, error) {
	log := p.Log.With().Str("func", "SignUp").Logger()

	email := strings.TrimSpace(refs.StringValue(params.Email))
	phoneNumber := strings.TrimSpace(refs.StringValue(params.PhoneNumber))
	if email == "" && phoneNumber == "" {
		log.Debug().Msg("Email or phone number is required")
		return nil, nil, InvalidArgument("email or phone number is required")
	}

	isSignupEnabled := p.Config.EnableSignup
	if !isSignupEnabled {
		log.Debug().Msg("Signup is disabled")
		return nil, nil, FailedPrecondition("signup is disabled for this instance")
	}

	isEmailSignup := email != ""
	isMobileSignup := phoneNumber != ""
	// find user with email / phone number
	if isEmailSignup {
		existingUser, err := p.StorageProvider.GetUserByEmail(ctx, email) // race
		if err != nil {
			log.Debug().Err(err).Msg("Failed to get user by email")
		}
		if existingUser != nil && (existingUser.EmailVerifiedAt != nil || existingUser.ID != "") {
			log.Debug().Msg("Email is already signed up.")
			if p.Config.EnableEmailVerification {
				return &model.AuthResponse{Message: signupVerificationSentMessage}, nil, nil
			}
			return nil, nil, InvalidArgument("signup failed. please check your credentials or try a different method")
		}
	} else {
		existingUser, err := p.StorageProvider.GetUserByPhoneNumber(ctx, phoneNumber) // race
		if err != nil {
			log.Debug().Err(err).Msg("Failed to get user by phone number")
		}
		if existingUser != nil && (existingUser.PhoneNumberVerifiedAt != nil || existingUser.ID != "") {
			log.Debug().Msg("Phone number is already signed up.")
			return nil, nil, InvalidArgument("signup failed. please check your credentials or try a different method")
		}
	}

	inputRoles := params.Roles
	if len(inputRoles) == 0 {
		inputRoles = p.Config.DefaultRoles
	}
	user := &schemas.User{}
	user.Roles = strings.Join(inputRoles, ",")
	password := params.Password
	user.Password = &password
	if email != "" {
		user.SignupMethods = constants.AuthRecipeMethodBasicAuth
		user.Email = &email
	}
	if params.GivenName != nil {
		user.GivenName = params.GivenName
	}

	if params.FamilyName != nil {
		user.FamilyName = params.FamilyName
	}

	if phoneNumber != "" {
		user.SignupMethods = constants.AuthRecipeMethodMobileBasicAuth
		user.PhoneNumber = refs.NewStringRef(phoneNumber)
	}

	isMFAEnforced := p.Config.EnforceMFA
	if isMFAEnforced {
		user.IsMultiFactorAuthEnabled = refs.NewBoolRef(true)
	}

	isEmailServiceEnabled := p.Config.IsEmailServiceEnabled
	isEmailVerificationEnabled := p.Config.EnableEmailVerification && isEmailServiceEnabled
	if !isEmailVerificationEnabled && isEmailSignup {
		now := time.Now().Unix()
		user.EmailVerifiedAt = &now
	}
	isSMSServiceEnabled := p.Config.IsSMSServiceEnabled
	isPhoneVerificationEnabled := p.Config.EnablePhoneVerification && isSMSServiceEnabled
	if !isPhoneVerificationEnabled && isMobileSignup {
		now := time.Now().Unix()
		user.PhoneNumberVerifiedAt = &now
	}
	user, err := p.StorageProvider.AddUser(ctx, user)
	if err != nil {
		log.Debug().Err(err).Msg("failed to add user")
		return nil, nil, err
	}

	return &model.AuthResponse{Message: "Signed up successfully."}, nil, nil
}
