create table if not exists system_settings (
  key   varchar(100) primary key,
  value text not null
);