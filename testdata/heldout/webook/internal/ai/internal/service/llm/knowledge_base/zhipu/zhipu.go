package zhipu

import (
	"context"
	"errors"
	"fmt"

	"example.com/heldout/webook/internal/ai/internal/domain"
	"example.com/heldout/webook/internal/ai/internal/repository"
	"example.com/heldout/webook/internal/ai/internal/repository/dao"
)

// KnowledgeBase reproduces internal/ai/internal/service/llm/knowledge_base/zhipu/zhipu.go:21.
// The zhipu API client (github.com/yankeguo/zhipu) and the docx templating
// are trimmed: removeFile/createFile keep their names and stand for the
// remote delete/upload.
type KnowledgeBase struct {
	repo repository.KnowledgeBaseRepo
	// remote stands in for the zhipu client's FileCreate/FileDelete.
	remote interface {
		Delete(ctx context.Context, docId string) error
		Create(ctx context.Context, docName, knowledgeID string) (string, error)
	}
}

// UploadFile 这个是后台管理接口 — reproduces zhipu.go:40 (lookup :70, write
// :88). Reached from the ai KnowledgeBaseConsumer (event/consumer.go:46) and
// from the cases knowledge-base sync (cases/internal/service/knowlege_base.go:64).
// Two uploads of the same (platform, knowledge base, name) may both miss and
// both upload a file to zhipu, but the row write is an atomic upsert on the
// UNIQUE name_platform_baseId, so no duplicate row and no error (the remote
// file of the loser is orphaned).
func (r *KnowledgeBase) UploadFile(ctx context.Context, file domain.KnowledgeBaseFile) error {
	file.Platform = "zhipu"

	docName := file.Name + ".docx"
	// 创建上传服务并上传文件
	// 先插入一条数据
	f, err := r.repo.GetInfo(ctx, file.Platform, file.KnowledgeBaseID, file.Name) // safe: the write is INSERT ... ON DUPLICATE KEY UPDATE (gorm OnConflict on MySQL) on the UNIQUE name_platform_baseId (name, platform, knowledge_base_id), the looked-up columns
	switch {
	case err == nil:
		// 删除文件
		rerr := r.removeFile(ctx, f.FileID)
		if rerr != nil {
			return fmt.Errorf("智谱ai，删除文件失败 %w", rerr)
		}
	case errors.Is(err, dao.ErrBaseFileNotFound):
	default:
		return fmt.Errorf("查找文件失败 %w", err)
	}
	// 创建文件
	fileId, err := r.createFile(ctx, docName, file)
	if err != nil {
		return fmt.Errorf("智谱ai，创建文件失败 %w", err)
	}
	file.FileID = fileId
	err = r.repo.Save(ctx, file)
	if err != nil {
		return fmt.Errorf("保存文件信息失败 %w", err)
	}
	return nil
}

// 删除
func (r *KnowledgeBase) removeFile(ctx context.Context, docId string) error {
	return r.remote.Delete(ctx, docId)
}

// 创建
func (r *KnowledgeBase) createFile(ctx context.Context, docName string, file domain.KnowledgeBaseFile) (string, error) {
	return r.remote.Create(ctx, docName, file.KnowledgeBaseID)
}
