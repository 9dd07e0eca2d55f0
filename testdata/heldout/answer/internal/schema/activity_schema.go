package schema

// AcceptAnswerOperationInfo reproduces internal/schema/answer_activity_schema.go:23.
// AcceptAnswerOperationInfo accept answer operation info
type AcceptAnswerOperationInfo struct {
	TriggerUserID    string
	QuestionObjectID string
	QuestionUserID   string
	AnswerObjectID   string
	AnswerUserID     string

	// vote activity info
	Activities []*AcceptAnswerActivity
}

// AcceptAnswerActivity accept answer activity
type AcceptAnswerActivity struct {
	ActivityType     int
	ActivityUserID   string
	TriggerUserID    string
	OriginalObjectID string
	Rank             int
}

func (v *AcceptAnswerActivity) HasRank() int {
	if v.Rank != 0 {
		return 1
	}
	return 0
}

// GetUserIDs reproduces internal/schema/answer_activity_schema.go:50.
func (a *AcceptAnswerOperationInfo) GetUserIDs() (userIDs []string) {
	for _, act := range a.Activities {
		userIDs = append(userIDs, act.ActivityUserID)
	}
	return userIDs
}

// VoteOperationInfo reproduces internal/schema/vote_schema.go:38.
type VoteOperationInfo struct {
	// operation object id
	ObjectID string
	// question answer comment
	ObjectType string
	// object owner user id
	ObjectCreatorUserID string
	// operation user id
	OperatingUserID string
	// vote up
	VoteUp bool
	// vote down
	VoteDown bool
	// vote activity info
	Activities []*VoteActivity
}

// VoteActivity vote activity
type VoteActivity struct {
	ActivityType   int
	ActivityUserID string
	TriggerUserID  string
	Rank           int
}

func (v *VoteActivity) HasRank() int {
	if v.Rank != 0 {
		return 1
	}
	return 0
}

// PassReviewActivity reproduces internal/schema/activity.go:106.
type PassReviewActivity struct {
	UserID           string `json:"user_id"`
	TriggerUserID    string `json:"trigger_user_id"`
	ObjectID         string `json:"object_id"`
	OriginalObjectID string `json:"original_object_id"`
	RevisionID       string `json:"revision_id"`
}

// internal/schema/collection_group_schema.go:24
const (
	CGDefault = 1
	CGDIY     = 2
)
