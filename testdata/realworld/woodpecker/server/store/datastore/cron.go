package datastore

import (
	"xorm.io/builder"

	"example.com/realworld/woodpecker/server/model"
)

// CronListNextExecute returns limited number of jobs with NextExec being less
// or equal to the provided unix timestamp (server/store/datastore/cron.go:58).
func (s storage) CronListNextExecute(nextExec, limit int64) ([]*model.Cron, error) {
	crons := make([]*model.Cron, 0, limit)
	return crons, s.engine.Join("INNER", "repos", "repos.id = crons.repo_id").Where(builder.Lte{"next_exec": nextExec}).And(builder.Eq{"repos.active": true, "enabled": true}).Limit(int(limit)).Find(&crons)
}

// CronGetLock try to get a lock by updating NextExec (cron.go:64): an atomic
// compare-and-set UPDATE ... WHERE id = ? AND next_exec = <old>.
func (s storage) CronGetLock(cron *model.Cron, newNextExec int64) (bool, error) {
	cols, err := s.engine.ID(cron.ID).Where(builder.Eq{"next_exec": cron.NextExec}).
		Cols("next_exec").Update(&model.Cron{NextExec: newNextExec})
	gotLock := cols != 0

	if err == nil && gotLock {
		cron.NextExec = newNextExec
	}

	return gotLock, err
}
