// Package service reproduces MHSanaei/3x-ui 02002dc1c304 internal/web/service.
package service

import (
	"example.com/realworld/threexui/database"
	"example.com/realworld/threexui/database/model"
	"example.com/realworld/threexui/util/common"
	"example.com/realworld/threexui/util/random"
	"example.com/realworld/threexui/web/entity"

	"gorm.io/gorm"
)

// HostService is web/service/host.go:18.
type HostService struct{}

// buildHostRows is web/service/host.go:110 (fields trimmed; host:port parsing
// elided).
func buildHostRows(groupId string, req *entity.HostGroup) []*model.Host {
	hostsToProcess := req.Hosts
	if len(hostsToProcess) == 0 {
		hostsToProcess = []string{""}
	}
	var rows []*model.Host
	for _, hostStr := range hostsToProcess {
		for _, inboundId := range req.InboundIds {
			rows = append(rows, &model.Host{
				GroupId:   groupId,
				InboundId: inboundId,
				SortOrder: req.SortOrder,
				Remark:    req.Remark,
				Address:   hostStr,
				Port:      req.Port,
			})
		}
	}
	return rows
}

// validateInboundsExist is web/service/host.go:172.
func validateInboundsExist(tx *gorm.DB, inboundIds []int) error {
	for _, inboundId := range inboundIds {
		var count int64
		if err := tx.Model(&model.Inbound{}).Where("id = ?", inboundId).Count(&count).Error; err != nil {
			return err
		}
		if count == 0 {
			return common.NewError("inbound not found")
		}
	}
	return nil
}

// AddHostGroup is web/service/host.go:225: parent inbounds must exist, then
// the host rows (fresh random group id) are inserted.
func (s *HostService) AddHostGroup(req *entity.HostGroup) ([]*model.Host, error) {
	groupId := req.GroupId
	if groupId == "" {
		groupId = random.NumLower(16)
	}
	created := buildHostRows(groupId, req)

	err := database.GetDB().Transaction(func(tx *gorm.DB) error {
		if err := validateInboundsExist(tx, req.InboundIds); err != nil { // safe: parent existence check; inserted rows have a different key
			return err
		}
		if len(created) > 0 {
			return tx.Create(&created).Error
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return created, nil
}
