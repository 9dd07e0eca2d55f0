ALTER TABLE cluster_clusters ADD COLUMN IF NOT EXISTS description varchar;
