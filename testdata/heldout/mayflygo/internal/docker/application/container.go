package application

import (
	"context"

	"example.com/heldout/mayflygo/internal/docker/application/dto"
	"example.com/heldout/mayflygo/internal/docker/domain/entity"
	"example.com/heldout/mayflygo/internal/docker/domain/repository"
	"example.com/heldout/mayflygo/internal/docker/imsg"
	tagapp "example.com/heldout/mayflygo/internal/tag/application"
	tagdto "example.com/heldout/mayflygo/internal/tag/application/dto"
	tagentity "example.com/heldout/mayflygo/internal/tag/domain/entity"
	"example.com/heldout/mayflygo/pkg/base"
	"example.com/heldout/mayflygo/pkg/errorx"
	"example.com/heldout/mayflygo/pkg/utils/stringx"
)

// server/internal/docker/application/container.go
type Container interface {
	base.App[*entity.Container]

	// SaveContainer 保存容器配置信息
	SaveContainer(context.Context, *dto.SaveContainer) error
}

type containerAppImpl struct {
	base.AppImpl[*entity.Container, repository.Container]

	tagApp tagapp.TagTree `inject:"T"`
}

var _ (Container) = (*containerAppImpl)(nil)

// SaveContainer (container.go:46): POST /docker/container-conf/save (api/container_conf.go:74).
func (c *containerAppImpl) SaveContainer(ctx context.Context, saveContainer *dto.SaveContainer) error {
	container := saveContainer.Container
	tagCodePaths := saveContainer.TagCodePaths
	resourceType := tagentity.TagTypeContainer

	oldContainer := &entity.Container{
		Addr: container.Addr,
	}

	err := c.GetByCond(oldContainer) // race; no unique key: t_container.addr has no unique tag (entity/contrainer.go:12)

	if container.Id == 0 {
		if err == nil {
			return errorx.NewBizI(ctx, imsg.ErrContainerConfExist)
		}

		// 生成随机编号
		container.Code = stringx.Rand(10)

		return c.Tx(ctx, func(ctx context.Context) error {
			if err := c.Insert(ctx, container); err != nil {
				return err
			}

			return c.tagApp.SaveResourceTag(ctx, &tagdto.SaveResourceTag{
				ResourceTag: &tagdto.ResourceTag{
					Code: container.Code,
					Name: container.Name,
					Type: resourceType,
				},
				ParentTagCodePaths: tagCodePaths,
			})
		})
	}

	if err == nil && container.Id != oldContainer.Id {
		return errorx.NewBizI(ctx, imsg.ErrContainerConfExist)
	}
	if oldContainer.Code == "" {
		oldContainer, _ = c.GetById(container.Id)
	}

	return c.Tx(ctx, func(ctx context.Context) error {
		if err := c.UpdateById(ctx, container); err != nil {
			return err
		}

		if oldContainer.Name != container.Name {
			if err := c.tagApp.UpdateTagName(ctx, tagentity.TagTypeMachine, oldContainer.Code, container.Name); err != nil {
				return err
			}
		}

		return c.tagApp.SaveResourceTag(ctx, &tagdto.SaveResourceTag{
			ResourceTag: &tagdto.ResourceTag{
				Code: oldContainer.Code,
				Name: container.Name,
				Type: resourceType,
			},
			ParentTagCodePaths: tagCodePaths,
		})
	})
}
