package application

import (
	"context"

	"example.com/heldout/mayflygo/internal/mongo/domain/entity"
	"example.com/heldout/mayflygo/internal/mongo/domain/repository"
	"example.com/heldout/mayflygo/internal/mongo/imsg"
	tagapp "example.com/heldout/mayflygo/internal/tag/application"
	tagdto "example.com/heldout/mayflygo/internal/tag/application/dto"
	tagentity "example.com/heldout/mayflygo/internal/tag/domain/entity"
	"example.com/heldout/mayflygo/pkg/base"
	"example.com/heldout/mayflygo/pkg/errorx"
	"example.com/heldout/mayflygo/pkg/utils/stringx"
)

// server/internal/mongo/application/mongo.go
type Mongo interface {
	base.App[*entity.Mongo]

	SaveMongo(ctx context.Context, entity *entity.Mongo, tagCodePaths ...string) error
}

type mongoAppImpl struct {
	base.AppImpl[*entity.Mongo, repository.Mongo]

	tagTreeApp tagapp.TagTree `inject:"T"`
}

var _ Mongo = (*mongoAppImpl)(nil)

// SaveMongo (mongo.go:78): POST /mongos (api/mongo.go).
func (d *mongoAppImpl) SaveMongo(ctx context.Context, m *entity.Mongo, tagCodePaths ...string) error {
	oldMongo := &entity.Mongo{Uri: m.Uri, SshTunnelMachineId: m.SshTunnelMachineId}
	err := d.GetByCond(oldMongo) // race; no unique key: t_mongo (uri, ssh_tunnel_machine_id) has no unique tag (entity/mongo.go:9) nor UNIQUE KEY (mayfly-go.sql:540-555)

	if m.Id == 0 {
		if err == nil {
			return errorx.NewBizI(ctx, imsg.ErrMongoInfoExist)
		}
		// 生成随机编号
		m.Code = stringx.Rand(10)

		return d.Tx(ctx, func(ctx context.Context) error {
			return d.Insert(ctx, m)
		}, func(ctx context.Context) error {
			return d.tagTreeApp.SaveResourceTag(ctx, &tagdto.SaveResourceTag{
				ResourceTag: &tagdto.ResourceTag{
					Type: tagentity.TagTypeMongo,
					Code: m.Code,
					Name: m.Name,
				},
				ParentTagCodePaths: tagCodePaths,
			})
		})
	}

	// 如果存在该库，则校验修改的库是否为该库
	if err == nil && oldMongo.Id != m.Id {
		return errorx.NewBizI(ctx, imsg.ErrMongoInfoExist)
	}
	// 如果调整了ssh等会查不到旧数据，故需要根据id获取旧信息将code赋值给标签进行关联
	if oldMongo.Code == "" {
		oldMongo, _ = d.GetById(m.Id)
	}

	m.Code = ""
	return d.Tx(ctx, func(ctx context.Context) error {
		return d.UpdateById(ctx, m)
	}, func(ctx context.Context) error {
		if oldMongo.Name != m.Name {
			if err := d.tagTreeApp.UpdateTagName(ctx, tagentity.TagTypeMongo, oldMongo.Code, m.Name); err != nil {
				return err
			}
		}

		return d.tagTreeApp.SaveResourceTag(ctx, &tagdto.SaveResourceTag{
			ResourceTag: &tagdto.ResourceTag{
				Type: tagentity.TagTypeMongo,
				Code: oldMongo.Code,
			},
			ParentTagCodePaths: tagCodePaths,
		})
	})
}
