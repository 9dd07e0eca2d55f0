// Package req reproduces mlogclub/bbs-go 35f4190d73eb internal/models/req.
package req

// VoteCastReq is internal/models/req/request.go:47.
type VoteCastReq struct {
	VoteId    int64   `json:"voteId" form:"voteId"`
	OptionIds []int64 `json:"optionIds" form:"optionIds"`
}
