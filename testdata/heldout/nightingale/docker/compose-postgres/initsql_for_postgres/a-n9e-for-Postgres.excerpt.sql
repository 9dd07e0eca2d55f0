-- Excerpt (verbatim) of docker/compose-postgres/initsql_for_postgres/a-n9e-for-Postgres.sql at ccfos/nightingale@523a8c4802507be9a7c72e70275e5f22d7ab973a.
-- a-n9e-for-Postgres.sql:1-20
CREATE TABLE users (
    id bigserial,
    username varchar(64) not null,
    nickname varchar(64) not null,
    password varchar(128) not null default '',
    phone varchar(16) not null default '',
    email varchar(64) not null default '',
    portrait varchar(255) not null default '',
    roles varchar(255) not null,
    contacts varchar(1024),
    maintainer int not null default 0,
    belong varchar(16) not null default '',
    last_active_time bigint not null default 0,
    create_at bigint not null default 0,
    create_by varchar(64) not null default '',
    update_at bigint not null default 0,
    update_by varchar(64) not null default '',
    PRIMARY KEY (id),
    UNIQUE (username)
);

-- a-n9e-for-Postgres.sql:32-41
CREATE TABLE user_group (
    id bigserial,
    name varchar(128) not null default '',
    note varchar(255) not null default '',
    create_at bigint not null default 0,
    create_by varchar(64) not null default '',
    update_at bigint not null default 0,
    update_by varchar(64) not null default '',
    PRIMARY KEY (id)
) ;
-- a-n9e-for-Postgres.sql:42
CREATE INDEX user_group_create_by_idx ON user_group (create_by);
-- a-n9e-for-Postgres.sql:43
CREATE INDEX user_group_update_at_idx ON user_group (update_at);

-- a-n9e-for-Postgres.sql:47-52
CREATE TABLE user_group_member (
    id bigserial,
    group_id bigint  not null,
    user_id bigint  not null,
    PRIMARY KEY(id)
) ;
-- a-n9e-for-Postgres.sql:53
CREATE INDEX user_group_member_group_id_idx ON user_group_member (group_id);
-- a-n9e-for-Postgres.sql:54
CREATE INDEX user_group_member_user_id_idx ON user_group_member (user_id);

-- a-n9e-for-Postgres.sql:58-71
CREATE TABLE configs (
    id bigserial,
    ckey varchar(191) not null,
    cval text not null default '',
    note varchar(1024) not null default '',
    external int not null default 0,
    encrypted int not null default 0,
    create_at bigint not null default 0,
    create_by varchar(64) not null default '',
    update_at bigint not null default 0,
    update_by varchar(64) not null default '',
    PRIMARY KEY (id),
    UNIQUE (ckey)
);

-- a-n9e-for-Postgres.sql:73-79
CREATE TABLE role (
    id bigserial,
    name varchar(191) not null default '',
    note varchar(255) not null default '',
    PRIMARY KEY (id),
    UNIQUE (name)
) ;

-- a-n9e-for-Postgres.sql:165-176
CREATE TABLE busi_group (
    id bigserial,
    name varchar(191) not null,
    label_enable smallint not null default 0,
    label_value varchar(191) not null default '' ,
    create_at bigint not null default 0,
    create_by varchar(64) not null default '',
    update_at bigint not null default 0,
    update_by varchar(64) not null default '',
    PRIMARY KEY (id),
    UNIQUE (name)
) ;

-- a-n9e-for-Postgres.sql:181-187
CREATE TABLE busi_group_member (
    id bigserial,
    busi_group_id bigint not null ,
    user_group_id bigint not null ,
    perm_flag char(2) not null ,
    PRIMARY KEY (id)
) ;
-- a-n9e-for-Postgres.sql:188
CREATE INDEX busi_group_member_busi_group_id_idx ON busi_group_member (busi_group_id);
-- a-n9e-for-Postgres.sql:189
CREATE INDEX busi_group_member_user_group_id_idx ON busi_group_member (user_group_id);

-- a-n9e-for-Postgres.sql:198-215
CREATE TABLE board (
    id bigserial,
    group_id bigint not null default 0 ,
    name varchar(191) not null,
    ident varchar(200) not null default '',
    tags varchar(255) not null ,
    public smallint not null default 0 ,
    built_in smallint not null default 0 ,
    hide smallint not null default 0 ,
    public_cate bigint NOT NULL DEFAULT 0,
    create_at bigint not null default 0,
    create_by varchar(64) not null default '',
    update_at bigint not null default 0,
    update_by varchar(64) not null default '',
    note varchar(1024) not null default '',
    PRIMARY KEY (id),
    UNIQUE (group_id, name)
) ;
-- a-n9e-for-Postgres.sql:216
CREATE INDEX board_ident_idx ON board (ident);

-- a-n9e-for-Postgres.sql:227-231
CREATE TABLE board_payload (
    id bigint  not null ,
    payload text not null,
    UNIQUE (id)
) ;

-- a-n9e-for-Postgres.sql:287-326
CREATE TABLE alert_rule (
    id bigserial,
    group_id bigint not null default 0 ,
    cate varchar(128) not null,
    datasource_ids varchar(255) not null default '' ,
    cluster varchar(128) not null,
    name varchar(255) not null,
    note varchar(1024) not null default '',
    prod varchar(255) not null default '',
    algorithm varchar(255) not null default '',
    algo_params varchar(255),
    delay int not null default 0,
    severity smallint not null ,
    disabled smallint not null ,
    prom_for_duration int not null ,
    rule_config text not null ,
    prom_ql text not null ,
    prom_eval_interval int not null ,
    enable_stime varchar(255) not null default '00:00',
    enable_etime varchar(255) not null default '23:59',
    enable_days_of_week varchar(255) not null default '' ,
    enable_in_bg smallint not null default 0 ,
    notify_recovered smallint not null ,
    notify_channels varchar(255) not null default '' ,
    notify_groups varchar(255) not null default '' ,
    notify_repeat_step int not null default 0 ,
    notify_max_number int not null default 0 ,
    recover_duration int not null default 0 ,
    callbacks varchar(255) not null default '' ,
    runbook_url varchar(255),
    append_tags varchar(255) not null default '' ,
    annotations text not null ,
    extra_config text not null ,
    create_at bigint not null default 0,
    create_by varchar(64) not null default '',
    update_at bigint not null default 0,
    update_by varchar(64) not null default '',
    time_zone varchar(64) not null default '',
    PRIMARY KEY (id)
) ;
-- a-n9e-for-Postgres.sql:327
CREATE INDEX alert_rule_group_id_idx ON alert_rule (group_id);
-- a-n9e-for-Postgres.sql:328
CREATE INDEX alert_rule_update_at_idx ON alert_rule (update_at);

-- a-n9e-for-Postgres.sql:433-447
CREATE TABLE target (
    id bigserial,
    group_id bigint not null default 0,
    ident varchar(191) not null,
    note varchar(255) not null default '',
    tags varchar(512) not null default '',
    host_tags text,
    host_ip varchar(15) default '',
    agent_version varchar(255) default '',
    engine_name varchar(255) default '',
    os varchar(31) default '',
    update_at bigint not null default 0,
    PRIMARY KEY (id),
    UNIQUE (ident)
);
-- a-n9e-for-Postgres.sql:449
CREATE INDEX ON target (group_id);
-- a-n9e-for-Postgres.sql:450
CREATE INDEX idx_host_ip ON target (host_ip);
-- a-n9e-for-Postgres.sql:451
CREATE INDEX idx_agent_version ON target (agent_version);
-- a-n9e-for-Postgres.sql:452
CREATE INDEX idx_engine_name ON target (engine_name);
-- a-n9e-for-Postgres.sql:453
CREATE INDEX idx_os ON target (os);

-- a-n9e-for-Postgres.sql:531-564
CREATE TABLE alert_cur_event (
    id bigint  not null ,
    cate varchar(128) not null,
    datasource_id bigint not null default 0 ,
    cluster varchar(128) not null,
    group_id bigint  not null ,
    group_name varchar(255) not null default '' ,
    hash varchar(64) not null ,
    rule_id bigint  not null,
    rule_name varchar(255) not null,
    rule_note varchar(2048) not null ,
    rule_prod varchar(255) not null default '',
    rule_algo varchar(255) not null default '',
    severity smallint not null ,
    prom_for_duration int not null ,
    prom_ql varchar(8192) not null ,
    prom_eval_interval int not null ,
    callbacks varchar(255) not null default '' ,
    runbook_url varchar(255),
    notify_recovered smallint not null ,
    notify_channels varchar(255) not null default '' ,
    notify_groups varchar(255) not null default '' ,
    notify_repeat_next bigint not null default 0 ,
    notify_cur_number int not null default 0 ,
    target_ident varchar(191) not null default '' ,
    target_note varchar(191) not null default '' ,
    first_trigger_time bigint,
    trigger_time bigint not null,
    trigger_value varchar(2048) not null,
    annotations text not null ,
    rule_config text not null ,
    tags varchar(1024) not null default '' ,
    PRIMARY KEY (id)
) ;
-- a-n9e-for-Postgres.sql:565
CREATE INDEX alert_cur_event_hash_idx ON alert_cur_event (hash);
-- a-n9e-for-Postgres.sql:566
CREATE INDEX alert_cur_event_rule_id_idx ON alert_cur_event (rule_id);
-- a-n9e-for-Postgres.sql:567
CREATE INDEX alert_cur_event_tg_idx ON alert_cur_event (trigger_time, group_id);
-- a-n9e-for-Postgres.sql:568
CREATE INDEX alert_cur_event_nrn_idx ON alert_cur_event (notify_repeat_next);

-- a-n9e-for-Postgres.sql:867-877
CREATE TABLE builtin_components (
  id BIGSERIAL PRIMARY KEY,
  ident VARCHAR(191) NOT NULL,
  logo VARCHAR(191) NOT NULL,
  readme TEXT NOT NULL,
  disabled INT NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL DEFAULT 0,
  created_by VARCHAR(191) NOT NULL DEFAULT '',
  updated_at BIGINT NOT NULL DEFAULT 0,
  updated_by VARCHAR(191) NOT NULL DEFAULT ''
);
-- a-n9e-for-Postgres.sql:879
CREATE INDEX idx_ident ON builtin_components (ident);

-- a-n9e-for-Postgres.sql:881-895
CREATE TABLE builtin_payloads (
  id BIGSERIAL PRIMARY KEY,
  type VARCHAR(191) NOT NULL,
  uuid BIGINT NOT NULL DEFAULT 0,
  component VARCHAR(191) NOT NULL,
  cate VARCHAR(191) NOT NULL,
  name VARCHAR(191) NOT NULL,
  tags VARCHAR(191) NOT NULL DEFAULT '',
  content TEXT NOT NULL,
  note VARCHAR(1024) NOT NULL DEFAULT '',
  created_at BIGINT NOT NULL DEFAULT 0,
  created_by VARCHAR(191) NOT NULL DEFAULT '',
  updated_at BIGINT NOT NULL DEFAULT 0,
  updated_by VARCHAR(191) NOT NULL DEFAULT ''
);
-- a-n9e-for-Postgres.sql:897
CREATE INDEX idx_component ON builtin_payloads (component);
-- a-n9e-for-Postgres.sql:898
CREATE INDEX idx_builtin_payloads_name ON builtin_payloads (name);
-- a-n9e-for-Postgres.sql:899
CREATE INDEX idx_cate ON builtin_payloads (cate);
-- a-n9e-for-Postgres.sql:900
CREATE INDEX idx_type ON builtin_payloads (type);

-- a-n9e-for-Postgres.sql:715-723
CREATE TABLE alerting_engines
(
    id serial,
    instance varchar(128) not null default '' ,
    datasource_id bigint not null default 0 ,
    engine_cluster varchar(128) not null default '' ,
    clock bigint not null,
    PRIMARY KEY (id)
) ;

-- a-n9e-for-Postgres.sql:729-752
CREATE TABLE datasource
(
    id serial,
    name varchar(191) not null default '',
    identifier varchar(255) not null default '',
    description varchar(255) not null default '',
    category varchar(255) not null default '',
    plugin_id int  not null default 0,
    plugin_type varchar(255) not null default '',
    plugin_type_name varchar(255) not null default '',
    cluster_name varchar(255) not null default '',
    settings text not null,
    status varchar(255) not null default '',
    http varchar(4096) not null default '',
    auth varchar(8192) not null default '',
    is_default boolean not null default false,
    weight int not null default 0,
    created_at bigint not null default 0,
    created_by varchar(64) not null default '',
    updated_at bigint not null default 0,
    updated_by varchar(64) not null default '',
    UNIQUE (name),
    PRIMARY KEY (id)
) ;

-- a-n9e-for-Postgres.sql:761-772
CREATE TABLE notify_tpl (
    id bigserial,
    channel varchar(32) not null,
    name varchar(255) not null,
    content text not null,
    create_at bigint not null default 0,
    create_by varchar(64) not null default '',
    update_at bigint not null default 0,
    update_by varchar(64) not null default '',
    PRIMARY KEY (id),
    UNIQUE (channel)
);

-- a-n9e-for-Postgres.sql:774-781
CREATE TABLE sso_config (
    id bigserial,
    name varchar(191) not null,
    content text not null,
    update_at bigint not null default 0,
    PRIMARY KEY (id),
    UNIQUE (name)
);

-- a-n9e-for-Postgres.sql:784-800
CREATE TABLE es_index_pattern (
    id bigserial,
    datasource_id bigint not null default 0,
    name varchar(191) not null,
    time_field varchar(128) not null default '@timestamp',
    allow_hide_system_indices smallint not null default 0,
    fields_format varchar(4096) not null default '',
    cross_cluster_enabled int not null default 0,
    create_at bigint default '0',
    create_by varchar(64) default '',
    update_at bigint default '0',
    update_by varchar(64) default '',
    note varchar(4096) not null default '',
    weight int not null default 0,
    PRIMARY KEY (id),
    UNIQUE (datasource_id, name)
) ;

-- a-n9e-for-Postgres.sql:956-961
CREATE TABLE target_busi_group (
    id BIGSERIAL PRIMARY KEY,
    target_ident varchar(191) NOT NULL,
    group_id bigint NOT NULL,
    update_at bigint NOT NULL
);
-- a-n9e-for-Postgres.sql:963
CREATE UNIQUE INDEX idx_target_group ON target_busi_group (target_ident, group_id);

-- a-n9e-for-Postgres.sql:1004-1018
CREATE TABLE message_template (
    id bigserial PRIMARY KEY,
    name varchar(64) NOT NULL,
    ident varchar(64) NOT NULL,
    content text,
    user_group_ids varchar(64),
    notify_channel_ident varchar(64) NOT NULL DEFAULT '',
    private int NOT NULL DEFAULT 0,
    weight int NOT NULL DEFAULT 0,
    lang varchar(32) NOT NULL DEFAULT '',
    create_at bigint NOT NULL DEFAULT 0,
    create_by varchar(64) NOT NULL DEFAULT '',
    update_at bigint NOT NULL DEFAULT 0,
    update_by varchar(64) NOT NULL DEFAULT ''
);

