package org.hebeiatlas.graphql;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.hebeiatlas.AtlasIntegrationTest;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema the app publishes at {@code /graphql/schema} keeps every promise of the committed baseline,
 * {@code graphql/baseline.graphql}: a breaking change fails here unless the baseline changes with it, so that it is
 * a decision seen in review. To update the baseline, run
 * {@code ./mvnw test -Dtest=SchemaBaselineTests -DupdateSchemaBaseline=true} and commit the file.
 */
@AtlasIntegrationTest
class SchemaBaselineTests {

	static final Path BASELINE = Path.of("graphql", "baseline.graphql");

	private static final Logger logger = LoggerFactory.getLogger(SchemaBaselineTests.class);

	@LocalServerPort
	private int port;

	@Test
	void shouldKeepEveryPromiseOfTheBaseline() throws IOException {
		String published = RestClient.create()
			.get()
			.uri("http://localhost:{port}/graphql/schema", this.port)
			.retrieve()
			.body(String.class);
		assertThat(published).contains("type Query");
		if (Boolean.getBoolean("updateSchemaBaseline")) {
			Files.writeString(BASELINE, published, StandardCharsets.UTF_8);
			logger.warn("Rewrote {} from the published schema: review and commit it", BASELINE);
		}
		SchemaChanges changes = SchemaChanges.between(Files.readString(BASELINE, StandardCharsets.UTF_8), published);
		if (!changes.nonBreaking().isEmpty()) {
			// Not failures, but a field missing from the baseline could later be removed without anyone noticing.
			logger.warn("Schema changes not yet in {} (not breaking; update the baseline so that it protects them):\n  {}",
					BASELINE, String.join("\n  ", changes.nonBreaking()));
		}
		assertThat(changes.breaking())
			.as("Breaking changes against %s. If they are intended, update the baseline in the same commit: "
					+ "./mvnw test -Dtest=SchemaBaselineTests -DupdateSchemaBaseline=true", BASELINE)
			.isEmpty();
	}

}
