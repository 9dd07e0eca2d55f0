// Package notification reproduces the types of pkg/notification/notifier.go
// used by the handlers (webhook delivery trimmed).
package notification

// Operation reproduces pkg/notification/notifier.go:16.
type Operation string

const (
	OperationCreate  Operation = "create"
	OperationUpdate  Operation = "update"
	OperationDelete  Operation = "delete"
	OperationRestore Operation = "restore"
)

// ComponentType reproduces pkg/notification/notifier.go:26.
type ComponentType string

const (
	ComponentFlag         ComponentType = "flag"
	ComponentSegment      ComponentType = "segment"
	ComponentVariant      ComponentType = "variant"
	ComponentConstraint   ComponentType = "constraint"
	ComponentDistribution ComponentType = "distribution"
	ComponentTag          ComponentType = "tag"
)

// Notification reproduces pkg/notification/notifier.go:37.
type Notification struct {
	Operation     Operation
	FlagID        uint
	FlagKey       string
	ComponentType ComponentType
	ComponentID   uint
	ComponentKey  string
	PreValue      string
	PostValue     string
	Diff          string
	User          string
}

// SendNotification stands in for the asynchronous webhook dispatch.
var SendNotification = func(n Notification) {}
