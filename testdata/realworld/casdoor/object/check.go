package object

import (
	"strings"

	"example.com/realworld/casdoor/form"
)

// CheckUserSignup is object/check.go:37 (username format, password
// complexity, affiliation, ID card and invitation checks trimmed). The
// existence checks are the lookup half of controllers/account.go Signup.
func CheckUserSignup(application *Application, organization *Organization, authForm *form.AuthForm, lang string) string {
	if organization == nil {
		return translate(lang, "check:Organization does not exist")
	}

	if application.IsSignupItemVisible("Username") {
		if len(authForm.Username) <= 1 {
			return translate(lang, "check:Username must have at least 2 characters")
		}

		if HasUserByField(organization.Name, "name", authForm.Username) { // race
			return translate(lang, "check:Username already exists")
		}
		if authForm.Email != "" {
			normalizedEmail := strings.ToLower(authForm.Email)
			if HasUserByField(organization.Name, "email", normalizedEmail) {
				return translate(lang, "check:Email already exists")
			}
		}
		if HasUserByPhoneAndCountryCode(organization.Name, authForm.Phone, authForm.CountryCode) {
			return translate(lang, "check:Phone already exists")
		}
	}

	if application.IsSignupItemVisible("Email") {
		if authForm.Email == "" {
			if application.IsSignupItemRequired("Email") {
				return translate(lang, "check:Email cannot be empty")
			}
		} else {
			normalizedEmail := strings.ToLower(authForm.Email)
			if HasUserByField(organization.Name, "email", normalizedEmail) {
				return translate(lang, "check:Email already exists")
			}
		}
	}

	return ""
}

// CheckUpdateUser is object/check.go:781 (username format and phone
// normalization trimmed). controllers/user.go AddUser calls it with an empty
// old user, so every existence check runs before the insert.
func CheckUpdateUser(oldUser, user *User, lang string) string {
	if oldUser.Name != user.Name {
		organizationName := oldUser.Owner
		if organizationName == "" {
			organizationName = user.Owner
		}

		organization, err := getOrganization("admin", organizationName)
		if err != nil {
			return err.Error()
		}
		if organization == nil {
			return translate(lang, "auth:The organization does not exist")
		}

		if HasUserByField(user.Owner, "name", user.Name) { // race
			return translate(lang, "check:Username already exists")
		}
	}
	if oldUser.Email != user.Email {
		if HasUserByField(user.Owner, "email", user.Email) {
			return translate(lang, "check:Email already exists")
		}
	}
	if oldUser.Phone != user.Phone || oldUser.CountryCode != user.CountryCode {
		if HasUserByPhoneAndCountryCode(user.Owner, user.Phone, user.CountryCode) {
			return translate(lang, "check:Phone already exists")
		}
	}

	return ""
}
