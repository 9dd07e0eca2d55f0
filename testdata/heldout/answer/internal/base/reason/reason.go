// Package reason holds the subset of internal/base/reason/reason.go used by the reproductions.
package reason

const (
	// UnknownError unknown error
	UnknownError = "base.unknown"
	// DatabaseError database error
	DatabaseError = "base.database_error"
)

const (
	QuestionNotFound                = "error.question.not_found"
	AnswerCannotAddByClosedQuestion = "error.answer.question_closed_cannot_add"
	DisallowFollow                  = "error.object.disallow_follow"
	UsernameDuplicate               = "error.user.username_duplicate"
	EmailDuplicate                  = "error.email.duplicate"
	EmailVerifyURLExpired           = "error.email.verify_url_expired"
	ObjectNotFound                  = "error.object.not_found"
	ReportNotFound                  = "error.report.not_found"
	InvalidURLError                 = "error.common.invalid_url"
	BadgeObjectNotFound             = "error.badge.object_not_found"
)
