// Package annotation provides the Result annotation keys (trimmed from
// upstream pkg/watcher/reconciler/annotation/annotation.go).
package annotation

const (
	// annotationPrefix - all annotations managed by watcher should have this prefix
	annotationPrefix = "results.tekton.dev/"

	// Result identifier.
	Result = annotationPrefix + "result"

	// Record identifier.
	Record = annotationPrefix + "record"

	// Log identifier.
	Log = annotationPrefix + "log"

	// EventList identifier.
	EventList = annotationPrefix + "eventlist"

	// ResultAnnotations stores arbitrary keys/values into Result.Annotations.
	ResultAnnotations = annotationPrefix + "resultAnnotations"

	// RecordSummaryAnnotations stores arbitrary keys/values into Result.Summary.Annotations.
	RecordSummaryAnnotations = annotationPrefix + "recordSummaryAnnotations"
)
