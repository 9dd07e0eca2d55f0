// Package golangci is upsertfix as a golangci-lint v2 module plugin.
// Build a golangci-lint with it (golangci-lint custom) from this
// .custom-gcl.yml:
//
//	version: v2.15.0
//	plugins:
//	  - module: github.com/upsertfix/upsertfix
//	    import: github.com/upsertfix/upsertfix/golangci
//	    version: latest
//
// and enable it in .golangci.yml:
//
//	version: "2"
//	linters:
//	  enable: [upsertfix]
//	  settings:
//	    custom:
//	      upsertfix:
//	        type: module
//	        description: get-or-create races, fixed atomically
//
// It runs lint.Analyzer: the same findings as the upsertfix command, and
// golangci-lint run --fix applies the same fixes as upsertfix -w.
package golangci

import (
	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/upsertfix/upsertfix/lint"
)

func init() { register.Plugin("upsertfix", New) }

type plugin struct{}

// New builds the plugin; it has no settings.
func New(any) (register.LinterPlugin, error) { return plugin{}, nil }

func (plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	return []*analysis.Analyzer{lint.Analyzer}, nil
}

func (plugin) GetLoadMode() string { return register.LoadModeTypesInfo }
