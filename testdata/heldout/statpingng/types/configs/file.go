package configs

import (
	"fmt"
	"io/ioutil"
	"net/http"
	"os"

	"github.com/pkg/errors"

	"example.com/heldout/statpingng/pkg/yaml"
	"example.com/heldout/statpingng/utils"
)

var log = utils.Log.WithField("type", "configs")

// ConnectConfigs will connect to the database and save the config.yml file
func ConnectConfigs(configs *DbConfig, retry bool) error {
	err := Connect(configs, retry)
	if err != nil {
		return errors.Wrap(err, "error connecting to database")
	}
	if err := configs.Save(utils.Directory); err != nil {
		return errors.Wrap(err, "error saving configuration")
	}
	return nil
}

// ConnectionString (connection string per dialect) is trimmed.
func (d *DbConfig) ConnectionString() string {
	if d.DbConn == "sqlite" || d.DbConn == "sqlite3" {
		return utils.Directory + "/" + SqliteFilename
	}
	return fmt.Sprintf("host=%s port=%v user=%s dbname=%s password=%s", d.DbHost, d.DbPort, d.DbUser, d.DbData, d.DbPass)
}

// Save (configs/methods.go) writes config.yml; trimmed.
func (d *DbConfig) Save(directory string) error {
	data, err := yaml.Marshal(d)
	if err != nil {
		return err
	}
	return ioutil.WriteFile(directory+"/config.yml", data, os.FileMode(0755))
}

// LoadConfigs (configs/load.go) reads config.yml; trimmed.
func LoadConfigs(cfgFile string) (*DbConfig, error) {
	db := new(DbConfig)
	content, err := utils.OpenFile(cfgFile)
	if err != nil {
		return nil, err
	}
	if err := yaml.Unmarshal([]byte(content), &db); err != nil {
		return nil, err
	}
	return db, nil
}

// LoadConfigForm (configs/configs_form.go) reads the setup form; trimmed.
func LoadConfigForm(r *http.Request) (*DbConfig, error) {
	if err := r.ParseForm(); err != nil {
		return nil, err
	}
	g := r.PostForm.Get
	return &DbConfig{
		DbConn:      g("db_connection"),
		DbHost:      g("db_host"),
		DbUser:      g("db_user"),
		DbPass:      g("db_password"),
		DbData:      g("db_database"),
		Project:     g("project"),
		Description: g("description"),
		Domain:      g("domain"),
		Username:    g("username"),
		Password:    g("password"),
		Email:       g("email"),
		Language:    g("language"),
	}, nil
}
