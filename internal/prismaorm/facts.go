package prismaorm

import (
	"go/types"
	"os"
	"strings"
	"sync"
)

// schemas caches, per generated package, what its embedded schema says,
// for one adapter (one analysis pass).
type schemas struct {
	mu   sync.Mutex
	byPk map[string]schemaInfo
}

type schemaInfo struct {
	// relation fields: model -> lower-cased relation field -> the
	// lower-cased scalar fields it sets (@relation(fields: [userId])).
	relations map[string]map[string][]string
}

// loadFacts reads the generated client's source beside model (its
// export data does not carry the unexported schema constant): the
// relation fields of each model.
func (a Adapter) schema(model *types.Named) schemaInfo {
	path := model.Obj().Pkg().Path()
	if a.schemas != nil {
		a.schemas.mu.Lock()
		defer a.schemas.mu.Unlock()
		if info, ok := a.schemas.byPk[path]; ok {
			return info
		}
	}
	fset := a.fset
	if fset == nil {
		return schemaInfo{}
	}
	info := schemaInfo{relations: map[string]map[string][]string{}}
	if src, err := os.ReadFile(fset.Position(model.Obj().Pos()).Filename); err == nil {
		text := string(src)
		if _, rest, ok := strings.Cut(text, "const schema = `"); ok {
			schema, _, _ := strings.Cut(rest, "`")
			model := ""
			for _, line := range strings.Split(schema, "\n") {
				f := strings.Fields(line)
				switch {
				case len(f) >= 2 && f[0] == "model":
					model = f[1]
				case len(f) > 0 && f[0] == "}":
					model = ""
				case model != "" && len(f) >= 2 && strings.Contains(line, "@relation(") && strings.Contains(line, "fields:"):
					_, rest, _ := strings.Cut(line, "fields:")
					list, _, _ := strings.Cut(strings.TrimLeft(rest, " ["), "]")
					var fields []string
					for _, x := range strings.Split(list, ",") {
						fields = append(fields, strings.ToLower(strings.TrimSpace(x)))
					}
					if info.relations[model] == nil {
						info.relations[model] = map[string][]string{}
					}
					info.relations[model][strings.ToLower(f[0])] = fields
				}
			}
		}
	}
	if a.schemas != nil {
		a.schemas.byPk[path] = info
	}
	return info
}
