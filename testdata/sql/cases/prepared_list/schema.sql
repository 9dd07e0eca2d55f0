CREATE TABLE profiles (localpart TEXT NOT NULL PRIMARY KEY, display_name TEXT NOT NULL);
