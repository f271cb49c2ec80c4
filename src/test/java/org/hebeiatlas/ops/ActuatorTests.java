package org.hebeiatlas.ops;

import java.util.Map;

import org.hebeiatlas.AtlasIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

/**
 * What operators see at {@code /actuator}: health of the database and dataset, the dataset in info, and metrics of
 * GraphQL requests and of timed operations.
 */
@AtlasIntegrationTest
class ActuatorTests {

	@LocalServerPort
	private int port;

	@Autowired
	private HttpGraphQlTester graphQlTester;

	@Autowired
	private Timings timings;

	@SuppressWarnings("unchecked")
	private Map<String, Object> get(String path) {
		return RestClient.create("http://localhost:" + this.port).get().uri(path).retrieve().body(Map.class);
	}

	@Test
	void shouldReportTheDatabaseAndTheDatasetHealthy() {
		Map<String, Object> health = get("/actuator/health");
		assertThat(health).containsEntry("status", "UP");
		assertThat(health).extractingByKey("components")
			.asInstanceOf(MAP)
			.containsKeys("db", "dataset", "searchIndex");
	}

	@Test
	@SuppressWarnings("unchecked")
	void shouldReportWhetherTheSearchIndexHoldsEveryRow() {
		Map<String, Object> index = (Map<String, Object>) ((Map<String, Object>) get("/actuator/health")
			.get("components")).get("searchIndex");
		assertThat(index).containsEntry("status", "UP");
		Map<String, Object> details = (Map<String, Object>) index.get("details");
		assertThat(details).containsEntry("inStep", true)
			.containsEntry("Company", Map.of("type", "Company", "documents", 67, "stored", 67));
	}

	@Test
	void shouldDescribeTheLoadedDataset() {
		Map<String, Object> info = get("/actuator/info");
		assertThat(info).extractingByKey("dataset")
			.asInstanceOf(MAP)
			.containsEntry("format", "hebei-atlas-dataset/1")
			.containsKeys("version", "importedAt")
			.extractingByKey("counts")
			.asInstanceOf(MAP)
			.containsEntry("counties", 57)
			.containsEntry("clusters", 52)
			.containsEntry("companies", 67)
			.containsEntry("sources", 205)
			.doesNotContainKey("datasetImports");
	}

	@Test
	void shouldMeasureGraphQlRequests() {
		this.graphQlTester.document("query measured { province { name } }").execute().path("province.name").hasValue();
		Map<String, Object> metric = get("/actuator/metrics/graphql.request");
		assertThat(metric).containsEntry("name", "graphql.request");
	}

	@Test
	void shouldTimeOperationsUnderTheirName() {
		assertThat(this.timings.time(Timings.SEARCH, "test", () -> "found")).isEqualTo("found");
		Map<String, Object> metric = get("/actuator/metrics/" + Timings.SEARCH + "?tag=kind:test");
		assertThat(metric).containsEntry("name", Timings.SEARCH);
	}

}
