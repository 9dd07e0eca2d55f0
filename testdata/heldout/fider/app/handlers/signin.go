package handlers

// Reproduces github.com/getfider/fider/app/handlers/signin.go (SignInByEmailWithName,
// VerifySignInCode, VerifySignInKey, CompleteSignInProfile; trimmed: e-mail tasks,
// cookies and pages). Schema: user_email_unique_idx ON users (tenant_id, email)
// WHERE email != '' (201712061924_unique_email.up.sql:1).

import (
	"fmt"
	"net/http"
	"time"

	"example.com/heldout/fider/app"
	"example.com/heldout/fider/app/actions"
	"example.com/heldout/fider/app/models/cmd"
	"example.com/heldout/fider/app/models/entity"
	"example.com/heldout/fider/app/models/enum"
	"example.com/heldout/fider/app/models/query"
	"example.com/heldout/fider/app/pkg/bus"
	"example.com/heldout/fider/app/pkg/errors"
	"example.com/heldout/fider/app/pkg/web"
)

// NotInvitedPage renders the not invited page
func NotInvitedPage() web.HandlerFunc {
	return func(c *web.Context) error {
		return c.Page(http.StatusForbidden, web.Props{
			Page:        "Error/NotInvited.page",
			Title:       "Not Invited",
			Description: "We couldn't find an account for your email address.",
		})
	}
}

// SignInByEmailWithName sends verification code for new users with their name
func SignInByEmailWithName() web.HandlerFunc {
	return func(c *web.Context) error {
		action := actions.NewSignInByEmailWithName()
		if result := c.BindTo(action); !result.Ok {
			return c.HandleValidation(result)
		}

		// Check that user doesn't already exist
		userByEmail := &query.GetUserByEmail{Email: action.Email}
		err := bus.Dispatch(c, userByEmail) // safe: no user is inserted here; not found only saves an email_verifications row keyed on a fresh random LinkKey (email_verifications_key_idx (tenant_id, key))
		if err == nil {
			// User already exists, should use regular sign in
			return c.BadRequest(web.Map{
				"email": "An account with this email already exists. Please sign in.",
			})
		}

		// Check if tenant is private (new users not allowed)
		if c.Tenant().IsPrivate {
			return c.Forbidden()
		}

		// Invalidate any previous active verification codes for this email
		_ = bus.Dispatch(c, &cmd.InvalidateVerificationsByEmail{
			Email: action.Email,
			Kind:  enum.EmailVerificationKindSignIn,
		})

		// Save verification with name
		err = bus.Dispatch(c, &cmd.SaveVerificationKey{
			Key:      action.LinkKey,
			Code:     action.VerificationCode,
			Duration: 15 * time.Minute,
			Request:  action,
		})
		if err != nil {
			return c.Failure(err)
		}

		return c.Ok(web.Map{})
	}
}

// VerifySignInCode verifies the code entered by the user and signs them in
func VerifySignInCode() web.HandlerFunc {
	return func(c *web.Context) error {
		const maxAttempts = 5

		action := &actions.VerifySignInCode{}
		if result := c.BindTo(action); !result.Ok {
			return c.HandleValidation(result)
		}

		// Look up the most recent active verification by email (without code)
		activeVerification := &query.GetActiveVerificationByEmail{
			Email: action.Email,
			Kind:  enum.EmailVerificationKindSignIn,
		}
		err := bus.Dispatch(c, activeVerification)
		if err != nil {
			if errors.Cause(err) == app.ErrNotFound {
				return c.BadRequest(web.Map{
					"code": "Invalid or expired verification code",
				})
			}
			return c.Failure(err)
		}

		result := activeVerification.Result

		// Check if max attempts exceeded
		if result.Attempts >= maxAttempts {
			return c.BadRequest(web.Map{
				"code": "Too many attempts. Please request a new code.",
			})
		}

		// Increment attempts before comparing (prevents timing attacks)
		if err := bus.Dispatch(c, &cmd.IncrementVerificationAttempts{Key: result.Key}); err != nil {
			return c.Failure(err)
		}

		// Compare the submitted code with the stored code
		if result.Code != action.Code {
			if result.Attempts+1 >= maxAttempts {
				// Final attempt failed — invalidate the code
				_ = bus.Dispatch(c, &cmd.SetKeyAsVerified{Key: result.Key})
				return c.BadRequest(web.Map{
					"code": "Too many attempts. Please request a new code.",
				})
			}
			return c.BadRequest(web.Map{
				"code": "Invalid or expired verification code" + fmt.Sprintf(" (attempt %d of %d)", result.Attempts+1, maxAttempts),
			})
		}

		// Check if user exists
		userByEmail := &query.GetUserByEmail{Email: result.Email}
		// upstream signin.go:226-243: not found -> RegisterUser (users (tenant_id, email))
		err = bus.Dispatch(c, userByEmail) // race
		if err != nil {
			if errors.Cause(err) == app.ErrNotFound {
				// User doesn't exist
				if c.Tenant().IsPrivate {
					return c.Forbidden()
				}

				// If name is provided in verification, create user account
				if result.Name != "" {
					user := &entity.User{
						Name:   result.Name,
						Email:  result.Email,
						Tenant: c.Tenant(),
						Role:   enum.RoleVisitor,
					}
					err = bus.Dispatch(c, &cmd.RegisterUser{User: user})
					if err != nil {
						return c.Failure(err)
					}

					// Mark code as verified
					err = bus.Dispatch(c, &cmd.SetKeyAsVerified{Key: result.Key})
					if err != nil {
						return c.Failure(err)
					}

					// Authenticate newly created user
					return c.Ok(web.Map{})
				}

				// Name not provided - shouldn't happen with new flow, but handle legacy case
				return c.Ok(web.Map{
					"showProfileCompletion": true,
				})
			}
			return c.Failure(err)
		}

		// Mark code as verified
		err = bus.Dispatch(c, &cmd.SetKeyAsVerified{Key: result.Key})
		if err != nil {
			return c.Failure(err)
		}

		return c.Ok(web.Map{})
	}
}

// VerifySignInKey checks if verify key is correct and sign in user
func VerifySignInKey(kind enum.EmailVerificationKind) web.HandlerFunc {
	return func(c *web.Context) error {
		key := c.QueryParam("k")
		result, err := validateKey(kind, key, c)
		if result == nil {
			return err
		}

		userByEmail := &query.GetUserByEmail{Email: result.Email}
		// upstream signin.go:327-343: not found -> RegisterUser; validateKey (common.go:144) lets a key
		// be used again for 5 minutes, so a mail-client link preview and the user's click, run one
		// after the other, both succeed (the second finds the user) but run together both insert
		err = bus.Dispatch(c, userByEmail) // race
		if err != nil {
			if errors.Cause(err) == app.ErrNotFound {
				if kind == enum.EmailVerificationKindSignIn && c.Tenant().IsPrivate {
					return NotInvitedPage()(c)
				}

				// If name is provided in verification, create user account immediately
				if result.Name != "" {
					user := &entity.User{
						Name:   result.Name,
						Email:  result.Email,
						Tenant: c.Tenant(),
						Role:   enum.RoleVisitor,
					}
					err = bus.Dispatch(c, &cmd.RegisterUser{User: user})
					if err != nil {
						return c.Failure(err)
					}

					err = bus.Dispatch(c, &cmd.SetKeyAsVerified{Key: key})
					if err != nil {
						return c.Failure(err)
					}

					baseURL := c.BaseURL()
					return c.Redirect(baseURL)
				}

				// Otherwise, show profile completion page
				return c.Page(http.StatusOK, web.Props{
					Page:  "SignIn/CompleteSignInProfile.page",
					Title: "Complete Sign In Profile",
					Data: web.Map{
						"kind": kind,
						"k":    key,
					},
				})

			}
			return c.Failure(err)
		}

		err = bus.Dispatch(c, &cmd.SetKeyAsVerified{Key: key})
		if err != nil {
			return c.Failure(err)
		}

		baseURL := c.BaseURL()
		return c.Redirect(baseURL)
	}
}

// CompleteSignInProfile handles the action to update user profile
func CompleteSignInProfile() web.HandlerFunc {
	return func(c *web.Context) error {
		action := new(actions.CompleteProfile)
		if result := c.BindTo(action); !result.Ok {
			return c.HandleValidation(result)
		}

		result, err := validateKey(action.Kind, action.Key, c)
		if result == nil {
			return err
		}

		// upstream signin.go:397-409: not found -> RegisterUser (users (tenant_id, email))
		err = bus.Dispatch(c, &query.GetUserByEmail{Email: result.Email}) // race
		if errors.Cause(err) != app.ErrNotFound {
			// Not possible to create user that already exists
			return c.BadRequest(web.Map{})
		}

		user := &entity.User{
			Name:   action.Name,
			Email:  result.Email,
			Tenant: c.Tenant(),
			Role:   enum.RoleVisitor,
		}
		err = bus.Dispatch(c, &cmd.RegisterUser{User: user})
		if err != nil {
			return c.Failure(err)
		}

		err = bus.Dispatch(c, &cmd.SetKeyAsVerified{Key: action.Key})
		if err != nil {
			return c.Failure(err)
		}

		return c.Ok(web.Map{})
	}
}
