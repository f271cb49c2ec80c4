package org.hebeiatlas.scale;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.codelibs.opensearch.runner.OpenSearchRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One real OpenSearch node inside the test JVM, started on first use and shared by every test that needs it (a node
 * costs seconds to start); closed when the JVM exits, after the Spring contexts that use it.
 */
public final class TestOpenSearch {

	private static final Logger logger = LoggerFactory.getLogger(TestOpenSearch.class);

	private static OpenSearchRunner runner;

	private static String uri;

	private TestOpenSearch() {
	}

	/** The node's HTTP address, such as {@code http://127.0.0.1:9201}; starts the node the first time. */
	public static synchronized String uri() {
		if (uri == null) {
			start();
		}
		return uri;
	}

	/** Deletes every index, so that a test starts from an empty cluster. */
	public static void deleteAllIndexes() {
		try {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(uri() + "/_all")).DELETE().build(),
						HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException("Cannot delete the indexes: " + response.body());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static void start() {
		long begin = System.nanoTime();
		Path home;
		try {
			home = Files.createTempDirectory("atlas-opensearch");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		OpenSearchRunner node = new OpenSearchRunner();
		node.onBuild((index, settings) -> {
			settings.put("discovery.type", "single-node");
			settings.put("network.host", "127.0.0.1");
			// The Atlas's queries are bounded to a few thousand clauses (see SearchQueryBuilder); as on a production
			// cluster, the node must allow them.
			settings.put("indices.query.bool.max_clause_count", 8192);
			// A nearly full disk on a build machine must not turn the indexes read-only.
			settings.put("cluster.routing.allocation.disk.threshold_enabled", false);
		});
		// OpenSearch redirects System.out and System.err to its own logging: keep Maven's.
		PrintStream out = System.out;
		PrintStream err = System.err;
		try {
			node.build(new OpenSearchRunner.Configs().basePath(home.toString())
				.numOfNode(1)
				.clusterName("atlas-test")
				.pluginTypes(SmartChineseAnalysisPlugin.class.getName())
				.printOnFailure());
		}
		finally {
			System.setOut(out);
			System.setErr(err);
		}
		node.ensureYellow();
		runner = node;
		uri = "http://127.0.0.1:" + node.getNode(0).settings().get("http.port");
		logger.info("OpenSearch node started on {} in {} ms", uri,
				Duration.ofNanos(System.nanoTime() - begin).toMillis());
		Runtime.getRuntime().addShutdownHook(new Thread(TestOpenSearch::stop, "opensearch-stop"));
	}

	private static void stop() {
		try {
			runner.close();
			runner.clean();
		}
		catch (IOException | RuntimeException ex) {
			logger.debug("OpenSearch node closed with an error", ex);
		}
	}

}
