package database

import (
	"time"
)

// The models reproduce pkg/server/database/models.go:25-114 verbatim
// (GORM v1 tags kept; GORM v2 reads "primary_key" as the primary key).

// Model is the base model definition
type Model struct {
	ID        int       `gorm:"primary_key" json:"-"`
	CreatedAt time.Time `json:"created_at" gorm:"default:now()"`
	UpdatedAt time.Time `json:"updated_at"`
}

// Book is a model for a book
type Book struct {
	Model
	UUID      string `json:"uuid" gorm:"index;type:uuid;default:uuid_generate_v4()"`
	UserID    int    `json:"user_id" gorm:"index"`
	Label     string `json:"label" gorm:"index"`
	Notes     []Note `json:"notes" gorm:"foreignkey:book_uuid"`
	AddedOn   int64  `json:"added_on"`
	EditedOn  int64  `json:"edited_on"`
	USN       int    `json:"-" gorm:"index"`
	Deleted   bool   `json:"-" gorm:"default:false"`
	Encrypted bool   `json:"-" gorm:"default:false"`
}

// Note is a model for a note
type Note struct {
	Model
	UUID      string `json:"uuid" gorm:"index;type:uuid;default:uuid_generate_v4()"`
	Book      Book   `json:"book" gorm:"foreignkey:BookUUID"`
	User      User   `json:"user"`
	UserID    int    `json:"user_id" gorm:"index"`
	BookUUID  string `json:"book_uuid" gorm:"index;type:uuid"`
	Body      string `json:"content"`
	AddedOn   int64  `json:"added_on"`
	EditedOn  int64  `json:"edited_on"`
	TSV       string `json:"-" gorm:"type:tsvector"`
	Public    bool   `json:"public" gorm:"default:false"`
	USN       int    `json:"-" gorm:"index"`
	Deleted   bool   `json:"-" gorm:"default:false"`
	Encrypted bool   `json:"-" gorm:"default:false"`
	Client    string `gorm:"index"`
}

// User is a model for a user
type User struct {
	Model
	UUID        string `json:"uuid" gorm:"type:uuid;index;default:uuid_generate_v4()"`
	Account     Account
	LastLoginAt *time.Time `json:"-"`
	MaxUSN      int        `json:"-" gorm:"default:0"`
	Cloud       bool       `json:"-" gorm:"default:false"`
}

// Account is a model for an account
type Account struct {
	Model
	UserID        int `gorm:"index"`
	Email         NullString
	EmailVerified bool `gorm:"default:false"`
	Password      NullString
}

// Token is a model for a token
type Token struct {
	Model
	UserID int    `gorm:"index"`
	Value  string `gorm:"index"`
	Type   string
	UsedAt *time.Time
}

// Notification is the learning notification sent to the user
type Notification struct {
	Model
	Type   string
	UserID int `gorm:"index"`
}

// EmailPreference is a preference per user for receiving email communication
type EmailPreference struct {
	Model
	UserID           int  `gorm:"index" json:"-"`
	InactiveReminder bool `json:"inactive_reminder" gorm:"default:false"`
	ProductUpdate    bool `json:"product_update" gorm:"default:true"`
}

// Session represents a user session
type Session struct {
	Model
	UserID     int    `gorm:"index"`
	Key        string `gorm:"index"`
	LastUsedAt time.Time
	ExpiresAt  time.Time
}
