package handler

import (
	"example.com/heldout/flagr/pkg/entity"
	"example.com/heldout/flagr/pkg/notification"
	"example.com/heldout/flagr/pkg/thirdparty/go-openapi/runtime/middleware"
	"example.com/heldout/flagr/pkg/util"
	"example.com/heldout/flagr/swagger_gen/restapi/operations/flag"
	"gorm.io/gorm"
)

// CreateFlag reproduces pkg/handler/crud_flag_creation.go:12 (POST /flags).
// No lookup precedes the insert: the key is user-supplied or a fresh random
// key, flags.key is idx_flag_key (UNIQUE) and the violation is mapped to 400
// (flagKeyUniqueViolation). The read-back after commit (:53) is trimmed.
func (c *crud) CreateFlag(params flag.CreateFlagParams) middleware.Responder {
	f := &entity.Flag{}
	if params.Body != nil {
		f.Description = util.SafeString(params.Body.Description)
		f.CreatedBy = getSubjectFromRequest(params.HTTPRequest)

		key, err := entity.CreateFlagKey(params.Body.Key)
		if err != nil {
			return flag.NewCreateFlagDefault(400).WithPayload(
				ErrorMessage("cannot create flag. %s", err))
		}
		f.Key = key
	}

	subject := getSubjectFromRequest(params.HTTPRequest)

	if params.Body != nil && params.Body.Template != "" && params.Body.Template != "simple_boolean_flag" {
		return flag.NewCreateFlagDefault(400).WithPayload(
			ErrorMessage("unknown value for template: %s", params.Body.Template))
	}

	err := commitFlagMutation(0, subject, notification.OperationCreate, notification.ComponentFlag, func(tx *gorm.DB) (uint, mutationNotify, error) {
		if err := tx.Create(f).Error; err != nil {
			return 0, mutationNotify{}, err
		}
		if params.Body != nil && params.Body.Template == "simple_boolean_flag" {
			if err := LoadSimpleBooleanFlagTemplate(f, tx); err != nil {
				return 0, mutationNotify{}, err
			}
		}
		return f.ID, mutationNotify{ComponentID: f.ID, ComponentKey: f.Key}, nil
	})
	if err != nil {
		if flagKeyUniqueViolation(err) {
			return flag.NewCreateFlagDefault(400).WithPayload(
				ErrorMessage("cannot create flag. flag key already exists"))
		}
		return flag.NewCreateFlagDefault(500).WithPayload(
			ErrorMessage("cannot create flag. %s", err))
	}

	resp := flag.NewCreateFlagOK()
	payload, err := e2rMapFlag(f)
	if err != nil {
		return flag.NewCreateFlagDefault(500).WithPayload(
			ErrorMessage("cannot create flag. %s", err))
	}
	resp.SetPayload(payload)
	return resp
}

// LoadSimpleBooleanFlagTemplate reproduces pkg/handler/crud_flag_creation.go:69.
func LoadSimpleBooleanFlagTemplate(flag *entity.Flag, tx *gorm.DB) error {
	return entity.ApplyFlagTemplate(tx, flag.ID, entity.SimpleBooleanFlagTemplate())
}
