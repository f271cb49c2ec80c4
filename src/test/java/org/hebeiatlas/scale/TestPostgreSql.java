package org.hebeiatlas.scale;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server that CI starts for the tests ({@code .ci/postgresql}), found through
 * {@code ATLAS_TEST_DATABASE_URL}, {@code ATLAS_TEST_DATABASE_USERNAME} and {@code ATLAS_TEST_DATABASE_PASSWORD}. Tests
 * that need it are skipped, saying why, where it is not there.
 */
public final class TestPostgreSql {

	/** The variable that names the server; tests that need it are disabled without it. */
	public static final String URL_VARIABLE = "ATLAS_TEST_DATABASE_URL";

	public static final String NOT_AVAILABLE = "PostgreSQL is not available (ATLAS_TEST_DATABASE_URL is not set; "
			+ ".ci/postgresql starts one): skipped";

	private static final String URL = System.getenv(URL_VARIABLE);

	private TestPostgreSql() {
	}

	/** Whether the server is named and answers. */
	public static boolean isAvailable() {
		if (URL == null) {
			return false;
		}
		try (Connection connection = connect(URL)) {
			return connection.isValid(10);
		}
		catch (SQLException ex) {
			return false;
		}
	}

	/** Skips the calling test unless the server answers. */
	public static void assumeAvailable() {
		Assumptions.assumeTrue(URL != null, NOT_AVAILABLE);
		try (Connection connection = connect(URL)) {
			Assumptions.assumeTrue(connection.isValid(10), "PostgreSQL at " + URL + " does not answer: skipped");
		}
		catch (SQLException ex) {
			Assumptions.abort("PostgreSQL at " + URL + " cannot be reached (" + ex.getMessage() + "): skipped");
		}
	}

	/** A new, empty database (dropped first if a previous run left it), as a JDBC URL. */
	public static String freshDatabase(String name) {
		try (Connection connection = connect(URL); Statement statement = connection.createStatement()) {
			statement.execute("drop database if exists " + name + " with (force)");
			statement.execute("create database " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot create database " + name, ex);
		}
		return URL.substring(0, URL.lastIndexOf('/') + 1) + name;
	}

	public static String username() {
		return System.getenv().getOrDefault("ATLAS_TEST_DATABASE_USERNAME", "atlas");
	}

	public static String password() {
		return System.getenv().getOrDefault("ATLAS_TEST_DATABASE_PASSWORD", "");
	}

	static Connection connect(String url) throws SQLException {
		return DriverManager.getConnection(url, username(), password());
	}

}
