-- A unit's group robot hears of each notice once, however many of the unit's people it reaches (liaisons, head):
-- the first notification of the notice for someone of the unit carries the robot's delivery.
create table notification_robot_posts (
    unit_id          bigint       not null references units (id) on delete cascade,
    dedup_key        varchar(200) not null,
    notification_id  bigint       not null references notifications (id) on delete cascade,
    primary key (unit_id, dedup_key)
);
create index notification_robot_posts_notification on notification_robot_posts (notification_id);
-- the robot's message mentions everyone of the unit the notice reached: found by the notice's key
create index notifications_dedup_key on notifications (dedup_key);
