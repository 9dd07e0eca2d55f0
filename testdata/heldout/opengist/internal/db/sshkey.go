package db

// SSHKey reproduces internal/db/sshkey.go:11 verbatim: no index on Content
// (nor on SHA); migration v1 (migration.go:92-102) rebuilds the SQLite table
// with only "id integer primary key".
type SSHKey struct {
	ID         uint `gorm:"primaryKey"`
	Title      string
	Content    string
	SHA        string
	CreatedAt  int64
	LastUsedAt int64
	UserID     uint
	User       User `validate:"-" `
}

// SSHKeyDoesExists reproduces internal/db/sshkey.go:69.
func SSHKeyDoesExists(sshKeyContent string) (bool, error) {
	var count int64
	err := db.Model(&SSHKey{}).
		Where("content = ?", sshKeyContent).
		Count(&count).Error
	return count > 0, err
}

// Create reproduces internal/db/sshkey.go:77.
func (sshKey *SSHKey) Create() error {
	return db.Create(&sshKey).Error
}

// -- DTO -- //

// SSHKeyDTO reproduces internal/db/sshkey.go:93.
type SSHKeyDTO struct {
	Title   string `form:"title" validate:"required,max=50"`
	Content string `form:"content" validate:"required"`
}

// ToSSHKey reproduces internal/db/sshkey.go:98.
func (dto *SSHKeyDTO) ToSSHKey() *SSHKey {
	return &SSHKey{
		Title:   dto.Title,
		Content: dto.Content,
	}
}
