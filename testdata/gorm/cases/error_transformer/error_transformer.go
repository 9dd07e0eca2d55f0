// A repository that says not-found with an error of the project's own,
// built with a code (flyteadmin's NewFlyteAdminErrorf(codes.NotFound,
// ...)), and turns every other failure into such an error through an
// interface (its ErrorTransformer), after a guard on its arguments. Its
// callers test the code on the asserted error (ec, ok :=
// err.(AdminError); ok && ec.Code() == NotFound): a not-found test,
// so only not-found leads to the create. Both sites are reported, not
// fixed: the code's method (ec.Code) and the auditor are interface
// methods upsertfix cannot see into until they are declared pure.
package error_transformer

import (
	"errors"
	"fmt"

	"gorm.io/gorm"
)

type Code uint32

const (
	Unknown      Code = 2
	InvalidInput Code = 3
	NotFound     Code = 5
)

type AdminError interface {
	Error() string
	Code() Code
}

type adminError struct {
	code Code
	msg  string
}

func (e *adminError) Error() string { return e.msg }
func (e *adminError) Code() Code    { return e.code }

func NewAdminErrorf(code Code, format string, a ...any) AdminError {
	return &adminError{code: code, msg: fmt.Sprintf(format, a...)}
}

type ErrorTransformer interface {
	//upsertfix:pure
	ToAdminError(err error) AdminError
}

type Auditor interface {
	ToAdminError(err error) AdminError
}

type Resource struct {
	ID      uint
	Project string `gorm:"uniqueIndex:resource_idx"`
	Domain  string `gorm:"uniqueIndex:resource_idx"`
	Value   string
}

type ResourceID struct{ Project, Domain string }

type ResourceRepo struct {
	db          *gorm.DB
	transformer ErrorTransformer
}

func (r *ResourceRepo) GetRaw(id ResourceID) (Resource, error) {
	if id.Domain == "" {
		return Resource{}, r.transformer.ToAdminError(errors.New("no domain"))
	}
	var model Resource
	tx := r.db.Where(&Resource{Project: id.Project, Domain: id.Domain}).First(&model)
	if tx.Error != nil && errors.Is(tx.Error, gorm.ErrRecordNotFound) {
		return Resource{}, NewAdminErrorf(NotFound, "%v", id)
	} else if tx.Error != nil {
		return Resource{}, r.transformer.ToAdminError(tx.Error)
	}
	return model, nil
}

func (r *ResourceRepo) Create(m *Resource) error {
	return r.db.Create(m).Error
}

type ResourceManager struct{ repo *ResourceRepo }

// SetValue: reported (ec.Code is an interface method).
func (m *ResourceManager) SetValue(project, domain, value string) error {
	existing, err := m.repo.GetRaw(ResourceID{Project: project, Domain: domain})
	if err != nil {
		ec, ok := err.(AdminError)
		if ok && ec.Code() == NotFound {
			return m.repo.Create(&Resource{Project: project, Domain: domain, Value: value})
		}
		return err
	}
	_ = existing
	return nil
}

type AuditedRepo struct {
	db      *gorm.DB
	auditor Auditor
}

func (r *AuditedRepo) GetRaw(id ResourceID) (Resource, error) {
	var model Resource
	tx := r.db.Where(&Resource{Project: id.Project, Domain: id.Domain}).First(&model)
	if tx.Error != nil && errors.Is(tx.Error, gorm.ErrRecordNotFound) {
		return Resource{}, NewAdminErrorf(NotFound, "%v", id)
	} else if tx.Error != nil {
		return Resource{}, r.auditor.ToAdminError(tx.Error)
	}
	return model, nil
}

// SetAudited: reported, the auditor may write.
func SetAudited(r *AuditedRepo, project, domain string) error {
	_, err := r.GetRaw(ResourceID{Project: project, Domain: domain})
	if ec, ok := err.(AdminError); ok && ec.Code() == NotFound {
		return r.db.Create(&Resource{Project: project, Domain: domain}).Error
	}
	return err
}

// GetMissingEntityError builds the not-found error with its code inside.
func GetMissingEntityError(entity string, id any) AdminError {
	return NewAdminErrorf(NotFound, "missing %s %v", entity, id)
}

func (r *ResourceRepo) Get(id ResourceID) (Resource, error) {
	var model Resource
	tx := r.db.Where(&Resource{Project: id.Project, Domain: id.Domain}).Take(&model)
	if tx.Error != nil && errors.Is(tx.Error, gorm.ErrRecordNotFound) {
		return Resource{}, GetMissingEntityError("resource", id)
	} else if tx.Error != nil {
		return Resource{}, r.transformer.ToAdminError(tx.Error)
	}
	return model, nil
}

// SetOther: reported; the code of the asserted error is tested inline.
func SetOther(r *ResourceRepo, project, domain string) error {
	_, err := r.Get(ResourceID{Project: project, Domain: domain})
	if err != nil {
		if err.(AdminError).Code() != NotFound {
			return err
		}
		return r.Create(&Resource{Project: project, Domain: domain})
	}
	return nil
}
