// Package worker reproduces github.com/getfider/fider/app/pkg/worker (trimmed).
// The engine starts runtime.NumCPU() goroutines running BackgroundWorker.Run on
// one shared queue (app/pkg/web/engine.go:126-127), so tasks enqueued by
// different requests run concurrently, each in its own transaction
// (middlewares.WorkerSetup).
package worker

import (
	"context"
	"sync"

	"example.com/heldout/fider/app"
	"example.com/heldout/fider/app/models/entity"
	"example.com/heldout/fider/app/pkg/errors"
)

// MiddlewareFunc is worker middleware
type MiddlewareFunc func(Job) Job

// Job is what's going to be run on background
type Job func(c *Context) error

// Task represents the Name and Job to be run on background
type Task struct {
	OriginContext context.Context
	Name          string
	Job           Job
}

// BackgroundWorker is a worker that runs tasks on background
type BackgroundWorker struct {
	context.Context
	queue      chan Task
	len        int64
	middleware MiddlewareFunc
	sync.RWMutex
}

// Run initializes the worker loop
func (w *BackgroundWorker) Run(workerID string) {
	for task := range w.queue {
		c := NewContext(w, workerID, task)

		_ = w.middleware(task.Job)(c)
		w.Lock()
		w.len = w.len - 1
		w.Unlock()
	}
}

// Enqueue a task on current worker
func (w *BackgroundWorker) Enqueue(task Task) {
	w.Lock()
	w.len = w.len + 1
	w.Unlock()
	w.queue <- task
}

// Context holds references to services available for jobs
type Context struct {
	context.Context
	workerID string
	taskName string
}

// NewContext creates a new context
func NewContext(ctx context.Context, workerID string, task Task) *Context {
	if task.OriginContext != nil {
		ctx = context.WithValue(ctx, app.TenantCtxKey, task.OriginContext.Value(app.TenantCtxKey))
		ctx = context.WithValue(ctx, app.UserCtxKey, task.OriginContext.Value(app.UserCtxKey))
	}

	return &Context{
		Context:  ctx,
		workerID: workerID,
		taskName: task.Name,
	}
}

// Set saves data in the context.
func (c *Context) Set(key any, val any) {
	c.Context = context.WithValue(c.Context, key, val)
}

// User from current context
func (c *Context) User() *entity.User {
	user, ok := c.Value(app.UserCtxKey).(*entity.User)
	if ok {
		return user
	}
	return nil
}

// Tenant from current context
func (c *Context) Tenant() *entity.Tenant {
	tenant, ok := c.Value(app.TenantCtxKey).(*entity.Tenant)
	if ok {
		return tenant
	}
	return nil
}

// Failure logs details of error
func (c *Context) Failure(err error) error {
	err = errors.StackN(err, 1)
	return err
}
