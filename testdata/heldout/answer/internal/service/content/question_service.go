package content

import (
	"context"
	"encoding/json"

	"example.com/heldout/answer/internal/base/constant"
	"example.com/heldout/answer/internal/base/reason"
	"example.com/heldout/answer/internal/entity"
	"example.com/heldout/answer/internal/schema"
	"example.com/heldout/answer/internal/service/config"
	metacommon "example.com/heldout/answer/internal/service/meta_common"
	questioncommon "example.com/heldout/answer/internal/service/question_common"
	"example.com/heldout/answer/pkg/checker"
	"example.com/heldout/answer/third_party/pacman/errors"
)

// QuestionService reproduces internal/service/content/question_service.go:71,
// trimmed to the fields CloseQuestion uses up to its insert.
type QuestionService struct {
	questionRepo  questioncommon.QuestionRepo
	configService *config.ConfigService
	metaService   *metacommon.MetaCommonService
}

// CloseQuestion reproduces internal/service/content/question_service.go:149.
// The function is cut after the insert.
func (qs *QuestionService) CloseQuestion(ctx context.Context, req *schema.CloseQuestionReq) error {
	questionInfo, has, err := qs.questionRepo.GetQuestion(ctx, req.ID) // safe: not-found returns (nothing is created for a missing question); the insert is of another model (a close-reason Meta row appended on every close, read back newest first)
	if err != nil {
		return err
	}
	if !has {
		return nil
	}

	cf, err := qs.configService.GetConfigByID(ctx, req.CloseType)
	if err != nil || cf == nil {
		return errors.BadRequest(reason.ReportNotFound)
	}
	if cf.Key == constant.ReasonADuplicate && !checker.IsURL(req.CloseMsg) {
		return errors.BadRequest(reason.InvalidURLError)
	}

	questionInfo.Status = entity.QuestionStatusClosed
	err = qs.questionRepo.UpdateQuestionStatus(ctx, questionInfo.ID, questionInfo.Status)
	if err != nil {
		return err
	}

	closeMeta, _ := json.Marshal(schema.CloseQuestionMeta{
		CloseType: req.CloseType,
		CloseMsg:  req.CloseMsg,
	})
	err = qs.metaService.AddMeta(ctx, req.ID, entity.QuestionCloseReasonKey, string(closeMeta))
	if err != nil {
		return err
	}
	// The duplicate-link insert (AddQuestionLinkForCloseReason) and the activity message that follow are left out.
	return nil
}
