package obj

import (
	"example.com/heldout/answer/internal/base/constant"
	"example.com/heldout/answer/internal/base/reason"
	"example.com/heldout/answer/pkg/converter"
	"example.com/heldout/answer/third_party/pacman/errors"
)

// GetObjectTypeStrByObjectID reproduces pkg/obj/obj.go:30.
// GetObjectTypeStrByObjectID get object key by object id
func GetObjectTypeStrByObjectID(objectID string) (objectTypeStr string, err error) {
	if err := checkObjectID(objectID); err != nil {
		return "", err
	}
	objectTypeNumber := converter.StringToInt(objectID[1:4])
	objectTypeStr, ok := constant.ObjectTypeNumberMapping[objectTypeNumber]
	if ok {
		return objectTypeStr, nil
	}
	return "", errors.BadRequest(reason.ObjectNotFound)
}

// GetObjectTypeNumberByObjectID reproduces pkg/obj/obj.go:43.
// GetObjectTypeNumberByObjectID get object type by object id
func GetObjectTypeNumberByObjectID(objectID string) (objectTypeNumber int, err error) {
	if err := checkObjectID(objectID); err != nil {
		return 0, err
	}
	return converter.StringToInt(objectID[1:4]), nil
}

// checkObjectID reproduces pkg/obj/obj.go:50.
func checkObjectID(objectID string) (err error) {
	if len(objectID) < 5 {
		return errors.BadRequest(reason.ObjectNotFound)
	}
	return nil
}
