// Package metav1 is a small stand-in for k8s.io/apimachinery/pkg/apis/meta/v1.
package metav1

// UID is a Kubernetes object UID (k8s.io/apimachinery/pkg/types.UID).
type UID string

// OwnerReference points to an owning object.
type OwnerReference struct {
	Kind string
	Name string
	UID  UID
}

// Object lets you work with object metadata.
type Object interface {
	GetNamespace() string
	GetName() string
	GetUID() UID
	GetLabels() map[string]string
	GetAnnotations() map[string]string
	GetOwnerReferences() []OwnerReference
}
