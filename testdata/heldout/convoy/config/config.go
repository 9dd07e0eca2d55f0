// Package config is convoy's config package, reduced to the fields
// ensureInstanceConfig reads.
package config

type Configuration struct {
	Analytics struct {
		IsEnabled bool `json:"enabled" envconfig:"CONVOY_ANALYTICS_ENABLED"`
	} `json:"analytics"`
	Auth struct {
		IsSignupEnabled bool `json:"is_signup_enabled" envconfig:"CONVOY_SIGNUP_ENABLED"`
	} `json:"auth"`
	StoragePolicy struct {
		Type string `json:"type" envconfig:"CONVOY_STORAGE_POLICY_TYPE"`
	} `json:"storage_policy"`
	RetentionPolicy struct {
		Policy                   string `json:"policy" envconfig:"CONVOY_RETENTION_POLICY"`
		IsRetentionPolicyEnabled bool   `json:"enabled" envconfig:"CONVOY_RETENTION_POLICY_ENABLED"`
	} `json:"retention_policy"`
}
