// Copyright 2024 The Gitea Authors. All rights reserved.
// SPDX-License-Identifier: MIT

// Reproduced from services/user/email.go @0100b014e4a10bb89b1d0484543312bca4cccc8a
// (ReplacePrimaryEmailAddress :22-82, AddEmailAddresses :84-121); the audit records are left out.

package user

import (
	"context"
	"errors"
	"strings"

	"example.com/heldout/gitea/models/db"
	user_model "example.com/heldout/gitea/models/user"
	"example.com/heldout/gitea/modules/setting"
	"example.com/heldout/gitea/modules/util"
)

// ReplacePrimaryEmailAddress replaces the user's primary email address with the given email address.
// It also updates the user's email field to match the new primary email address.
// callers: POST /user/settings/account/email (primary change), admin user edit, PATCH /api/v1/admin/users/{username}
func ReplacePrimaryEmailAddress(ctx context.Context, doer, u *user_model.User, emailStr string) error {
	// FIXME: this check is from old logic, but it is not right, there are far more user types, not only "organization"
	if u.IsOrganization() {
		return util.NewInvalidArgumentErrorf("user %s is an organization", u.Name)
	}

	if strings.EqualFold(u.Email, emailStr) {
		return nil
	}

	if err := user_model.ValidateEmail(emailStr); err != nil {
		return err
	}

	var newEmail *user_model.EmailAddress
	if err := db.WithTx(ctx, func(ctx context.Context) error {
		// Check if address exists already
		// (a plain SELECT inside a READ COMMITTED transaction; email_address.lower_email is UNIQUE)
		email, err := user_model.GetEmailAddressByEmail(ctx, emailStr) // race
		if err != nil && !errors.Is(err, util.ErrNotExist) {
			return err
		}
		if email != nil {
			if email.IsPrimary && email.UID == u.ID {
				return nil
			}
			return user_model.ErrEmailAlreadyUsed{Email: emailStr}
		}

		// Remove old primary address
		primary, err := user_model.GetPrimaryEmailAddressOfUser(ctx, u.ID)
		if err != nil {
			return err
		}
		if _, err := db.DeleteByID[user_model.EmailAddress](ctx, primary.ID); err != nil {
			return err
		}

		// Insert new primary address
		newEmail = &user_model.EmailAddress{
			UID:         u.ID,
			Email:       emailStr,
			IsActivated: true,
			IsPrimary:   true,
		}
		if _, err := user_model.InsertEmailAddress(ctx, newEmail); err != nil {
			return err
		}

		u.Email = emailStr
		return user_model.UpdateUserCols(ctx, u, "email")
	}); err != nil {
		return err
	}

	return nil
}

// AddEmailAddresses adds addresses to a user.
// callers: POST /user/settings/account/email, POST /api/v1/user/emails, admin user edit
func AddEmailAddresses(ctx context.Context, doer, u *user_model.User, emailsToAdd []string) error {
	emails := make([]*user_model.EmailAddress, 0, len(emailsToAdd))

	for _, emailStr := range emailsToAdd {
		if err := user_model.ValidateEmail(emailStr); err != nil {
			return err
		}

		// Check if address exists already
		// (no transaction; email_address.lower_email and email are UNIQUE)
		email, err := user_model.GetEmailAddressByEmail(ctx, emailStr) // race
		if err != nil && !errors.Is(err, util.ErrNotExist) {
			return err
		}
		if email != nil {
			return user_model.ErrEmailAlreadyUsed{Email: emailStr}
		}

		// Insert new address
		email = &user_model.EmailAddress{
			UID:         u.ID,
			Email:       emailStr,
			IsActivated: !setting.Service.RegisterEmailConfirm,
			IsPrimary:   false,
		}
		if _, err := user_model.InsertEmailAddress(ctx, email); err != nil {
			return err
		}

		emails = append(emails, email)
	}

	return nil
}
