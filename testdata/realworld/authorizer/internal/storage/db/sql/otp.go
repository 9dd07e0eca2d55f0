// Package sql reproduces authorizerdev/authorizer 4ad0758cebf4 internal/storage/db/sql (the GORM backend).
package sql

import (
	"context"
	"errors"
	"time"

	"github.com/google/uuid"

	"example.com/realworld/authorizer/internal/storage/schemas"
)

// UpsertOTP is internal/storage/db/sql/otp.go:14.
// UpsertOTP to add or update otp
func (p *provider) UpsertOTP(ctx context.Context, otpParam *schemas.OTP) (*schemas.OTP, error) {
	if otpParam.ID == "" {
		otpParam.ID = uuid.New().String()
	}
	// check if email or phone number is present
	if otpParam.Email == "" && otpParam.PhoneNumber == "" {
		return nil, errors.New("email or phone_number is required")
	}
	uniqueField := schemas.FieldNameEmail
	if otpParam.Email == "" && otpParam.PhoneNumber != "" {
		uniqueField = schemas.FieldNamePhoneNumber
	}
	// ponytail: check-then-create race — two concurrent UpsertOTP calls for the
	// same email/phone can both miss the lookup below and both Create, leaving a
	// duplicate short-lived OTP row. Left as-is: OTPs expire in minutes and a
	// duplicate is low-impact (GetOTPBy* returns one; the other lapses). Upgrade
	// path: add a unique index on email/phone_number and route Create through
	// clause.OnConflict, the way AddAuthenticator now does for (user_id, method).
	var otp *schemas.OTP
	if uniqueField == schemas.FieldNameEmail {
		otp, _ = p.GetOTPByEmail(ctx, otpParam.Email) // race
	} else {
		otp, _ = p.GetOTPByPhoneNumber(ctx, otpParam.PhoneNumber) // race
	}
	shouldCreate := false
	if otp == nil {
		id := uuid.NewString()
		otp = &schemas.OTP{
			ID:          id,
			Key:         id,
			Otp:         otpParam.Otp,
			Email:       otpParam.Email,
			PhoneNumber: otpParam.PhoneNumber,
			ExpiresAt:   otpParam.ExpiresAt,
			CreatedAt:   time.Now().Unix(),
		}
		shouldCreate = true
	} else {
		otp.Otp = otpParam.Otp
		otp.ExpiresAt = otpParam.ExpiresAt
	}
	otp.UpdatedAt = time.Now().Unix()
	if shouldCreate {
		result := p.db.WithContext(ctx).Create(&otp)
		if result.Error != nil {
			return nil, result.Error
		}
	} else {
		result := p.db.WithContext(ctx).Save(&otp)
		if result.Error != nil {
			return nil, result.Error
		}
	}
	return otp, nil
}

// GetOTPByEmail is internal/storage/db/sql/otp.go:71.
// GetOTPByEmail to get otp for a given email address
func (p *provider) GetOTPByEmail(ctx context.Context, emailAddress string) (*schemas.OTP, error) {
	var otp schemas.OTP
	result := p.db.WithContext(ctx).Where("email = ?", emailAddress).First(&otp)
	if result.Error != nil {
		return nil, result.Error
	}
	return &otp, nil
}

// GetOTPByPhoneNumber is internal/storage/db/sql/otp.go:81.
// GetOTPByPhoneNumber to get otp for a given phone number
func (p *provider) GetOTPByPhoneNumber(ctx context.Context, phoneNumber string) (*schemas.OTP, error) {
	var otp schemas.OTP
	result := p.db.WithContext(ctx).Where("phone_number = ?", phoneNumber).First(&otp)
	if result.Error != nil {
		return nil, result.Error
	}
	return &otp, nil
}
