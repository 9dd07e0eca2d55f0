// Issue 17: authorizer's UpsertOTP. The lookup's error is dropped
// (otp, _ = byEmail(...)), a flag declared after the lookup records the
// missing row, and the create runs later under the flag.
package flag_after_lookup

import (
	"gorm.io/gorm"
)

type OTP struct {
	ID    uint   `gorm:"primaryKey"`
	Email string `gorm:"uniqueIndex"`
	Code  string
}

func byEmail(db *gorm.DB, email string) (*OTP, error) {
	var o OTP
	if err := db.Where("email = ?", email).First(&o).Error; err != nil {
		return nil, err
	}
	return &o, nil
}

// Upsert sets the code of the email's OTP, creating it when missing.
func Upsert(db *gorm.DB, email, code string) (string, error) {
	var otp *OTP
	otp, _ = byEmail(db, email)
	shouldCreate := false
	if otp == nil {
		otp = &OTP{Email: email, Code: code}
		shouldCreate = true
	} else {
		otp.Code = code
	}
	if shouldCreate {
		if err := db.Create(otp).Error; err != nil {
			return "", err
		}
	} else if err := db.Save(otp).Error; err != nil {
		return "", err
	}
	return otp.Code, nil
}
