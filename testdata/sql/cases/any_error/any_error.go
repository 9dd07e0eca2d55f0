// Any lookup error leads to the insert (not only sql.ErrNoRows).
package any_error

import "database/sql"

// Seen records the first sighting of a device.
func Seen(db *sql.DB, mac string) error {
	var first string
	if err := db.QueryRow("SELECT first_seen FROM devices WHERE mac = ?", mac).Scan(&first); err != nil {
		_, err = db.Exec("INSERT INTO devices (mac, first_seen) VALUES (?, CURRENT_TIMESTAMP)", mac)
		return err
	}
	return nil
}
