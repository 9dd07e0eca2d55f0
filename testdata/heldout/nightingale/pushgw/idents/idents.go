// Package idents reproduces pushgw/idents/idents.go: the set of agent idents
// seen by heartbeats, persisted once a second into the target table.
package idents

import (
	"sync"
	"time"

	"example.com/heldout/nightingale/pkg/ctx"
	"example.com/heldout/nightingale/pkg/thirdparty/logger"
	"example.com/heldout/nightingale/pkg/thirdparty/slice"
)

type Set struct {
	sync.Mutex
	items map[string]struct{}
	ctx   *ctx.Context
}

func New(ctx *ctx.Context) *Set {
	set := &Set{
		items: make(map[string]struct{}),
		ctx:   ctx,
	}

	set.Init()
	return set
}

func (s *Set) Init() {
	go s.LoopPersist()
}

// MSet reproduces idents.go:47 (called by every heartbeat handler:
// center/router/router_heartbeat.go:81, pushgw/router/router_heartbeat.go:80,
// pushgw/router/router_target.go:18).
func (s *Set) MSet(items map[string]struct{}) {
	s.Lock()
	defer s.Unlock()
	for ident := range items {
		s.items[ident] = struct{}{}
	}
}

func (s *Set) LoopPersist() {
	for {
		time.Sleep(time.Second)
		s.persist()
	}
}

func (s *Set) persist() {
	var items map[string]struct{}

	s.Lock()
	if len(s.items) == 0 {
		s.Unlock()
		return
	}

	items = s.items
	s.items = make(map[string]struct{})
	s.Unlock()

	s.updateTimestamp(items)
}

func (s *Set) updateTimestamp(items map[string]struct{}) {
	lst := make([]string, 0, 100)
	now := time.Now().Unix()
	num := 0
	for ident := range items {
		lst = append(lst, ident)
		num++
		if num == 100 {
			if err := s.UpdateTargets(lst, now); err != nil {
				logger.Errorf("failed to update targets: %v", err)
			}
			lst = lst[:0]
			num = 0
		}
	}

	if err := s.UpdateTargets(lst, now); err != nil {
		logger.Errorf("failed to update targets: %v", err)
	}
}

type TargetUpdate struct {
	Lst []string `json:"lst"`
	Now int64    `json:"now"`
}

// UpdateTargets reproduces idents.go:104 (lookup :139, insert :146), trimmed
// of the Redis heartbeat-timestamp write and of the non-center branch (which
// POSTs the list to the center's /api/n9e/target-update, landing here again).
// Callers: LoopPersist of every center process (one goroutine each) and the
// center handler targetUpdate (center/router/router_target.go:821-825, POST
// /api/n9e/target-update) at the same time.
func (s *Set) UpdateTargets(lst []string, now int64) error {
	if len(lst) == 0 {
		return nil
	}

	if !s.ctx.IsCenter {
		return nil
	}

	// 新 target 仍需 INSERT 注册到 MySQL
	// A new agent whose heartbeats reach two centers (or this loop and
	// /target-update) is found missing by both; UNIQUE KEY (ident)
	// (a-n9e.sql:377) fails the second INSERT, which is only logged.
	var exists []string
	err := s.ctx.DB.Table("target").Where("ident in ?", lst).Pluck("ident", &exists).Error // race
	if err != nil {
		return err
	}

	news := slice.SubString(lst, exists)
	for i := 0; i < len(news); i++ {
		err = s.ctx.DB.Exec("INSERT INTO target(ident, update_at) VALUES(?, ?)", news[i], now).Error
		if err != nil {
			logger.Error("upsert_target: failed to insert target:", news[i], "error:", err)
		}
	}

	return nil
}
