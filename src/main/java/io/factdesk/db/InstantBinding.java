package io.factdesk.db;

import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.jooq.Binding;
import org.jooq.BindingGetResultSetContext;
import org.jooq.BindingGetSQLInputContext;
import org.jooq.BindingGetStatementContext;
import org.jooq.BindingRegisterContext;
import org.jooq.BindingSQLContext;
import org.jooq.BindingSetSQLOutputContext;
import org.jooq.BindingSetStatementContext;
import org.jooq.Converter;
import org.jooq.SQLDialect;
import org.jooq.conf.ParamType;
import org.jooq.impl.DSL;

/**
 * Times as {@link Instant} on both engines. SQLite has no time type: there a time is the ISO-8601 text
 * that {@link Instant#toString()} writes, as every factdesk version before has stored it (so that
 * values written before and after compare equal). PostgreSQL stores a {@code timestamptz}, bound as an
 * {@link OffsetDateTime} in UTC.
 */
public final class InstantBinding implements Binding<String, Instant> {

    private static final Converter<String, Instant> TEXT = Converter.ofNullable(String.class, Instant.class,
            InstantBinding::parse, Instant::toString);

    @Override
    public Converter<String, Instant> converter() {
        return TEXT;
    }

    @Override
    public void sql(BindingSQLContext<Instant> ctx) throws SQLException {
        if (ctx.render().paramType() == ParamType.INLINED) {
            ctx.render().visit(DSL.inline(ctx.value() == null ? null : ctx.value().toString()));
            if (postgres(ctx.dialect())) {
                ctx.render().sql("::timestamptz");
            }
        } else {
            ctx.render().sql(ctx.variable());
        }
    }

    @Override
    public void register(BindingRegisterContext<Instant> ctx) throws SQLException {
        ctx.statement().registerOutParameter(ctx.index(), postgres(ctx.dialect()) ? Types.TIMESTAMP_WITH_TIMEZONE : Types.VARCHAR);
    }

    @Override
    public void set(BindingSetStatementContext<Instant> ctx) throws SQLException {
        Instant value = ctx.value();
        if (postgres(ctx.dialect())) {
            if (value == null) {
                ctx.statement().setNull(ctx.index(), Types.TIMESTAMP_WITH_TIMEZONE);
            } else {
                ctx.statement().setObject(ctx.index(), OffsetDateTime.ofInstant(value, ZoneOffset.UTC));
            }
        } else {
            ctx.statement().setString(ctx.index(), value == null ? null : value.toString());
        }
    }

    @Override
    public void get(BindingGetResultSetContext<Instant> ctx) throws SQLException {
        if (postgres(ctx.dialect())) {
            OffsetDateTime t = ctx.resultSet().getObject(ctx.index(), OffsetDateTime.class);
            ctx.value(t == null ? null : t.toInstant());
        } else {
            ctx.value(parse(ctx.resultSet().getString(ctx.index())));
        }
    }

    @Override
    public void get(BindingGetStatementContext<Instant> ctx) throws SQLException {
        throw new SQLFeatureNotSupportedException("factdesk calls no stored procedures");
    }

    @Override
    public void set(BindingSetSQLOutputContext<Instant> ctx) throws SQLException {
        throw new SQLFeatureNotSupportedException("factdesk uses no user-defined SQL types");
    }

    @Override
    public void get(BindingGetSQLInputContext<Instant> ctx) throws SQLException {
        throw new SQLFeatureNotSupportedException("factdesk uses no user-defined SQL types");
    }

    /** ISO-8601 as factdesk writes it; also the "2026-01-01 10:00:00+00:00" form that SQL tools may have written. */
    static Instant parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        try {
            return Instant.parse(t);
        } catch (java.time.format.DateTimeParseException e) {
            return OffsetDateTime.parse(t.replace(' ', 'T').replaceFirst("([+-]\\d\\d)$", "$1:00")).toInstant();
        }
    }

    /** Whether the dialect is PostgreSQL's; package-visible so that raw JDBC batches bind times the same way. */
    static boolean postgres(SQLDialect dialect) {
        return dialect.family() == SQLDialect.POSTGRES;
    }

    /** The value a raw JDBC statement binds for a time on this engine. */
    public static Object jdbcValue(SQLDialect dialect, Instant value) {
        if (value == null) {
            return null;
        }
        return postgres(dialect) ? OffsetDateTime.ofInstant(value, ZoneOffset.UTC) : value.toString();
    }
}
