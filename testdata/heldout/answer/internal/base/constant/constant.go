// Package constant holds the subset of internal/base/constant used by the reproductions
// (object_type.go, cache_key.go, notification.go, reason.go), values copied unchanged.
package constant

import "time"

// internal/base/constant/object_type.go:22
const (
	QuestionObjectType   = "question"
	AnswerObjectType     = "answer"
	TagObjectType        = "tag"
	UserObjectType       = "user"
	CollectionObjectType = "collection"
	CommentObjectType    = "comment"
	ReportObjectType     = "report"
	BadgeObjectType      = "badge"
	BadgeAwardObjectType = "badge_award"
)

// internal/base/constant/object_type.go:34
var (
	ObjectTypeStrMapping = map[string]int{
		QuestionObjectType:   1,
		AnswerObjectType:     2,
		TagObjectType:        3,
		UserObjectType:       4,
		CollectionObjectType: 6,
		CommentObjectType:    7,
		ReportObjectType:     8,
		BadgeObjectType:      9,
		BadgeAwardObjectType: 10,
	}

	ObjectTypeNumberMapping = map[int]string{
		1:  QuestionObjectType,
		2:  AnswerObjectType,
		3:  TagObjectType,
		4:  UserObjectType,
		6:  CollectionObjectType,
		7:  CommentObjectType,
		8:  ReportObjectType,
		9:  BadgeObjectType,
		10: BadgeAwardObjectType,
	}
)

// internal/base/constant/cache_key.go:38
const (
	SiteInfoCacheKey  = "answer:site-info:"
	SiteInfoCacheTime = 1 * time.Hour
)

// internal/base/constant/reason.go:26
const (
	ReasonADuplicate = "reason.a_duplicate"
)

// internal/base/constant/notification.go
const (
	// NotificationUpVotedTheQuestion up voted the question
	NotificationUpVotedTheQuestion = "notification.action.up_voted_question"
	// NotificationDownVotedTheQuestion down voted the question
	NotificationDownVotedTheQuestion = "notification.action.down_voted_question"
	// NotificationAcceptAnswer accept answer
	NotificationAcceptAnswer = "notification.action.accept_answer"
	// NotificationUpVotedTheAnswer up voted the answer
	NotificationUpVotedTheAnswer = "notification.action.up_voted_answer"
	// NotificationDownVotedTheAnswer down voted the answer
	NotificationDownVotedTheAnswer = "notification.action.down_voted_answer"
	// NotificationUpVotedTheComment up voted the comment
	NotificationUpVotedTheComment = "notification.action.up_voted_comment"
	// NotificationEarnedBadge earned badge
	NotificationEarnedBadge = "notification.action.earned_badge"
)

type NotificationChannelKey string
type NotificationSource string

const (
	InboxSource                          NotificationSource = "inbox"
	AllNewQuestionSource                 NotificationSource = "all_new_question"
	AllNewQuestionForFollowingTagsSource NotificationSource = "all_new_question_for_following_tags"
)

const (
	EmailChannel NotificationChannelKey = "email"
)

var (
	NotificationMsgTypeMapping = map[string]int{
		NotificationUpVotedTheQuestion:   2,
		NotificationDownVotedTheQuestion: 2,
		NotificationAcceptAnswer:         1,
		NotificationUpVotedTheAnswer:     2,
		NotificationDownVotedTheAnswer:   2,
		NotificationUpVotedTheComment:    2,
	}
)
