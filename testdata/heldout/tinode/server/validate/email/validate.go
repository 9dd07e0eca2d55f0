// Package email is a credential validator which uses an external SMTP server.
// Trimmed copy of tinode/chat server/validate/email/validate.go.
package email

import (
	crand "crypto/rand"
	"math/big"
	"strconv"
	"strings"

	"example.com/heldout/tinode/server/store"
	t "example.com/heldout/tinode/server/store/types"
)

const validatorName = "email"

type validator struct {
	CodeLength   int
	maxCodeValue *big.Int
}

// IsInitialized returns true if the validator is initialized.
func (v *validator) IsInitialized() bool {
	return v.maxCodeValue != nil
}

// PreCheck validates the credential and parameters without sending an email.
func (v *validator) PreCheck(cred string, params map[string]any) (string, error) {
	return cred, nil
}

// TempAuthScheme returns a temporary authentication method used by this validator.
func (v *validator) TempAuthScheme() (string, error) {
	return "code", nil
}

// Request sends a request for confirmation to the user: makes a record in DB  and nothing else.
func (v *validator) Request(user t.Uid, email, lang, resp string, tmpToken []byte) (bool, error) {
	// Email validator cannot accept an immediate response.
	if resp != "" {
		return false, t.ErrFailed
	}

	// Normalize email to make sure Unicode case collisions don't lead to security problems.
	email = strings.ToLower(email)

	// Generate expected response as a random numeric string between 0 and 999999.
	code, err := crand.Int(crand.Reader, v.maxCodeValue)
	if err != nil {
		return false, err
	}
	resp = strconv.FormatInt(code.Int64(), 10)
	resp = strings.Repeat("0", v.CodeLength-len(resp)) + resp

	// Create or update validation record in DB.
	isNew, err := store.Users.UpsertCred(&t.Credential{
		User:   user.String(),
		Method: validatorName,
		Value:  email,
		Resp:   resp})
	if err != nil {
		return false, err
	}

	return isNew, nil
}

func init() {
	store.RegisterValidator(validatorName, &validator{CodeLength: 6, maxCodeValue: big.NewInt(1000000)})
}
