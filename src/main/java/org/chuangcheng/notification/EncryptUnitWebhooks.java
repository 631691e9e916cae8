package org.chuangcheng.notification;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.chuangcheng.shared.SecretBox;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 191: encrypts the robot addresses and secrets written in plain text before V190. A Java
 * migration, a bean that Spring Boot hands to Flyway, because it needs the key ({@code APP_SECRETS_KEY}) that only
 * the running application has. Runs once, in the migration's transaction; a value already encrypted is left alone.
 */
@Component
class EncryptUnitWebhooks implements JavaMigration {

    private final SecretBox box;

    EncryptUnitWebhooks(SecretBox box) {
        this.box = box;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("191");
    }

    @Override
    public String getDescription() {
        return "encrypt unit webhooks";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        encryptAll(context.getConnection());
    }

    /** Encrypts every plain address and secret; returns how many rows changed. */
    int encryptAll(Connection connection) throws SQLException {
        record Row(long unitId, String url, String secret) {
        }
        List<Row> plain = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("select unit_id, url, secret from unit_webhooks");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                plain.add(new Row(rows.getLong(1), rows.getString(2), rows.getString(3)));
            }
        }
        int changed = 0;
        try (PreparedStatement update = connection.prepareStatement(
                "update unit_webhooks set url = ?, secret = ? where unit_id = ?")) {
            for (Row row : plain) {
                boolean urlPlain = !SecretBox.isSealed(row.url());
                boolean secretPlain = row.secret() != null && !SecretBox.isSealed(row.secret());
                if (!urlPlain && !secretPlain) {
                    continue;
                }
                update.setString(1, urlPlain ? box.encrypt(row.url()) : row.url());
                update.setString(2, secretPlain ? box.encrypt(row.secret()) : row.secret());
                update.setLong(3, row.unitId());
                update.executeUpdate();
                changed++;
            }
        }
        return changed;
    }
}
