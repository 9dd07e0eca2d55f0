// Package runtime is a small stand-in for k8s.io/apimachinery/pkg/runtime
// (with the GroupVersionKind of k8s.io/apimachinery/pkg/runtime/schema).
package runtime

// GroupVersionKind identifies a kind.
type GroupVersionKind struct{ Group, Version, Kind string }

// Empty reports whether gvk is unset.
func (gvk GroupVersionKind) Empty() bool {
	return gvk.Group == "" && gvk.Version == "" && gvk.Kind == ""
}

// ObjectKind gives access to the kind of an object.
type ObjectKind interface {
	SetGroupVersionKind(kind GroupVersionKind)
	GroupVersionKind() GroupVersionKind
}

// Object is a Kubernetes API object.
type Object interface {
	GetObjectKind() ObjectKind
}
