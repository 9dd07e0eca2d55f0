// Package viper is a minimal stand-in for github.com/spf13/viper (statping-ng's
// utils.Params). Only the getters the reproduced code calls are provided.
package viper

import (
	"sync"
	"time"
)

type Viper struct {
	mu     sync.RWMutex
	values map[string]interface{}
}

func New() *Viper { return &Viper{values: map[string]interface{}{}} }

func (v *Viper) Set(key string, value interface{}) {
	v.mu.Lock()
	defer v.mu.Unlock()
	v.values[key] = value
}

func (v *Viper) SetDefault(key string, value interface{}) {
	v.mu.Lock()
	defer v.mu.Unlock()
	if _, ok := v.values[key]; !ok {
		v.values[key] = value
	}
}

func (v *Viper) IsSet(key string) bool {
	v.mu.RLock()
	defer v.mu.RUnlock()
	_, ok := v.values[key]
	return ok
}

func (v *Viper) get(key string) interface{} {
	v.mu.RLock()
	defer v.mu.RUnlock()
	return v.values[key]
}

func (v *Viper) GetString(key string) string {
	s, _ := v.get(key).(string)
	return s
}

func (v *Viper) GetBool(key string) bool {
	b, _ := v.get(key).(bool)
	return b
}

func (v *Viper) GetInt(key string) int {
	i, _ := v.get(key).(int)
	return i
}

func (v *Viper) GetDuration(key string) time.Duration {
	d, _ := v.get(key).(time.Duration)
	return d
}
