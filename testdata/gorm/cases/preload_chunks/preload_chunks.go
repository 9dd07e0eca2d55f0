// GORM: the records of a list of emails are loaded in chunks into a map
// declared before the loop (each row indexed by position), and the
// emails missing from it are inserted in batches after the loop (3x-ui's
// syncInboundClients). Two callers both miss an email and both insert.
package preload_chunks

import "gorm.io/gorm"

type Client struct {
	ID    uint
	Email string `gorm:"uniqueIndex"`
	Flow  string
}

// Sync creates the clients whose email is new and updates the others.
func Sync(tx *gorm.DB, clients []Client) error {
	emails := make([]string, 0, len(clients))
	for _, c := range clients {
		emails = append(emails, c.Email)
	}
	existing := make(map[string]*Client, len(emails))
	for start := 0; start < len(emails); start += 100 {
		end := min(start+100, len(emails))
		var rows []Client
		if err := tx.Where("email IN ?", emails[start:end]).Find(&rows).Error; err != nil {
			return err
		}
		for i := range rows {
			r := rows[i]
			existing[r.Email] = &r
		}
	}
	toCreate := make([]*Client, 0, len(clients))
	for i := range clients {
		row, ok := existing[clients[i].Email]
		if !ok {
			toCreate = append(toCreate, &clients[i])
			continue
		}
		row.Flow = clients[i].Flow
		if err := tx.Save(row).Error; err != nil {
			return err
		}
	}
	if len(toCreate) > 0 {
		return tx.CreateInBatches(toCreate, 200).Error
	}
	return nil
}

// Refresh only updates the clients it finds: no insert.
func Refresh(tx *gorm.DB, clients []Client) error {
	emails := make([]string, 0, len(clients))
	for _, c := range clients {
		emails = append(emails, c.Email)
	}
	existing := make(map[string]*Client, len(emails))
	var rows []Client
	if err := tx.Where("email IN ?", emails).Find(&rows).Error; err != nil {
		return err
	}
	for i := range rows {
		r := rows[i]
		existing[r.Email] = &r
	}
	for i := range clients {
		if row, ok := existing[clients[i].Email]; ok {
			row.Flow = clients[i].Flow
			if err := tx.Save(row).Error; err != nil {
				return err
			}
		}
	}
	return nil
}
