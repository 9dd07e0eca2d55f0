package application

import (
	"context"
	"strings"
	"time"

	"example.com/heldout/mayflygo/internal/sys/domain/entity"
	"example.com/heldout/mayflygo/internal/sys/domain/repository"
	"example.com/heldout/mayflygo/internal/sys/imsg"
	"example.com/heldout/mayflygo/pkg/base"
	"example.com/heldout/mayflygo/pkg/errorx"
	"example.com/heldout/mayflygo/pkg/utils/stringx"
)

// server/internal/sys/application/resource.go
type Resource interface {
	base.App[*entity.Resource]

	Save(ctx context.Context, entity *entity.Resource) error
}

type resourceAppImpl struct {
	base.AppImpl[*entity.Resource, repository.Resource]
}

var _ (Resource) = (*resourceAppImpl)(nil)

// Save (resource.go:44): POST /sys/resources (api/resource.go:61).
func (r *resourceAppImpl) Save(ctx context.Context, resource *entity.Resource) error {
	// 更新操作
	if resource.Id != 0 {
		if resource.Code != "" {
			oldRes, err := r.GetById(resource.Id, "Code")
			if err != nil {
				return errorx.NewBiz("Resource does not exist")
			}
			// 如果修改了code，则校验新code是否存在
			if oldRes.Code != resource.Code {
				if err := r.checkCode(ctx, resource.Code); err != nil {
					return err
				}
			}
		}
		return r.UpdateById(ctx, resource)
	}

	// 生成随机八位唯一标识符
	ui := stringx.Rand(8)
	if pid := resource.Pid; pid != 0 {
		pResource, err := r.GetById(uint64(pid))
		if err != nil {
			return errorx.NewBiz("pid does not exist")
		}
		resource.UiPath = pResource.UiPath + ui + entity.ResourceUiPathSp
	} else {
		resource.UiPath = ui + entity.ResourceUiPathSp
	}
	// 默认启用状态
	if resource.Status == 0 {
		resource.Status = entity.ResourceStatusEnable
	}
	if err := r.checkCode(ctx, resource.Code); err != nil {
		return err
	}
	resource.Weight = int(time.Now().Unix())
	return r.Insert(ctx, resource)
}

// checkCode (resource.go:153): the code-uniqueness check of Save.
func (r *resourceAppImpl) checkCode(ctx context.Context, code string) error {
	if strings.Contains(code, ",") {
		return errorx.NewBizI(ctx, imsg.ErrResourceCodeInvalid)
	}
	// count == 0 then Save inserts: two concurrent creates of one code both pass.
	if r.CountByCond(&entity.Resource{Code: code}) != 0 { // race; no unique key: t_sys_resource.code has no unique tag (entity/resource.go:11); mayfly-go.sql:718-737 has only PRIMARY KEY and non-unique ui_path KEY
		return errorx.NewBizI(ctx, imsg.ErrResourceCodeExist)
	}
	return nil
}
