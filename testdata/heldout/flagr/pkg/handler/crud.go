package handler

import (
	"errors"
	"fmt"

	"example.com/heldout/flagr/pkg/entity"
	"example.com/heldout/flagr/pkg/mapper/entity_restapi/e2r"
	"example.com/heldout/flagr/pkg/mapper/entity_restapi/r2e"
	"example.com/heldout/flagr/pkg/notification"
	"example.com/heldout/flagr/pkg/thirdparty/go-openapi/runtime/middleware"
	"example.com/heldout/flagr/pkg/util"
	"example.com/heldout/flagr/swagger_gen/restapi/operations/distribution"
	"example.com/heldout/flagr/swagger_gen/restapi/operations/flag"
	"example.com/heldout/flagr/swagger_gen/restapi/operations/tag"

	"gorm.io/gorm"
)

// validateSegmentOwnership reproduces pkg/handler/crud.go:27 (count :29).
// Used by PutSegment, DeleteSegment and PutDistributions.
func validateSegmentOwnership(tx *gorm.DB, flagID, segmentID uint) error {
	var count int64
	tx.Model(&entity.Segment{}).Where("id = ? AND flag_id = ?", segmentID, flagID).Count(&count) // safe: an ownership check: count == 0 rejects the request; nothing is created for the looked-up key (PutDistributions then inserts fresh-id distributions)
	if count == 0 {
		return fmt.Errorf("segment %d does not belong to flag %d", segmentID, flagID)
	}
	return nil
}

// validateVariantOwnership reproduces pkg/handler/crud.go:37 (count :39).
func validateVariantOwnership(tx *gorm.DB, flagID, variantID uint) error {
	var count int64
	tx.Model(&entity.Variant{}).Where("id = ? AND flag_id = ?", variantID, flagID).Count(&count) // safe: an ownership check: count == 0 rejects the request; no variant is created
	if count == 0 {
		return fmt.Errorf("variant %d does not belong to flag %d", variantID, flagID)
	}
	return nil
}

// CRUD reproduces pkg/handler/crud.go:60 (trimmed to the operations here).
type CRUD interface {
	CreateFlag(flag.CreateFlagParams) middleware.Responder
	DuplicateFlag(flag.DuplicateFlagParams) middleware.Responder
	PutFlag(flag.PutFlagParams) middleware.Responder
	CreateTag(tag.CreateTagParams) middleware.Responder
	PutDistributions(distribution.PutDistributionsParams) middleware.Responder
}

// NewCRUD reproduces pkg/handler/crud.go:105.
func NewCRUD() CRUD {
	return &crud{}
}

type crud struct{}

var (
	e2rMapFlag = e2r.MapFlag

	r2eMapDistributions = r2e.MapDistributions
)

// PutFlag reproduces pkg/handler/crud.go:274 (PUT /flags/{flagID}).
func (c *crud) PutFlag(params flag.PutFlagParams) middleware.Responder {
	flagID := util.SafeUint(params.FlagID)
	subject := getSubjectFromRequest(params.HTTPRequest)
	f := &entity.Flag{}

	err := commitFlagMutation(flagID, subject, notification.OperationUpdate, notification.ComponentFlag, func(tx *gorm.DB) (uint, mutationNotify, error) {
		if err := tx.First(f, params.FlagID).Error; err != nil { // safe: the lookup of the flag by primary key only guards its update (Save below); not found is a 404
			return 0, mutationNotify{}, err
		}
		if params.Body.Description != nil {
			f.Description = *params.Body.Description
		}
		if params.Body.DataRecordsEnabled != nil {
			f.DataRecordsEnabled = *params.Body.DataRecordsEnabled
		}
		if params.Body.Key != nil {
			key, err := entity.CreateFlagKey(*params.Body.Key)
			if err != nil {
				return 0, mutationNotify{}, NewError(400, "%s", err)
			}
			f.Key = key
		}
		if params.Body.EntityType != nil {
			et := *params.Body.EntityType
			if err := entity.CreateFlagEntityType(tx, et); err != nil {
				return 0, mutationNotify{}, err
			}
			f.EntityType = et
		}
		if params.Body.Notes != nil {
			f.Notes = *params.Body.Notes
		}
		if err := tx.Save(f).Error; err != nil {
			return 0, mutationNotify{}, err
		}
		return flagID, mutationNotify{ComponentID: flagID, ComponentKey: f.Key}, nil
	})
	if err != nil {
		if errors.Is(err, gorm.ErrRecordNotFound) {
			return flag.NewPutFlagDefault(404).WithPayload(ErrorMessage("%s", err))
		}
		if herr, ok := err.(*Error); ok {
			return flag.NewPutFlagDefault(herr.StatusCode).WithPayload(ErrorMessage("%s", err))
		}
		if flagKeyUniqueViolation(err) {
			return flag.NewPutFlagDefault(400).WithPayload(
				ErrorMessage("cannot update flag. flag key already exists"))
		}
		return flag.NewPutFlagDefault(500).WithPayload(ErrorMessage("%s", err))
	}

	resp := flag.NewPutFlagOK()
	payload, err := e2rMapFlag(f)
	if err != nil {
		return flag.NewPutFlagDefault(500).WithPayload(ErrorMessage("%s", err))
	}
	resp.SetPayload(payload)
	return resp
}

// CreateTag reproduces pkg/handler/crud.go:484 (POST /flags/{flagID}/tags).
func (c *crud) CreateTag(params tag.CreateTagParams) middleware.Responder {
	flagID := util.SafeUint(params.FlagID)
	subject := getSubjectFromRequest(params.HTTPRequest)
	t := &entity.Tag{}
	t.Value = util.SafeString(params.Body.Value)
	if ok, reason := util.IsSafeValue(t.Value); !ok {
		return tag.NewCreateTagDefault(400).WithPayload(ErrorMessage("%s", reason))
	}

	err := commitFlagMutation(flagID, subject, notification.OperationCreate, notification.ComponentTag, func(tx *gorm.DB) (uint, mutationNotify, error) {
		if err := entity.AppendTagValueToFlag(tx, flagID, t.Value); err != nil {
			return 0, mutationNotify{}, err
		}
		if err := tx.Where("value = ?", t.Value).First(t).Error; err != nil { // safe: a read-back of the tag AppendTagValueToFlag just found or created in this transaction (for its id); not found is an error, nothing is inserted
			return 0, mutationNotify{}, err
		}
		return flagID, mutationNotify{ComponentID: t.ID, ComponentKey: t.Value}, nil
	})
	if err != nil {
		return tag.NewCreateTagDefault(500).WithPayload(ErrorMessage("%s", err))
	}

	resp := tag.NewCreateTagOK()
	resp.SetPayload(e2r.MapTag(t))
	return resp
}

// PutDistributions reproduces pkg/handler/crud.go:727
// (PUT /flags/{flagID}/segments/{segmentID}/distributions): puts the whole
// distributions and overwrites the old ones.
func (c *crud) PutDistributions(params distribution.PutDistributionsParams) middleware.Responder {
	if err := validatePutDistributions(params); err != nil {
		return distribution.NewPutDistributionsDefault(err.StatusCode).WithPayload(ErrorMessage("%s", err))
	}

	flagID := util.SafeUint(params.FlagID)
	subject := getSubjectFromRequest(params.HTTPRequest)
	segmentID := uint(params.SegmentID)
	ds := r2eMapDistributions(params.Body.Distributions, segmentID)

	err := commitFlagMutation(flagID, subject, notification.OperationUpdate, notification.ComponentDistribution, func(tx *gorm.DB) (uint, mutationNotify, error) {
		if err := validateSegmentOwnership(tx, flagID, segmentID); err != nil {
			return 0, mutationNotify{}, err
		}
		for i := range ds {
			if err := validateVariantOwnership(tx, flagID, ds[i].VariantID); err != nil {
				return 0, mutationNotify{}, err
			}
		}
		if err := tx.Where("segment_id = ?", segmentID).Delete(&entity.Distribution{}).Error; err != nil {
			return 0, mutationNotify{}, err
		}
		for i := range ds {
			if err := tx.Create(&ds[i]).Error; err != nil {
				return 0, mutationNotify{}, err
			}
		}
		return flagID, mutationNotify{ComponentID: 0, ComponentKey: ""}, nil
	})
	if err != nil {
		return distribution.NewPutDistributionsDefault(500).WithPayload(ErrorMessage("%s", err))
	}

	resp := distribution.NewPutDistributionsOK()
	resp.SetPayload(e2r.MapDistributions(ds))
	return resp
}

// mutationNotify reproduces pkg/handler/crud.go:895.
type mutationNotify struct {
	ComponentID  uint
	ComponentKey string
}

// commitFlagMutation reproduces pkg/handler/crud.go:902: runs mutate in one
// transaction (getDB().Begin(), default isolation, no locks), writes a flag
// snapshot on the same tx, commits, then notifies.
func commitFlagMutation(
	snapshotFlagID uint,
	subject string,
	operation notification.Operation,
	componentType notification.ComponentType,
	mutate func(tx *gorm.DB) (uint, mutationNotify, error),
) error {
	tx := getDB().Begin()
	resolvedID, notify, err := mutate(tx)
	if err != nil {
		tx.Rollback()
		return err
	}
	flagIDForSnapshot := snapshotFlagID
	if flagIDForSnapshot == 0 {
		flagIDForSnapshot = resolvedID
	}
	snap, err := writeFlagSnapshotTx(tx, flagIDForSnapshot, subject)
	if err != nil {
		tx.Rollback()
		return err
	}
	if err := tx.Commit().Error; err != nil {
		return err
	}
	snap.NotifyAfterCommit(flagIDForSnapshot, subject, operation, componentType, notify.ComponentID, notify.ComponentKey)
	return nil
}

// writeFlagSnapshotTx reproduces pkg/handler/crud.go:932.
var writeFlagSnapshotTx = entity.WriteFlagSnapshotTx
