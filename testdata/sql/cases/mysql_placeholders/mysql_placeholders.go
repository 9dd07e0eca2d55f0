// database/sql with MySQL placeholders: the not-found test is
// err == sql.ErrNoRows, the create is in the else-if arm, and the unique
// key is declared by a CREATE TABLE string of the package.
package mysql_placeholders

import "database/sql"

const schema = "CREATE TABLE IF NOT EXISTS `settings` (" +
	"`k` VARCHAR(64) NOT NULL, `v` TEXT," +
	"UNIQUE KEY `uk_k` (`k`))"

// Get returns the setting k, storing def when it is not set.
func Get(db *sql.DB, k, def string) (string, error) {
	var v string
	err := db.QueryRow("SELECT `v` FROM `settings` WHERE `k` = ?", k).Scan(&v)
	if err == nil {
		return v, nil
	} else if err != sql.ErrNoRows {
		return "", err
	}
	if _, err := db.Exec("INSERT INTO `settings` (`k`, `v`) VALUES (?, ?)", k, def); err != nil {
		return "", err
	}
	return def, nil
}
