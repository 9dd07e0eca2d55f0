package dao

import "example.com/heldout/webook/pkg/egorm"

// InitTables reproduces internal/ai/internal/repository/dao/init.go:5 (the
// llm_credits, llm_records and ai_biz_configs models are not reproduced).
func InitTables(db *egorm.Component) error {
	return db.AutoMigrate(
		&KnowledgeBaseFile{},
		&MockInterview{},
		&MockInterviewQuestion{},
	)
}
