package config

// Env is trimmed: upstream loads it with github.com/caarlos0/env/v11 and
// github.com/joho/godotenv (internal/config/env.go).
type Env struct {
	PBW_ENCRYPTION_KEY       string `env:"PBW_ENCRYPTION_KEY,required"`
	PBW_POSTGRES_CONN_STRING string `env:"PBW_POSTGRES_CONN_STRING,required"`
	PBW_LISTEN_HOST          string `env:"PBW_LISTEN_HOST" envDefault:"0.0.0.0"`
	PBW_LISTEN_PORT          string `env:"PBW_LISTEN_PORT" envDefault:"8085"`
	PBW_PATH_PREFIX          string `env:"PBW_PATH_PREFIX" envDefault:""`
}

// GetEnv returns the environment variables (trimmed).
func GetEnv(disableLogs ...bool) (Env, error) {
	return Env{}, nil
}
