package db

// GistTopic reproduces internal/db/gist_topic.go:3.
type GistTopic struct {
	GistID uint   `gorm:"primaryKey"`
	Topic  string `gorm:"primaryKey;size:50"`
}

// GistLanguage reproduces internal/db/gist_language.go:3.
type GistLanguage struct {
	GistID   uint   `gorm:"primaryKey"`
	Language string `gorm:"primaryKey;size:100"`
}
