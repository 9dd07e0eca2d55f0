package pluginhost

import (
	"fmt"
	"sync"

	"example.com/realworld/owncast/models"
	"example.com/realworld/owncast/persistence/userrepository"
	"example.com/realworld/owncast/services/datastore"
	"example.com/realworld/owncast/utils"
)

// pluginChatbotKeyPrefix namespaces the datastore keys that map a plugin
// to its chatbot user's access token.
const pluginChatbotKeyPrefix = "plugins.chatbot."

// pluginChatbotProvisioner is pluginhost/pluginchatbot.go:30.
type pluginChatbotProvisioner struct {
	users     userrepository.UserRepository
	datastore *datastore.Datastore

	mu    sync.Mutex
	cache map[string]*models.User
}

// chatbotUser is pluginhost/pluginchatbot.go:53, reached from the plugin
// chat.send host function (wireChatSendHostFns, pluginhost.go). The token
// lookup is at :62-63, the insert at :82 (InsertExternalAPIUser) and :85
// (SetString).
func (p *pluginChatbotProvisioner) chatbotUser(pluginSlug, displayName string) (*models.User, error) {
	p.mu.Lock()
	defer p.mu.Unlock()

	if user, ok := p.cache[pluginSlug]; ok {
		return user, nil
	}

	key := pluginChatbotKeyPrefix + pluginSlug
	if token, err := p.datastore.GetString(key); err == nil && token != "" { // safe: p.mu is held across the lookup and the insert, and this provisioner is the only writer of the key (one plugin host per process)
		if user := p.users.GetUserByToken(token); user != nil {
			p.cache[pluginSlug] = user
			return user, nil
		}
	}

	// New chatbot user: pick a sensible display name.
	chosenName := displayName
	if chosenName == "" {
		chosenName = pluginSlug
	}

	token, err := utils.GenerateAccessToken()
	if err != nil {
		return nil, err
	}
	if err := p.users.InsertExternalAPIUser(token, chosenName, 0, nil); err != nil {
		return nil, err
	}
	if err := p.datastore.SetString(key, token); err != nil {
		return nil, err
	}

	user := p.users.GetUserByToken(token)
	if user == nil {
		return nil, fmt.Errorf("plugin chatbot user %q not found after creation", pluginSlug)
	}
	p.cache[pluginSlug] = user
	return user, nil
}
