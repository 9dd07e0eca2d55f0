package handler

import (
	"errors"
	"strings"

	"example.com/heldout/flagr/pkg/entity"
	"example.com/heldout/flagr/pkg/notification"
	"example.com/heldout/flagr/pkg/thirdparty/go-openapi/runtime/middleware"
	"example.com/heldout/flagr/pkg/util"
	"example.com/heldout/flagr/swagger_gen/restapi/operations/flag"
	"gorm.io/gorm"
)

// isDuplicateClientError reproduces pkg/handler/crud_duplicate.go:15.
func isDuplicateClientError(err error) bool {
	if err == nil {
		return false
	}
	if herr, ok := err.(*Error); ok {
		return herr.StatusCode >= 400 && herr.StatusCode < 500
	}
	msg := err.Error()
	return strings.Contains(msg, "distribution references unknown variant key") ||
		strings.Contains(msg, "cannot create flag due to invalid key") ||
		strings.Contains(msg, "invalid key")
}

// DuplicateFlag reproduces pkg/handler/crud_duplicate.go:28
// (POST /flags/{flagID}/duplicate). The read-back after commit (:103) is
// trimmed.
func (c *crud) DuplicateFlag(params flag.DuplicateFlagParams) middleware.Responder {
	source := &entity.Flag{}
	if err := entity.PreloadSegmentsVariantsTags(getDB()).First(source, params.FlagID).Error; err != nil { // safe: the source flag is looked up to copy it; not found is a 404, and the flag created below is a different row (fresh id, new random or caller-chosen key under the UNIQUE idx_flag_key, violation mapped to 400)
		if errors.Is(err, gorm.ErrRecordNotFound) {
			return flag.NewDuplicateFlagDefault(404).WithPayload(
				ErrorMessage("unable to find flag %v in the database", params.FlagID))
		}
		return flag.NewDuplicateFlagDefault(500).WithPayload(ErrorMessage("%s", err))
	}

	keyInput := ""
	descInput := ""
	if params.Body != nil {
		keyInput = params.Body.Key
		descInput = params.Body.Description
	}

	key, err := entity.CreateFlagKey(keyInput)
	if err != nil {
		return flag.NewDuplicateFlagDefault(400).WithPayload(
			ErrorMessage("cannot duplicate flag. %s", err))
	}

	description := descInput
	if strings.TrimSpace(description) == "" {
		base := util.SafeString(source.Description)
		if strings.TrimSpace(base) == "" {
			description = "(cloned)"
		} else {
			description = base + " (cloned)"
		}
	}

	subject := getSubjectFromRequest(params.HTTPRequest)
	created := &entity.Flag{
		Description:        description,
		Key:                key,
		Enabled:            source.Enabled,
		Notes:              source.Notes,
		DataRecordsEnabled: source.DataRecordsEnabled,
		EntityType:         source.EntityType,
		CreatedBy:          subject,
	}

	err = commitFlagMutation(0, subject, notification.OperationCreate, notification.ComponentFlag, func(tx *gorm.DB) (uint, mutationNotify, error) {
		if err := tx.Create(created).Error; err != nil {
			return 0, mutationNotify{}, err
		}
		if created.EntityType != "" {
			if err := entity.CreateFlagEntityType(tx, created.EntityType); err != nil {
				return 0, mutationNotify{}, err
			}
		}
		if err := entity.ApplyFlagTemplate(tx, created.ID, entity.SourceFlagTemplate(source)); err != nil {
			return 0, mutationNotify{}, err
		}
		return created.ID, mutationNotify{ComponentID: created.ID, ComponentKey: key}, nil
	})
	if err != nil {
		if errors.Is(err, gorm.ErrRecordNotFound) {
			return flag.NewDuplicateFlagDefault(404).WithPayload(ErrorMessage("%s", err))
		}
		if herr, ok := err.(*Error); ok {
			return flag.NewDuplicateFlagDefault(herr.StatusCode).WithPayload(ErrorMessage("%s", err))
		}
		if flagKeyUniqueViolation(err) {
			return flag.NewDuplicateFlagDefault(400).WithPayload(
				ErrorMessage("cannot duplicate flag. flag key already exists"))
		}
		if isDuplicateClientError(err) {
			return flag.NewDuplicateFlagDefault(400).WithPayload(ErrorMessage("cannot duplicate flag. %s", err))
		}
		return flag.NewDuplicateFlagDefault(500).WithPayload(ErrorMessage("cannot duplicate flag. %s", err))
	}

	resp := flag.NewDuplicateFlagOK()
	payload, err := e2rMapFlag(created)
	if err != nil {
		return flag.NewDuplicateFlagDefault(500).WithPayload(ErrorMessage("cannot map flag. %s", err))
	}
	resp.SetPayload(payload)
	return resp
}
