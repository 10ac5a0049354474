package id.puskesnet.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * A data source that counts the SQL statements executed through it (JPA and JdbcTemplate alike): every
 * execute, executeQuery, executeUpdate and executeBatch call of the statements its connections create.
 */
final class StatementCounter extends DelegatingDataSource implements AutoCloseable {

    private final AtomicInteger executed = new AtomicInteger();

    StatementCounter(DataSource target) {
        super(target);
    }

    void reset() {
        executed.set(0);
    }

    int count() {
        return executed.get();
    }

    /** Closes the pool it wraps when the context ends. */
    @Override
    public void close() throws Exception {
        if (getTargetDataSource() instanceof AutoCloseable pool) {
            pool.close();
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        return counting(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return counting(super.getConnection(username, password));
    }

    private Connection counting(Connection connection) {
        return proxy(Connection.class, connection, (proxy, method, args) -> {
            Object result = invoke(connection, method, args);
            if (result instanceof CallableStatement statement) {
                return countingStatement(CallableStatement.class, statement);
            }
            if (result instanceof PreparedStatement statement) {
                return countingStatement(PreparedStatement.class, statement);
            }
            if (result instanceof Statement statement) {
                return countingStatement(Statement.class, statement);
            }
            return result;
        });
    }

    private <T extends Statement> T countingStatement(Class<T> type, T statement) {
        return proxy(type, statement, (proxy, method, args) -> {
            if (method.getName().startsWith("execute")) {
                executed.incrementAndGet();
            }
            return invoke(statement, method, args);
        });
    }

    private static <T> T proxy(Class<T> type, T target, InvocationHandler handler) {
        return type.cast(Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
