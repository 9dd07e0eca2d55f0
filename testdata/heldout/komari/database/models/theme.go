package models

// ThemeConfiguration reproduces database/models/theme.go:66 (short primary key).
type ThemeConfiguration struct {
	Short string `json:"short" gorm:"primaryKey;unique;not null"`
	Data  string `json:"data" gorm:"type:longtext" default:"{}"`
}
