package application

import (
	"context"

	"example.com/heldout/mayflygo/internal/tag/application/dto"
	"example.com/heldout/mayflygo/internal/tag/domain/entity"
	"example.com/heldout/mayflygo/internal/tag/domain/repository"
	"example.com/heldout/mayflygo/internal/tag/imsg"
	"example.com/heldout/mayflygo/pkg/base"
	"example.com/heldout/mayflygo/pkg/errorx"
	"example.com/heldout/mayflygo/pkg/logx"
	"example.com/heldout/mayflygo/pkg/utils/collx"
	"example.com/heldout/mayflygo/pkg/utils/stringx"
)

// server/internal/tag/application/resouce_auth_cert.go
type ResourceAuthCert interface {
	base.App[*entity.ResourceAuthCert]

	// RelateAuthCert 关联资源授权凭证信息
	RelateAuthCert(ctx context.Context, param *dto.RelateAuthCert) error

	// SaveAuthCert 保存授权凭证信息
	SaveAuthCert(ctx context.Context, rac *entity.ResourceAuthCert) error

	DeleteAuthCert(ctx context.Context, id uint64) error

	// GetAuthCert 根据授权凭证名称获取授权凭证
	GetAuthCert(authCertName string) (*entity.ResourceAuthCert, error)
}

type resourceAuthCertAppImpl struct {
	base.AppImpl[*entity.ResourceAuthCert, repository.ResourceAuthCert]

	tagTreeApp TagTree `inject:"T"`
}

// RelateAuthCert (resouce_auth_cert.go:57): inside the Tx of SaveMachine,
// SaveDbInstance, SaveRedis, SaveInst (es).
func (r *resourceAuthCertAppImpl) RelateAuthCert(ctx context.Context, params *dto.RelateAuthCert) error {
	resourceCode := params.ResourceCode
	resourceType := int8(params.ResourceType)
	resourceAuthCerts := params.AuthCerts

	if resourceCode == "" {
		return errorx.NewBiz("The resource code of the authorization credential cannot be empty")
	}
	if resourceType == 0 {
		return errorx.NewBiz("The resource type of the authorization credential cannot be empty")
	}

	// 删除授权信息
	if len(resourceAuthCerts) == 0 {
		if err := r.DeleteByCond(ctx, &entity.ResourceAuthCert{ResourceCode: resourceCode, ResourceType: resourceType}); err != nil {
			return err
		}

		return nil
	}

	// 不存在授权凭证名，则随机生成
	for _, ac := range resourceAuthCerts {
		if ac.Name == "" {
			ac.Name = stringx.Rand(10)
		}
	}

	name2AuthCert := make(map[string]*entity.ResourceAuthCert, 0)
	for _, resourceAuthCert := range resourceAuthCerts {
		resourceAuthCert.ResourceCode = resourceCode
		resourceAuthCert.ResourceType = int8(resourceType)
		name2AuthCert[resourceAuthCert.Name] = resourceAuthCert

		// 公共授权凭证，则无需进行密文加密，密文即为公共授权凭证名
		if resourceAuthCert.CiphertextType == entity.AuthCertCiphertextTypePublic {
			continue
		}

		// 密文加密
		if err := resourceAuthCert.CiphertextEncrypt(); err != nil {
			return err
		}
	}

	// preload of the resource's credentials by name; names missing from it are
	// batch-inserted (after the racy global name check below).
	oldAuthCert, _ := r.ListByCond(&entity.ResourceAuthCert{ResourceCode: resourceCode, ResourceType: resourceType}) // race; no unique key: t_resource_auth_cert.name ("全局唯一") has no unique tag (entity/resource_auth_cert.go:18), only non-unique KEY idx_name (mayfly-go.sql:1061)

	// 新增、删除以及不变的授权凭证名
	var addAcNames, delAcNames, unmodifyAcNames []string
	if len(oldAuthCert) == 0 {
		addAcNames = collx.MapKeys(name2AuthCert)
	} else {
		oldNames := collx.ArrayMap(oldAuthCert, func(ac *entity.ResourceAuthCert) string {
			return ac.Name
		})
		addAcNames, delAcNames, unmodifyAcNames = collx.ArrayCompare[string](collx.MapKeys(name2AuthCert), oldNames)
	}

	addAuthCerts := make([]*entity.ResourceAuthCert, 0)
	for _, addAcName := range addAcNames {
		addAc := name2AuthCert[addAcName]
		addAc.Id = 0

		existNameAc := &entity.ResourceAuthCert{Name: addAcName}
		if r.GetByCond(existNameAc) == nil && existNameAc.ResourceCode != resourceCode {
			return errorx.NewBizf("The name of the authorization credential cannot be repeated: [%s]", addAcName)
		}

		addAuthCerts = append(addAuthCerts, addAc)
	}

	// 处理新增的授权凭证
	if len(addAuthCerts) > 0 {
		logx.DebugfContext(ctx, "RelateAuthCert[%d-%s] - Add authorization credentials - [%v]", resourceType, resourceCode, addAcNames)
		if err := r.BatchInsert(ctx, addAuthCerts); err != nil {
			return err
		}
	}

	for _, delAcName := range delAcNames {
		if err := r.DeleteByCond(ctx, &entity.ResourceAuthCert{ResourceCode: resourceCode, ResourceType: resourceType, Name: delAcName}); err != nil {
			return err
		}
	}

	if len(unmodifyAcNames) > 0 {
		// 旧凭证名 -> 旧凭证
		oldName2AuthCert := collx.ArrayToMap(oldAuthCert, func(ac *entity.ResourceAuthCert) string {
			return ac.Name
		})
		for _, unmodifyAcName := range unmodifyAcNames {
			unmodifyAc := name2AuthCert[unmodifyAcName]

			oldAuthCert := oldName2AuthCert[unmodifyAcName]
			// 密文和密码前端不回显，故如果没修改，需要重新赋值，避免被修改为空
			if unmodifyAc.Ciphertext == "" {
				unmodifyAc.Ciphertext = oldAuthCert.Ciphertext
			}

			if err := r.UpdateByCond(ctx, unmodifyAc, &entity.ResourceAuthCert{Name: unmodifyAcName, ResourceCode: resourceCode, ResourceType: resourceType}); err != nil {
				return err
			}
		}
	}

	return nil
}

// SaveAuthCert (resouce_auth_cert.go:177): POST /auth-certs (api/resource_auth_cert.go).
func (r *resourceAuthCertAppImpl) SaveAuthCert(ctx context.Context, rac *entity.ResourceAuthCert) error {
	if rac.Id == 0 {
		return r.addAuthCert(ctx, rac)
	}

	return r.UpdateById(ctx, rac)
}

// DeleteAuthCert (resouce_auth_cert.go:185)
func (r *resourceAuthCertAppImpl) DeleteAuthCert(ctx context.Context, id uint64) error {
	rac, err := r.GetById(id)
	if err != nil {
		return errorx.NewBiz("ac not found")
	}

	if rac.Type == entity.AuthCertTypePublic {
		if r.CountByCond(&entity.ResourceAuthCert{Ciphertext: rac.Name}) > 0 { // safe: reference count of a public credential; it only guards DeleteById
			return errorx.NewBizI(ctx, imsg.ErrPublicAcRelated)
		}
		// 公共授权凭证直接删除即可
		return r.DeleteById(ctx, id)
	}

	if r.CountByCond(&entity.ResourceAuthCert{ResourceCode: rac.ResourceCode, ResourceType: rac.ResourceType}) <= 1 {
		return errorx.NewBizI(ctx, imsg.ErrResourceNoBindAc)
	}

	return r.Tx(ctx,
		func(ctx context.Context) error {
			// 删除对应授权凭证标签
			return r.tagTreeApp.DeleteTagByParam(ctx, &dto.DelResourceTag{
				ResourceCode: rac.Name,
			})
		},
		func(ctx context.Context) error {
			return r.DeleteById(ctx, id)
		})
}

func (r *resourceAuthCertAppImpl) GetAuthCert(authCertName string) (*entity.ResourceAuthCert, error) {
	authCert := &entity.ResourceAuthCert{Name: authCertName}
	if err := r.GetByCond(authCert); err != nil {
		return nil, errorx.NewBiz("ac not found")
	}

	return authCert, nil
}

// addAuthCert 添加授权凭证 (resouce_auth_cert.go:315)
func (r *resourceAuthCertAppImpl) addAuthCert(ctx context.Context, rac *entity.ResourceAuthCert) error {
	if rac.Name == "" {
		rac.Name = stringx.Rand(10)
	} else {
		if r.CountByCond(&entity.ResourceAuthCert{Name: rac.Name}) > 0 { // race; no unique key: t_resource_auth_cert.name has no unique tag (entity/resource_auth_cert.go:18), only non-unique KEY idx_name (mayfly-go.sql:1061)
			return errorx.NewBizI(ctx, imsg.ErrAcNameExist, "acName", rac.Name)
		}
	}
	if rac.Type == 0 {
		rac.Type = entity.AuthCertTypePrivate
	}
	if rac.CiphertextType == 0 {
		rac.CiphertextType = entity.AuthCertCiphertextTypePassword
	}

	// 公共凭证
	if rac.Type == entity.AuthCertTypePublic {
		rac.ResourceCode = "-"
		rac.CiphertextEncrypt()
		rac.ResourceType = -2
		return r.Insert(ctx, rac)
	}

	resourceCode := rac.ResourceCode
	resourceType := rac.ResourceType

	var resourceTagCodePaths []string
	// 获取资源编号对应的资源标签信息
	resourceTags, _ := r.tagTreeApp.ListByCond(&entity.TagTree{Type: entity.TagType(resourceType), Code: resourceCode})
	// 资源标签tagPath（相当于父tag）
	resourceTagCodePaths = collx.ArrayMap(resourceTags, func(tag *entity.TagTree) string {
		return tag.CodePath
	})
	if len(resourceTagCodePaths) == 0 {
		return errorx.NewBizI(ctx, imsg.ErrResourceTagNotExist, "resourceCode", resourceCode)
	}

	// 如果密文类型不为公共凭证，则进行加密。公共凭证密文内容存的是明文的公共凭证名
	if rac.CiphertextType != entity.AuthCertCiphertextTypePublic {
		rac.CiphertextEncrypt()
	}

	return r.Tx(ctx, func(ctx context.Context) error {
		// 若存在需要关联到的资源标签，则关联到对应的资源标签下
		if len(resourceTagCodePaths) > 0 {
			return r.tagTreeApp.SaveResourceTag(ctx, &dto.SaveResourceTag{
				ResourceTag: &dto.ResourceTag{
					Code: rac.Name,
					Type: entity.TagTypeAuthCert,
					Name: rac.Username,
				},
				ParentTagCodePaths: resourceTagCodePaths,
			})
		}
		return nil
	}, func(ctx context.Context) error {
		return r.Insert(ctx, rac)
	})
}
