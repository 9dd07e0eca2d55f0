// Package duplicatechecker is a reduced copy of github.com/mayswind/ezbookkeeping/pkg/duplicatechecker
// (duplicate_checker_type.go, duplicate_checker_container.go, in_memory_duplicate_checker.go).
package duplicatechecker

import (
	"fmt"
	"sync"
	"time"

	"example.com/heldout/ezbookkeeping/third_party/gocache"
)

// DuplicateCheckerType represents duplicate checker type
type DuplicateCheckerType byte

// Duplicate checker types
const (
	DUPLICATE_CHECKER_TYPE_BACKGROUND_CRON_JOB DuplicateCheckerType = 0
	DUPLICATE_CHECKER_TYPE_NEW_ACCOUNT         DuplicateCheckerType = 1
	DUPLICATE_CHECKER_TYPE_NEW_SUBACCOUNT      DuplicateCheckerType = 2
	DUPLICATE_CHECKER_TYPE_NEW_CATEGORY        DuplicateCheckerType = 3
	DUPLICATE_CHECKER_TYPE_NEW_TRANSACTION     DuplicateCheckerType = 4
	DUPLICATE_CHECKER_TYPE_NEW_TEMPLATE        DuplicateCheckerType = 5
	DUPLICATE_CHECKER_TYPE_OAUTH2_REDIRECT     DuplicateCheckerType = 8
)

// InMemoryDuplicateChecker represents in-memory duplicate checker (in_memory_duplicate_checker.go:14)
type InMemoryDuplicateChecker struct {
	cache *gocache.Cache

	mutex sync.Mutex
}

// NewInMemoryDuplicateChecker returns a new in-memory duplicate checker
func NewInMemoryDuplicateChecker(interval time.Duration) *InMemoryDuplicateChecker {
	return &InMemoryDuplicateChecker{cache: gocache.New(interval, interval)}
}

// GetSubmissionRemark returns whether the same submission has been processed and related remark (in_memory_duplicate_checker.go:30)
func (c *InMemoryDuplicateChecker) GetSubmissionRemark(checkerType DuplicateCheckerType, uid int64, identification string) (bool, string) {
	existedRemark, found := c.cache.Get(c.getCacheKey(checkerType, uid, identification))

	if found {
		return true, existedRemark.(string)
	}

	return false, ""
}

// SetSubmissionRemark saves the identification and remark to in-memory cache (in_memory_duplicate_checker.go:41)
func (c *InMemoryDuplicateChecker) SetSubmissionRemark(checkerType DuplicateCheckerType, uid int64, identification string, remark string) {
	c.cache.Set(c.getCacheKey(checkerType, uid, identification), remark, gocache.DefaultExpiration)
}

// RemoveSubmissionRemark removes the identification and remark in in-memory cache (in_memory_duplicate_checker.go:51)
func (c *InMemoryDuplicateChecker) RemoveSubmissionRemark(checkerType DuplicateCheckerType, uid int64, identification string) {
	c.cache.Delete(c.getCacheKey(checkerType, uid, identification))
}

func (c *InMemoryDuplicateChecker) getCacheKey(checkerType DuplicateCheckerType, uid int64, identification string) string {
	return fmt.Sprintf("%d|%d|%s", checkerType, uid, identification)
}

// DuplicateCheckerContainer contains the current duplicate checker (duplicate_checker_container.go)
type DuplicateCheckerContainer struct {
	current *InMemoryDuplicateChecker
}

// Container contains the current duplicate checker
var Container = &DuplicateCheckerContainer{current: NewInMemoryDuplicateChecker(time.Minute)}

// GetSubmissionRemark returns whether the same submission has been processed and related remark by the current duplicate checker
func (c *DuplicateCheckerContainer) GetSubmissionRemark(checkerType DuplicateCheckerType, uid int64, identification string) (bool, string) {
	return c.current.GetSubmissionRemark(checkerType, uid, identification)
}

// SetSubmissionRemark saves the identification and remark by the current duplicate checker
func (c *DuplicateCheckerContainer) SetSubmissionRemark(checkerType DuplicateCheckerType, uid int64, identification string, remark string) {
	c.current.SetSubmissionRemark(checkerType, uid, identification, remark)
}

// RemoveSubmissionRemark removes the identification and remark by the current duplicate checker
func (c *DuplicateCheckerContainer) RemoveSubmissionRemark(checkerType DuplicateCheckerType, uid int64, identification string) {
	c.current.RemoveSubmissionRemark(checkerType, uid, identification)
}
