package model

// Team reproduces server/model/team.go:10 (teams table).
type Team struct {
	ID          string                 `json:"id"`
	Title       string                 `json:"title"`
	SignupToken string                 `json:"signupToken"`
	Settings    map[string]interface{} `json:"settings"`
	ModifiedBy  string                 `json:"modifiedBy"`
	UpdateAt    int64                  `json:"updateAt"`
}
