// Package controllers reproduces the parts of backend/controllers of
// diggerhq/digger (9b9539be7bb7cea946f0f3e20cdffc4b59324f0f) on the
// get-or-create paths: the lookups and inserts verbatim, the unrelated logic
// (GitHub API calls, comment reporting, segment tracking) trimmed.
package controllers

import (
	"example.com/heldout/digger/backend/utils"
)

// DiggerController reproduces backend/controllers/github.go:21 (trimmed).
type DiggerController struct {
	GithubClientProvider utils.GithubClientProvider
}
