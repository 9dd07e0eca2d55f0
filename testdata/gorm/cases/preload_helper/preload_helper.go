// A helper loads the synced groups and returns them indexed by their
// directory id (pocket-id's loadLDAPGroupsInDB); its caller creates the
// groups missing from the map, tested by the zero row's ID. Two syncs
// both miss a group and both insert.
package preload_helper

import "gorm.io/gorm"

type Group struct {
	ID     string
	LdapID *string `gorm:"uniqueIndex"`
	Name   string
}

func loadGroups(tx *gorm.DB) (groups []Group, byLdapID map[string]Group, err error) {
	if err = tx.Where("ldap_id IS NOT NULL").Find(&groups).Error; err != nil {
		return nil, nil, err
	}
	byLdapID = make(map[string]Group, len(groups))
	for _, g := range groups {
		byLdapID[*g.LdapID] = g
	}
	return groups, byLdapID, nil
}

// Sync creates the groups the directory has and the database lacks.
func Sync(tx *gorm.DB, ids []string) error {
	_, byLdapID, err := loadGroups(tx)
	if err != nil {
		return err
	}
	for _, id := range ids {
		g := byLdapID[id]
		if g.ID == "" {
			ldapID := id
			if err := tx.Create(&Group{ID: "g-" + id, LdapID: &ldapID, Name: id}).Error; err != nil {
				return err
			}
		}
	}
	return nil
}

// Rename renames the groups it finds: no insert.
func Rename(tx *gorm.DB, ids []string) error {
	_, byLdapID, err := loadGroups(tx)
	if err != nil {
		return err
	}
	for _, id := range ids {
		if g := byLdapID[id]; g.ID != "" {
			if err := tx.Model(&g).Update("name", "renamed").Error; err != nil {
				return err
			}
		}
	}
	return nil
}
