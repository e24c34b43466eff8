-- BizCenter schema 2 for MariaDB 10.11 and newer and MySQL 8.0 and newer: the key register (KY), one row per key.
-- Besides the columns every case table has, the register's questions filter on real columns: the holder (set
-- while a key is held or lent), the room its lock belongs to (the desk box by room number, KY-2.3) and the category
-- (the count of master keys, KY-1.4). The adapter writes them right after the case, in its transaction. Every
-- index starts with center_id, the shard key.
-- As in schema 1, each generated sequence number also leads a key of its own, which InnoDB wants for AUTO_INCREMENT.

CREATE TABLE bc_key (
    center_id        VARCHAR(64)  NOT NULL,
    case_id          VARCHAR(64)  NOT NULL,
    version          BIGINT       NOT NULL,
    state            VARCHAR(64)  NOT NULL,
    state_entered_at DATETIME(6)  NOT NULL,
    opened_seq       BIGINT       NOT NULL AUTO_INCREMENT,
    category         VARCHAR(32),
    room             VARCHAR(64),
    holder           VARCHAR(140),
    document         LONGTEXT     NOT NULL CHECK (JSON_VALID(document)),
    PRIMARY KEY (center_id, case_id),
    KEY bc_key_seq (opened_seq)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX bc_key_by_opening ON bc_key (center_id, opened_seq);
CREATE INDEX bc_key_by_holder ON bc_key (center_id, holder, opened_seq);
CREATE INDEX bc_key_by_room ON bc_key (center_id, room, opened_seq);
CREATE INDEX bc_key_by_category ON bc_key (center_id, category, state);
