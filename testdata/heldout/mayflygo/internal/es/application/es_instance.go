package application

import (
	"context"

	"example.com/heldout/mayflygo/internal/es/application/dto"
	"example.com/heldout/mayflygo/internal/es/domain/entity"
	"example.com/heldout/mayflygo/internal/es/domain/repository"
	"example.com/heldout/mayflygo/internal/es/imsg"
	"example.com/heldout/mayflygo/internal/pkg/consts"
	tagapp "example.com/heldout/mayflygo/internal/tag/application"
	tagdto "example.com/heldout/mayflygo/internal/tag/application/dto"
	tagentity "example.com/heldout/mayflygo/internal/tag/domain/entity"
	"example.com/heldout/mayflygo/pkg/base"
	"example.com/heldout/mayflygo/pkg/errorx"
	"example.com/heldout/mayflygo/pkg/utils/collx"
	"example.com/heldout/mayflygo/pkg/utils/stringx"
)

// server/internal/es/application/es_instance.go
type Instance interface {
	base.App[*entity.EsInstance]

	SaveInst(ctx context.Context, instance *dto.SaveEsInstance) (uint64, error)
}

var _ Instance = &instanceAppImpl{}

type instanceAppImpl struct {
	base.AppImpl[*entity.EsInstance, repository.EsInstance]

	tagApp              tagapp.TagTree          `inject:"T"`
	resourceAuthCertApp tagapp.ResourceAuthCert `inject:"T"`
}

// SaveInst (es_instance.go:140): POST /es/instance (api/es_instance.go:110).
func (app *instanceAppImpl) SaveInst(ctx context.Context, instance *dto.SaveEsInstance) (uint64, error) {
	instanceEntity := instance.EsInstance
	// 默认tcp连接
	instanceEntity.Network = instanceEntity.GetNetwork()
	resourceType := consts.ResourceTypeEsInstance
	authCerts := instance.AuthCerts
	tagCodePaths := instance.TagCodePaths

	// 查找是否存在该库
	oldInstance := &entity.EsInstance{
		Host:               instanceEntity.Host,
		Port:               instanceEntity.Port,
		SshTunnelMachineId: instanceEntity.SshTunnelMachineId,
	}

	err := app.GetByCond(oldInstance) // race; no unique key: t_es_instance (host, port, ssh_tunnel_machine_id) has no unique tag (entity/es_instance.go:8)
	if instanceEntity.Id == 0 {
		if err == nil {
			return 0, errorx.NewBizI(ctx, imsg.ErrEsInstExist)
		}
		instanceEntity.Code = stringx.Rand(10)

		return instanceEntity.Id, app.Tx(ctx, func(ctx context.Context) error {
			return app.Insert(ctx, instanceEntity)
		}, func(ctx context.Context) error {
			return app.resourceAuthCertApp.RelateAuthCert(ctx, &tagdto.RelateAuthCert{
				ResourceCode: instanceEntity.Code,
				ResourceType: tagentity.TagType(resourceType),
				AuthCerts:    authCerts,
			})
		}, func(ctx context.Context) error {
			return app.tagApp.SaveResourceTag(ctx, &tagdto.SaveResourceTag{
				ResourceTag:        app.genEsInstanceResourceTag(instanceEntity, authCerts),
				ParentTagCodePaths: tagCodePaths,
			})
		})
	}

	// 如果存在该库，则校验修改的库是否为该库
	if err == nil {
		if oldInstance.Id != instanceEntity.Id {
			return 0, errorx.NewBizI(ctx, imsg.ErrEsInstExist)
		}
	} else {
		// 根据host等未查到旧数据，则需要根据id重新获取，因为后续需要使用到code
		oldInstance, err = app.GetById(instanceEntity.Id)
		if err != nil {
			return 0, errorx.NewBiz("db instance not found")
		}
	}

	return oldInstance.Id, app.Tx(ctx, func(ctx context.Context) error {
		return app.UpdateById(ctx, instanceEntity)
	}, func(ctx context.Context) error {
		return app.resourceAuthCertApp.RelateAuthCert(ctx, &tagdto.RelateAuthCert{
			ResourceCode: oldInstance.Code,
			ResourceType: tagentity.TagType(resourceType),
			AuthCerts:    authCerts,
		})
	}, func(ctx context.Context) error {
		if instanceEntity.Name != oldInstance.Name {
			if err := app.tagApp.UpdateTagName(ctx, tagentity.TagTypeDbInstance, oldInstance.Code, instanceEntity.Name); err != nil {
				return err
			}
		}
		return app.tagApp.SaveResourceTag(ctx, &tagdto.SaveResourceTag{
			ResourceTag:        app.genEsInstanceResourceTag(oldInstance, authCerts),
			ParentTagCodePaths: tagCodePaths,
		})
	})
}

func (app *instanceAppImpl) genEsInstanceResourceTag(ei *entity.EsInstance, authCerts []*tagentity.ResourceAuthCert) *tagdto.ResourceTag {
	// 授权证书对应的tag
	authCertTags := collx.ArrayMap[*tagentity.ResourceAuthCert, *tagdto.ResourceTag](authCerts, func(val *tagentity.ResourceAuthCert) *tagdto.ResourceTag {
		return &tagdto.ResourceTag{
			Code: val.Name,
			Name: val.Username,
			Type: tagentity.TagTypeAuthCert,
		}
	})

	return &tagdto.ResourceTag{
		Code:     ei.Code,
		Type:     tagentity.TagTypeEsInstance,
		Name:     ei.Name,
		Children: authCertTags,
	}
}
