package metrics

// Trimmed copy of internal/metrics/types.go: only the definition types the
// config database code writes.

type (
	SQLs map[int]string

	Metric struct {
		SQLs            SQLs
		InitSQL         string   `yaml:"init_sql,omitempty"`
		NodeStatus      string   `yaml:"node_status,omitempty"`
		Gauges          []string `yaml:",omitempty"`
		IsInstanceLevel bool     `yaml:"is_instance_level,omitempty"`
		StorageName     string   `yaml:"storage_name,omitempty"`
		Description     string   `yaml:"description,omitempty"`
	}

	MetricDefs map[string]Metric

	Preset struct {
		Description string
		Metrics     map[string]float64
	}

	PresetDefs map[string]Preset

	Metrics struct {
		MetricDefs MetricDefs `yaml:"metrics"`
		PresetDefs PresetDefs `yaml:"presets"`
	}
)

type Reader interface {
	GetMetrics() (*Metrics, error)
}

type Writer interface {
	WriteMetrics(metricDefs *Metrics) error
}

type ReaderWriter interface {
	Reader
	Writer
}

// GetDefaultMetrics returns the built-in metric and preset definitions
// (upstream: internal/metrics/default.go, unmarshalled from the embedded metrics.yaml; trimmed)
func GetDefaultMetrics() (metrics *Metrics) {
	return &Metrics{MetricDefs{}, PresetDefs{}}
}
