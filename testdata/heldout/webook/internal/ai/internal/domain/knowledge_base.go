package domain

// KnowledgeBaseFile reproduces internal/ai/internal/domain/knowledge_base.go:6.
type KnowledgeBaseFile struct {
	Biz   string
	BizID int64
	// 平台
	Platform string
	// 文件名
	Name string
	// 文件内容
	Data []byte
	// 用途
	Type            string
	FileID          string
	KnowledgeBaseID string
}
