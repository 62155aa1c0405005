package org.annals.shared.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Picks the database so that one command runs Annals on any machine: the configured URL; else the PostgreSQL on
 * localhost (creating Annals' database there); else an embedded, durable PostgreSQL 17. See docs/decisions/0003.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AnnalsDatabaseProperties.class)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    /** Created before the pool and so destroyed after it: the server stops once no connection needs it. */
    @Bean
    EmbeddedDatabaseStopper embeddedDatabaseStopper() {
        return new EmbeddedDatabaseStopper();
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(AnnalsDatabaseProperties properties, EmbeddedDatabaseStopper stopper) throws IOException {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setPoolName("annals");
        dataSource.setMaximumPoolSize(10);
        // while the database is away a request fails within seconds (Hikari's default wait is 30 s), and readiness
        // reports it as soon
        dataSource.setConnectionTimeout(5_000);
        dataSource.setValidationTimeout(2_000);
        if (properties.url() != null && !properties.url().isBlank()) {
            log.info("Using the configured database {}", properties.url());
            dataSource.setJdbcUrl(properties.url());
            dataSource.setUsername(properties.username());
            dataSource.setPassword(properties.password());
            return dataSource;
        }
        String server = "jdbc:postgresql://" + properties.localHost() + ":" + properties.localPort() + "/";
        String user = properties.username() != null ? properties.username() : "postgres";
        if (answers(server + "postgres", user, properties.password())) {
            ensureDatabase(server + "postgres", user, properties.password(), properties.name(), properties.recreate());
            log.info("Using PostgreSQL on {}:{}, database {}", properties.localHost(), properties.localPort(), properties.name());
            dataSource.setJdbcUrl(server + properties.name());
            dataSource.setUsername(user);
            dataSource.setPassword(properties.password());
            return dataSource;
        }
        if (!properties.embeddedFallback()) {
            throw new IllegalStateException("No PostgreSQL answers on " + server
                    + " and annals.db.embedded-fallback is off; start PostgreSQL or set ANNALS_DB_URL");
        }
        EmbeddedPostgres postgres = startEmbedded(properties);
        stopper.stopOnShutdown(postgres);
        String embeddedServer = "jdbc:postgresql://localhost:" + postgres.getPort() + "/";
        ensureDatabase(embeddedServer + "postgres", "postgres", null, properties.name(), properties.recreate());
        dataSource.setJdbcUrl(embeddedServer + properties.name());
        dataSource.setUsername("postgres");
        return dataSource;
    }

    private EmbeddedPostgres startEmbedded(AnnalsDatabaseProperties properties) throws IOException {
        Files.createDirectories(properties.dataDirectory());
        log.info("No PostgreSQL answers on {}:{}; starting an embedded PostgreSQL 17 with its data in {}",
                properties.localHost(), properties.localPort(), properties.dataDirectory());
        // zonky turns durability off for tests' sake; editors' work must survive a power cut, so it goes back on.
        return EmbeddedPostgres.builder()
                .setDataDirectory(properties.dataDirectory())
                .setCleanDataDirectory(false)
                .setPort(properties.embeddedPort())
                .setLocaleConfig("locale", "C.UTF-8")
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .start();
    }

    private static boolean answers(String url, String user, @Nullable String password) {
        try (Connection ignored = DriverManager.getConnection(url, credentials(user, password, true))) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static void ensureDatabase(String adminUrl, String user, @Nullable String password, String name,
            boolean recreate) {
        try (Connection connection = DriverManager.getConnection(adminUrl, credentials(user, password, false));
             var statement = connection.createStatement()) {
            if (recreate) {
                statement.execute("drop database if exists " + name + " with (force)");
            }
            try (var rows = statement.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
                if (!rows.next()) {
                    statement.execute("create database " + name + " encoding 'UTF8' template template0");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name + ": " + e.getMessage(), e);
        }
    }

    private static Properties credentials(String user, @Nullable String password, boolean quick) {
        Properties props = new Properties();
        props.setProperty("user", user);
        if (password != null) {
            props.setProperty("password", password);
        }
        if (quick) {
            props.setProperty("connectTimeout", "2");
        }
        return props;
    }
}
