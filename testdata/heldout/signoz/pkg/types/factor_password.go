package types

import (
	"crypto/rand"
	"encoding/base64"
	"time"

	"example.com/heldout/signoz/pkg/valuer"
	"github.com/uptrace/bun"
	"golang.org/x/crypto/bcrypt"
)

// ResetPasswordToken reproduces pkg/types/factor_password.go:49 (unique on
// password_id: struct tag :54 and
// pkg/sqlmigration/045_add_factor_indexes.go:54).
type ResetPasswordToken struct {
	bun.BaseModel `bun:"table:reset_password_token"`

	Identifiable
	Token      string      `bun:"token,type:text,notnull" json:"token"`
	PasswordID valuer.UUID `bun:"password_id,type:text,notnull,unique" json:"passwordId"`
	ExpiresAt  time.Time   `bun:"expires_at,type:timestamptz,nullzero" json:"expiresAt"`
}

// FactorPassword reproduces pkg/types/factor_password.go:58 (unique on
// user_id: struct tag :64 and pkg/sqlmigration/045_add_factor_indexes.go:51).
type FactorPassword struct {
	bun.BaseModel `bun:"table:factor_password"`

	Identifiable
	Password  string `bun:"password,type:text,notnull" json:"password"`
	Temporary bool   `bun:"temporary,type:boolean,notnull" json:"temporary"`
	UserID    string `bun:"user_id,type:text,notnull,unique" json:"userId"`
	TimeAuditable
}

// NewFactorPassword reproduces pkg/types/factor_password.go:100 (password
// policy check trimmed).
func NewFactorPassword(password string, userID string) (*FactorPassword, error) {
	hashedPassword, err := NewHashedPassword(password)
	if err != nil {
		return nil, err
	}

	return &FactorPassword{
		Identifiable: Identifiable{
			ID: valuer.GenerateUUID(),
		},
		Password:  string(hashedPassword),
		Temporary: false,
		UserID:    userID,
		TimeAuditable: TimeAuditable{
			CreatedAt: time.Now(),
			UpdatedAt: time.Now(),
		},
	}, nil
}

// GenerateFactorPassword reproduces :124 (sethvargo/go-password replaced by
// crypto/rand).
func GenerateFactorPassword(userID string) (*FactorPassword, error) {
	b := make([]byte, 12)
	if _, err := rand.Read(b); err != nil {
		return nil, err
	}

	return NewFactorPassword(base64.StdEncoding.EncodeToString(b)+"zZ", userID)
}

func MustGenerateFactorPassword(userID string) *FactorPassword {
	password, err := GenerateFactorPassword(userID)
	if err != nil {
		panic(err)
	}

	return password
}

func NewHashedPassword(password string) (string, error) {
	hashedPassword, err := bcrypt.GenerateFromPassword([]byte(password), bcrypt.DefaultCost)
	if err != nil {
		return "", err
	}
	return string(hashedPassword), nil
}

// NewResetPasswordToken reproduces :151.
func NewResetPasswordToken(passwordID valuer.UUID, expiresAt time.Time) (*ResetPasswordToken, error) {
	return &ResetPasswordToken{
		Identifiable: Identifiable{
			ID: valuer.GenerateUUID(),
		},
		Token:      valuer.GenerateUUID().String(),
		PasswordID: passwordID,
		ExpiresAt:  expiresAt,
	}, nil
}

func (f *FactorPassword) Update(password string) error {
	hashedPassword, err := NewHashedPassword(password)
	if err != nil {
		return err
	}

	f.Password = hashedPassword
	f.UpdatedAt = time.Now()

	return nil
}

func (f *FactorPassword) Equals(password string) bool {
	return bcrypt.CompareHashAndPassword([]byte(f.Password), []byte(password)) == nil
}

func (r *ResetPasswordToken) IsExpired() bool {
	return r.ExpiresAt.Before(time.Now())
}
