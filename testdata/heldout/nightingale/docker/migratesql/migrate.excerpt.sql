-- Excerpt (verbatim) of docker/migratesql/migrate.sql at ccfos/nightingale@523a8c4802507be9a7c72e70275e5f22d7ab973a (upgrade script: tables added in v9).
-- migrate.sql:380-397
CREATE TABLE `ai_llm_config` (
    `id` bigint unsigned NOT NULL AUTO_INCREMENT,
    `name` varchar(255) NOT NULL DEFAULT '' COMMENT 'config name',
    `description` varchar(1024) NOT NULL DEFAULT '' COMMENT 'description',
    `api_type` varchar(64) NOT NULL DEFAULT '' COMMENT 'api type, e.g. openai',
    `api_url` varchar(1024) NOT NULL DEFAULT '' COMMENT 'api base url',
    `api_key` varchar(1024) NOT NULL DEFAULT '' COMMENT 'api key',
    `model` varchar(255) NOT NULL DEFAULT '' COMMENT 'model name',
    `extra_config` text COMMENT 'extra config (JSON)',
    `enabled` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'enabled flag',
    `is_default` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'default llm config flag',
    `created_at` bigint NOT NULL DEFAULT 0 COMMENT 'create time',
    `created_by` varchar(64) NOT NULL DEFAULT '' COMMENT 'creator',
    `updated_at` bigint NOT NULL DEFAULT 0 COMMENT 'update time',
    `updated_by` varchar(64) NOT NULL DEFAULT '' COMMENT 'updater',
    PRIMARY KEY (`id`),
    KEY `idx_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='ai llm configs';

-- migrate.sql:441-453
CREATE TABLE `ai_skill_file` (
    `id` bigint unsigned NOT NULL AUTO_INCREMENT,
    `skill_id` bigint NOT NULL DEFAULT 0 COMMENT 'ai_skill id',
    `name` varchar(255) NOT NULL DEFAULT '' COMMENT 'file name',
    `content` mediumtext COMMENT 'file content',
    `size` bigint NOT NULL DEFAULT 0 COMMENT 'content size in bytes',
    `created_at` bigint NOT NULL DEFAULT 0 COMMENT 'create time',
    `created_by` varchar(64) NOT NULL DEFAULT '' COMMENT 'creator',
    `updated_at` bigint NOT NULL DEFAULT 0 COMMENT 'update time',
    `updated_by` varchar(64) NOT NULL DEFAULT '' COMMENT 'updater',
    PRIMARY KEY (`id`),
    KEY `idx_skill_id` (`skill_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='ai skill files';

-- migrate.sql:456-466
CREATE TABLE `ai_assistant_chat` (
    `id` bigint unsigned NOT NULL AUTO_INCREMENT,
    `chat_id` varchar(255) NOT NULL COMMENT 'chat id',
    `user_id` bigint NOT NULL DEFAULT 0 COMMENT 'user id',
    `updated_at` bigint NOT NULL DEFAULT 0 COMMENT 'update time',
    `data` text COMMENT 'gzip+base64 encoded chat meta (JSON)',
    PRIMARY KEY (`id`),
    UNIQUE KEY `uk_chat_id` (`chat_id`),
    KEY `idx_ac_user_id` (`user_id`),
    KEY `idx_ac_updated_at` (`updated_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='ai assistant chats';

-- migrate.sql:468-478
CREATE TABLE `ai_assistant_message` (
    `id` bigint unsigned NOT NULL AUTO_INCREMENT,
    `chat_id` varchar(255) NOT NULL COMMENT 'chat id',
    `seq_id` bigint NOT NULL DEFAULT 0 COMMENT 'message seq id within chat',
    `data` mediumtext COMMENT 'gzip+base64 encoded message (JSON)',
    `extra` mediumtext COMMENT 'gzip+base64 encoded extra (JSON)',
    `status` int NOT NULL DEFAULT 0 COMMENT 'message status',
    PRIMARY KEY (`id`),
    UNIQUE KEY `uk_chat_seq` (`chat_id`, `seq_id`),
    KEY `idx_am_status` (`status`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='ai assistant messages';

