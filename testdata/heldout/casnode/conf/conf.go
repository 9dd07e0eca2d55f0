// Package conf reproduces casnode's conf/conf.go, reduced to environment
// variables (upstream falls back to beego.AppConfig, conf/app.conf).
package conf

import "os"

// GetConfigString reproduces conf/conf.go:27 (without the beego fallback).
func GetConfigString(key string) string {
	if value, ok := os.LookupEnv(key); ok {
		return value
	}

	return ""
}

// GetConfigDataSourceName reproduces conf/conf.go:58 (without the docker rewrite).
func GetConfigDataSourceName() string {
	return GetConfigString("dataSourceName")
}
