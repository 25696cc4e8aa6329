package nl.samenduurzaam.portal.infrastructure.persistence;

import javax.sql.DataSource;
import javax.sql.XAConnection;
import javax.sql.XADataSource;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

/**
 * An XA datasource that delegates to the driver matching the configured JDBC URL (H2 or PostgreSQL). It lets one
 * {@code @DataSourceDefinition} serve both databases, chosen by configuration alone.
 */
public class PortalXaDataSource implements XADataSource, DataSource {

    private static final String H2_PREFIX = "jdbc:h2:";
    private static final String POSTGRESQL_PREFIX = "jdbc:postgresql:";

    private String url;
    private String user;
    private String password;
    private PrintWriter logWriter;
    private int loginTimeout;
    private volatile Object delegate;

    public void setUrl(String url) {
        this.url = url;
    }

    public void setURL(String url) {
        setUrl(url);
    }

    public String getUrl() {
        return url;
    }

    public String getURL() {
        return url;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getUser() {
        return user;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPassword() {
        return password;
    }

    @Override
    public XAConnection getXAConnection() throws SQLException {
        return xaDelegate().getXAConnection();
    }

    @Override
    public XAConnection getXAConnection(String user, String password) throws SQLException {
        return xaDelegate().getXAConnection(user, password);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return plainDelegate().getConnection();
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return plainDelegate().getConnection(user, password);
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        Object target = delegate();
        if (type.isInstance(target)) {
            return type.cast(target);
        }
        throw new SQLException("Not a wrapper for " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || type.isInstance(delegate());
    }

    private XADataSource xaDelegate() throws SQLException {
        return (XADataSource) delegate();
    }

    private DataSource plainDelegate() throws SQLException {
        return (DataSource) delegate();
    }

    private Object delegate() throws SQLException {
        Object current = delegate;
        if (current == null) {
            synchronized (this) {
                current = delegate;
                if (current == null) {
                    current = createDelegate();
                    delegate = current;
                }
            }
        }
        return current;
    }

    private Object createDelegate() throws SQLException {
        if (url == null || url.isBlank()) {
            throw new SQLException("No database URL configured (portal.db.url / PORTAL_DB_URL)");
        }
        if (url.startsWith(POSTGRESQL_PREFIX)) {
            return configured("org.postgresql.xa.PGXADataSource", "setUrl");
        }
        if (url.startsWith(H2_PREFIX)) {
            return configured("org.h2.jdbcx.JdbcDataSource", "setURL");
        }
        throw new SQLException("Unsupported database URL: only H2 and PostgreSQL are supported");
    }

    private Object configured(String className, String urlSetter) throws SQLException {
        try {
            Class<?> type = loadDriverClass(className);
            Object dataSource = type.getDeclaredConstructor().newInstance();
            type.getMethod(urlSetter, String.class).invoke(dataSource, url);
            type.getMethod("setUser", String.class).invoke(dataSource, user);
            type.getMethod("setPassword", String.class).invoke(dataSource, password);
            ((javax.sql.CommonDataSource) dataSource).setLoginTimeout(loginTimeout);
            return dataSource;
        } catch (ClassNotFoundException | NoSuchMethodException | InstantiationException | IllegalAccessException
                 | InvocationTargetException e) {
            throw new SQLException("Cannot create the datasource " + className, e);
        }
    }

    private Class<?> loadDriverClass(String className) throws ClassNotFoundException {
        // The PostgreSQL driver comes with the application, H2 with the server: try both class loaders.
        try {
            return Class.forName(className, true, PortalXaDataSource.class.getClassLoader());
        } catch (ClassNotFoundException notInApplication) {
            ClassLoader context = Thread.currentThread().getContextClassLoader();
            if (context == null) {
                throw notInApplication;
            }
            return Class.forName(className, true, context);
        }
    }
}
