// Package dynamic reconciles Tekton runs into the Results API (trimmed from
// upstream pkg/watcher/reconciler/dynamic/dynamic.go: annotation patching,
// deletion and the log streaming itself are dropped; the order of the calls
// and the detached sendLog goroutine are kept).
package dynamic

import (
	"context"
	"fmt"
	"log"
	"sync"
	"time"

	"example.com/heldout/results/pkg/watcher/results"
	"example.com/heldout/results/third_party/knative/apis"
	pb "example.com/heldout/results/third_party/results_go_proto"
)

// Reconciler implements common reconciler behavior across different Tekton Run
// Object types.
type Reconciler struct {
	resultsClient *results.Client
	storeEvent    bool
	timeout       *time.Duration
}

// NewDynamicReconciler creates a new dynamic Reconciler.
func NewDynamicReconciler(rc pb.ResultsClient, lc pb.LogsClient, storeEvent bool, timeout *time.Duration) *Reconciler {
	return &Reconciler{
		resultsClient: results.NewClient(rc, lc),
		storeEvent:    storeEvent,
		timeout:       timeout,
	}
}

// Reconcile handles result/record uploading for the given Run object.
func (r *Reconciler) Reconcile(ctx context.Context, o results.Object) error {
	// Upsert record.
	res, rec, err := r.resultsClient.Put(ctx, o)
	if err != nil {
		return fmt.Errorf("error upserting record: %w", err)
	}

	// Update logs if enabled.
	if r.resultsClient.LogsClient != nil {
		if r.timeout == nil {
			if err = r.sendLog(ctx, o); err != nil {
				log.Printf("Error sending log: %v", err)
			}
		} else {
			// moving off of the reconciler thread, completely divesting from its
			// context, now using the background context and a separate timer
			go func() {
				backgroundCtx, cancel := context.WithCancel(context.Background())
				defer cancel()
				eventTicker := time.NewTicker(*r.timeout)
				stopCh := make(chan bool, 1)
				once := sync.Once{}

				go func() {
					if err := r.sendLog(backgroundCtx, o); err != nil {
						log.Printf("Error sending log: %v", err)
					}
					once.Do(func() { close(stopCh) })
				}()

				select {
				case <-eventTicker.C:
					once.Do(func() { close(stopCh) })
				case <-stopCh:
					eventTicker.Stop()
				}
			}()
		}
	}

	// CreateEvents if enabled
	if r.storeEvent {
		if err := r.storeEvents(ctx, o); err != nil {
			return err
		}
	}
	_ = res
	_ = rec
	// upstream: addResultsAnnotations(ctx, o, record, result) patches the
	// object, which triggers another Reconcile of the same key.
	return nil
}

// sendLog streams logs to the API server
func (r *Reconciler) sendLog(ctx context.Context, o results.Object) error {
	condition := o.GetStatusCondition().GetCondition(apis.ConditionSucceeded)
	GVK := o.GetObjectKind().GroupVersionKind()
	if !GVK.Empty() &&
		(GVK.Kind == "TaskRun" || GVK.Kind == "PipelineRun") &&
		condition != nil &&
		condition.Type == "Succeeded" &&
		!condition.IsUnknown() {

		rec, err := r.resultsClient.GetLogRecord(ctx, o)
		if err != nil {
			return err
		}
		if rec != nil {
			// we had already started logs streaming
			return nil
		}

		// Create a log record if the object has/supports logs.
		rec, err = r.resultsClient.PutLog(ctx, o)
		if err != nil {
			return err
		}
		_ = rec
		// upstream: addResultsAnnotations(log) and streamLogs (UpdateLog RPC).
	}
	return nil
}

// storeEvents stores the event list of the object
func (r *Reconciler) storeEvents(ctx context.Context, o results.Object) error {
	condition := o.GetStatusCondition().GetCondition(apis.ConditionSucceeded)
	GVK := o.GetObjectKind().GroupVersionKind()
	if !GVK.Empty() &&
		(GVK.Kind == "TaskRun" || GVK.Kind == "PipelineRun" || GVK.Kind == "CustomRun") &&
		condition != nil &&
		!condition.IsUnknown() {

		rec, err := r.resultsClient.GetEventListRecord(ctx, o)
		if err != nil {
			return err
		}

		if rec != nil {
			// It means we have already stored events
			return nil
		}

		// upstream: lists the core/v1 Events of the object (and of its pod)
		eventList := []byte(`{"items":[]}`)

		rec, err = r.resultsClient.PutEventList(ctx, o, eventList)
		if err != nil {
			return err
		}
		_ = rec
	}

	return nil
}
