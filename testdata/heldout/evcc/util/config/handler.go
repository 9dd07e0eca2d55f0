package config

import (
	"errors"
	"fmt"
	"sync"
)

var ErrNotFound = errors.New("not found")

type Device[T any] interface {
	Config() Named
	Instance() T
}

type Handler[T any] interface {
	Devices() []Device[T]
	Add(dev Device[T]) error
	ByName(name string) (Device[T], error)
}

type handler[T any] struct {
	mu      sync.RWMutex
	devices []Device[T]
}

// Devices returns the handlers devices
func (cp *handler[T]) Devices() []Device[T] {
	cp.mu.RLock()
	defer cp.mu.RUnlock()

	return cp.devices
}

// Add adds device and config
func (cp *handler[T]) Add(dev Device[T]) error {
	conf := dev.Config()

	if conf.Name == "" {
		return errors.New("missing name")
	}

	if _, err := cp.ByName(conf.Name); err == nil {
		return fmt.Errorf("duplicate name: %s already defined and must be unique", conf.Name)
	}

	cp.mu.Lock()
	cp.devices = append(cp.devices, dev)
	cp.mu.Unlock()

	return nil
}

// ByName provides device by name
func (cp *handler[T]) ByName(name string) (Device[T], error) {
	cp.mu.RLock()
	defer cp.mu.RUnlock()

	for _, dev := range cp.devices {
		if name == dev.Config().Name {
			return dev, nil
		}
	}

	return nil, fmt.Errorf("%w: %s", ErrNotFound, name)
}

type configurableDevice[T any] struct {
	config   *Config
	instance T
}

// NewConfigurableDevice wraps a database config and its instance.
func NewConfigurableDevice[T any](config *Config, instance T) Device[T] {
	return &configurableDevice[T]{config: config, instance: instance}
}

func (d *configurableDevice[T]) Config() Named { return d.config.Named() }

func (d *configurableDevice[T]) Instance() T { return d.instance }

// HemsAPI stands for hemsapi.API; LoadpointAPI for loadpoint.API (trimmed).
type (
	HemsAPI      interface{ Run() }
	LoadpointAPI interface{}
)

var (
	hemsHandler      = &handler[HemsAPI]{}
	loadpointHandler = &handler[LoadpointAPI]{}
)

func Hems() Handler[HemsAPI]            { return hemsHandler }
func Loadpoints() Handler[LoadpointAPI] { return loadpointHandler }
