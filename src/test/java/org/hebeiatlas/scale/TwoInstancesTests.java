package org.hebeiatlas.scale;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationContextInitializedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Two Atlas instances behind an imaginary load balancer, on one PostgreSQL database and one OpenSearch node with
 * outbox-polling coordination: they start together on an empty database and import the dataset once; a write on
 * either is found by search on the other; an instance stopped in the middle of a burst of writes loses none of its
 * committed writes to the index, and none is indexed twice. Skipped, saying why, without PostgreSQL.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@EnabledIfEnvironmentVariable(named = TestPostgreSql.URL_VARIABLE, matches = ".+",
		disabledReason = TestPostgreSql.NOT_AVAILABLE)
class TwoInstancesTests {

	private static final Logger logger = LoggerFactory.getLogger(TwoInstancesTests.class);

	/** Indexing is asynchronous and build machines are slow: wait this long for a write to become searchable. */
	private static final Duration PATIENCE = Duration.ofSeconds(90);

	// language=GraphQL
	private static final String CREATE_CLUSTER = """
			mutation ($input: CreateClusterInput!) {
			  createCluster(input: $input) { cluster { slug } userErrors { code } }
			}
			""";

	// language=GraphQL
	private static final String SEARCH_CLUSTERS = """
			query ($query: String!) {
			  search(query: $query, filter: { types: [CLUSTER] }, first: 100) {
			    totalCount
			    edges { node { ... on Cluster { slug } } }
			  }
			}
			""";

	private static String databaseUrl;

	private static AtlasInstance first;

	private static AtlasInstance second;

	@BeforeAll
	static void startTwoInstancesTogetherOnAnEmptyDatabase() throws Exception {
		if (!TestPostgreSql.isAvailable()) {
			// Each test then reports itself skipped, with the reason.
			return;
		}
		TestOpenSearch.deleteAllIndexes();
		databaseUrl = TestPostgreSql.freshDatabase("atlas_two_instances");
		long start = System.nanoTime();
		ExecutorService starter = Executors.newFixedThreadPool(2);
		try {
			CountDownLatch loggingReady = new CountDownLatch(1);
			ApplicationListener<ApplicationEvent> onLoggingReady = (event) -> {
				if (event instanceof ApplicationContextInitializedEvent) {
					loggingReady.countDown();
				}
			};
			Future<AtlasInstance> one = starter.submit(() -> AtlasInstance.start("one", databaseUrl, onLoggingReady));
			// Spring Boot sets up logging once per application start; two applications of one JVM doing it at the
			// same instant trip over each other. The rest of the start-up (migrations, import, index) overlaps.
			loggingReady.await(5, TimeUnit.MINUTES);
			Future<AtlasInstance> two = starter.submit(() -> AtlasInstance.start("two", databaseUrl));
			first = one.get();
			second = two.get();
		}
		finally {
			starter.shutdown();
		}
		logger.info("Two instances started together in {} ms", Duration.ofNanos(System.nanoTime() - start).toMillis());
	}

	@BeforeEach
	void requirePostgreSql() {
		TestPostgreSql.assumeAvailable();
	}

	@AfterAll
	static void stopInstances() {
		for (AtlasInstance instance : new AtlasInstance[] { first, second }) {
			if (instance != null) {
				instance.close();
			}
		}
	}

	@Test
	@Order(1)
	void shouldImportTheDatasetOnceWhenInstancesStartTogether() throws SQLException {
		assertThat(sqlStrings("select checksum from dataset_import")).hasSize(1);
		// Both serve the same searchable Atlas.
		for (AtlasInstance instance : List.of(first, second)) {
			assertThat(searchSlugs(instance, "cashmere")).contains("qinghe-cashmere");
		}
	}

	@Test
	@Order(2)
	void shouldFindOnEachInstanceWhatWasWrittenOnTheOther() {
		createCluster(first, "quillwort-brushes", "Quillwort brush cluster");
		long written = System.nanoTime();
		awaitSearch(second, "quillwort", (slugs) -> slugs.equals(List.of("quillwort-brushes")));
		logger.info("A write on one instance was searchable on the other after {} ms",
				Duration.ofNanos(System.nanoTime() - written).toMillis());

		createCluster(second, "tamarack-baskets", "Tamarack basket cluster");
		awaitSearch(first, "tamarack", (slugs) -> slugs.equals(List.of("tamarack-baskets")));
	}

	@Test
	@Order(3)
	void shouldIndexEveryCommittedWriteExactlyOnceWhenAnInstanceStopsMidBurst() throws Exception {
		List<String> acknowledged = new CopyOnWriteArrayList<>();
		CompletableFuture<Void> burst = CompletableFuture.runAsync(() -> {
			for (int i = 1; i <= 200 && first.isRunning(); i++) {
				String slug = "zephyr-burst-" + i;
				try {
					createCluster(first, slug, "Zephyrine burst cluster " + i);
					acknowledged.add(slug);
				}
				catch (RuntimeException | AssertionError ex) {
					// The instance is going away: this write may or may not have committed; the database says.
					return;
				}
			}
		});
		awaitCondition(() -> acknowledged.size() >= 10, "10 writes of the burst to be acknowledged");
		first.close();
		burst.get();
		logger.info("The burst stopped with the instance after {} acknowledged writes", acknowledged.size());

		Set<String> committed = new HashSet<>(sqlStrings("select slug from cluster where slug like 'zephyr-burst-%'"));
		assertThat(committed).as("no acknowledged write is lost").containsAll(acknowledged);
		assertThat(sqlStrings("select slug from cluster where slug like 'zephyr-burst-%' and (industry is null or "
				+ "name not like 'Zephyrine burst cluster %')"))
			.as("no write is half done")
			.isEmpty();
		// Each committed write is found once on the remaining instance, whichever instance's events it was.
		List<String> found = awaitSearch(second, "zephyrine",
				(slugs) -> new HashSet<>(slugs).equals(committed));
		assertThat(found).as("each write indexed once").doesNotHaveDuplicates().hasSize(committed.size());
		assertThat(sqlStrings("select entity_id from hsearch_outbox_event")).as("events left unprocessed").isEmpty();
	}

	private static void createCluster(AtlasInstance instance, String slug, String name) {
		instance.asCurator()
			.document(CREATE_CLUSTER)
			.variable("input", Map.of("slug", slug, "name", name, "industry", "test crafts"))
			.execute()
			.path("createCluster.cluster.slug")
			.entity(String.class)
			.isEqualTo(slug);
	}

	private static List<String> searchSlugs(AtlasInstance instance, String query) {
		HttpGraphQlTester.Response response = instance.graphQl()
			.document(SEARCH_CLUSTERS)
			.variable("query", query)
			.execute();
		response.errors().verify();
		return response.path("search.edges[*].node.slug").entityList(String.class).get();
	}

	/** Searches until the slugs found satisfy the expectation, and returns them; fails after {@link #PATIENCE}. */
	private static List<String> awaitSearch(AtlasInstance instance, String query, Predicate<List<String>> expected) {
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		List<String> slugs = searchSlugs(instance, query);
		while (!expected.test(slugs)) {
			if (System.nanoTime() > deadline) {
				fail("'%s' still finds %s after %s", query, slugs, PATIENCE);
			}
			pause();
			slugs = searchSlugs(instance, query);
		}
		return slugs;
	}

	private static void awaitCondition(BooleanSupplier condition, String what) {
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				fail("Waited %s for %s", PATIENCE, what);
			}
			pause();
		}
	}

	private static void pause() {
		try {
			Thread.sleep(200);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static List<String> sqlStrings(String query) throws SQLException {
		List<String> values = new ArrayList<>();
		try (Connection connection = TestPostgreSql.connect(databaseUrl);
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(query)) {
			while (rows.next()) {
				values.add(rows.getString(1));
			}
		}
		return values;
	}

}
