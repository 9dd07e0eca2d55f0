package db

import "time"

// Invitation reproduces internal/db/invitation.go:9 verbatim (no index on
// Code).
type Invitation struct {
	ID        uint `gorm:"primaryKey"`
	Code      string
	ExpiresAt int64
	NbUsed    uint
	NbMax     uint
}

// GetInvitationByCode reproduces internal/db/invitation.go:46.
func GetInvitationByCode(code string) (*Invitation, error) {
	invitation := new(Invitation)
	err := db.
		Where("code = ?", code).
		First(&invitation).Error
	return invitation, err
}

// Update reproduces internal/db/invitation.go:65.
func (i *Invitation) Update() error {
	return db.Save(&i).Error
}

// IsExpired reproduces internal/db/invitation.go:73.
func (i *Invitation) IsExpired() bool {
	return i.ExpiresAt < time.Now().Unix()
}

// IsMaxedOut reproduces internal/db/invitation.go:77.
func (i *Invitation) IsMaxedOut() bool {
	return i.NbMax > 0 && i.NbUsed >= i.NbMax
}

// IsUsable reproduces internal/db/invitation.go:81.
func (i *Invitation) IsUsable() bool {
	return !i.IsExpired() && !i.IsMaxedOut()
}

// Use reproduces internal/db/invitation.go:85.
func (i *Invitation) Use() error {
	i.NbUsed++
	return i.Update()
}
