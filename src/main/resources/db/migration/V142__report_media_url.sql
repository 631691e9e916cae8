-- Open311 GeoReport v2: a client may post a media_url (a photo it hosts) with a request; kept as a link.
alter table citizen_reports add column media_url varchar(500);
