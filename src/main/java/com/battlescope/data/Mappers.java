package com.battlescope.data;

import com.battlescope.model.Stamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.stream.Stream;
import org.apache.ibatis.datasource.unpooled.UnpooledDataSource;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.LocalCacheScope;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;

/**
 * The mappers, parsed once per JVM and dialect (parsing the XML took longer than opening a folder's files). The
 * configuration's {@code databaseId} picks each statement's variant for that database: a statement with
 * {@code databaseId="postgresql"} replaces the plain one on a server, and fragments test {@code _databaseId}.
 * Each session gets its database's own pooled connection, so the factory's environment is never used to connect.
 */
final class Mappers {
    private static final SqlSessionFactory SQLITE = build(Database.Dialect.SQLITE);
    private static volatile SqlSessionFactory postgresql;

    private Mappers() {
    }

    static SqlSessionFactory factory(Database.Dialect dialect) {
        if (dialect == Database.Dialect.SQLITE) {
            return SQLITE;
        }
        if (postgresql == null) {
            synchronized (Mappers.class) {
                if (postgresql == null) {
                    postgresql = build(dialect);
                }
            }
        }
        return postgresql;
    }

    private static SqlSessionFactory build(Database.Dialect dialect) {
        Configuration c = new Configuration(new Environment("battle", new JdbcTransactionFactory(),
                new UnpooledDataSource("org.sqlite.JDBC", "jdbc:sqlite::memory:", null, null)));
        c.setDatabaseId(dialect.databaseId());
        c.setMapUnderscoreToCamelCase(true);
        c.setArgNameBasedConstructorAutoMapping(true);
        c.setCacheEnabled(false);
        c.setLocalCacheScope(LocalCacheScope.STATEMENT);
        c.getTypeHandlerRegistry().register(Stamp.class, new StampTypeHandler());
        c.getTypeHandlerRegistry().register(LocalDateTime.class, new LocalDateTimeTypeHandler());
        c.getTypeHandlerRegistry().register(LocalDate.class, new LocalDateTypeHandler());
        Stream.of(SnapshotMapper.class, DecisionMapper.class, TradeMapper.class, SummaryMapper.class,
                LeaderboardMapper.class).forEach(c::addMapper);
        return new SqlSessionFactoryBuilder().build(c);
    }
}
