package main

import (
	"encoding/json"
	"os/exec"
	"strings"
	"testing"
)

// floors are the layers of the module, bottom first: a package may import
// only packages on its own floor or below. docs/HACKING.md ("Floors")
// lists the same table; a new package must be placed in both.
var floors = map[string]int{
	// 0: tools with no knowledge of ORMs or analysis
	"internal/orm": 0, "internal/diff": 0, "internal/atomicfile": 0, "internal/cache": 0,
	"internal/testmod": 0, "internal/benchmod": 0, "internal/verify": 0, "internal/sqlschema": 0,
	// 1: the ORM adapters
	"internal/gormorm": 1, "internal/entorm": 1, "internal/prismaorm": 1, "internal/xormorm": 1, "internal/sqlorm": 1, "internal/bunorm": 1,
	// 2: the analysis
	"detect": 2,
	// 3: the fixes
	"rewrite": 3, "lint": 3,
	// 4: the driver that loads packages and runs analysis and fixes
	"internal/load": 4, "internal/fix": 4,
	// 5: campaigns over many repositories
	"internal/campaign": 5,
	// 6: the commands and plugins
	"cmd/upsertfix": 6, "cmd/upsertfix-vet": 6, "golangci": 6,
}

// TestFloors fails when an import of the module climbs: a package
// importing one on a higher floor.
func TestFloors(t *testing.T) {
	const mod = "github.com/upsertfix/upsertfix/"
	out, err := exec.Command("go", "list", "-json=ImportPath,Imports", "../../...").Output()
	if err != nil {
		t.Fatal(err)
	}
	dec := json.NewDecoder(strings.NewReader(string(out)))
	n := 0
	for dec.More() {
		var p struct {
			ImportPath string
			Imports    []string
		}
		if err := dec.Decode(&p); err != nil {
			t.Fatal(err)
		}
		from := strings.TrimPrefix(p.ImportPath, mod)
		f, ok := floors[from]
		if !ok {
			t.Errorf("package %s has no floor: add it to floors (and to docs/HACKING.md)", from)
			continue
		}
		n++
		for _, imp := range p.Imports {
			if !strings.HasPrefix(imp, mod) {
				continue
			}
			to := strings.TrimPrefix(imp, mod)
			if g, ok := floors[to]; ok && g > f {
				t.Errorf("%s (floor %d) imports %s (floor %d): an import may not climb", from, f, to, g)
			}
		}
	}
	if n < 15 {
		t.Fatalf("only %d packages listed", n)
	}
}
